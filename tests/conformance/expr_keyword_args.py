def person(name, age=0, *, city="?", **extra):
    return f"{name}/{age}/{city}/{sorted(extra.items())}"
print(person("a"))
print(person(name="b", age=3))
print(person("c", city="Oslo", age=9))
print(person("d", 1, zip="x", city="Rome"))
print(dict(a=1, b=2), sorted(dict([("k", 1)], z=0).items()))
print(sorted([3, 1, 2], reverse=True), max([1, 5, 3], key=lambda v: -v))
print("a-b".split(sep="-"), int("ff", base=16), "x".center(5, "*"))
print(print("hello", end="!\n") is None)
