# %-formatting of ints: small and big values, every integer conversion with
# flags, width and precision, and the digit limit on big ints.
vals = [0, 1, -1, 7, -255, 255, 2**63-1, -2**63, 2**64, -2**70, True, False]
fmts = ["%d", "%i", "%u", "%o", "%x", "%X", "%#o", "%#x", "%#X", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%+.4x", "%#08x", "%-#8o|", "%+05d", "% 5d", "%.0d", "%3.5x"]
for f in fmts:
    print(f, [f % v for v in vals])
print("Thread-%d" % 5, "%s-%d-%x" % ("a", 10, 255))
import sys
sys.set_int_max_str_digits(640)
print("%d" % (10**100))
try:
    print("%d" % (10**700))
except ValueError as e:
    print(e)
print("%x" % (10**700) == format(10**700, 'x'))
