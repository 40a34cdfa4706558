x = 012
print(x)
