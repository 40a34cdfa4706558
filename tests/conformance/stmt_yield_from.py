def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stop")
def from_list():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
    yield from {"k": 1}
print(list(from_list()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), iter([4]))))
def delegating():
    try:
        yield from inner_raise()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"
def inner_raise():
    yield 1
    raise KeyError("inner")
print(list(delegating()))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def ret_only():
    return 5
    yield
def get():
    v = yield from ret_only()
    yield v
print(list(get()))
