import math, sys, os
print([n for n in dir(math) if n in ("ceil", "floor", "pi", "sqrt", "tau")])
print("argv" in dir(sys), "path" in dir(os), "__name__" in dir(math))
def f(a, b=1):
    c = a + b
    return dir()
print(f(1))
print(sorted(k for k in vars(sys) if k in ("argv", "path", "modules", "exit")))
class A:
    x = 1
class B(A):
    y = 2
print([n for n in dir(B) if not n.startswith("_")], "x" in B.__dict__, "y" in B.__dict__)
print(sorted(n for n in dir() if not n.startswith("_")))
