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


class Logged:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append((name, value))
        object.__setattr__(self, name, value)


def stores(box, other):
    box.count = 1
    box.count += 2
    box.count *= other.count
    box.items = [box.count]
    box.items += [4]
    return box.count, box.items


class Counted:
    def __init__(self, count):
        self.count = count


print(stores(Counted(0), Counted(5)))
logged = Logged()
print(stores(logged, Counted(2)), logged.log)


class Temperature:
    def __init__(self):
        self._celsius = 0

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        self._celsius = round(value, 1)


def warm(t, by):
    t.celsius += by
    t.celsius = t.celsius * 2
    return t.celsius


print(warm(Temperature(), 1.25))


def walrus_rebinds(box, spare):
    box.count += (box := spare).count
    return box is spare, box.count


a, b = Counted(1), Counted(10)
print(walrus_rebinds(a, b), a.count, b.count)


def store_fails(box):
    try:
        box.real = 3
    except AttributeError as e:
        return "AttributeError: " + str(e)


print(store_fails(1.5))


def fails_on_none(box):
    return box.value


fails_on_none(None)
