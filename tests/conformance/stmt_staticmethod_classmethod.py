class C:
    count = 0
    def __init__(self, v): self.v = v
    @staticmethod
    def util(a, b):
        return a + b
    @classmethod
    def make(cls, v):
        cls.count += 1
        return cls(v)
    @classmethod
    def name(cls):
        return cls.__name__
class D(C):
    pass
print(C.util(1, 2), C(0).util(3, 4))
c = C.make(5)
print(type(c).__name__, c.v, C.count)
d = D.make(6)
print(type(d).__name__, D.count, C.count, D.name(), d.name())
print(type(C.__dict__["util"]).__name__, type(C.__dict__["make"]).__name__)
sm = staticmethod(lambda: "manual")
class E:
    f = sm
    g = classmethod(lambda cls: cls.__name__)
print(E.f(), E().f(), E.g(), E().g())
print(C.make.__self__ is C, C.util.__name__)
