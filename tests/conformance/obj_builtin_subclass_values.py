class S(str): pass
class D(dict): pass
class L(list): pass
class I(int): pass
class F(float): pass
s = S("abc")
print(S("a") in "abc", "b" in s, s.upper(), s[1:], s * 2, len(s), s.startswith(S("a")), "x{}y".format(s), "%s|%r" % (s, s))
print(f"{s:>5}", format(s, "^7"), str(s) == "abc", s.split("b"), "-".join(S(c) for c in "xyz"), s.replace("b", S("B")))
d = D(a=1)
e = {}
e.update(d)
print(e, dict(d), {**d}, sorted(D(b=1, a=2)), list(D(x=1).items()), d.get("a"), D(a=1) == D(a=1), d | {"b": 2}, type(d | {"b": 2}).__name__)
l = L([3, 1, 2])
l.sort()
print(l, l + [4], [0] + l, l[::-1], sum(l), max(l), l.index(2), l.count(1), 2 in l, list(reversed(l)), l == [1, 2, 3], [1, 2, 3] == l)
i = I(7)
print(i // 2, i % 3, i ** 2, i << 1, i & 3, abs(I(-3)), -i, ~i, round(F(2.5)) if False else 0, divmod(i, 2) if False else 0, float(i), int(i), hex(i) if False else 0)
print(F(1.5) + 1, int(F(3.7)), F(1.0) == 1, hash(F(1.5)) == hash(1.5), str(F(0.1)), repr(F(1e20)))
print(range(I(3)), [10, 20, 30][I(1)], "abc"[I(2)], list(range(10))[I(1):I(3)], bytes(I(2)) if False else 0)
print({S("k"): 1}.get("k"), {"k": 1}.get(S("k")), {1: "x"}[I(1)], I(1) in {1}, S("a") in {"a"}, sorted([S("b"), S("a")]), type(sorted([S("b")])[0]).__name__)
class Cnt(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Cnt()
c["x"] += 1
c["x"] += 1
print(c, "{x}".format_map(c), "{y}".format_map(c), c)
print(isinstance(s, str), issubclass(S, str), type(s) is str, s.__class__.__name__, S.__mro__, vars(s))
