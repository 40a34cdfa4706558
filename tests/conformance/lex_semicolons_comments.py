a = 1; b = 2; c = a + b; print(c)
if a: print("one-line if"); print("second")
for i in range(2): print("loop", i)
while b: b -= 1; print("w", b)
def f(): return "f"  # comment
print(f())  # trailing comment
x = "# not a comment"
print(x)
class C: pass
print(C.__name__);
print("done")
