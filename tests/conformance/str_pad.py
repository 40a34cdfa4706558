print(repr("ab".ljust(5)), repr("ab".rjust(5, "*")), repr("ab".center(6, "-")), repr("abc".center(6)), repr("ab".center(5)), repr("abc".center(2)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)), repr("\t".expandtabs(0)), repr("x\n\ty".expandtabs(2)))
print("{} and {}".format("a", "b"), "{0:>4}".format("z"))
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"), "日".encode("utf-8"))
print(b"h\xc3\xa9".decode(), b"abc".decode("ascii"), bytes("x", "utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"))
try:
    "x".ljust(3, "ab")
except TypeError as e:
    print(e)
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"))
print("Hello".translate({ord("l"): "L", ord("o"): None}) if hasattr(str, "translate") else "")
