records = [("bob", 25, "NY"), ("amy", 30, "LA"), ("cat", 25, "LA"), ("dan", 30, "NY"), ("eve", 22, "SF")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[2], -r[1])))
by_city = sorted(records, key=lambda r: r[2])
by_age_then_city = sorted(by_city, key=lambda r: r[1], reverse=True)
print(by_age_then_city)
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda v: (v < 0, v)), sorted(nums, reverse=True))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (len(w), w)))
l = [3, 2, 1]
r = l.sort()
print(r, l)
class Item:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"I{self.v}"
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(9)], key=lambda i: i.v))
mixed = [[2, "b"], [1, "z"], [2, "a"], [1, "a"]]
mixed.sort()
print(mixed)
big = list(range(50, 0, -3))
big.sort(key=lambda v: v % 5)
print(big)
try:
    sorted([1, None])
except TypeError as e:
    print(e)
def bad_key(v):
    if v == 2:
        raise ValueError("bad key")
    return v
try:
    sorted([3, 2, 1], key=bad_key)
except ValueError as e:
    print(e)
