try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkgs.simple import missing_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkgs.nope
except ModuleNotFoundError as e:
    print(e)
try:
    import pkgs.broken
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
import sys
print("pkgs.broken" in sys.modules)
try:
    import pkgs.badsyntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
print(issubclass(ModuleNotFoundError, ImportError))
