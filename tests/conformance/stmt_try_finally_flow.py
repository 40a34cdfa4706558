def f(n):
    log = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(f"body{i}")
        finally:
            log.append(f"fin{i}")
    else:
        log.append("else")
    return log
print(f(2))
print(f(5))
def g():
    try:
        return "try"
    finally:
        print("g finally")
print(g())
def h():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("h finally x =", x)
print(h())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def while_finally():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                return i
        finally:
            print("iteration", i)
print(while_finally())
def except_return():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally after except return")
print(except_return())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print(v)
