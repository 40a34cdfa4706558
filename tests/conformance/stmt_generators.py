def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)))
g = count(2)
print(type(g).__name__, next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
def with_return():
    yield 1
    return "result"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
def lazy():
    print("started")
    yield "a"
    print("resumed")
    yield "b"
    print("finished")
g = lazy()
print("created")
for v in g:
    print("got", v)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(sum(x * x for x in range(5)))
def gen_in_gen():
    for i in range(3):
        yield from (i * 10 + j for j in range(2))
print(list(gen_in_gen()))
g = count(3)
print(iter(g) is g, list(g), list(g))
def empty():
    return
    yield
print(list(empty()))
def yield_expr():
    x = yield
    print("received", x)
    y = yield x * 2
    print("received", y)
g = yield_expr()
print(next(g))
print(g.send(21))
try:
    g.send("last")
except StopIteration:
    print("done")
def raising():
    yield 1
    raise ValueError("from generator")
g = raising()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(e)
print(next(g, "exhausted"))
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e)
