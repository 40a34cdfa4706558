def read_lines(text):
    for line in text.splitlines():
        print("  read", repr(line))
        yield line
def non_empty(lines):
    for l in lines:
        if l.strip():
            yield l.strip()
def numbered(items, start=1):
    n = start
    for it in items:
        yield f"{n}: {it}"
        n += 1
text = "alpha\n\n beta \n\ngamma"
pipe = numbered(non_empty(read_lines(text)))
print("pipeline built")
for out in pipe:
    print(out)
def take(n, it):
    for _ in range(n):
        yield next(it)
def naturals():
    k = 0
    while True:
        yield k
        k += 1
evens = (x for x in naturals() if x % 2 == 0)
squares = (x * x for x in evens)
print(list(take(5, squares)))
def running_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in (10, 20, 60)])
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
g = naturals()
print(g.__name__, g.__qualname__, type(g).__name__)
