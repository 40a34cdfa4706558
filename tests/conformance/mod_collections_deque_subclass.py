# Subclasses of collections.deque: protocols, operators returning the subclass, and generic subscripts in annotations.
from collections import deque
class Stack(deque):
    pass
s = Stack([1, 2, 3])
print(s == deque([1, 2, 3]), s < deque([1, 2, 4]), 2 in s, len(s), list(s), bool(s), s[0], list(reversed(s)))
del s[0]; s[0] = 9; print(s, s.index(3), 3 * s, s.maxlen)
s += [4]; print(s, type(s).__name__)
s *= 2; print(s)
print(Stack() == Stack(), isinstance(s.copy(), Stack))
class Q(deque):
    def __init__(self, items=(), tag='t'):
        super().__init__(items)
        self.tag = tag
q = Q([1], 'x')
print(q, q.tag)
from collections import Counter, OrderedDict, defaultdict, namedtuple
counts: Counter[str] = Counter('aab')
ordered: OrderedDict[str, int] = OrderedDict(a=1)
groups: defaultdict[str, list] = defaultdict(list)
Pair = namedtuple('Pair', 'a b')
pairs: list[Pair] = [Pair(1, 2)]
print(counts, ordered, groups, pairs)
