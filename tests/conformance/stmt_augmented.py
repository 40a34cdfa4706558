x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x **= 10; print(x)
x = 0b1100
x &= 0b1010; print(x)
x |= 1; print(x)
x ^= 0b1111; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
l = [1]
l2 = l
l += [2]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s = "a"
s *= 3; print(s)
d = {"k": 1}
d["k"] += 10; print(d)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
lst = [1, 2, 3]
lst[1:] *= 2 if False else 1
print(lst)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __repr__(self): return "Acc(%r)" % self.items
a = Acc()
a += 1
a += "two"
print(a)
class OnlyAdd:
    def __add__(self, o): return "added %s" % o
z = OnlyAdd()
z += 5
print(z)
try:
    n = None
    n += 1
except TypeError as e:
    print(e)
try:
    undefined_name += 1
except NameError as e:
    print(e)
