print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", "" or [] or 0)
print([] and 1, [0] and "x", None and boom if False else "short")
def t(x):
    print("t", x)
    return x
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print(not 0, not "s", not None)
x = None
y = x or "default"
print(y)
print((1, 2) or 3, {} or {"k": 1})
