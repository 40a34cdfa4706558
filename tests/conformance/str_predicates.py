tests = ["", "abc", "ABC", "Abc", "123", "١٢٣", "½", "abc123", " ", "\t\n", "a b", "_id", "2x", "class", "ǅ", "Title Case", "ÀB", "x²", "³", "é"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
