print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1, 2], [1, 3]))
print(min([], default="empty"), max((), default=None), min([3, 1], key=lambda v: -v), max(["a", "bbb", "cc"], key=len))
print(max([1, 3, 3.0]), max([3.0, 3]), min([2, 2.0]), max(True, 1), min(range(5, 10)))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([], 5), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101), start=-50))
print(sum([1.5, 2.5]), sum([True, True]), sum((x for x in [1e100, 1, -1e100])))
for fn in (lambda: min([]), lambda: max(), lambda: min(5), lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: max(1, "a"), lambda: max([1], default=0, key=None, x=1)):
    try:
        print(fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
