if (n := len("hello")) > 3:
    print("long", n)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print("popped", item)
print(data, item)
print([y for x in range(5) if (y := x * x) > 4])
print(y)
def f():
    [(z := i) for i in range(3)]
    return z
print(f())
print((a := 1) + (a := a + 1), a)
values = iter([3, 0, 5])
total = 0
while (v := next(values, None)) is not None:
    total += v
print(total)
print(any((w := c) == "x" for c in "abxd"), w)
print(f"{(q := 10)}", q)
def g(x):
    return (r := x * 2), r
print(g(4))
