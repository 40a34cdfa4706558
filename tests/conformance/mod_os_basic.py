import os
print(type(os.getpid()).__name__, os.getpid() > 0)
print(type(os.environ).__name__ in ("_Environ", "dict"), "PATH" in os.environ, os.environ.get("SURELY_NOT_SET_VAR_123"), os.environ.get("SURELY_NOT_SET_VAR_123", "dflt"))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
names = os.listdir("pkgs")
print(sorted(n for n in names if n.endswith(".py")), type(names).__name__)
print("mod_os_basic.py" in os.listdir("."), "mod_os_basic.py" in os.listdir())
print(os.name, os.path is __import__("os.path").path)
try:
    os.environ["SURELY_NOT_SET_VAR_123"]
except KeyError as e:
    print("KeyError", e)
