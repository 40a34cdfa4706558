class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
class ReprOnly:
    def __repr__(self): return "ReprOnly()"
class StrOnly:
    def __str__(self): return "StrOnly-str"
b, r = Both(), ReprOnly()
print(b, repr(b), str(b), [b], (b,), {1: b}, f"{b} {b!r}", "%s %r" % (b, b))
print(r, str(r), [r])
print(str(StrOnly()), repr(StrOnly()).startswith("<__main__.StrOnly object at 0x"))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class Sub(str):
    pass
print(repr(Sub("x")), type(str(Sub("y"))).__name__)
print(repr(C) if (C := Both) else "", repr(int), repr(len), repr(print))
class Meta:
    pass
print(repr(Meta), str(Meta), Meta.__name__)
