def loops(items):
    total = 0
    for i, item in enumerate(items):
        if item is None:
            continue
        if item > 100:
            break
        total += item
    else:
        total = -1
    while total > 0 and not items:
        total -= 1
        if total == 5:
            break
    else:
        pass
    while True:
        return total
    assert total, "total must be set"


def chain(a, b, c):
    return a < b < c
