# Calling a class runs __init__: results, errors, recursion depth and tracebacks.

class Point:
    count = 0

    def __init__(self, x, y=0, *rest, scale=1, **extra):
        Point.count += 1
        self.x = x * scale
        self.y = y * scale
        self.rest = rest
        self.extra = extra


p = Point(1, 2, 3, scale=10, tag="a")
print(p.x, p.y, p.rest, p.extra, Point.count)
print(Point(*[4], **{"y": 5}).y)


class Base:
    def __init__(self, name):
        self.name = name


class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age


c = Child("ann", 7)
print(c.name, c.age, type(c).__name__)


class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

    def __init__(self, v):
        print("init", v)


WithNew(3)


class Other:
    pass


class Returns:
    def __init__(self):
        return 5


try:
    Returns()
except TypeError as e:
    print("TypeError:", e)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)

try:
    Point()
except TypeError as e:
    print("TypeError:", e)

try:
    Point(1, bad=2, scale=3, x=4)
except TypeError as e:
    print("TypeError:", e)

depth = 0


class Deep:
    def __init__(self):
        global depth
        depth += 1
        Deep()


try:
    Deep()
except RecursionError as e:
    print("RecursionError:", e, depth)


class Err(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


try:
    raise Err(4)
except Err as e:
    print(repr(e), e.code)

items = [Point(i) for i in range(5)]
print([q.x for q in items], Point.count)


class Fails:
    def __init__(self, v):
        self.v = 1 / v


def make(v):
    return Fails(v)


try:
    make(0)
except ZeroDivisionError as e:
    print("caught", e)
make(0)
