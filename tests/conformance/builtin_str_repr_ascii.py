vals = ["plain", "quote's", 'dq"', "both'\"", "tab\t", "nl\n", "bs\\", "é", "日本", "\x00\x1f\x7f", "\u200b", "😀", "\ud800" if False else "ok", "\x80\xa0"]
for v in vals:
    print(repr(v), ascii(v), str(v) == v)
print(repr([1, "a", 2.0, None]), ascii(["é"]), ascii(1), ascii(b"\xff"), ascii({"ü": "ö"}))
print(str(123), str(-1.5), str([1, [2]]), str(b"b"), str(b"caf\xc3\xa9", "utf-8"), str(), str(None), str(str))
print(repr(""), repr("'"), repr("\""), repr("'\""), repr("\\'"))
print(str(b"abc", encoding="ascii"), str(bytearray(b"ba"), "utf-8"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
print(repr(1e-10), repr(-5), repr(True), repr(...), repr(range(2)), repr(slice(1)), repr({}), repr(set()))
