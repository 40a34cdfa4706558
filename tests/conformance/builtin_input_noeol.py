print(repr(input()))
print(repr(input()))
try:
    input()
except EOFError:
    print("eof")
