empty = [], (), {}
items = [1, *a, 2], (1,), {1, *s}, {'k': v, **m}
comps = [x * 2 for x in range(10) if x % 2 if x > 3 for y in x]
sets = {k for k, _ in pairs}
dicts = {k: v for k, v in d.items()}
gen = (i for i in it)
a, *b, c = seq
[p, q] = r
s = t = u = 0
lst[0], obj.attr = 1, 2
n += 1
m: int = 5
(o): str
del a, b[0], c.d
