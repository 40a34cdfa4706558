class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("two", x, y)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM("outer"), CM("inner"):
        raise KeyError("boom")
except KeyError as e:
    print("propagated", e)
with CM("nested", True):
    with CM("deep"):
        1 / 0
print("continues")
def ret():
    with CM("ret"):
        return "returned"
print(ret())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
lst = [0]
with CM("target") as lst[0]:
    pass
print(lst)
with CM("pq") as (p, q):
    print(p, q)
try:
    with 42:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
with (CM("paren1") as a, CM("paren2") as b):
    print(a, b)
