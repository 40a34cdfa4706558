"""A module docstring."""
import os.path as osp, sys
from collections import OrderedDict as OD, deque
from . import sibling
from os import *

x = 1
y = x * 2 + -3 ** 2
a = b = [x, y, *sys.argv]
t = (1, 2.5, "s", b"b", None, ...)
d = {"k": x, **{}, "z": 0}
s = {1, 2, *t}
print(x, y, sep=", ", end="\n")
print(*a, **d)
sys.stdout.write(f"{x!r:>{y}} and {y=}\n")
ok = x < y <= 10 != a
flag = x and y or not a
pick = x if y else a
name = __name__ == "__main__"
if __name__ == "__main__":
    print(osp.join("a", "b"), OD(), deque)
