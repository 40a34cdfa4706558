g_var = "global value"
def show():
    local_a = 1
    local_b = "two"
    l = locals()
    print(sorted(l.items()))
    print("g_var" in globals(), "local_a" in globals())
show()
print(globals()["g_var"], globals() is globals(), type(globals()).__name__)
globals()["created_via_globals"] = 99
print(created_via_globals)
print(locals() is globals())
def nested():
    outer_v = 5
    def inner():
        return sorted(locals())
    def inner2():
        return outer_v, sorted(locals())
    return inner(), inner2()
print(nested())
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["__name__"], "__builtins__" in globals())
