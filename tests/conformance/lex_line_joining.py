x = (1 +
     2 +
        3)
print(x)
y = [1,
2,
    3,]
print(y)
d = {'a':
     1, 'b': 2
}
print(d)
def f(a,
      b=2,
  c=3):
    return a + b + c
print(f(1,
 c=10))
total = 1 + \
        2 + \
    3
print(total)
if x == 6 and \
   total == 6:
    print("joined condition")
s = ("abc"
     "def"
  'ghi')
print(s)
t = 'one' \
    'two'
print(t)
print((lambda:
       42)())
z = [i
     for i in range(3)
     if i]
print(z)
# a comment with a trailing backslash \
print("after comment")
