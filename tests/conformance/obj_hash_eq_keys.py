class Key:
    def __init__(self, a, b): self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self): return f"Key({self.a}, {self.b})"
d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d, d.get(Key(9, 9)))
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), Key(2, 2) in s)
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"C{self.v}"
cd = {Collide(i): i for i in range(5)}
print(cd, cd[Collide(3)], len(cd))
del cd[Collide(2)]
print(cd, Collide(2) in cd)
print({1: "a", 1.0: "b"}, {0: "z", False: "f", 0.0: "g"}, {(1, 2): 1, (1.0, 2.0): 2})
class IdOnly:
    pass
a, b = IdOnly(), IdOnly()
print(a == b, a == a, len({a, b, a}))
class EqNoHash:
    def __eq__(self, o): return True
print(EqNoHash.__hash__ is None)
class Inherits(Key):
    pass
print(hash(Inherits(1, 2)) == hash(Key(1, 2)), Inherits(1, 2) == Key(1, 2))
class OverrideEq(Key):
    def __eq__(self, o): return False
print(OverrideEq.__hash__ is None)
