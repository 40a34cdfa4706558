print(len("abc"), len([1, 2]), len({}), len(range(3)), len(b"xy"), len({1, 2, 2}), len((1,)))
print(list(enumerate("ab")), list(enumerate("ab", 1)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4)])))
e = enumerate(["x", "y"])
print(next(e), next(e), type(e).__name__)
z = zip(range(3), range(3, 6))
print(next(z), list(z), type(z).__name__)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
print(dict(zip("abc", range(3))), list(zip("ab", "cd", "ef")))
for name, fn in [("len", lambda: len(5)), ("len2", lambda: len()), ("enum", lambda: enumerate(5)), ("zip", lambda: zip(1))]:
    try:
        fn()
    except TypeError as e:
        print(name, e)
