for n in (0, 1, -1, 255, 256, -256, 2 ** 64, -(2 ** 64) + 1):
    print(n, n.bit_length(), n.bit_count() if hasattr(n, "bit_count") else "", bin(n), hex(n), oct(n))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"), int.from_bytes([1, 0], "little"))
print((7).as_integer_ratio(), (-3).conjugate(), (10).__index__(), (5).__abs__(), int.__add__(2, 3))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print(int("  0b1010  ", 0), int("-0x_ff", 0), int("1_000", 0), int("0", 0), int("00", 0))
for s in ("0_", "_1", "1__0", "0x", "--1", "+-1", "1 0"):
    try:
        int(s, 0)
    except ValueError as e:
        print(e)
print(int("Z", 36), int("zz", 36), int("10", 2), int("777", 8), int("ab", 16), int("AB", 16))
print(True.bit_length(), (3).real, (3).imag, (-7).__neg__(), (7).__floordiv__(2), (7).__rtruediv__(14))
