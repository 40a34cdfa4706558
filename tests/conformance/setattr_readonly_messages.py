# Assigning or deleting an attribute of a value without an instance dict:
# CPython's three messages (read-only class attribute, computed attribute not
# writable, missing attribute), with no name/obj on the error; a `del` of a
# missing attribute of an instance, a class or a function sets neither either.


def attempt(action):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__ + ":", e, "| name:", e.name, "| obj:", e.obj)


def set_attr(obj, name):
    return lambda: setattr(obj, name, 3)


def del_attr(obj, name):
    return lambda: delattr(obj, name)


for obj, name in [
    (1.5, "real"),
    (1.5, "reel"),
    (7, "numerator"),
    (7, "__doc__"),
    ([], "append"),
    ("s", "upper"),
    (print, "__name__"),
    (object(), "x"),
    ((1, 2), "count"),
]:
    attempt(set_attr(obj, name))
    attempt(del_attr(obj, name))


class Plain:
    pass


attempt(lambda: delattr(Plain(), "x"))
attempt(lambda: delattr(Plain, "x"))
attempt(lambda: delattr(attempt, "x"))
attempt(lambda: delattr(__import__("sys"), "no_such_name"))


def store(value):
    value.imag = 1


store(2.0)
