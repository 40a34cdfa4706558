print(sorted([3, 1, 2]), sorted("bca"), sorted((3, 1)), sorted({3: "a", 1: "b"}), sorted([]), sorted({2, 1}))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted(["bb", "a", "ccc"], key=len, reverse=True))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([1.5, -2, 3, 0]), sorted([[2, 1], [1, 9], [1, 2]]), sorted([True, False, 0, 1]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Rev())))
class CustomRev:
    def __reversed__(self): return iter("custom")
print("".join(reversed(CustomRev())))
for fn in (lambda: sorted([1, "a"]), lambda: reversed({1, 2}), lambda: reversed(5), lambda: sorted(1), lambda: sorted([1], 2)):
    try:
        fn()
    except TypeError as e:
        print(e)
l = [3, 1]
print(sorted(l) is l, l)
