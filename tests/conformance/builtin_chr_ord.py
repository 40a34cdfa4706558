print(chr(65), chr(0x4e2d), chr(0x1F600), repr(chr(0)), repr(chr(127)), repr(chr(0x10FFFF)))
print(ord("a"), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"z")), ord("\n"))
print("".join(chr(c) for c in range(97, 102)), [ord(c) for c in "AZ"])
for fn in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord("ab"), lambda: ord(""), lambda: ord(5), lambda: ord(b"ab")):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
