def show(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(e), "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
def r1(): raise ValueError
def r2(): raise ValueError("msg")
def r3(): raise ValueError("a", 2)
def r4():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
def r5():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k2") from None
def r6():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("implicit")
def r7(): raise TypeError("x") from ValueError("cause")
def r8(): raise 42
def r9(): raise ValueError from 5
def r10(): raise
def r11(): raise int
for fn in (r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11):
    show(fn)
e = ValueError("reuse")
for i in range(2):
    try:
        raise e
    except ValueError as caught:
        print(caught is e)
class MyErr(Exception):
    pass
try:
    raise MyErr
except MyErr as m:
    print(type(m).__name__, m.args)
