def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], *(3,), 4))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print(f(1, *"ab", x=1, **{"y": 2}))
print(f(*range(3), *{}, **{}))
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2, 3]), g(1, *[2, 3]), g(*[1], **{"c": 3, "b": 2}))
print([*"abc", *[1, 2], *range(2)], (*[1], 2), {*"aa", *[1]} == {"a", 1})
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})
d1 = {"x": 1}
print({**d1, "x": 2}, {"x": 2, **d1})
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
print(*[], "only")
a, b = [*"xy"]
print(a, b)
