def stats(rows):
    squares = [r * r for r in rows if r % 2 if r > 0]
    unique = {r for row in rows for r in row}
    index = {k: v for k, v in enumerate(rows)}
    total = sum(r for r in rows)
    if any((big := r) > 10 for r in rows):
        print(big)
    return squares, unique, index, total


def gen(n):
    yield n
    received = yield
    yield from range(received)
