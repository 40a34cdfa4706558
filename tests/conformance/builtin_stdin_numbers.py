count = int(input())
values = []
for _ in range(count):
    a, b = map(int, input().split())
    values.append(a * b)
print("products", values, "sum", sum(values))
words = input().split(",")
print([w.strip().upper() for w in words])
total = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    if not line:
        continue
    total += float(line)
print("float total", total)
