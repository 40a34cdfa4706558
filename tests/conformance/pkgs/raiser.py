def explode(n):
    if n == 0:
        raise ValueError("exploded in module")
    return explode(n - 1)
