grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([[row[i] for row in grid] for i in range(3)])
print({(r, c): grid[r][c] for r in range(3) for c in range(3) if r == c})
def f(n):
    return [[i * j for j in range(n)] for i in range(n)]
print(f(3))
x = 100
print([[x for x in range(2)] for _ in range(2)], x)
def g():
    k = 5
    return [[k + a + b for a in range(2)] for b in range(2)]
print(g())
class C:
    n = 3
    table = [i * 2 for i in range(3)]
print(C.table)
pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2]
print(pairs)
print(sum(sum(row) for row in grid), max(v for row in grid for v in row))
print([(lambda q=i: q * 10)() for i in range(3)])
