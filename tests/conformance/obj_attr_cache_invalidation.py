# Attribute lookups that a per-site cache must not get wrong: every read
# below runs several times through the same instructions while the classes,
# instances and modules underneath change.


class Base:
    kind = "base"

    def __init__(self, v):
        self.v = v

    def describe(self):
        return "Base.describe " + str(self.v)


class Child(Base):
    def describe(self):
        return "Child.describe " + str(self.v)


class Other:
    kind = "other"

    def __init__(self, v):
        self.v = v

    def describe(self):
        return "Other.describe " + str(self.v)


def read_all(objs):
    # One LoadAttr / LoadMethod site sees three classes in turn.
    return [(o.v, o.kind, o.describe()) for o in objs]


objs = [Base(1), Child(2), Other(3), Base(4), Child(5)]
for _ in range(3):
    print(read_all(objs))

# A method rebound on the class (no key added) is seen at once.
def new_describe(self):
    return "patched " + str(self.v)


Base.describe = new_describe
print(read_all(objs))

# An instance attribute shadows a method and a class attribute; deleting it
# uncovers them again.
b = objs[0]
for step in range(2):
    b.describe = lambda: "instance function"
    b.kind = "instance kind"
    print(read_all([b]))
    del b.describe
    del b.kind
    print(read_all([b]))

# A property added to a class later wins over the instance dict.
c = Child(10)
print(c.v)
Child.v = property(lambda self: "property v")
print(c.v, c.__dict__)
del Child.v
print(c.v)


# Attributes set in different orders land in different dict slots.
class Bag:
    pass


def fill(bag, names):
    for n in names:
        setattr(bag, n, n.upper())
    return bag


def read_xy(bag):
    return bag.x, bag.y


bags = [fill(Bag(), "xy"), fill(Bag(), "yx"), fill(Bag(), "axby")]
for _ in range(2):
    print([read_xy(bg) for bg in bags])
del bags[2].a
print([read_xy(bg) for bg in bags])
bags[0].x = "new x"
print([read_xy(bg) for bg in bags])

# __class__ assignment moves an instance to another class's methods.
class Alpha:
    def who(self):
        return "alpha"


class Beta:
    def who(self):
        return "beta"


a = Alpha()
for cls in (Alpha, Beta, Alpha):
    a.__class__ = cls
    print(a.who(), a.who())

# __init__ rebound on a base after subclass instances were made.
class Point:
    def __init__(self, x):
        self.x = x


class Point3(Point):
    pass


print(Point3(1).x)


def init_twice(self, x):
    self.x = x * 2


Point.__init__ = init_twice
print(Point3(1).x, Point(1).x)

# __getattr__ and __setattr__ added to a class after its instances ran
# through the fast paths.
class Late:
    def __init__(self):
        self.present = 1


late = Late()
for _ in range(2):
    late.present = late.present + 1
print(late.present)
Late.__getattr__ = lambda self, name: "missing " + name
Late.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 10)
late.present = 3
print(late.present, late.absent)

# A module attribute rebound and deleted.
import math

def pi():
    return math.pi

print(pi())
math.pi = 3
print(pi())
del math.pi
try:
    pi()
except AttributeError as e:
    print("AttributeError:", e)

# Methods of built-in values through the same site.
def lengths(items):
    return [x.count("a") for x in items]

print(lengths(["banana", ("a", "b", "a"), [1, "a"]]))

# Hooks added to a base class reach instances of its subclasses.
class Root:
    def __init__(self):
        self.x = 1


class Leaf(Root):
    pass


leaf = Leaf()
for _ in range(2):
    print(leaf.x)
Root.__getattribute__ = lambda self, name: "intercepted " + name
Root.__setattr__ = lambda self, name, value: print("set", name, value)
Root.__delattr__ = lambda self, name: print("del", name)
leaf.y = 5
del leaf.x
print(leaf.x)
del Root.__getattribute__
print(leaf.x, leaf.__dict__)
