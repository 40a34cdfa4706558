class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return (x + self.n) * times
a = Adder(3)
print(a(4), a(1, times=3), callable(a), callable(Adder), callable(5))
class Timer:
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop", exc[0])
        return False
with Timer() as t:
    print(type(t).__name__)
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError):
    {}["x"]
print("suppressed")
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed", e)
class Order:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        if self.name == "bad":
            raise RuntimeError("enter failed")
        return self
    def __exit__(self, *a):
        print("exit", self.name)
try:
    with Order("a"), Order("bad"), Order("c"):
        print("body")
except RuntimeError as e:
    print(e)
class Cls:
    pass
inst = Cls()
inst.__call__ = lambda: "instance call"
try:
    inst()
except TypeError as e:
    print(e)
