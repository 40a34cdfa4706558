class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
class Old:
    def get(self): return "got"
    def set(self, v): print("set", v)
    x = property(get, set, None, "x doc")
o = Old()
o.x = 3
print(o.x, Old.x.__doc__)
try:
    del o.x
except AttributeError as e:
    print(e)
class Sub(Temp):
    @property
    def celsius(self):
        return "overridden"
print(Sub().celsius)
print(isinstance(Temp.celsius, property), Temp.celsius.fget.__name__)
