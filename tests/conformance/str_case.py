samples = ["hello world", "Hello World", "HELLO", "ǅungla", "straße", "ﬁne", "123abc", "o'neil mc-d", "", "ÀÉÎ õü", "a1b2 c3"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.capitalize(), s.title(), s.swapcase(), sep=" | ")
print("ß".upper(), "İ".lower(), len("İ".lower()), "ﬃ".upper(), "Σ".lower(), "ΑΣ".lower())
print("they're bill's".title(), "hello-world foo_bar".title(), "3rd place".capitalize(), "ABC DEF".capitalize())
