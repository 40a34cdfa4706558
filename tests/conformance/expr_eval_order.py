def t(label, value=None):
    print("eval", label)
    return value if value is not None else label
d = {}
d[t("key")] = t("value")
print(d)
t("a") + t("b") * t("c", 1) if False else print(t("x", 1) + t("y", 2) * t("z", 3))
print(t("f", lambda *a: a)(t("arg1"), t("arg2")))
lst = [t("l0"), t("l1")]
lst[t("idx", 0)] = t("rhs")
print(lst)
print({t("k1"): t("v1"), t("k2"): t("v2")})
a = b = t("chained")
print(a, b)
x, y = t("first"), t("second")
print(t("left", 1) < t("mid", 2) < t("right", 3))
print(t("cond", 0) or t("alt"))
print(t("true", "T") if t("test", 1) else t("false", "F"))
def kw(**k): return sorted(k)
print(kw(b=t("b"), a=t("a")))
class O:
    pass
o = O()
o.attr = t("attr value")
print(t("obj", o).attr)
