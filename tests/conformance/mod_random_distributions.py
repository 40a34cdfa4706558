# Seeded draws from every distribution of random, compared value for value with CPython.
import random
random.seed(12345)
names = ["random", "uniform", "triangular", "normalvariate", "gauss", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate", "getrandbits", "randbytes", "choices", "sample", "shuffle", "randrange", "randint", "choice", "seed", "getstate", "setstate", "Random"]
print([n for n in names if not hasattr(random, n)])
out = []
for f, a in [("uniform", (1, 5)), ("triangular", (0, 10, 3)), ("normalvariate", (0, 1)), ("gauss", (5, 2)), ("lognormvariate", (0, 0.5)),
             ("expovariate", (2.0,)), ("vonmisesvariate", (1.0, 4.0)), ("vonmisesvariate", (1.0, 1e-7)), ("gammavariate", (0.5, 1.0)), ("gammavariate", (1.0, 2.0)),
             ("gammavariate", (3.0, 2.0)), ("betavariate", (2.0, 3.0)), ("paretovariate", (3.0,)), ("weibullvariate", (1.0, 1.5)), ("getrandbits", (70,)),
             ("randbytes", (5,)), ("randrange", (10 ** 30,)), ("triangular", (5, 1))]:
    try:
        out.append(getattr(random, f)(*a))
    except Exception as e:
        out.append((f, type(e).__name__, str(e)))
for o in out:
    print(o)
print(random.choices("abc", cum_weights=[1, 5, 6], k=4))
st = random.getstate()
x = random.gauss()
random.setstate(st)
print(x == random.gauss())
print(random.sample(range(100), 5), random.sample(["a", "b", "c"], counts=[2, 1, 1], k=3))
for bad in [lambda: random.gammavariate(-1, 1), lambda: random.expovariate(0), lambda: random.choices("ab", weights=[0, 0]), lambda: random.getrandbits(-1), lambda: random.uniform("a", 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
