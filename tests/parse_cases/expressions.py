x = -2 ** 2 + 3 * 4 // 5 % 6 @ m - ~y
y = a or b and not c
z = a < b <= c != d is not e not in f in g
w = (v := 10) if w else lambda q, *r, s=1, **t: q
big = 123_456_789_012_345_678_901 + 0xFF + 0o17 + 0b101 + 1.5e-3 + 2j + .5
shifts = a << 1 >> 2 & 3 | 4 ^ 5
call = f(a, *b, c=1, **d)(x for x in y)
attr = obj.method().attr[0][1:2, ::3, *rest]
