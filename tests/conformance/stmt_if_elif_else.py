def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
for n in (-5, 0, 3, 100):
    print(n, classify(n))
for v in (0, 1, "", "a", [], [0], {}, None, 0.0, -0.0, 1e-9):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
if []:
    pass
elif ():
    pass
else:
    print("all falsy")
x = 5
if x > 1:
    if x > 3:
        if x > 4:
            print("nested 3")
if not x:
    print("no")
elif x:
    print("elif hit")
