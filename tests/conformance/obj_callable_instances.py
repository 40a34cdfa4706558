class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x): return x * self.k
double = Multiplier(2)
print(double(5), list(map(double, [1, 2, 3])), sorted([3, -4, 1], key=Multiplier(-1)))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.calls = 0
    def __call__(self, n):
        if n not in self.cache:
            self.calls += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.calls, type(fib).__name__)
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
print([c() for _ in range(3)], c.n)
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, abs, double)(-21))
class Method:
    def __call__(self, *args, **kwargs): return args, kwargs
print(Method()(1, 2, key="v"))
