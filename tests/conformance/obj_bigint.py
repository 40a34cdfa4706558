a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b, a - b)
print(a * b)
print(a // b, a % b, b // 7, -b // 7, -b % 7)
print(divmod(a, 12345678901234567890))
print(a >> 100, a << 3, a & (b - 1), a | 1, a ^ b)
print(-a, abs(-a), ~a)
print(a == 2 ** 200, a > b, a < b, a != b)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(2 ** 10000)), str(7 ** 77)[:20])
print(int("123456789" * 5), int("-" + "9" * 40) + 1)
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 70))
print(float(2 ** 100), 2 ** 100 / 2 ** 99, 10 ** 30 / 3)
print(pow(3, 1000, 10 ** 9 + 7), pow(2, 200, 2 ** 61 - 1))
print(round(10 ** 20 + 1, -5), (2 ** 64).bit_length())
print(hash(2 ** 61 - 1) == hash(0), hash(2 ** 61) == hash(1), hash(-2) == -2, hash(-1))
print(sum(range(10 ** 6)), 10 ** 18 * 10 ** 18)
print((-3) ** 41, (-2) ** 100 // 3)
print(123456789 ** 3 % 1000000007)
print(int(1e30), int(-1.5e20))
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    10 ** 400 / 3.0
except OverflowError as e:
    print(e)
print(10 ** 400 // 10 ** 399)
print(abs(-2 ** 63), -2 ** 63 - 1, 2 ** 63 * 2)
