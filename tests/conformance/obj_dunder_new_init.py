class Single:
    _inst = None
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(1, 2)
print(p, p.x, len(p), isinstance(p, tuple))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), Upper("x") + "y", type(Upper("q")).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class OnlyNew:
    def __new__(cls, a):
        obj = object.__new__(cls)
        obj.a = a
        return obj
print(OnlyNew(9).a)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
class Counted:
    count = 0
    def __init__(self):
        type(self).count += 1
class SubCounted(Counted): pass
Counted(); SubCounted(); SubCounted()
print(Counted.count, SubCounted.count)
print(type(object()).__name__, object.__init__(object()) is None)
