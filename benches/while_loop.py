# bench: kind=cpu
# Integer arithmetic in a plain while loop: measures the eval loop's dispatch
# and small-int operations.


def spin(limit):
    i = 0
    acc = 0
    odd = 0
    while i < limit:
        acc = (acc + i * 7) % 1000003
        if i & 1:
            odd += 1
        i += 1
    return acc, odd


acc, odd = spin(3_000_000)
print("while checksum", acc, odd)
