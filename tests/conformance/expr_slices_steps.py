s = "abcdefghij"
l = list(range(10))
for sl in [slice(None, None, 2), slice(1, None, 3), slice(None, None, -1), slice(-2, None, -2), slice(8, 2, -3),
           slice(2, 8, -1), slice(-100, 100, 4), slice(100, -100, -4), slice(None, 5, -1), slice(5, None, -1),
           slice(-3, -1), slice(-1, -3), slice(0, 0), slice(3, 3, -1)]:
    print(sl, repr(s[sl]), l[sl], tuple(l)[sl], bytes(range(65, 75))[sl])
print(s[::-1][::-1] == s, l[::2][::-1], s[1:-1:2], s[len(s):], s[-len(s)])
m = list(range(10))
m[::3] = ["a", "b", "c", "d"]
print(m)
m[::-3] = [0, 0, 0, 0]
print(m)
m[1:3] = []
print(m)
m[:0] = ["front"]
print(m)
m[len(m):] = ["back"]
print(m)
del m[1::2]
print(m)
r = range(20)
print(r[::5], r[::-5], list(r[3:15:4]), r[-3:], list(r[100:]))
