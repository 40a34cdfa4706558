x = 1
print(x)
var€ = 3
