f = frozenset([3, 1, 2, 1])
print(f, len(f), 1 in f, type(f).__name__, frozenset(), repr(frozenset()))
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1, 2}, f - {1}, f ^ {1, 7})
print(f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})), {f: "key"}[frozenset([1, 2, 3])])
print({frozenset([1]), frozenset([1])}, sorted(frozenset("cab")), f.union([4]), f.issubset({1, 2, 3, 4}))
print(frozenset(f) is f if False else frozenset(range(3)), f.copy() == f)
try:
    f.add(4)
except AttributeError as e:
    print(e)
s = {frozenset([1, 2])}
print(frozenset([1, 2]) in s, {1, 2} in s)
