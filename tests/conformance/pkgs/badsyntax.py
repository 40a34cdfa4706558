def ok():
    return 1
def bad(:
    pass
