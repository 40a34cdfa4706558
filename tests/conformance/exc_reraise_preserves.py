def inner():
    raise KeyError("original key")
def middle():
    try:
        inner()
    except KeyError:
        print("logging and re-raising")
        raise
def outer():
    try:
        middle()
    except KeyError as e:
        print("outer sees", repr(e))
        raise
outer()
