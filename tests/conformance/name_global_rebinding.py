# Global and built-in names looked up again after every kind of change.

def show():
    return len("abc"), counter


counter = 1
print(show())
counter = 2
print(show())


def len(x):
    return -1


print(show())
del len
print(show())
g = globals()
g["len"] = lambda x: 99
print(show())
g.pop("len")
print(show())
import builtins
builtins.len = lambda x: 7
print(show())
del builtins.len
try:
    show()
except NameError as e:
    print("NameError:", e)
import builtins as b2
b2.len = lambda x: 3
print(show())
for i in range(40):
    g["filler%d" % i] = i
for i in range(40):
    del g["filler%d" % i]
print(show())
counter = 5
print(show())
del counter
try:
    show()
except NameError as e:
    print("NameError:", e)
counter = 6


def loop():
    total = 0
    for k in range(3):
        total += counter
        globals()["counter"] = counter + 1
    return total


print(loop(), counter)
