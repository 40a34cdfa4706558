i = 0
while i < 3:
    print("i", i)
    i += 1
else:
    print("else ran", i)
i = 0
while i < 10:
    if i == 2:
        break
    i += 1
else:
    print("not printed")
print("broke at", i)
i = 0
while i < 5:
    i += 1
    if i % 2:
        continue
    print("even", i)
else:
    print("done", i)
while False:
    print("never")
else:
    print("else on false")
n = 0
while True:
    n += 1
    if n > 4:
        break
print(n)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    else:
        print("inner completed")
    print(outer, inner)
    outer += 1
