print(type(1), type("s"), type([]), type(None), type(type), type(print), type(len), type(lambda: 0))
Dyn = type("Dyn", (), {"x": 1, "hello": lambda self: "hi " + str(self.x)})
d = Dyn()
print(Dyn, Dyn.__name__, d.x, d.hello(), type(d) is Dyn, Dyn.__bases__)
Sub = type("Sub", (Dyn,), {"x": 2})
print(Sub().hello(), Sub.__mro__, issubclass(Sub, Dyn))
o = object()
print(type(o).__name__, isinstance(o, object), isinstance(5, object), isinstance(int, object), isinstance(object, type))
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object() == object(), o == o, o != o, hash(o) == hash(o), str(o).startswith("<object object at"))
for fn in (lambda: type(), lambda: type(1, 2), lambda: type("N", 5, {}), lambda: type("N", (), 5), lambda: object(1)):
    try:
        fn()
    except TypeError as e:
        print(e)
class M:
    pass
print(type(M), type(M()), M.__class__ is type, type.__name__, type(type(type)))
print(isinstance(M, type), issubclass(type, object), issubclass(object, type))
