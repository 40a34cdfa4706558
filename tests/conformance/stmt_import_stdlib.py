import math, sys as system, os.path
from math import sqrt, pi as PI
print(math.sqrt(16), sqrt(2) == math.sqrt(2), round(PI, 5))
print(system is __import__("sys"))
print(os.path.join("a", "b"))
import random
import time
print(type(time.time()).__name__, type(random.random()).__name__)
print(__name__)
def local_import():
    import math as m
    return m.floor(2.7)
print(local_import())
print("m" in dir())
