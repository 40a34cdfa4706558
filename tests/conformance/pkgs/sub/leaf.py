from . import sibling
from .. import simple
LEAF = "leaf uses " + sibling.SIB + " and " + str(simple.CONSTANT)
