class C:
    cls = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self): pass
c = C()
print(vars(c), sorted(n for n in dir(c) if not n.startswith("__")))
print(sorted(n for n in dir(C) if not n.startswith("_")), "m" in dir(c), "__init__" in dir(C))
def f():
    x = 1
    y = 2
    return sorted(dir()), sorted(vars().items()) if False else sorted(locals().items())
print(f())
import math
print("sqrt" in dir(math), "pi" in vars(math), vars(math)["pi"] == math.pi)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
try:
    vars(5)
except TypeError as e:
    print(e)
class Custom:
    def __dir__(self): return ["z", "a"]
print(dir(Custom()))
