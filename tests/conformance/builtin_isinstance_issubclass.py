class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), isinstance(1, (str, (float, int))))
print(issubclass(B, A), issubclass(A, A), issubclass(B, (C,)), issubclass(bool, (str, int)), issubclass(A, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(None, type(None)))
print(isinstance([], list), isinstance({}, dict), isinstance(int, type), isinstance(A, type), isinstance("s", object))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
for fn in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1)) , lambda: isinstance(1, [int])):
    try:
        print(fn())
    except TypeError as e:
        print(e)
