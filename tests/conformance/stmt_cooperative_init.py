class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        super().__init__()
class Named(Base):
    def __init__(self, name, **kw):
        print("Named", name)
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        print("Aged", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person")
        super().__init__(**kw)
p = Person(name="ann", age=30, extra=1)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class Mixin:
    def describe(self):
        return f"{type(self).__name__}:{super().describe()}"
class Core:
    def describe(self):
        return "core"
class Thing(Mixin, Core):
    pass
print(Thing().describe())
class Left:
    x = "left"
class Right:
    x = "right"
    y = "right y"
class Both(Left, Right):
    pass
print(Both.x, Both.y, Both.__mro__[1].__name__)
