class P:
    a = 1
    def __init__(self): self.b = 2
p = P()
print(getattr(p, "a"), getattr(p, "b"), getattr(p, "c", "dflt"), hasattr(p, "a"), hasattr(p, "zz"))
setattr(p, "c", 3)
print(p.c, getattr(p, "c"))
delattr(p, "c")
print(hasattr(p, "c"))
setattr(P, "d", 4)
print(p.d, P.d)
print(getattr([], "append").__name__, getattr("abc", "upper")(), hasattr(1, "real"))
for fn in (lambda: getattr(p, "nope"), lambda: delattr(p, "nope"), lambda: getattr(p), lambda: setattr(p, 1, 2), lambda: getattr(5, "x"), lambda: setattr(5, "x", 1), lambda: delattr(P, "zz"), lambda: getattr(P, "nope")):
    try:
        fn()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Raises:
    @property
    def boom(self):
        raise ValueError("property failed")
    @property
    def attr_err(self):
        raise AttributeError("inner attr error")
try:
    hasattr(Raises(), "boom")
except ValueError as e:
    print("propagated", e)
print(hasattr(Raises(), "attr_err"), getattr(Raises(), "attr_err", "fallback"))
