import sys
sys.setrecursionlimit(30)
def walk(n):
    if n > 1000:
        return n
    return walk(n + 1)
walk(0)
