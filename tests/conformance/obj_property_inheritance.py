class Shape:
    def __init__(self, name): self._name = name
    @property
    def name(self): return self._name.title()
    @property
    def area(self): raise NotImplementedError(type(self).__name__ + ".area")
    def describe(self): return f"{self.name} with area {self.area:.2f}"
class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
    @property
    def area(self): return self.side ** 2
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    @property
    def area(self): return 3.14159 * self.r ** 2
    @Shape.name.getter
    def name(self): return "Round " + self._name
for s in (Square(3), Circle(1)):
    print(s.describe())
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Limited:
    def __init__(self): self._v = 0
    def _get(self): return self._v
    def _set(self, v): self._v = max(0, min(10, v))
    value = property(_get, _set)
l = Limited()
for v in (5, -3, 99):
    l.value = v
    print(l.value)
class Child(Limited):
    @Limited.value.setter
    def value(self, v): self._v = v * 2
c = Child()
c.value = 4
print(c.value, type(Child.value).__name__, Child.value.fget is Limited.value.fget)
print(property().fget, property(doc="d").__doc__)
try:
    property()(1)
except TypeError as e:
    print(e)
p = property()
class Use:
    x = p
try:
    Use().x
except AttributeError as e:
    print(e)
