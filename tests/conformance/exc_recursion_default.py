import sys
print(sys.getrecursionlimit())
depth = 0
def down():
    global depth
    depth += 1
    down()
try:
    down()
except RecursionError as e:
    print(type(e).__name__, e, depth > 900, depth <= 1000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
