# Line numbers seen from inside the eval loop: tracebacks of errors raised by
# many kinds of instruction, after jumps and loops, and the caller's line seen
# through sys._getframe while the caller is in the middle of a statement.
import sys


def where():
    return sys._getframe(1).f_lineno


def line_of_error(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        return type(e).__name__, tb.tb_lineno


def after_loop():
    total = 0
    for i in range(3):
        total += i
    x = [1, 2]
    return x[total]


def in_while():
    n = 0
    while n < 5:
        n += 1
        if n == 4:
            return {}["missing"]


def unbound():
    if False:
        y = 1
    return y


def attr_error():
    value = 3
    flag = True
    if flag:
        pass
    return value.nope


def compare_error():
    items = [1, "a"]
    return items[0] < items[1]


def call_error():
    f = None
    return f(1,
             2)


def unpack_error():
    a, b = [1, 2, 3]


def subscr_after_jump(k):
    data = {"a": 1}
    if k:
        k = k + "x"
    return data[k]


for fn in (after_loop, in_while, unbound, attr_error, compare_error,
           call_error, unpack_error, lambda: subscr_after_jump("b")):
    print(line_of_error(fn))

print("where:", where())
values = [where(), where()]
print(values)
total = 0
for i in range(3):
    total += where()
print("sum of lines", total)
print([where() for _ in range(2)])


def gen():
    yield where()
    x = 1
    yield where()
    for _ in range(2):
        yield where()


print(list(gen()))


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1) + 1


try:
    deep(3)
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines", lines)

while True:
    try:
        [][0]
    except IndexError as e:
        print("loop handler line", e.__traceback__.tb_lineno)
        break

deep(2)
