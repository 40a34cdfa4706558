café = 1
naïve = 2
π = 3.14159
变量 = "chinese"
Ω = café + naïve
print(café, naïve, π, 变量, Ω)
def größe(länge):
    return länge * 2
print(größe(21))
class Ünïcode:
    ατρ = "attr"
print(Ünïcode.ατρ, Ünïcode.__name__)
_x1 = 5
__y__ = 6
print(_x1 + __y__)
print("café".isidentifier(), "2abc".isidentifier(), "_".isidentifier(), "a-b".isidentifier())
ｆｕｌｌ = "fullwidth normalised"
print(full)
