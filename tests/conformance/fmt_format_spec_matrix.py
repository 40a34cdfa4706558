vals_int = [0, 7, -7, 255, 123456789]
specs_int = ["", "d", "5d", "<5d", "^5d", ">5d", "=+6d", "05d", "+d", " d", "x", "#x", "X", "#X", "o", "#o", "b", "#b", ",d", "_d", "_b", "c", "e", ".2f", "%", "n"]
for spec in specs_int:
    out = []
    for v in vals_int:
        if spec == "c" and not 0 <= v <= 0x10FFFF:
            out.append("-")
            continue
        out.append(repr(format(v, spec)))
    print(f"{spec!r:8}", " ".join(out))
vals_float = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e16, float("inf"), float("nan")]
specs_float = ["", "f", ".1f", "10.2f", "<10.2f", "^10.2f", "+.3e", "E", "g", ".3g", "#g", "G", "%", ".1%", ",.2f", "_.1f", "012.3f", "=+12.2f", " .2f", "n"]
for spec in specs_float:
    print(f"{spec!r:10}", " ".join(repr(format(v, spec)) for v in vals_float))
specs_str = ["", "s", "10", "<10", ">10", "^10", "*^10", ".2", "10.2", "-<6", "0>6"]
for spec in specs_str:
    print(f"{spec!r:8}", repr(format("hello", spec)), repr(format("", spec)))
print(format(True, ""), format(True, "10"), format(False, "d"), format(True, "x"), format(True, "f"))
