# Special methods found on a class are remembered per class; rebinding,
# adding or deleting one (on the class or a base) must be seen at once.


class Base:
    def __len__(self):
        return 1


class Child(Base):
    pass


c = Child()
print(len(c))
Base.__len__ = lambda self: 2
print(len(c))
Child.__len__ = lambda self: 3
print(len(c))
del Child.__len__
print(len(c))
del Base.__len__
try:
    len(c)
except TypeError as e:
    print(e)


class Ctx:
    pass


try:
    with Ctx():
        pass
except TypeError as e:
    print(e)
Ctx.__enter__ = lambda self: "first"
Ctx.__exit__ = lambda self, *a: None
with Ctx() as v:
    print(v)
Ctx.__enter__ = lambda self: "second"
with Ctx() as v:
    print(v)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other.v)


print((Num(1) + Num(2)).v)
Num.__add__ = lambda self, other: Num(self.v * 10 + other.v)
print((Num(1) + Num(2)).v)
setattr(Num, "__add__", lambda self, other: "via setattr")
print(Num(1) + Num(2))


class Holder:
    def __init__(self):
        self.action = lambda: "instance attribute"

    def action(self):
        return "method"


h = Holder()
print(h.action())
del h.action
print(h.action())
h.action = print
h.action("a", "built-in in the instance dict")
