print("Total: {:>10,.2f}".format(1234567.891))
print("{:<10}|{:^10}|{:>10}".format("left", "mid", "right"))
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
for name, qty, price in rows:
    print("{:<8} {:>4d} {:>8.2f} {:>9.2f}".format(name, qty, price, qty * price))
print("{:=^30}".format(" REPORT "))
print("%-8s|%4d|%8.2f" % rows[1])
print(f"{'x':_<5}{'y':_>5}", f"{12345:_}", f"{0.5:.0%}", f"{-1:+}", f"{1:+}")
print("{:06.2f}".format(-1.5), "{:+06d}".format(42), "{:#06x}".format(255), "{:#010b}".format(5))
print("ab".join("1234"), " ".join(map(str, [1, 2, 3])), "\n".join(["l1", "l2"]))
print("{}".format("{}"), "{{{{}}}}".format(), "%s" % "%s", "%%s" % ())
