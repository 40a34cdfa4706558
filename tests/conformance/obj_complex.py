# complex numbers: literals, constructor, repr/str, attributes, arithmetic, comparison, hashing
print(1j, 2.5j, 0j, -0j, 1e3j, 1e16j, 1.5e-7j, 10J)
print(repr(1+2j), repr(1-2j), repr(-1-2j), repr(-(0j)), repr(-0.0-1j))
print(str(1.5+0.25j), (3+0j), (0.1+0.2j), 1e300j * 1e10)
print(type(1j), type(1j).__name__, isinstance(2j, complex), isinstance(2j, (int, float)))
inf, nan = float("inf"), float("nan")
print(complex(inf, 1), complex(1, inf), complex(-inf, -inf), complex(nan, 1), complex(0, nan), complex(1, -nan))
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2.5))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(1, 2j), complex(real=3, imag=4), complex(imag=2))
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0))
for text in ["1+2j", " (3-4j) ", "j", "-j", "+1.5J", "1e3", "inf", "-infj", "nanj", "1_000j", "(1)", "2.5e-3-1_0j"]:
    print(repr(text), complex(text))
for bad in ["1+", "j1", "1+2", "(1j", "1 + 2j", "", "abc", "1__0j", "()"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for args in [("1", 2), (1, "2"), (None,), (1, None), ([],), ("1j", "1j")]:
    try:
        complex(*args)
    except TypeError as e:
        print(args, "TypeError:", e)
z = 3 - 4j
print(z.real, z.imag, type(z.real), z.conjugate(), (1j).conjugate(), abs(z), abs(-2j), abs(0j))
print(abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1)))
try:
    abs(complex(1.5e308, 1.5e308))
except OverflowError as e:
    print("OverflowError:", e)
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(1e-300, 0)), not 0j)
print(-z, +z, -(0j), -complex(0, -0.0))
# arithmetic with int, float, bool and complex, both sides
for a, b in [(1 + 2j, 3 - 1j), (2j, 3), (3, 2j), (1.5, 2 - 1j), (2 - 1j, 0.5), (True, 1j), (1j, True)]:
    print(a + b, a - b, a * b, a / b)
print(1j * 1j, (1 + 1j) ** 2, (1 + 1j) ** -2, 2 ** (1 + 1j), (1 + 2j) ** 0.5, 1j ** 0, 0j ** 0, (2 + 0j) ** 10)
print((1 + 1j) ** 100, (0.5 + 0.5j) ** 101, 1j ** 1j, (-8) ** (1 / 3 + 0j))
print(complex(1e308, 1e308) + complex(1e308, 0), complex(1e200, 1) * complex(1e200, 1))
print((1 + 2j) / (3 + 4j), (1 + 2j) / 1e-320, 1 / (1e-320 + 1e-320j), (1e308 + 1e308j) / (1e308 + 1e308j))
cases = [
    ("1j / 0", lambda: 1j / 0), ("1j / 0j", lambda: 1j / 0j), ("1 / 0j", lambda: 1 / 0j),
    ("1.5 / 0j", lambda: 1.5 / 0j), ("0j ** -1", lambda: 0j ** -1), ("0j ** 1j", lambda: 0j ** 1j),
    ("0j ** -1.5", lambda: 0j ** -1.5), ("(1e200+1j) ** 10", lambda: (1e200 + 1j) ** 10),
    ("(1e200+1j) ** 2.5", lambda: (1e200 + 1j) ** 2.5), ("1j // 2", lambda: 1j // 2),
    ("1j % 2", lambda: 1j % 2), ("2 // 1j", lambda: 2 // 1j), ("2.0 % 1j", lambda: 2.0 % 1j),
    ("1j < 2j", lambda: 1j < 2j), ("1j > 1", lambda: 1j > 1), ("1.0 <= 1j", lambda: 1.0 <= 1j),
    ("1j << 1", lambda: 1j << 1), ("1j & 1j", lambda: 1j & 1j), ("~1j", lambda: ~1j),
    ("int(1j)", lambda: int(1j)), ("float(1j)", lambda: float(1j)), ("len(1j)", lambda: len(1j)),
]
for text, f in cases:
    try:
        print(text, "=", f())
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(text, "->", type(e).__name__ + ":", e)
# equality and hashing agree with int and float
print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j == 1, 1j != 1j, 2j == 2j, 1 + 0j != 1.0, (1 + 0j) == True)
print(complex(nan, 0) == complex(nan, 0), 2 ** 60 + 0j == 2 ** 60, 2 ** 60 + 1 == complex(2 ** 60 + 1, 0), 1j == "1j", 1j == None)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == hash(0), hash(-1 + 0j), hash(1j), hash(3 - 4j), hash(complex(0.5, 0.25)))
d = {1: "one", 2.5: "two and a half", 1j: "i"}
print(d[1 + 0j], d[complex(2.5)], d[1j], len({1, 1.0, 1 + 0j, True}), {0j: "zero"}[0])
print(f"{1+2j}", f"{-3j!r}", "%s %r" % (1j, 2 + 2j), format(1 - 1j), str([1j, 2 + 0j]))
total = 0j
for k in range(1, 5):
    total += k * 1j ** k
print(total, total * total.conjugate(), (total * total.conjugate()).real)
# method argument checks and the __complex__ / __float__ / __index__ protocols
for f in [lambda: (1j).conjugate(1), lambda: (1j).conjugate(x=1), lambda: complex.conjugate(1), lambda: complex(1, 2, 3), lambda: complex(real=1, bogus=2)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
class C:
    def __complex__(self):
        return 2 - 3j
class F:
    def __float__(self):
        return 1.25
class I:
    def __index__(self):
        return 7
class Bad:
    def __complex__(self):
        return 1.5
print(complex(C()), complex(F()), complex(I()), complex(F(), I()), complex(C(), 1))
try:
    complex(Bad())
except TypeError as e:
    print("TypeError:", e)
