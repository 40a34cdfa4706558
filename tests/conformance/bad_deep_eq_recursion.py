class Loop:
    def __eq__(self, other):
        return self == other
try:
    Loop() == Loop()
except RecursionError as e:
    print(type(e).__name__, e)
class Cyc:
    def __init__(self): self.other = None
    def __eq__(self, o): return self.other == o.other
a, b = Cyc(), Cyc()
a.other, b.other = b, a
try:
    a == b
except RecursionError as e:
    print(type(e).__name__, e)
print("ok after")
class Chain:
    def __getattr__(self, name):
        return self.missing_attr
try:
    Chain().x
except RecursionError as e:
    print(type(e).__name__, e)
print("end")
