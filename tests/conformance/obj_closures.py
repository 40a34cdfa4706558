def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
print(a5(1), make_adder(10)(1), a5.__closure__ is not None, len(a5.__closure__), a5.__closure__[0].cell_contents)
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    def get():
        return c
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())
def early_binding():
    return [(lambda j: lambda: j)(i)() for i in range(3)]
print(early_binding())
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def rebinding():
    v = 1
    f = lambda: v
    v = 2
    return f()
print(rebinding())
def no_closure(): return 1
print(no_closure.__closure__)
def shared():
    items = []
    def add(x): items.append(x)
    def show(): return list(items)
    return add, show
add, show = shared()
add(1); add(2)
print(show())
def cell_before_assign():
    def f():
        return later
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return f()
print(cell_before_assign())
def gen_closure():
    base = 10
    def g():
        for i in range(3):
            yield base + i
    return g
print(list(gen_closure()()))
