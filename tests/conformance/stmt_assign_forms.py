a = b = c = [1]
print(a is b, b is c)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[m, n] = "mn"
print(m, n)
i, (j, [k, l]) = 1, (2, [3, 4])
print(i, j, k, l)
lst = [0, 0, 0]
lst[0], lst[1] = 7, 8
print(lst)
d = {}
d["k"], d["j"] = 1, 2
print(d)
class O: pass
o = O()
o.a, o.b = "A", "B"
print(o.a, o.b)
lst[1:] = [9]
print(lst)
for t, u in [(1, 2), (3, 4)]:
    print(t + u)
i = 0
lst2 = [10, 20]
i, lst2[i] = 1, 99
print(i, lst2)
try:
    a1, b1 = 1, 2, 3
except ValueError as e:
    print(e)
try:
    a1, b1, c1 = 1, 2
except ValueError as e:
    print(e)
try:
    a1, b1 = 5
except TypeError as e:
    print(e)
try:
    a1, = []
except ValueError as e:
    print(e)
single, = [42]
print(single)
