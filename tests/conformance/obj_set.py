s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s, sorted(s))
s.add(4); s.add(1); s.discard(10); s.remove(3)
print(s)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([5]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference({1, 9}))
print(a <= b, {2} < a, a >= {1}, a > a, a == {3, 2, 1}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
c = set()
print(c, set("aab") == {"a", "b"}, set([1, 1, 2]), set(range(4)), {i % 3 for i in range(9)})
c |= {1}; c &= {1, 2}; c -= {5}; c ^= {7}
print(c, c.pop() in (1, 7), len(c))
d = {1, 2}
e = d.copy()
e.update([3], (4,))
d.clear()
print(d, e)
print(e.intersection_update({1, 3}), e)
print(e.difference_update({1}), e)
print(e.symmetric_difference_update({5}), e)
print({1, 2} == frozenset({1, 2}), {(1, 2), (1, 2)}, {0, 0.0, False}, {1, True, 1.0})
print(sorted({2 ** 70, 1, -5}))
def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: {1}.remove(2))
err(lambda: set().pop())
err(lambda: {[1]})
err(lambda: {1} + {2})
err(lambda: hash({1}))
s1 = {1}
err(lambda: s1[0])
