class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.norm2(), Point.dims, p.dims, Point.__doc__)
p.dims = 3
print(p.dims, Point.dims)
Point.dims = 5
q = Point(0, 0)
print(q.dims, p.dims)
print(Point.__name__, Point.__qualname__, Point.__module__)
print(type(p) is Point, type(p).__name__, isinstance(p, Point))
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything)
print(Point.norm2(p))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for _ in range(3):
    Counter()
print(Counter.count)
class Outer:
    class Inner:
        def m(self): return "inner m"
print(Outer.Inner().m(), Outer.Inner.__qualname__)
def make():
    class Local: pass
    return Local
print(make().__qualname__)
class WithBody:
    x = 1
    y = x + 1
    lst = [x for x in range(3)]
print(WithBody.y, WithBody.lst)
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    Point(1)
except TypeError as e:
    print(e)
