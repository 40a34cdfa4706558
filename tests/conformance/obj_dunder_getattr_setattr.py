class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_y"), hasattr(d, "zzz"), getattr(d, "zzz", "default"))
try:
    d.other
except AttributeError as e:
    print(e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
l = Logged()
l.a = "x"
l.b = 2
print(l.a, l.b, sorted(vars(l).items()))
del l.a
print(hasattr(l, "a"))
class Ro:
    __slots__ = ()
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def method(self): return "method"
g = GA()
print(g.secret, g.method())
class Frozen:
    def __init__(self): object.__setattr__(self, "v", 1)
    def __setattr__(self, k, v): raise AttributeError(f"cannot set {k}")
f = Frozen()
try:
    f.v = 2
except AttributeError as e:
    print(e, f.v)
class Fallback:
    x = "class x"
    def __getattr__(self, n): return "fallback " + n
fb = Fallback()
print(fb.x, fb.y)
fb.x = "instance x"
print(fb.x, Fallback.x)
setattr(fb, "dyn", 5)
print(fb.dyn, getattr(fb, "dyn"), vars(fb))
delattr(fb, "dyn")
print(fb.dyn)
try:
    object().attr = 1
except AttributeError as e:
    print(e)
try:
    getattr(fb, 5)
except TypeError as e:
    print(e)
