def f():
    raise ValueError("inner")
def g():
    try:
        f()
    except ValueError as e:
        ex1 = e
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ExceptionGroup("outer", [ex1, TypeError("t"), ExceptionGroup("nested", [KeyError("k")])]) from z
print("start")
g()
