d = {}
for w in "the quick brown the lazy quick the".split():
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {}
for k, v in d.items():
    inv.setdefault(v, []).append(k)
print(inv)
d2 = dict(d)
d2.pop("the")
d2["the"] = 0
print(list(d2), d == d2, {**d2, **d} == d)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].keys())
counts = dict.fromkeys("abc", 0)
for ch in "abacab":
    counts[ch] += 1
print(counts, max(counts, key=counts.get), min(counts.values()))
print(dict(sorted({"z": 1, "a": 2}.items())), list({3: None, 1: None, 2: None}))
m = {i: i * i for i in range(6)}
for k in list(m):
    if k % 2:
        del m[k]
print(m, len(m))
print({1: "a"}.items() == {(1, "a")}, {"k": [1]} == {"k": [1]}, {1: 2}.get(3, {}).get(4, "deep default"))
