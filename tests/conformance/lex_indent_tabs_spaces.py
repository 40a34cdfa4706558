if True:
	x = 1
	if x:
		print("tab", x)
if True:
    y = 2
    if y:
        print("spaces", y)
def f():
  a = 1
  while a < 3:
        a += 1
  return a
print(f())
class C:
	def m(self):
		return "m"
print(C().m())
if 1:
        	z = 3
        	print("8sp+tab", z)
