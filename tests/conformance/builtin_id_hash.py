a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(None) == id(None))
print(hash(1), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61), hash(10 ** 20))
print(hash(1.0), hash(1.5), hash(-1.0), hash(0.0), hash(float("inf")), hash(float("-inf")), hash(True), hash(False))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(frozenset([1])) == hash(frozenset([1])), hash("s") == hash("s"))
print(hash(1) == hash(1.0) == hash(True), hash(None) == hash(None))
for v in ([], {}, set(), bytearray(), ([],)):
    try:
        hash(v)
    except TypeError as e:
        print(e)
class K:
    def __hash__(self): return 42
class BadHash:
    def __hash__(self): return "x"
print(hash(K()))
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
