def check(a, b, c):
    raise ValueError(f"bad values {a} {b} {c}")
check(
    1,
    2,
    3,
)
