g = (x * 2 for x in range(4))
print(type(g).__name__, list(g), list(g))
print(sum(i for i in range(10) if i % 2))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list((a, b) for a in range(2) for b in "xy"))
print(tuple(c.upper() for c in "hey"))
x = 10
g = (x for _ in range(2))
x = 20
print(list(g))
try:
    (1 / 0 for _ in range(1))
    print("not evaluated yet")
    list(1 / 0 for _ in range(1))
except ZeroDivisionError as e:
    print(e)
try:
    g = (i for i in 5)
except TypeError as e:
    print("eager iter:", e)
print(any(v > 3 for v in [1, 5]), all(v > 3 for v in [4, 5, 0]))
print(dict((k, k * k) for k in range(3)))
print(sorted((v for v in [3, 1, 2]), reverse=True))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print("".join(str(n) for n in range(5)))
