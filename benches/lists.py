# bench: kind=cpu
# List work: comprehensions, slicing, sort (plain, keyed and reversed),
# append/pop, min/max/sum and membership over pseudo-random integers.


def numbers(n, seed):
    out = []
    state = seed
    for _ in range(n):
        state = (state * 48271) % 2147483647
        out.append(state % 100000)
    return out


def churn(data):
    evens = [x for x in data if x % 2 == 0]
    squares = [x * x % 9973 for x in evens]
    pairs = [(x % 100, x) for x in data[::3]]
    pairs.sort()
    ordered = sorted(data)
    by_digit = sorted(data, key=lambda v: (v % 10, -v))
    window = ordered[len(ordered) // 4 : -len(ordered) // 4]
    rev = ordered[::-1]
    stack = []
    for x in squares:
        stack.append(x)
        if x % 3 == 0:
            stack.pop()
    return (
        len(evens),
        sum(squares) % 1000003,
        pairs[0],
        pairs[-1],
        ordered[len(ordered) // 2],
        by_digit[:3],
        sum(window[::7]),
        rev[:2],
        len(stack),
        min(stack),
        max(stack),
        (12345 in data),
    )


def main():
    checksum = 0
    for seed in range(1, 7):
        data = numbers(60000, seed)
        result = churn(data)
        if seed == 1:
            print(result)
        checksum = (checksum * 7 + result[1] + result[4] + result[6]) % 1000000007
    print("list checksum", checksum)


main()
