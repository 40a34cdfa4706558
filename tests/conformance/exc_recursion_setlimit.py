import sys
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
def deep(n):
    return n if n == 0 else deep(n - 1)
print(deep(50))
try:
    deep(200)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(5000)
print(deep(3000))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(e)
