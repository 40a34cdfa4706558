d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__, len(k), len(v), len(i))
d["d"] = 4
print(list(k), list(v), list(i))
print("a" in k, 4 in v, ("a", 1) in i, ("a", 2) in i)
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "d", "z"}, sorted(k - {"a", "b"}), sorted(k ^ {"a", "q"}))
print(i & {("a", 1)}, k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}))
del d["a"]
print(list(k), list(reversed(k)), list(reversed(i)))
print(sorted(v), sum(v), max(k))
it = iter(k)
print(next(it))
d["z"] = 0
try:
    next(it)
except RuntimeError as e:
    print(e)
print(v == v, list(d.values()) == list(v))
try:
    k[0]
except TypeError as e:
    print(e)
