x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def builtin_shadow():
    len = lambda s: "shadowed"
    return len("abc")
print(builtin_shadow(), len("abc"))
def assign_later():
    y = x
    return y
print(assign_later())
def param_shadow(x):
    return x
print(param_shadow("param"), x)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def comp_no_leak():
    i = "kept"
    [i for i in range(3)]
    return i
print(comp_no_leak())
class C:
    x = "class"
    def m(self):
        return x
    def n(self):
        return self.x
print(C().m(), C().n())
def conditional_def(flag):
    if flag:
        z = 1
    return z
try:
    conditional_def(False)
except UnboundLocalError as e:
    print(e)
import builtins
print(builtins.len("xy"))
def del_global():
    global x
    del x
del_global()
try:
    print(x)
except NameError as e:
    print(e)
def except_scope():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return "e" in locals()
print(except_scope())
