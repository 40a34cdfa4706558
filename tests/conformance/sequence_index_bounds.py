# The start/stop arguments of list.index, tuple.index and deque.index must be
# ints or have __index__ (None is refused), unlike str's, which take None.
import collections


class At:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


cases = [
    lambda: [1].index(1, "a"),
    lambda: [1].index(1, 0, None),
    lambda: (1,).index(1, 1.5),
    lambda: (1,).index(1, None),
    lambda: collections.deque([1]).index(1, "a"),
    lambda: collections.deque([1]).index(1, None),
    lambda: [1].index(1, object()),
    lambda: "ab".index("a", "x"),
    lambda: "ab".index("a", None),
    lambda: b"ab".index(b"a", "x"),
    lambda: [1].index(1, True),
    lambda: [1, 2].index(2, -1),
    lambda: [1, 2, 1].index(1, At(1)),
    lambda: (1, 2, 1).index(1, At(-1)),
    lambda: collections.deque([1, 2, 1]).index(1, At(1), At(3)),
    lambda: [1, 2].index(2, -(10 ** 30), 10 ** 30),
    lambda: (1, 2).index(1, 1, 10 ** 30),
]
for case in cases:
    try:
        print(case())
    except Exception as e:
        print(type(e).__name__, e)
