def producer():
    yield 1
    yield 2
    raise IndexError("producer ran dry")
def consumer():
    total = 0
    for v in producer():
        total += v
    return total
consumer()
