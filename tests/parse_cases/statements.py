import os, sys as system, a.b.c
from . import sibling
from ..pkg.mod import (name as alias, other,)
from module import *
if a:
    pass
elif b:
    x = 1; y = 2
else:
    z = 3
while cond:
    break
else:
    continue
for i, j in pairs:
    print(i)
else:
    done()
try:
    risky()
except (ValueError, TypeError) as err:
    raise RuntimeError("bad") from err
except KeyError:
    raise
else:
    ok()
finally:
    cleanup()
with open(p) as f, lock:
    assert f, "message"
with (a, b):
    pass
