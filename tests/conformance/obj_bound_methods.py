class C:
    def __init__(self, v): self.v = v
    def get(self): return self.v
    def __repr__(self): return f"C({self.v})"
c = C(3)
m = c.get
print(m(), m.__self__, m.__func__ is C.get, m.__name__, type(m).__name__)
print(C.get(c), type(C.get).__name__, C.get.__qualname__)
print(c.get == c.get, c.get is c.get, C(3).get == m)
fns = [C(i).get for i in range(3)]
print([f() for f in fns])
def free(self): return "free " + repr(self)
C.free = free
print(c.free())
c.inst = lambda: "instance attribute, not bound"
print(c.inst())
print(list(map(C.get, [C(7), C(8)])))
print([].append.__self__, "abc".upper.__name__, (1).__add__(2), "x".join.__self__)
b = [1, 2].append
b(3)
print(b.__self__)
class D:
    def m(self, *a, **k): return a, k
print(D().m(1, x=2))
try:
    C.get()
except TypeError as e:
    print(e)
try:
    c.get(1)
except TypeError as e:
    print(e)
