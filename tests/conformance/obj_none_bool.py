print(None, repr(None), type(None).__name__, bool(None), str(None))
print(True + True, True * 10, False - 1, True / 2, -True, ~True, True // 1)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(bool(0), bool(1), bool(-1), bool(""), bool(" "), bool([]), bool({}), bool(set()), bool(0.0), bool(0j) if False else "", bool(range(0)))
print(int(True), float(False), str(True), repr(False), hash(True), hash(False), hash(None) == hash(None))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(True == 1, False == 0, {True: "a", 1: "b"})
print(max(True, 2), sum([True, True, False]), [10, 20][True])
print(type(None)() is None)
try:
    bool.__new__
    class B(bool): pass
except TypeError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
n = None
try:
    n()
except TypeError as e:
    print(e)
try:
    n[0]
except TypeError as e:
    print(e)
print(None.__class__, True.__class__, NotImplemented, type(NotImplemented).__name__)
