first, *middle, last = range(10)
[p, q] = (1, 2)
obj.attr += 1
items[i] -= 2
items[1:2] = []
value = items[::2]
del items[0], obj.attr, value
total: int
count: int = 0
obj.field: str = "x"


def local_stuff(data):
    result: list = []
    result.append(data)
    global count
    count = len(result)
    del result
    return count
