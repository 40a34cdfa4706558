x = []
for _ in range(100000):
    x = [x]
print("built")
try:
    repr(x)
except RecursionError as e:
    print("RecursionError", e)
y = []
for _ in range(100000):
    y = [y]
try:
    print(x == y)
except RecursionError as e:
    print("RecursionError", e)
print("survived")
