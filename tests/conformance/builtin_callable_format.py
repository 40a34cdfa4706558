class WithCall:
    def __call__(self): pass
class Without: pass
print(callable(len), callable(lambda: 0), callable(int), callable(WithCall()), callable(Without()), callable(None), callable("s"), callable(print), callable([].append))
print(format(123, "08,"), format("abc", "*>6"), format(0.1, ".3e"), format(7, "b"), format(1.5), format("x"))
print(callable(type), callable(WithCall), callable(Without))
