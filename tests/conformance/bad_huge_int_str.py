s = '1' * 5000
try:
    int(s)
except ValueError as e:
    print(e)
x = 10 ** 5000
try:
    str(x)
except ValueError as e:
    print(e)
print(x.bit_length(), hex(x)[:10])
print(int('1' * 4300) % 97)
