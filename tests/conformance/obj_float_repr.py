vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0,
        1e-4, 1e-5, 123456789.0, 1.5e300, 1e22, 1e-7, 5e-324, float("inf"), float("-inf"),
        float("nan"), 100.0, 12345678901234567890.0, 0.5, 2.5e-5, 1.0000000000000002, 3.141592653589793]
for v in vals:
    print(repr(v), str(v))
print([1.0, -0.0, float("nan")], (1e16,), {0.5: 1e100})
print(float("1e16"), float("-0"), float("   3.25\n"), float("1_0.2_5"), float("Infinity"), float("-iNF"), float("NaN"))
print(0.1 * 3, 1.1 * 1.1, 1e16 + 1, 2 ** 53 + 1.0, 1e308 + 1e308, -1e308 * 10)
print((0.5).is_integer(), (2.0).is_integer(), (1.5).as_integer_ratio(), (0.1).hex() if hasattr(0.1, "hex") else "")
print(float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else "", 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1.25, 1), round(1234.5678, -2), round(5.0))
print(int(2.9), int(-2.9), float(7), float(2 ** 60), abs(-0.0), -(0.0))
print(1e16 == 10 ** 16, 0.1 == 1 / 10, float("nan") != float("nan"), -0.0 == 0.0)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(float("inf")))
print(min(0.0, -0.0), max(-0.0, 0.0), sorted([2.5, -1.0, 0.0, 1e-9]))
def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: float("abc"))
err(lambda: float(""))
err(lambda: float("1e500x"))
err(lambda: 1.0 // 0.0)
err(lambda: 1.0 % 0.0)
err(lambda: 2.0 ** 10000)
err(lambda: 0.0 ** -1)
err(lambda: round(float("inf")))
err(lambda: round(float("nan")))
err(lambda: float([1]))
err(lambda: 10.0 ** 400)
