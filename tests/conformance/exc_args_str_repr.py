cases = [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(1), ValueError(None), ValueError(""),
         KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1), IndexError("idx"), Exception([1, 2]),
         OSError("plain"), OSError(2, "No such file"), OSError(2, "msg", "name.txt"), FileNotFoundError(2, "gone", "f.txt"),
         StopIteration(5), SystemExit(3), SystemExit(), UnicodeError("u"), AttributeError("attr")]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = OSError(2, "No such file or directory", "missing.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(21, "x")).__name__, type(OSError(999, "x")).__name__)
print(StopIteration(7).value, StopIteration().value, SystemExit(4).code, SystemExit().code, SystemExit(1, 2).code)
ex = ValueError("x")
ex.args = ("changed", 2)
print(ex, ex.args)
ex.custom = "attr"
print(ex.custom)
n = NameError("nm", name="foo") if False else NameError("nm")
print(n, n.args)
k = KeyError("line1\nline2")
print(str(k), repr(k))
print(str(BaseException("base")), Exception(1, 2).__str__())
try:
    raise ValueError("with traceback")
except ValueError as err:
    print(err.__traceback__ is not None, type(err.__traceback__).__name__, err.__traceback__.tb_lineno)
ae = AttributeError("a")
print(ae.args, ImportError("msg", name="mod").name, ImportError("m").path)
