d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 20
print(d)
del d["b"]
d["b"] = 200
print(d, d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("c", 0), d.setdefault("n", []), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, d.popitem(), d)
print(dict(a=1), dict([(1, 2)]), dict({"k": "v"}), dict(zip("ab", [1, 2])), dict.fromkeys("xy"), dict.fromkeys([1, 2], 0))
e = {1: "int", 1.0: "float", True: "bool"}
print(e)
print({(1, 2): "tuple key", None: "none", frozenset([1]): "fs"})
c = d.copy()
c["new"] = 1
print("new" in d, "new" in c, d == c, {1: 2} == {1: 2}, {1: 2} != {1: 3})
print({"a": 1} | {"b": 2}, sorted({3: 1, 1: 2}), {v: k for k, v in {"a": 1, "b": 2}.items()})
m = {"k": 1}
m |= {"j": 2}
print(m, list(reversed(m)))
r = {}
r["self"] = r
print(r)
print(d.clear(), d)
order = {}
for k in [5, 3, 9, 1]:
    order[k] = k * k
print(order, list(order.items())[0])
def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: {}["missing"])
err(lambda: {}[("a", 1)])
err(lambda: {[]: 1})
err(lambda: {}.pop("x"))
err(lambda: {}.popitem())
err(lambda: dict([1, 2]))
err(lambda: dict([(1, 2, 3)]))
err(lambda: {1: 2} < {1: 2})
err(lambda: {}.get())
it_d = {1: 1}
def mutate():
    for k in it_d:
        it_d[k + 1] = 1
err(mutate)
