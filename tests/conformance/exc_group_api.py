eg = ExceptionGroup("g", [ValueError(1), ExceptionGroup("n", [TypeError(2)])])
m, r = eg.split(TypeError); print(m, r, r is eg, m.exceptions[0] is eg.exceptions[1])
print(eg.split(ValueError), eg.subgroup(lambda e: True) is eg, eg.subgroup(OSError))
print(repr(eg), str(eg), eg.args)
print(BaseExceptionGroup("x", [ValueError()]).__class__, BaseExceptionGroup("x", [KeyboardInterrupt()]).__class__)
for a in [("x",), (1, [ValueError()]), ("x", 5), ("x", []), ("x", [1])]:
  try: ExceptionGroup(*a)
  except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup("x", [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
try: eg.split(5)
except Exception as e: print(type(e).__name__, e)
print(eg.derive([KeyError(3)]), ExceptionGroup("a", (ValueError(),)).args)
print(ExceptionGroup.__mro__, ExceptionGroup.__bases__)
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message, excs)
x = MyEG("mine", [ValueError(1), TypeError(2)])
print(type(x.subgroup(ValueError)).__name__, x.message, x.exceptions)
try:
    raise x
except ExceptionGroup as e:
    print("caught", e)
print(eg.exceptions[0].args, isinstance(eg, Exception))
