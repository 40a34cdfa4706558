data = {"user": {"name": "ann", "tags": ["a", "b"]}, "n": 3}
print("{0[user][name]} has {0[user][tags][1]} and n={0[n]}".format(data))
print("{d[user][name]:>6}|{d[n]:03}".format(d=data))
class Obj:
    attr = "A"
    lst = [10, 20]
    def __format__(self, spec):
        return "Obj(" + spec + ")"
print("{0.attr} {0.lst[0]} {0} {0:custom} {0!s:>5}".format(Obj()) if False else "{0.attr} {0.lst[0]} {0} {0:custom}".format(Obj()))
print("{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
print("{0}{1}{0}".format("ab", "-"), "{}{{}}{}".format(1, 2), "{!r:^10}".format("r"))
print("{0:.{1}f}".format(3.14159, 2), "{:>{}}".format("w", 5), "{:{}.{}}".format(2.71828, 8, 3))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{x} {y}".format_map(Default(x="X")))
print("{0!a} {0!r} {0!s}".format("ñ"), "{:}".format(None))
print("{0[0]}{0[-1]}".format("xyz") if False else "{0[0]}".format("xyz"))
try:
    "{0[-1]}".format("xyz")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{0.}".format(1)
except ValueError as e:
    print(e)
try:
    "{:{}}".format(1)
except IndexError as e:
    print(e)
try:
    "{0:{1:{2}}}".format(1, 2, 3)
except ValueError as e:
    print(e)
