name = input("Name? ")
print("Hello,", name)
line2 = input()
print(repr(line2))
age = int(input("Age: "))
print(age + 1)
print(repr(input("spaces: ")))
try:
    input("last: ")
except EOFError as e:
    print("EOFError", repr(e))
