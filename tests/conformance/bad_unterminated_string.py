print("fine")
s = "unterminated
print(s)
