def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 16)])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
def primes(limit):
    found = []
    n = 2
    while len(found) < limit:
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            found.append(n)
        n += 1
    return found
print(primes(15))
stack = [1]
visited = []
while stack:
    node = stack.pop()
    if node in visited or node > 20:
        continue
    visited.append(node)
    stack.extend([node * 2, node * 3])
print(visited)
i = 10
while i:
    i -= 3
    if i < 0:
        print("went negative", i)
        break
else:
    print("hit zero exactly")
