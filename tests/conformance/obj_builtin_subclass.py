class D(dict):
    def __missing__(self, k): return "miss " + k
d = D(a=1)
print(d, d["a"], d["zz"], len(d), list(d), isinstance(d, dict), type(d).__name__)
d["b"] = 2
print(d.get("b"), sorted(d.items()), "b" in d, d == {"a": 1, "b": 2})
print("{x} {y}".format_map(D(x="X")))
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = P(1, 2)
print(p, p.x, len(p), isinstance(p, tuple), p + (3,), hash(p) == hash((1, 2)), p == (1, 2))
class U(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
print(U("abc"), U("x") + "y", type(U("q")).__name__, repr(U("k")), U("ab").lower(), "-".join([U("a"), "b"]))
class MyInt(int): pass
print(MyInt(5) + 1, 1 + MyInt(5), -MyInt(3), MyInt(7) > 3, isinstance(MyInt(2), int), MyInt.__mro__, [0,1,2][MyInt(1)])
class MyList(list):
    def total(self): return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
ml += [5]
print(ml, ml.total(), len(ml), type(ml).__name__, ml[1:3], ml * 2)
class S(set): pass
s = S([1, 2])
print(s, s | {3}, len(s), 1 in s)
class F(float): pass
print(F(2.5) * 2, f"{F(1.5):.2f}", str(F(1.0)))
class WithInit(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
w = WithInit("n")
print(w, w.name, vars(w))
try:
    class Bad(int, str): pass
except TypeError as e:
    print(e)
try:
    class Bad2(bool): pass
except TypeError as e:
    print(e)
try:
    object.__new__(MyList)
except TypeError as e:
    print(e)
print(dict(d), list(ml), tuple(p), str(U("z")), int(MyInt(9)), float(F(2.0)))
class R(str):
    def __repr__(self): return "R!"
print(repr(R("a")), str(R("a")), f"{R('a')}", [R("a")])
class L2(list):
    def __len__(self): return 42
print(len(L2([1])), bool(L2()))
class Upper(dict):
    def __getitem__(self, k): return super().__getitem__(k.upper())
    def __setitem__(self, k, v): super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
print(u, u["A"], u["a"], "A" in u, len(u))
class Counter(dict):
    def __missing__(self, k): return 0
c = Counter()
for ch in "hello":
    c[ch] = c[ch] + 1
print(sorted(c.items()), c.get("z"), c["z"])
class Key(str): pass
d = {Key("k"): 1}
print(d["k"], Key("k") == "k", hash(Key("k")) == hash("k"), sorted([Key("b"), "a", Key("c")]))
class N(int):
    def __repr__(self): return "N(%d)" % int(self)
n = N(3)
print(n, repr(n), str(n), f"{n}", f"{n:03d}", list(range(n)), n * 2, type(n * 2).__name__, "%d" % n)
class T(tuple): pass
print("%s-%s" % T((1, 2)), T([1, 2]) < (1, 3), T() == (), bool(T()), bool(T([0])))
class L(list):
    def __eq__(self, other): return "custom"
print(L([1]) == [1], [1] == L([1]), L([1]) != [1])
class FS(frozenset): pass
print(FS([1]), FS(), FS([1]) | {2}, type(FS([1]) | {2}).__name__, hash(FS([1])) == hash(frozenset([1])))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), s.pop(), s, isinstance(s, list), Stack.__bases__)
for x in Stack([3, 4]):
    print(x, end=" ")
print()
print(sorted(Stack([3, 1, 2])), reversed(Stack([1, 2])).__class__.__name__, list(reversed(Stack([1, 2]))))
class OD(dict):
    pass
o = OD(b=1, a=2)
o.extra = "attr"
print(o, o.extra, vars(o), o.copy(), type(o.copy()).__name__, OD.fromkeys("ab"), type(OD.fromkeys("ab")).__name__)
print(dict.__repr__(o), list.__len__(Stack([1, 2])), str.upper(Key("x")), int.__add__(N(1), 2) if hasattr(int, "__add__") else 3)
class B(bytes): pass
print(B(b"ab"), len(B(b"ab")), B(b"ab")[0], B(b"ab") + b"c")
