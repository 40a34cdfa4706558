print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [])))
print(list(filter(None, [0, 1, "", "x", [], [0]])), list(filter(lambda v: v % 2, range(7))))
m = map(int, "123")
print(type(m).__name__, next(m), list(m), list(m))
f = filter(str.isdigit, "a1b2")
print(type(f).__name__, "".join(f))
print(sum(map(len, ["ab", "cde"])), max(map(abs, [-5, 3])), sorted(map(lambda s: s[::-1], ["ba", "ab"])))
print(list(map(pow, [2, 3], [3, 2])), list(map(divmod, [7], [2])))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(e)
try:
    map(len)
except TypeError as e:
    print(e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(e)
