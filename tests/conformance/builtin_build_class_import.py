import builtins
print(builtins.len is len, type(builtins).__name__, builtins.__name__)
m = __import__("math")
print(m.floor(2.5), __import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__ in ("posixpath", "os.path"))
C = __build_class__(lambda: None, "Manual")
print(C.__name__, type(C).__name__)
class Base:
    def hi(self): return "hi from Base"
E = __build_class__(lambda: None, "E", Base)
print(E.__name__, E.__bases__, E().hi())
builtins.injected = "via builtins"
print(injected)
try:
    __import__("no_such_mod_xyz")
except ImportError as e:
    print(type(e).__name__, e)
