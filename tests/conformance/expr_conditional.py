for n in range(4):
    print("even" if n % 2 == 0 else "odd", end=" ")
print()
x = 1 if False else 2 if False else 3
print(x)
f = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print(f(-1), f(0), f(9))
print([v if v else "empty" for v in [1, 0, 2]])
def side(x):
    print("evaluated", x)
    return x
print(side("a") if True else side("b"))
print((1 if True else 2) + 10)
