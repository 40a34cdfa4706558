import random
r = random.Random(7)
print(r.random(), r.randint(1, 6), r.choice("xyz"))
r2 = random.Random(7)
print(r2.random())
random.seed(99)
print([random.randint(-3, 3) for _ in range(15)])
print(random.choices(["a", "b", "c"], k=5))
print(random.choices(range(3), weights=[1, 0, 5], k=6))
deck = [f"{r}{s}" for r in "A23" for s in "hs"]
random.shuffle(deck)
print(deck)
print(random.sample("abcdefgh", k=3), random.randrange(0, 101, 10), random.randrange(-10, -1))
print(round(random.gauss(0, 1), 12), round(random.triangular(0, 1), 12), round(random.expovariate(1.0), 12))
def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: random.choice([]))
err(lambda: random.randint(5, 1))
err(lambda: random.randrange(0))
err(lambda: random.sample(range(3), 5))
err(lambda: random.randrange(1, 10, 0))
