x = 1
del x
try:
    x
except NameError as e:
    print(e)
l = [0, 1, 2, 3, 4, 5]
del l[0]
print(l)
del l[::2]
print(l)
del l[:]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class C: pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
try:
    del c.attr
except AttributeError as e:
    print(e)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(e)
def f():
    v = 1
    del v
    return v
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    del undefined_thing
except NameError as e:
    print(e)
l = [1, 2]
try:
    del l[5]
except IndexError as e:
    print(e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
