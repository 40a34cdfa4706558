def echo():
    print("start")
    try:
        while True:
            try:
                got = yield
                print("got", got)
            except ValueError as e:
                print("handled", e)
                yield "after throw"
    finally:
        print("cleanup")
g = echo()
next(g)
g.send(1)
g.send(2)
print(g.throw(ValueError("bad")))
next(g)
g.close()
print("closed")
g.close()
try:
    g.send(5)
except StopIteration:
    print("send after close: StopIteration")
g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print(e)
def simple():
    yield 1
    yield 2
g3 = simple()
next(g3)
try:
    g3.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g3, "done"))
def ignore_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g4 = ignore_close()
next(g4)
try:
    g4.close()
except RuntimeError as e:
    print(e)
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g5 = catch_exit()
next(g5)
g5.close()
g6 = simple()
g6.close()
print(list(g6))
def running():
    yield g7.send(None)
g7 = running()
try:
    next(g7)
except ValueError as e:
    print(e)
def delegate():
    r = yield from echo()
g8 = delegate()
next(g8)
g8.send("via delegate")
print(g8.throw(ValueError("to inner")))
g8.close()
