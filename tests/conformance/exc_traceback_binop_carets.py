def compute(a, b, c):
    return a + b * c
compute(1, "x", None)
