s = "  \t hello  world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("..a..".lstrip(".")), repr("..a..".rstrip(".")), repr("".strip()))
print("a b  c".split(), "a b  c".split(" "), " a  b ".split(), "a,b,,c".split(","), "a,b,c".split(",", 1))
print("a b c d".rsplit(None, 2), "a,b,c".rsplit(",", 1), "".split(), "".split(","), "abc".split("abc"))
print("1\n2\r\n3\r4\n".splitlines(), "1\n2\n".splitlines(True), "".splitlines(), "no newline".splitlines(), "x\x0by\x1cz\u2028w".splitlines())
print("a\tb\nc".split(), "  lead".split(" "), "a--b--c".split("--"), "aaa".split("a"))
print(", ".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ".".join(str(i) for i in range(3)))
print("one two".partition(" "), "onetwo".partition(" "), "a=b=c".rpartition("="), "abc".rpartition("x"))
try:
    "abc".split("")
except ValueError as e:
    print(e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "a".partition("")
except ValueError as e:
    print(e)
try:
    "a".strip(1)
except TypeError as e:
    print(e)
print("a  b".split(maxsplit=0), "  a  b  ".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
