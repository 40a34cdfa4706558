# Powers through the inline paths (positive float bases, small ints) and the
# general one (zero, negative and special bases, overflow, complex results).
vals = [2.0, 0.5, 1e300, 3, -2, 0, 0.0, -0.0, 2.5, float('inf'), float('nan'), 7]
for a in vals:
    for b in [0.5, 2, 3, -1, 0, 1e10, -2.5, 100, 0.0]:
        try:
            r = a ** b
            print(repr(a), repr(b), repr(r))
        except Exception as e:
            print(repr(a), repr(b), type(e).__name__, e)
x = 3
x **= 41
print(x, 2 ** 62, 2 ** 63, (-2) ** 63, (-3) ** 3)
