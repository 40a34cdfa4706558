words = ["apple", "Apple", "APPLE", "banana", "äpple", "zebra", "Zebra", "", " ", "a", "aa", "ab"]
print(sorted(words))
print(sorted(words, key=str.lower))
print("a" < "b" < "c", "abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z", "😀" > "中")
print(max(words), min(words), "apple" == "apple", "apple" != "Apple".lower())
print([ord(c) for c in "aÄ中"], "ß" < "t", "ß".upper() < "T")
print(sorted(["b10", "b9", "b1", "a100"]), sorted(["x", "X", "_", "0", "~"]))
