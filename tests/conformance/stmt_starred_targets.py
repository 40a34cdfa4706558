a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = range(4)
print(a, b)
a, *b, c = "hello"
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
*a, = (1, 2)
print(a)
[a, *b] = {1: 'x'}
print(a, b)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
def g():
    yield 1; yield 2; yield 3
h, *t = g()
print(h, t, type(t).__name__)
x = [*range(3), *"ab"]
print(x)
print(*[1, 2], *(3,), sep="-")
