# Attribute loads and method calls on a function's parameters, including
# parameters that a statement unbinds (del, except-as), descriptors on the
# class, instance attributes that shadow methods, and the errors each raises.


class Box:
    label = "class label"

    def __init__(self, value):
        self.value = value

    @property
    def doubled(self):
        return self.value * 2

    def describe(self, prefix):
        return prefix + ":" + str(self.value)


def read(box):
    return box.value, box.doubled, box.label, box.describe("box")


print(read(Box(21)))


def shadowed(box):
    box.describe = lambda prefix: "shadowed " + prefix
    return box.describe("call")


print(shadowed(Box(1)))


def missing(box):
    try:
        return box.nothing_here
    except AttributeError as e:
        return "AttributeError: " + str(e)


print(missing(Box(2)))


def unbound_by_del(box):
    first = box.value
    del box
    try:
        return first, box.value
    except UnboundLocalError as e:
        return first, "UnboundLocalError: " + str(e)


print(unbound_by_del(Box(3)))


def unbound_by_except(err):
    try:
        raise ValueError("boom")
    except ValueError as err:
        pass
    try:
        return err.args
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(unbound_by_except(KeyError("k")))


def method_on_builtin(items, text):
    items.append(text.upper())
    return items.count("A"), len(items)


print(method_on_builtin(["A"], "a"))


def rebound(box):
    box = Box(99)
    return box.value


print(rebound(Box(4)))


def in_generator(box):
    yield box.value
    yield box.describe("gen")


print(list(in_generator(Box(5))))


def captured(box):
    def inner():
        return box.value

    return box.value + inner()


print(captured(Box(6)))


def fails_on_none(box):
    return box.value


fails_on_none(None)
