a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, True is True, type(1) is int)
print(2 in a, 3 in a, 3 not in a, not 3 in a)
print("ell" in "hello", "" in "abc", "x" not in "abc")
print(1 in {1: "a"}, "a" in {1: "a"}, 2 in {2, 3}, 3 in range(5), 5 in range(5), 4 in range(0, 10, 2))
print(b"ab" in b"cabd", 97 in b"abc", (1, 2) in [(1, 2)])
class Box:
    def __init__(self, items): self.items = items
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
print(3 in Box([3]), 4 not in Box([3]))
class It:
    def __iter__(self): return iter([5, 6])
print(6 in It(), 7 in It())
class Old:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(20 in Old(), 25 in Old())
try:
    1 in 5
except TypeError as e:
    print(e)
try:
    [] in "abc"
except TypeError as e:
    print(e)
try:
    1 in "abc"
except TypeError as e:
    print(e)
