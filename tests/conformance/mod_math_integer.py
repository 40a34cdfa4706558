import math
print([math.isqrt(n) for n in (0, 1, 3, 4, 15, 16, 10 ** 20, 2 ** 101)])
print(math.gcd(2 ** 64, 2 ** 40 * 3), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(7, 11, 21), math.lcm(2, 3, 4), math.lcm(0, 5))
print(math.comb(52, 5), math.comb(5, 7), math.perm(10), math.perm(5, 0), math.factorial(20))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(1e20), math.floor(2 ** 70), math.ceil(-2.0))
print(math.copysign(1, -0.0), math.copysign(-2, 3), math.fabs(-0.0), math.remainder(10, 3), math.remainder(11, 3))
print(math.nextafter(1.0, 2.0) if hasattr(math, "nextafter") else "", math.ulp(1.0) if hasattr(math, "ulp") else "")
print(math.fsum([1e100, 1.0, -1e100, 1.0]), math.fsum([0.1, 0.2, 0.3]), math.prod(range(1, 11)), math.prod([2.5, 4]))
print(math.exp(-1), math.log(100, 10), math.log(1), math.log2(3), math.log10(2), math.pow(-8, 1 / 3) if False else math.pow(4, 0.5))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(0.5))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(5), math.gamma(0.5))
for fn in (lambda: math.comb(-1, 2), lambda: math.isqrt(2.0), lambda: math.gcd(1.5, 2), lambda: math.gamma(0), lambda: math.lcm("a")):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
