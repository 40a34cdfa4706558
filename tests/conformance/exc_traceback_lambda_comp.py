values = [1, 2, 0, 4]
inv = lambda v: 10 // v
print([inv(v) for v in values])
