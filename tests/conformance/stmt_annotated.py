x: int = 5
y: str
print(x)
try:
    print(y)
except NameError as e:
    print(e)
print(__annotations__)
def f(a: int, b: "str" = "s", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
print(f(1))
class P:
    name: str = "p"
    age: int
    def m(self) -> None: pass
print(P.__annotations__, P.name)
print(hasattr(P, "age"))
lst = [0]
lst[0]: int = 3
print(lst)
def local():
    z: int = 1
    w: int
    return z
print(local())
