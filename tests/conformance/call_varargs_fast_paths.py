# Positional calls of functions with *args, through every call shape: plain
# calls, bound methods, class construction, with-statements, and calls made
# from native code (sorted keys, map).


def collect(*args):
    return args


def head_rest(a, b=2, *rest):
    return a, b, rest


class Box:
    every = lambda *a: len(a)

    def __init__(self, *items):
        self.items = items

    def method(self, x, *more):
        return x, more

    def only_star(*args):
        return type(args[0]).__name__, args[1:]


print(collect(), collect(1), collect(1, 2, 3))
print(head_rest(1), head_rest(1, 5), head_rest(1, 5, 6, 7))
b = Box(1, 2)
print(b.items, Box().items, Box(*range(3)).items)
print(b.method(1), b.method(1, 2, 3), Box.method(b, 4, 5))
print(b.every(), b.every(1, 2), Box.every())
print(b.only_star(), b.only_star(9))
m = b.method
print(m(7), m(7, 8))
print(list(map(collect, [1, 2])), sorted([3, 1, 2], key=lambda *k: -k[0]))


class Manager:
    def __enter__(self, *args):
        print("enter", args)
        return self

    def __exit__(self, *args):
        print("exit", args[0].__name__ if args[0] else None)
        return True


with Manager() as mgr:
    print(type(mgr).__name__)
with Manager():
    raise KeyError("swallowed")

for bad in (lambda: head_rest(), lambda: b.method(), lambda: Box.method()):
    try:
        bad()
    except TypeError as e:
        print(e)


def gen(*args):
    yield from args


print(list(gen(1, 2)), list(gen()))
