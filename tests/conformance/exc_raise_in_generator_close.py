def gen():
    try:
        yield 1
    finally:
        print("generator finally")
        raise ValueError("from finally")
g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)
def gen2():
    yield 1
g2 = gen2()
for v in g2:
    print(v)
    break
print("after break")
