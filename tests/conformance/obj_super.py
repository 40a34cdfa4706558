class A:
    def __init__(self):
        print("A.init")
        self.a = 1
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
class B(A):
    def __init__(self):
        print("B.init")
        super().__init__()
        self.b = 2
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    def s2(self): return super().s()
class C(B):
    def __init__(self):
        super(B, self).__init__()
    def f(self): return "C.f>" + super(C, self).f()
b = B()
print(b.a, b.b, b.f(), B.c(), b.s2())
c = C()
print(hasattr(c, "b"), c.f(), C.c())
print(super(B, b).f(), super(C, c).f())
class X:
    def who(self): return ["X"]
class Y(X):
    def who(self): return ["Y"] + super().who()
class Z(X):
    def who(self): return ["Z"] + super().who()
class W(Y, Z):
    def who(self): return ["W"] + super().who()
print(W().who(), Y().who())
class Meth:
    def m(self):
        def inner():
            return super(Meth, self).__repr__.__name__
        return inner()
print(Meth().m())
print(super(bool, True).__repr__(), super(bool, True).__str__())
try:
    super(B, 5)
except TypeError as e:
    print(e)
class NoParent:
    def f(self): return super().f()
try:
    NoParent().f()
except AttributeError as e:
    print(e)
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print(e)
print(type(super(B, b)).__name__, super(B, b).__thisclass__.__name__ if hasattr(super(B,b), "__thisclass__") else "")
class Attr(A):
    def __init__(self):
        super().__init__()
        print(super().__class__.__name__, self.__class__.__name__)
Attr()
