flags = ["", "-", "+", " ", "0", "#", "-+", "+0", " 0", "#0", "-#"]
for conv in "dioxXeEfFgG":
    row = []
    for fl in flags:
        spec = "%" + fl + "8" + ("" if conv in "dioxX" else ".3") + conv
        v = 42 if conv in "dioxX" else -3.14159
        row.append(spec % v)
    print(conv, "|".join(row))
for conv in "sr":
    print(conv, "|".join(("%" + fl + "6" + conv) % "ab" for fl in ["", "-", "0", "+", " "]))
print("%5.2s|%-5.0s|%.1r|%3c|%-3c|" % ("xyz", "q", "hello", "a", 66))
print("%08.3f|%-8.3f|%+.2e|%#.0e|%#x|%#X|%#o" % (-1.5, 1.5, 12345.6789, 3.0, 0, 255, 0))
print("%.0f %.0f %.0f %.0f %.1f %.2f %.3f" % (0.5, 1.5, 2.5, -0.5, 0.25, 1.005, 2.0005))
print("%g %g %g %g %g %g %g" % (1e-4, 1e-5, 123456, 1234567, 0.0, -0.0, 1e16))
print("%.10g|%.1g|%.0g|%#.3g|%G" % (1 / 3, 15, 15, 1, 1e-10))
print("%d %d %d" % (-0, 2 ** 64, -2 ** 64), "%5d|%-5d|" % (-3, -3), "%x" % 2 ** 100)
print("%s %s" % ("a", ("tuple", "inside")) if False else "%s" % (("t", 1),))
print("%(a)s%(a)s%(b)05.1f" % {"a": "A", "b": 2.25})
print("%%d" % (), "100%%" % ())
