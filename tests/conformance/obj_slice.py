s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None), slice(1, None))
l = list(range(10))
print(l[s], l[slice(None, None, -1)], l[slice(-3, None)], "abcdef"[slice(1, 4)])
print(s.indices(4), slice(None, None, -1).indices(5), slice(-100, 100).indices(10))
print(l[::-2], l[8:2:-2], l[-1:-5:-1], l[5:2], l[2:5:-1], l[::1], l[-100:100:50])
print(l[1:9][::2][1:], (1, 2, 3, 4)[1::2], "hello"[::-1][1:3])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), type(s).__name__)
class Show:
    def __getitem__(self, k):
        return k
x = Show()
print(x[1], x[1:2], x[::3], x[1:2, 3], x[..., 1], x[:, ::-1], x["k"], x[()])
m = list(range(8))
m[1:7:2] = "abc"
print(m)
m[2:2] = [99, 98]
print(m)
del m[::3]
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print(e)
try:
    l[::0]
except ValueError as e:
    print(e)
try:
    l["a":]
except TypeError as e:
    print(e)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print(e)
