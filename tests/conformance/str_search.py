s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o"), s.find(""), s.rfind(""))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("do", 0, -1), s.startswith("quick", 4))
print(s.replace("the", "a"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "x".replace("x", ""))
print("abc".find("c", -1), "abc".find("a", -10, 10), "abc".count("b", 2), "hello".find("l", 3, 4))
for f in ("index", "rindex"):
    try:
        getattr(s, f)("cat")
    except ValueError as e:
        print(f, e)
try:
    s.startswith(["t"])
except TypeError as e:
    print(e)
print("éàü".find("ü"), "日本語テキスト".index("テ"), "ab" * 3, "abc"[::-1])
print("Hello"[1], "Hello"[-1], "Hello"[1:3], "Hello"[::2], "Hello"[10:], "Hello"[-100:2])
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
print(ord("A"), chr(97), "abc" < "abd", "a" * 0, "-" * -1, len("日本"))
print(min("hello"), max("hello"), sorted("banana"), list("ab"), "b" in "abc")
