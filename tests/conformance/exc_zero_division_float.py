rate = 0.0
total = 10.5
print(total / rate)
