import pkgs
print(pkgs.PKG_VALUE, pkgs.__name__, pkgs.__doc__)
import pkgs.simple
print(pkgs.simple.CONSTANT, pkgs.simple.greet("x"))
import pkgs.simple
import pkgs.simple as s
print(s is pkgs.simple, s.__name__, s.__doc__)
from pkgs.simple import greet, Thing as T, CONSTANT
print(greet("y"), T(), CONSTANT)
from pkgs import simple
print(simple.CONSTANT)
import sys
print("pkgs.simple" in sys.modules, type(sys.modules["pkgs"]).__name__)
from pkgs.sub.leaf import LEAF
print(LEAF)
import pkgs.sub.leaf as leaf
print(leaf.__name__, leaf.__package__ if hasattr(leaf, "__package__") else "")
from pkgs.cycle_a import A_END
print(A_END)
m = __import__("pkgs.noall")
print(m.__name__, m.noall.visible)
print(repr(simple)[:22])
print(simple.__file__.endswith("simple.py"))
