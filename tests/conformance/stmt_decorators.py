def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    wrapper.__name__ = "wrapped_" + fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, b=2), add.__name__)
def tag(label):
    def deco(fn):
        fn.label = label
        return fn
    return deco
@tag("x")
@tag("y")
def f(): pass
print(f.label)
order = []
def d1(fn):
    order.append("d1")
    return fn
def d2(fn):
    order.append("d2")
    return fn
@d1
@d2
def g(): pass
print(order)
def cls_deco(cls):
    cls.extra = "added"
    return cls
@cls_deco
class K: pass
print(K.extra)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha(): return "a"
print(sorted(registry), registry["alpha"]())
@lambda fn: fn.__name__.upper()
def replaced(): pass
print(replaced)
class Holder:
    items = [lambda f: "zero", lambda f: "one"]
    @items[1]
    def m(self): pass
print(Holder.m)
