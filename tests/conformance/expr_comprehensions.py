print([x * x for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print({x: x ** 2 for x in range(4) if x != 2})
x = "outer"
print([x for x in "ab"], x)
try:
    [undefined_y for _ in range(1)]
except NameError as e:
    print(e)
class C:
    v = 10
    lst = [v for _ in range(2)] if False else None
    try:
        bad = [v for _ in range(2)]
    except NameError as e:
        print("class scope:", e)
    ok = [w for w in range(v)][:3]
print(C.ok)
def f():
    a = 5
    return [a + i for i in range(3)]
print(f())
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
print([i for i in range(3)] + [i for i in "xy"])
m = [[1, 2], [3, 4]]
print([v for row in m for v in row])
print([row[::-1] for row in m])
print(sorted({c for c in "mississippi"}))
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 7)})
print([(i, j) for i in range(3) if i for j in range(3) if j != i])
print([y := 5, y ** 2])
print([last := v for v in range(4)], last)
