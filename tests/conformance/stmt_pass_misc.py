pass
def f(): pass
class C: pass
if True: pass
for _ in range(1): pass
while False: pass
try: pass
except: pass
print(f(), C.__name__)
...
x = ...
print(x, type(x).__name__, Ellipsis is ...)
"a bare string statement"
1 + 1
print("done")
