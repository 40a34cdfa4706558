class S:
    def __str__(self):
        return "S" + str(self)
try:
    str(S())
except RecursionError as e:
    print("caught", e)
lst = []
lst.append(lst)
d = {}
d[1] = d
print(lst, d, [lst, d])
