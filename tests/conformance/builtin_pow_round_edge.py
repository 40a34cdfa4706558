print(pow(0, 0), pow(0.0, 0), pow(-1, 0.5) if False else pow(-1, 2), pow(2, 100), pow(2.5, 2), pow(-2, -1), pow(4, 0.5))
print(pow(10, -3), pow(10, 3, 7), pow(123456789, 987654321, 1000000007), pow(-3, 3, 7), pow(3, -2, 7))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(0.285, 2), round(0.375, 2), round(1e-20, 5))
print(round(123456, -3), round(-123456, -3), round(5, -1), round(15, -1), round(25, -1), round(2 ** 70 + 5, -1))
print(round(3.14159, 0), round(-3.7), round(3.7, -1), round(1e20, 2), round(float("inf"), 2), round(float("nan"), 1))
print(round(2.5, 0), round(3.5, 0), round(-2.5, 0), type(round(2.5, 0)).__name__, round(7, 0), type(round(7, 2)).__name__)
class R:
    def __round__(self, n=None): return f"rounded {n}"
print(round(R()), round(R(), 3))
