# collections.deque: methods, bounds, protocols, errors and mutation during iteration.
from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque(range(5))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extendleft([10, 11])
print(d)
d.extend(d)
print(d, len(d))
print(d.count(1), d.index(2), 3 in d, 99 in d, d.index(2, 5), d.index(2, -6, -1))
d.insert(2, 'x')
d.insert(-100, 'first')
d.insert(100, 'last')
print(d)
d.remove('x')
del d[0]
d[0] = 'y'
print(d, d[-1], d[3])
print(list(reversed(d)), bool(d), bool(deque()))
d.reverse()
print(d)
print(d.pop(), d.popleft(), d)
d.clear()
print(d, len(d))

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]))
print(deque([1]) != deque([1]), deque([1, 2]) > deque([1]), deque([2]) >= deque([1, 5]))
print(deque([1]) == [1], deque('abc'), deque(iterable=[1], maxlen=3))

bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen, deque().maxlen)
bounded.appendleft(-1)
print(bounded)
bounded += [7, 8]
print(bounded)
bounded *= 2
print(bounded)
print(deque([1, 2], maxlen=3) * 3, deque([1, 2], maxlen=3) + deque([4, 5]))
print(deque([1, 2]) * 0, 3 * deque([1, 2]), deque([1, 2], 1))
print(deque(maxlen=0), deque([1, 2, 3], maxlen=0))
zero = deque([1, 2, 3], maxlen=0)
zero.append(1)
zero.appendleft(2)
print(zero)

inner = deque()
inner.append(inner)
print(inner)
print(repr(deque([[1, 2], 'a', (3,), None])))
it = iter(deque([1, 2, 3]))
print(next(it), list(it))
print(sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])), max(deque([1, 5, 2])))
c = deque('abc').copy()
print(c, type(c).__name__, c.__copy__())


class Stack(deque):
    def depth(self):
        return len(self)


s = Stack([1, 2, 3], maxlen=5)
print(s.depth(), s.maxlen, list(s), s.pop(), s, type(s).__name__, isinstance(s, deque))

attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('index range', lambda: deque([1])[5])
attempt('set range', lambda: deque([1]).__setitem__(-5, 1))
attempt('del range', lambda: deque([1]).__delitem__(5))
attempt('str index', lambda: deque([1])['a'])
attempt('slice', lambda: deque([1])[1:2])
attempt('index missing', lambda: deque([1]).index(7))
attempt('index window', lambda: deque([1, 2, 3]).index(3, 0, 2))
attempt('remove missing', lambda: deque(['a']).remove('b'))
attempt('insert full', lambda: deque([1], maxlen=1).insert(0, 5))
attempt('maxlen negative', lambda: deque([1], maxlen=-1))
attempt('maxlen str', lambda: deque([1], maxlen='a'))
attempt('not iterable', lambda: deque(5))
attempt('concat list', lambda: deque([1]) + [2])
attempt('mul str', lambda: deque([1]) * 'a')
attempt('too many', lambda: deque([1], 2, 3))
attempt('bad keyword', lambda: deque([1], foo=2))
attempt('rotate str', lambda: deque([1]).rotate('a'))
attempt('append none', lambda: deque([1]).append())
attempt('count none', lambda: deque([1]).count())
attempt('insert one', lambda: deque([1]).insert(1))
attempt('index str bound', lambda: deque([1]).index(1, 'a'))
attempt('rotate two', lambda: deque([1]).rotate(1, 2))
attempt('pop arg', lambda: deque([1]).pop(0))
attempt('extend int', lambda: deque([1]).extend(5))


def grow_while_iterating():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)


def shrink_while_reversed():
    d = deque([1, 2, 3])
    for x in reversed(d):
        d.pop()


attempt('mutated', grow_while_iterating)
attempt('mutated reversed', shrink_while_reversed)
