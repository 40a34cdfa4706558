# collections.defaultdict, OrderedDict and Counter.
from collections import defaultdict, OrderedDict, Counter


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


groups = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'cat', 'bee']:
    groups[word[0]].append(word)
print(groups, len(groups), isinstance(groups, dict), groups.default_factory)
print(defaultdict(int, {'x': 1}, y=2), repr(defaultdict(dict)))
letters = defaultdict(int)
for ch in 'abracadabra':
    letters[ch] += 1
print(sorted(letters.items()), letters.get('zz'), 'zz' in letters)
print(type(groups.copy()).__name__, groups.copy() == groups)
print(defaultdict(int, a=1) | {'b': 2})
attempt('factory not callable', lambda: defaultdict(3))
attempt('no factory', lambda: defaultdict()['k'])
attempt('none factory', lambda: defaultdict(None, a=1))

o = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(o)
o.move_to_end('a')
print(o)
o.move_to_end('c', last=False)
print(o, list(o), list(o.keys()))
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict(a=1) == OrderedDict(a=1))
print(OrderedDict(), OrderedDict.fromkeys('ab'), OrderedDict(a=1) | {'b': 2})
looped = OrderedDict()
looped['self'] = looped
print(looped)
attempt('popitem empty', lambda: OrderedDict().popitem())
attempt('move missing', lambda: OrderedDict(a=1).move_to_end('z'))

c = Counter('abracadabra')
print(c)
print(c.most_common(2), c.most_common(), c['zz'], c.total())
print(sorted(c.elements()))
c.update('aaz')
print(c)
c.update({'q': 2})
c.subtract({'a': 10})
print(c)
c.subtract('bb')
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(), Counter({'x': 2}) == Counter(x=2), Counter(a=1) == Counter(a=1, b=0))
acc = Counter(a=1)
acc += Counter(a=2, b=-1)
print(acc)
acc -= Counter(a=5)
print(acc)
del acc['nothing']
print(acc, Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2))
print(Counter([1, 1, 2]).most_common(1), Counter(a=1, b='x'), repr(Counter('zzyx')))
print(Counter(['red', 'blue', 'red', 'green', 'blue', 'blue']).most_common(2))
attempt('fromkeys', lambda: Counter.fromkeys('abc'))
attempt('add int', lambda: Counter(a=1) + 5)
attempt('not iterable', lambda: Counter(1))
