# math functions on awkward inputs and huge ints, and last-bit agreement of the float functions.
import math
tests = [
    ('math.log(10**400)', lambda: math.log(10**400)),
    ('math.log(2**1000, 2)', lambda: math.log(2**1000, 2)),
    ('math.log10(10**400)', lambda: math.log10(10**400)),
    ('math.log2(2**2000)', lambda: math.log2(2**2000)),
    ('math.log(-(10**400))', lambda: math.log(-(10**400))),
    ('math.log(0.0)', lambda: math.log(0.0)),
    ('math.sqrt(10**400)', lambda: math.sqrt(10**400)),
    ('math.exp2(10)', lambda: math.exp2(10)),
    ('math.cbrt(-27)', lambda: math.cbrt(-27)),
    ('math.floor(10**400) == 10**400', lambda: math.floor(10**400) == 10**400),
    ('math.ldexp(1.0, 1025)', lambda: math.ldexp(1.0, 1025)),
    ('math.ldexp(1.0, -1080)', lambda: math.ldexp(1.0, -1080)),
    ('math.pow(0.0, -math.inf)', lambda: math.pow(0.0, -math.inf)),
    ('math.pow(-2, 0.5)', lambda: math.pow(-2, 0.5)),
    ('math.pow(1, math.nan)', lambda: math.pow(1, math.nan)),
    ('math.pow(math.nan, 0)', lambda: math.pow(math.nan, 0)),
    ('math.pow(2, 1e6)', lambda: math.pow(2, 1e6)),
    ('math.pow(-0.0, -1)', lambda: math.pow(-0.0, -1)),
    ('math.copysign(1.0, math.nan)', lambda: math.copysign(1.0, math.nan)),
    ('math.isclose(1, 2, rel_tol=-1)', lambda: math.isclose(1, 2, rel_tol=-1)),
    ('math.prod([1, 2.5, 3])', lambda: math.prod([1, 2.5, 3])),
    ('math.prod([2, 3], start=10)', lambda: math.prod([2, 3], start=10)),
    ("math.prod(['a'], start=2)", lambda: math.prod(['a'], start=2)),
    ('math.fsum([1e308, 1e308])', lambda: math.fsum([1e308, 1e308])),
    ('math.fsum([math.inf, -math.inf])', lambda: math.fsum([math.inf, -math.inf])),
    ('math.dist((1,), (1, 2))', lambda: math.dist((1,), (1, 2))),
    ('math.dist([0, 0], [1, 1])', lambda: math.dist([0, 0], [1, 1])),
    ('math.hypot()', lambda: math.hypot()),
    ('math.hypot(-3)', lambda: math.hypot(-3)),
    ('math.comb(1000, 500) % 10**9', lambda: math.comb(1000, 500) % 10**9),
    ('math.perm(20, 25)', lambda: math.perm(20, 25)),
    ('math.comb(5, -1)', lambda: math.comb(5, -1)),
    ('math.perm(5, None)', lambda: math.perm(5, None)),
    ('math.isqrt(10**50 + 1)', lambda: math.isqrt(10**50 + 1)),
    ('math.factorial(True)', lambda: math.factorial(True)),
    ('math.gcd(True, 4)', lambda: math.gcd(True, 4)),
    ('math.lcm(-4, 6)', lambda: math.lcm(-4, 6)),
    ('math.lcm()', lambda: math.lcm()),
    ('math.gcd(2**100, 2**80 * 3)', lambda: math.gcd(2**100, 2**80 * 3)),
    ('math.trunc(-3.9)', lambda: math.trunc(-3.9)),
    ('math.ceil(math.inf)', lambda: math.ceil(math.inf)),
    ('math.degrees(1)', lambda: math.degrees(1)),
    ('math.radians(90)', lambda: math.radians(90)),
    ('math.atan2(0.0, -0.0)', lambda: math.atan2(0.0, -0.0)),
    ('math.atan2(-0.0, -1)', lambda: math.atan2(-0.0, -1)),
    ('math.fmod(-7, math.inf)', lambda: math.fmod(-7, math.inf)),
    ('math.fmod(math.inf, 1)', lambda: math.fmod(math.inf, 1)),
    ('math.modf(math.inf)', lambda: math.modf(math.inf)),
    ('math.modf(-0.0)', lambda: math.modf(-0.0)),
    ('math.frexp(0.0)', lambda: math.frexp(0.0)),
    ('math.frexp(math.inf)', lambda: math.frexp(math.inf)),
    ('math.remainder(math.inf, 1)', lambda: math.remainder(math.inf, 1)),
    ('math.nextafter(0, 1)', lambda: math.nextafter(0, 1)),
    ('math.ulp(0.0)', lambda: math.ulp(0.0)),
    ('math.ulp(math.inf)', lambda: math.ulp(math.inf)),
    ('math.ulp(-1e308)', lambda: math.ulp(-1e308)),
    ('math.erf(0.5)', lambda: math.erf(0.5)),
    ('math.erfc(10)', lambda: math.erfc(10)),
    ('math.expm1(1e-10)', lambda: math.expm1(1e-10)),
    ('math.log1p(-1)', lambda: math.log1p(-1)),
    ('math.acosh(0.5)', lambda: math.acosh(0.5)),
    ('math.atanh(1)', lambda: math.atanh(1)),
    ('math.asinh(-0.0)', lambda: math.asinh(-0.0)),
    ('math.sinh(1000)', lambda: math.sinh(1000)),
    ('math.cosh(-1000)', lambda: math.cosh(-1000)),
    ('math.tanh(1000)', lambda: math.tanh(1000)),
    ('math.exp(-1000)', lambda: math.exp(-1000)),
    ('math.isnan(2**2000)', lambda: math.isnan(2**2000)),
    ('math.isinf(10**400)', lambda: math.isinf(10**400)),
    ('math.sqrt(True)', lambda: math.sqrt(True)),
    ("math.floor('3')", lambda: math.floor('3')),
    ('math.floor(None)', lambda: math.floor(None)),
    ('math.sqrt(2**1024)', lambda: math.sqrt(2**1024)),
    ('math.sin(math.inf)', lambda: math.sin(math.inf)),
    ('math.tan(math.pi/2)', lambda: math.tan(math.pi/2)),
    ('math.e ** 2', lambda: math.e ** 2),
    ('math.tau / 2 == math.pi', lambda: math.tau / 2 == math.pi),
    ('math.lgamma(-2.5)', lambda: math.lgamma(-2.5)),
    ('math.gamma(-2.5)', lambda: math.gamma(-2.5)),
    ('math.gamma(171.5)', lambda: math.gamma(171.5)),
    ('math.gamma(-171.5)', lambda: math.gamma(-171.5)),
    ('math.lgamma(1e308)', lambda: math.lgamma(1e308)),
    ('math.gamma(1e-320)', lambda: math.gamma(1e-320)),
]
for t, f in tests:
    try:
        print(t, "=>", repr(f()))
    except Exception as e:
        print(t, "=>", type(e).__name__, e)
fs = ["sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "exp2", "erf", "erfc", "gamma", "lgamma", "fabs", "degrees", "radians"]
xs = [i * 1.37 - 20 for i in range(30)] + [1e-5 * i for i in range(1, 40, 6)] + [1.5 ** k for k in range(1, 60, 4)]
for name in fs:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(f(x).hex())
        except Exception as e:
            out.append(type(e).__name__)
    for x, o in zip(xs, out):
        print(name, x.hex(), o)
for name in ["atan2", "hypot", "pow", "fmod", "copysign", "remainder", "log"]:
    f = getattr(math, name)
    for x in xs[::5]:
        for y in xs[::9]:
            try:
                print(name, x.hex(), y.hex(), f(x, y).hex())
            except Exception as e:
                print(name, x.hex(), y.hex(), type(e).__name__)
