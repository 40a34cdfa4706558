print(bool(), bool(0), bool(""), bool("0"), bool([None]), bool(0.0), bool(-0.0), bool(float("nan")))
print(list(), list("ab"), list((1, 2)), list({"a": 1}), list(range(2)), list(x for x in "xy"))
print(tuple(), tuple([1]), tuple("ab"), tuple({2: 0}))
print(dict(), dict(a=1), dict([("a", 1)], b=2), dict({"x": 1}, x=2), dict(zip("ab", "cd")))
print(set(), set([1, 1]), set("aa"), frozenset(), frozenset([2, 2]), frozenset("x"))
print(bytes(), bytes(2), bytes([1, 2]), bytes("a", "ascii"), bytearray(), bytearray(b"ab"), bytearray(2))
print(type(list()) is list, isinstance(dict(), dict), list is type([]))
for fn in (lambda: list(1), lambda: tuple(None), lambda: dict(1), lambda: set(5), lambda: dict(["ab", "c"]), lambda: list("a", "b"), lambda: bytes("x"), lambda: frozenset(1)):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
