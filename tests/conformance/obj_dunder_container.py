class Seq:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        print("getitem", i)
        return self.items[i]
    def __setitem__(self, i, v):
        print("setitem", i, v)
        self.items[i] = v
    def __delitem__(self, i):
        print("delitem", i)
        del self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __bool__(self):
        print("bool called")
        return True
s = Seq(1, 2, 3)
print(len(s), s[0], s[-1], s[0:2])
s[1] = 20
del s[0]
print(s.items, 20 in s, 99 in s)
print(bool(s), "yes" if s else "no")
class Iterable:
    def __init__(self, n): self.n = n
    def __iter__(self):
        print("iter")
        return Countdown(self.n)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Iterable(3)), [x for x in Iterable(2)], sum(Iterable(4)), sorted(Countdown(3)))
a, b = Iterable(2)
print(a, b)
class OldIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(OldIter()), 4 in OldIter(), iter(OldIter()).__class__.__name__)
class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()), not LenOnly())
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class Missing:
    def __missing__(self, k): return "nope"
class DD(dict):
    def __missing__(self, k):
        return f"missing {k}"
print(DD(a=1)["a"], DD()["b"])
try:
    len(5)
except TypeError as e:
    print(e)
try:
    Countdown(1)[0]
except TypeError as e:
    print(e)
try:
    del Countdown(1)[0]
except TypeError as e:
    print(e)
try:
    Countdown(1)[0] = 1
except TypeError as e:
    print(e)
try:
    iter(Countdown)
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
