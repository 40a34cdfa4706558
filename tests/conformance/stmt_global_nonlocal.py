counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make_global():
    global created
    created = "yes"
make_global()
print(created)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    return x, inner()
print(outer())
def counter_factory():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s = counter_factory()
print(s(), s(), s())
s2 = counter_factory()
print(s2())
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def read_global():
    return counter * 100
print(read_global())
def unbound():
    print(counter)
    counter = 5
try:
    unbound()
except UnboundLocalError as e:
    print(e)
def deep():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a = "changed"
        inner()
    mid()
    return a
print(deep())
class C:
    y = 1
    def m(self):
        return y
y = "global y"
print(C().m())
