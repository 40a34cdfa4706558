class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)): return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __mod__(self, k): return Vec(self.x % k, self.y % k)
    def __pow__(self, k): return Vec(self.x ** k, self.y ** k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return Vec(self.y, self.x)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __rsub__(self, o): return f"rsub {o}"
    def __rtruediv__(self, o): return f"rtruediv {o}"
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v + 1, 1 + v, v - w, v * 3, 3 * v, v / 2, w // 2, w % 3, v ** 2)
print(-v, +v, abs(w), ~v, v @ w, v & w, v | w, v ^ w, v << 1, v >> 1, 5 - v, 1 / v)
print(sum([v, w], Vec(0, 0)), sum([v, w]))
try:
    v + "s"
except TypeError as e:
    print(e)
try:
    v - 1
except AttributeError as e:
    print("AttributeError", e)
class Num:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
    def __int__(self): return self.n
    def __float__(self): return float(self.n) + 0.5
print([10, 20, 30][Num(1)], bin(Num(5)), hex(Num(255)), int(Num(7)), float(Num(1)), range(Num(3)))
class L:
    def __lt__(self, o): return "L.lt"
class R:
    def __gt__(self, o): return "R.gt"
print(L() < R(), R() > L(), 1 < R())
class Base:
    def __add__(self, o): return "Base.add"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived())
class NoOps: pass
ops = [lambda a: a + 1, lambda a: a - 1, lambda a: a * 1, lambda a: a / 1, lambda a: a // 1,
       lambda a: a % 1, lambda a: a ** 1, lambda a: a << 1, lambda a: a & 1, lambda a: a @ 1,
       lambda a: 1 + a, lambda a: [] * a, lambda a: a < 1, lambda a: 1 >= a]
for op in ops:
    try:
        op(NoOps())
    except TypeError as e:
        print(e)
try:
    -NoOps()
except TypeError as e:
    print(e)
try:
    abs(NoOps())
except TypeError as e:
    print(e)
