print("start")
d = {}
d[("tuple", 1)]
