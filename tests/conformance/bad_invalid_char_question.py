x = 5
y = x ? 1
