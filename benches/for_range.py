# bench: kind=cpu
# Integer loops over range(): nested for loops with small-int arithmetic
# and comparisons.


def triangle_sums(n):
    total = 0
    hits = 0
    for a in range(n):
        row = 0
        for b in range(a % 97, 300):
            row += a ^ b
            if row > 40000:
                row -= 40000
                hits += 1
        total += row
    return total, hits


print("range checksum", *triangle_sums(24000))
