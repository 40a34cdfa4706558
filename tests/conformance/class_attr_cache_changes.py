# Cached attribute and method lookups must follow every change to a class
# namespace or an MRO made after the caches were filled.


class Base:
    def who(self):
        return "Base.who"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self):
        self.own = "own"


def read_who(obj):
    return obj.who()


def read_attr(obj, name_kind):
    if name_kind == "x":
        return obj.x
    return obj.own


leaf = Leaf()
for _ in range(3):
    print(read_who(leaf))

# A method added to an intermediate class shadows the base's.
Mid.who = lambda self: "Mid.who"
print(read_who(leaf))

# ... and removing it brings the base's back.
del Mid.who
print(read_who(leaf))

# Rebinding the base's method is seen at once.
Base.who = lambda self: "Base.who v2"
print(read_who(leaf))

# A class attribute that appears later is found; an instance attribute shadows it.
try:
    read_attr(leaf, "x")
except AttributeError as e:
    print("AttributeError:", e)
Base.x = "class x"
print(read_attr(leaf, "x"))
leaf.x = "instance x"
print(read_attr(leaf, "x"))
del leaf.x
print(read_attr(leaf, "x"))
del Base.x
try:
    read_attr(leaf, "x")
except AttributeError as e:
    print("AttributeError:", e)

# A data descriptor added to the class takes over from the instance dict.
print(read_attr(leaf, "own"))
Leaf.own = property(lambda self: "property own")
print(read_attr(leaf, "own"))
del Leaf.own
print(read_attr(leaf, "own"))

# __getattr__ added later answers missing names; removing it restores the error.
Mid.__getattr__ = lambda self, name: "getattr " + name
print(read_attr(leaf, "x"))
del Mid.__getattr__
try:
    read_attr(leaf, "x")
except AttributeError as e:
    print("AttributeError:", e)

# __getattribute__ added later sees every read.
Leaf.__getattribute__ = lambda self, name: "getattribute " + name
print(read_attr(leaf, "own"))
del Leaf.__getattribute__
print(read_attr(leaf, "own"))


# Changing an instance's class switches the lookups.
class Other:
    def who(self):
        return "Other.who"


leaf.__class__ = Other
print(read_who(leaf))


# The same code reading attributes of several classes in turn.
class P:
    v = 1


class Q:
    v = 2


for obj in [P(), Q(), P(), Q()]:
    print(obj.v, end=" ")
print()
Q.v = 3
for obj in [P(), Q()]:
    print(obj.v, end=" ")
print()

# Special methods rebound on the class are used by the protocols.
class Box:
    def __len__(self):
        return 1


b = Box()
print(len(b))
Box.__len__ = lambda self: 2
print(len(b))
