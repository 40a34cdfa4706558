try:
    try:
        raise KeyError("a")
    except KeyError as inner:
        raise ValueError("b") from inner
except ValueError as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as outer:
    print(repr(outer.__cause__), repr(outer.__context__), outer.__suppress_context__)
e = ValueError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("set")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = "bad"
except TypeError as err:
    print(err)
try:
    raise e
except ValueError as got:
    print(repr(got.__cause__))
try:
    try:
        raise OSError("first")
    except OSError:
        try:
            raise KeyError("second")
        except KeyError:
            raise IndexError("third")
except IndexError as e3:
    print(repr(e3.__context__), repr(e3.__context__.__context__))
def ctx():
    try:
        raise ValueError("v")
    except ValueError:
        return sys_exc()
import sys
def sys_exc():
    return repr(sys.exc_info()[1])
print(ctx(), sys.exc_info())
try:
    raise TypeError("t")
except TypeError:
    print(type(sys.exc_info()[1]).__name__, sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
