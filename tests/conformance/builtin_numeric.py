print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(round(3.14159, 2), round(2.5), round(3.5), round(-1.5), round(0.125, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(7, 1))
print(round(1.0), type(round(1.5)).__name__, type(round(1.5, 0)).__name__, round(-0.4), round(5.5, None))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 3), divmod(2 ** 65, 7))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(9, 0.5), pow(7, 2, 5), pow(-7, 2, 5), pow(3, 4, -5))
print(hex(0), hex(-1), hex(2 ** 64), oct(64), oct(-64), bin(10), bin(-10), bin(2 ** 40))
print(int(3.7), int(-3.7), int("  +5 "), int("0b11", 0), int("0o17", 0), int("0x1F", 0), int("-1_0"), int(b"42"))
print(float(3), float("  -1.5e3 "), float(True), float("infinity"), float(".5"), float("5."))
for fn in (lambda: abs("x"), lambda: round("x"), lambda: divmod(1, 0.0), lambda: hex(1.5), lambda: bin("1"),
           lambda: oct(None), lambda: int("0b2", 0), lambda: int("08", 0), lambda: int(" ", 10), lambda: pow(2, 3, 1.5),
           lambda: int("1e3"), lambda: float("1,5"), lambda: round(1.5, "a")):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
