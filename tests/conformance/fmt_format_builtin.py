print(format(42), format(42, ""), format(42, "05"), format(42, "x"), format(-42, "#x"))
print(format("s", "^5"), format("long", "2"), format(3.5, "08.2f"), format(12, ",b") if False else format(12, "_b"))
print(format(True), format(True, "d"), format(None), format([1, 2]), format(str((1,)), ">8"))
try:
    format((1,), ">8")
except TypeError as e:
    print(e)
print(format(1234.5678, ",.2f"), format(0.000012345, ".3g"), format(1e100, "g"), format(123456789, "e"))
print(format(255, "c") if False else format(97, "c"), format(10, "n"), format(1.5, "n"))
print(format(float("nan"), "f"), format(float("inf"), "+.2f"), format(float("-inf"), "e"), format(float("nan"), "=+10"))
print(format(-0.0, ".1f"), format(0.0, "+.0e"), format(1e16, ".17g"), format(1 / 7, ".20f"))
print(format(2**100, ","), format(-2**65, "x"), format(10**20, "e"))
print(format(5, "+08.2f") if False else format(5, "+08d"), format(-5, " 8d"), format(5, "<+5d") + "|")
class F:
    def __format__(self, spec): return "F:" + spec
print(format(F(), "abc"), format(F()))
class NoFormat:
    pass
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print(e)
print(format(12.0, ".0%"), format(0.5, "%"), format(3, "%"), format(3, "f"), format(3, "e"))
print(format(1.0, "g"), format(1.0, "#g"), format(100.0, ".2g"), format(0.0001, "g"), format(12345678.0, "g"))
print(format(1.23456789e-5, ""), format(1.5, "10"), format(2, "^10") + "|")
print(format(123.456, ".2"), format(123.456, ".5"), format(1e22, ""), format(1e15, ".1f"))
print(format(255, "#010x"), format(255, "#010b"), format(-255, "#010o"), format(255, "010X"))
