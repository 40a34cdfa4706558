def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, f=7))
print(f(a=1, c=2, b=3))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))
def g(*, only): return only
print(g(only=1))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))
n = 10
def late(v=n): return v
n = 20
print(late())
print(f.__defaults__, f.__kwdefaults__, pos.__code__.co_argcount if hasattr(pos, "__code__") else "")
print(f.__name__, f.__qualname__)
def h(a, b=1, /, **kw): return a, b, kw
print(h(1, a=2, b=3))
def nothing(): pass
print(nothing())
def errs(name, fn):
    try:
        fn()
    except TypeError as e:
        print(name, "->", e)
errs("missing", lambda: f())
errs("missing kw", lambda: f(1))
errs("too many", lambda: pos(1, 2, 3, 4, d=5))
errs("posonly as kw", lambda: pos(1, b=2, c=3, d=4))
errs("dup", lambda: f(1, a=2, c=3))
errs("unexpected", lambda: g(only=1, other=2))
errs("kwonly positional", lambda: g(1))
errs("missing 2", lambda: pos(1, d=1))
def two(a, b): return a
errs("two missing", lambda: two())
errs("one extra", lambda: two(1, 2, 3))
def kwonly2(*, a, b): pass
errs("kwonly missing", lambda: kwonly2())
