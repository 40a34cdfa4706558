s = "a" 'b' """c""" '''d'''
print(s)
print("x" r"\n" "y")
print(b"a" b'b' rb"\n")
v = 3
print("v=" f"{v}" " end")
print(f"{v}" f"{v*2}" "{v}")
print(len("ab" "cd"))
print(("multi"
       "-line"
       "-concat"))
