l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l, len(l), l[0], l[-1], l[2:5], l[::-1], l[::3], l[-3:], l[:100])
l.append(5); l.insert(0, 0); l.insert(100, 99); l.insert(-1, 88)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(5), l.index(5, 3), l.count(1), 9 in l)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.reverse()
print(l, sorted(l, key=lambda v: (v % 3, v)))
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower)
print(words)
print([1, 2] + [3], [0] * 3, [[0]] * 2, [1, [2, [3]]], [] * 5)
a = [1, 2, 3]
b = a.copy()
b.append(4)
a.extend(range(2))
a += "xy"
print(a, b)
a[1:3] = [7, 8, 9]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a.clear()
print(a, list(), list("abc"), list((1, 2)), list(range(3)), list({"k": 1}))
nested = [[1, 2], [3]]
print([x for sub in nested for x in sub], nested == [[1, 2], [3]], nested < [[1, 3]])
r = [1, 2]
r.append(r)
print(r)
print(max([2, 8, 3]), min([2, 8, 3]), sum([1, 2, 3]), [1, 2] * 2 == [1, 2, 1, 2])
stable = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(stable, key=lambda t: t[0]))
def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: [1].remove(2))
err(lambda: [1].index(2))
err(lambda: [1][1])
one = [1]
key = "a"
err(lambda: one[key])
err(lambda: [3, "a"].sort())
err(lambda: [1, 2].__setitem__(slice(None, None, 2), [1, 2]))
err(lambda: [1] + (2,))
err(lambda: hash([]))
err(lambda: [1] * "a")
