@decorator
@other.thing(arg)
def full(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:
    """Docstring."""
    global g
    def inner():
        nonlocal a
        yield a
        x = yield
        yield from b
    return a, *args


class Point(Base, metaclass=Meta):
    x: int = 0

    def __init__(self, x):
        self.x = x


square = lambda n: n * n
