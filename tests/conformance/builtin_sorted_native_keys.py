# Sorting keys that the interpreter may order without calling `<`: machine
# ints, floats, strs and tuples of them. Equal keys must keep their order
# (checked through the tags), reversed sorts too; anything else (NaN, mixed
# kinds, ragged tuples, big ints) takes the general path with CPython's errors.
import random

rng = random.Random(7)
ints = [(rng.randrange(-50, 50), tag) for tag in range(300)]
print(sorted(ints, key=lambda p: p[0])[:12])
print(sorted(ints, key=lambda p: p[0], reverse=True)[:12])
print(sorted(ints)[:5], sorted(ints, reverse=True)[:5])

floats = [0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, 3.0, 0.0, -0.0] * 10
print(sorted(floats)[:12])
print([repr(x) for x in sorted(floats, reverse=True)[-6:]])

words = ["pear", "Äpfel", "apple", "zebra", "éclair", "Zoo", "apple", "", "日本", "a\U0001F600", "a\uffff"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(enumerate(words), key=lambda p: p[1], reverse=True))

pairs = [(x % 7, -x, str(x % 3)) for x in range(120)]
print(sorted(pairs)[:8])
print(sorted(pairs, key=lambda t: (t[2], t[0]))[:8])

# Tuples of mixed lengths and kinds still sort like CPython.
ragged = [(1, 2), (1,), (0, 5, 1), (1, 2, 3), (0, 5)]
print(sorted(ragged))
mixed_ok = [(1, "a"), (2, 3), (0, None)]
print(sorted(mixed_ok))

nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([10**30, 5, -10**40, 2.5]))
print(sorted([True, 2, 0.5, False]))

lst = [3, 1, 2]
lst.sort(reverse=True)
print(lst)

for bad in ([1, "a", 2], [(1, 2), (1, "x")], [1.5, "x"]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
