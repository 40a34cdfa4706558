from pkgs import cycle_a
B_VALUE = "b, sees " + cycle_a.A_START
