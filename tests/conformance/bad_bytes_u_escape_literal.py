b = b"\u1234"
print(b, len(b))
