import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -- ", end=" END\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep="|")
print("no newline", end="")
print(" continued")
print(sep="x", end="only end\n")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("x", "y", sep=None, end=None)
print(*range(5), sep=", ")
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("into", "object", file=w, sep="+")
print(w.parts)
print("file none", file=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(e)
sys.stdout.write("direct write\n")
n = sys.stdout.write("abc\n")
print(n)
sys.stderr.write("err write\n")
print("é ü 日本 😀")
