print(all([]), any([]), all([1, "a"]), all([1, 0]), any([0, ""]), any([0, "x"]))
def gen(vals):
    for v in vals:
        print("yield", v)
        yield v
print(all(gen([1, 0, 1])))
print(any(gen([0, 1, 0])))
print(all(x > 0 for x in range(1, 4)), any(c.isupper() for c in "abC"), all("abc"), any({}))
try:
    all(5)
except TypeError as e:
    print(e)
