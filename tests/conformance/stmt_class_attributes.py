class Config:
    defaults = {"debug": False}
    names = []
    version = 1
    def add(self, name):
        self.names.append(name)
    def bump(self):
        self.version += 1
a, b = Config(), Config()
a.add("x")
b.add("y")
print(Config.names, a.names is b.names)
a.bump()
print(a.version, b.version, Config.version, "version" in vars(a), "version" in vars(b))
Config.version = 10
print(a.version, b.version)
del a.version
print(a.version)
class Child(Config):
    version = 99
print(Child().version, Child.names is Config.names, Child.defaults)
Child.extra = "late"
print(Child().extra, hasattr(Config, "extra"))
class Shadow:
    def method(self): return "method"
s = Shadow()
s.method = lambda: "instance wins"
print(s.method(), Shadow().method())
class Desc:
    x = property(lambda self: "from property")
d = Desc()
try:
    d.__dict__["x"] = "instance dict"
    print(d.x)
except Exception as e:
    print(e)
class ClassVarFromClass:
    count = 0
    items = [count + i for i in range(3)] if False else None
    doubled = count * 2
print(ClassVarFromClass.doubled)
