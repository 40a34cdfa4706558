data = [1, 2, "three
