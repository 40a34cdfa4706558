def f():
    return
def g():
    return 1, 2
def h(x):
    if x:
        return "early"
    return "late"
print(f(), g(), h(1), h(0))
sq = lambda x: x * x
print(sq(7), (lambda: "noargs")(), (lambda *a, **k: (a, k))(1, z=2))
print((lambda x, y=3: x + y)(1))
print(sq.__name__, sq.__qualname__)
add = lambda a: lambda b: a + b
print(add(2)(3))
fs = [lambda i=i: i for i in range(3)]
print([fn() for fn in fs])
fs2 = [lambda: i for i in range(3)]
print([fn() for fn in fs2])
def outer():
    def inner():
        return "inner"
    return inner
print(outer()(), outer().__qualname__)
print(sorted([3, 1, 2], key=lambda v: -v))
def gen_ret():
    return [x for x in range(3)]
print(gen_ret())
def multi():
    try:
        return "try"
    finally:
        print("finally before return")
print(multi())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
