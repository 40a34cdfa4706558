import sys
n = 0
for line in sys.stdin:
    n += 1
    print(n, line.rstrip("\n")[::-1])
print("lines:", n)
