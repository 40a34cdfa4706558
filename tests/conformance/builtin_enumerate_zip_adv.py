names = ["ann", "bob", "cy"]
scores = [90, 85]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(i, n, s)
print(list(zip(*zip(names, "xyz"))))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(list(enumerate(zip("ab", "cd"))))
pairs = dict(enumerate(names))
print(pairs)
print(list(zip(range(3), range(10, 13), range(20, 23))))
print(list(zip("abc", [1, 2, 3], strict=True)))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("abc", "ab", [], strict=True))
except ValueError as e:
    print(e)
e = enumerate(iter("xy"), 10)
print(next(e), list(e))
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
print(sorted(zip(scores, names), reverse=True))
