def level3():
    raise KeyError("deepest")
def level2():
    try:
        level3()
    except KeyError as e:
        raise TypeError("middle") from e
def level1():
    try:
        level2()
    except TypeError:
        raise RuntimeError("top")
level1()
