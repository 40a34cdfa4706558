"""Module docstring here."""
class Thing:
    """Thing doc."""
    cls_attr = 1
    def method(self):
        """Method doc."""
    class Nested:
        def deep(self): pass
def func():
    pass
t = Thing()
t.inst = 2
print(__name__, __doc__)
print(Thing.__name__, Thing.__qualname__, Thing.__module__, Thing.__doc__)
print(Thing.method.__name__, Thing.method.__qualname__, Thing.method.__doc__, Thing.method.__module__)
print(Thing.Nested.deep.__qualname__, func.__qualname__, func.__doc__, func.__module__)
print(t.__class__, t.__class__.__name__, type(t) is t.__class__, t.__dict__)
print(sorted(k for k in Thing.__dict__ if not k.startswith("__")), "__doc__" in Thing.__dict__)
print(type(Thing.__dict__).__name__, Thing.__dict__["cls_attr"])
t.__dict__["added"] = 3
print(t.added, vars(t) is t.__dict__)
print(int.__name__, len.__name__, len.__qualname__, [].append.__qualname__, str.upper.__qualname__)
print((lambda: 0).__name__, Thing.__bases__, Thing.__class__, type.__class__)
print(func.__defaults__, (lambda a=1: a).__defaults__, func.__globals__ is globals())
class Slot:
    x = 1
s = Slot()
s.__class__ = Thing
print(type(s).__name__)
try:
    t.__class__ = int
except TypeError as e:
    print(e)
try:
    Thing.__name__ = "Renamed"
    print(Thing.__name__, Thing.__qualname__, Thing)
except TypeError as e:
    print(e)
print(object.__doc__ is not None, int.__doc__ is not None, func.__doc__ is None)
import math
print(math.__name__, type(math).__name__)
