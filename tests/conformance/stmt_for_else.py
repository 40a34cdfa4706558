for i in range(3):
    print(i)
else:
    print("else", i)
for i in []:
    print("never")
else:
    print("empty else")
for c in "abc":
    if c == "b":
        break
    print(c)
else:
    print("not here")
for i in range(6):
    if i % 3 == 0:
        continue
    print("kept", i)
for x in range(2):
    for y in range(3):
        if y == 1:
            break
        print("pair", x, y)
    else:
        print("no")
d = {"b": 2, "a": 1}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
lst = [1, 2, 3]
for lst[0] in [7, 8]:
    pass
print(lst)
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    else:
        return -1
print(find([4, 5, 6], 6), find([4, 5], 9))
try:
    for i in 5:
        pass
except TypeError as e:
    print(e)
