A_START = "a start"
from pkgs import cycle_b
A_END = "a end, sees " + cycle_b.B_VALUE
