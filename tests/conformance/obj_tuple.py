t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], (1,), (), tuple(), tuple([1, 2]), tuple("ab"))
print(t + (4,), t * 2, 2 in t, t.index(3), t.count(1), (1, 2) < (1, 3), (1, 2) == (1, 2))
a, b, c = t
print(a, b, c, type(()).__name__, (1, 2) + (), hash((1, 2)) == hash((1, 2)))
x = 1, 2
print(x, type(x).__name__, ((1, 2), (3,)), ((),), (1, [2]))
print(max((3, 9, 1)), sorted((3, 1, 2)), tuple(reversed(t)), tuple(i * 2 for i in t))
nested = (1, (2, (3, (4,))))
print(nested[1][1][1][0])
l = (1, [2])
l[1].append(3)
print(l)
def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: t.__setitem__(0, 1))
err(lambda: t[5])
err(lambda: t.index(7))
err(lambda: hash((1, [2])))
err(lambda: t + [4])
err(lambda: (1, 2) < (1, "a"))
