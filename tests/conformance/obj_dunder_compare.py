class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o):
        print("eq", self.x, getattr(o, "x", o))
        return isinstance(o, V) and self.x == o.x
    def __lt__(self, o):
        print("lt", self.x, o.x)
        return self.x < o.x
    def __le__(self, o): return self.x <= o.x
    def __repr__(self): return f"V({self.x})"
    __hash__ = None
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(3) > V(2), V(1) <= V(1), V(2) >= V(1))
print(V(1) == 1, 1 == V(1))
print(sorted([V(3), V(1), V(2)]))
try:
    hash(V(1))
except TypeError as e:
    print(e)
class NE:
    def __ne__(self, o): return "custom ne"
print(NE() != 1, NE() == NE())
class Rev:
    def __init__(self, x): self.x = x
    def __gt__(self, o):
        print("Rev.__gt__")
        return True
print(1 < Rev(0))
class NI:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
n = NI()
print(n == n, n == NI(), n != NI())
try:
    n < n
except TypeError as e:
    print(e)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
try:
    {Eq(1)}
except TypeError as e:
    print(e)
class H:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __hash__(self): return hash(self.v)
print({H(1), H(1), H(2)} == {H(2), H(1)}, len({H(1), H(1)}), H(5) in {H(5): 1})
class Sub(V):
    def __eq__(self, o):
        print("Sub.eq first")
        return True
print(V(1) == Sub(2))
print([V(1)] == [V(1)], V(1) in [V(0), V(1)])
