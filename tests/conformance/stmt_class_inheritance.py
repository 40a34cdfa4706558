class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
print(Dog("rex").speak(), Puppy("bit").speak())
print(Puppy.__bases__, Dog.__base__ if hasattr(Dog, "__base__") else "")
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), isinstance(Puppy("x"), Dog))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.mro() == list(Puppy.__mro__))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(K1, K2, Z): pass
print([k.__name__ for k in K3.__mro__])
try:
    class Bad(X, K1): pass
except TypeError as e:
    print(e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(e)
print(object.__bases__, type(object).__name__, int.__mro__)
class MyInt(int): pass
print(MyInt(5) + 1, isinstance(MyInt(2), int), MyInt.__mro__)
class MyList(list):
    def total(self): return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__)
