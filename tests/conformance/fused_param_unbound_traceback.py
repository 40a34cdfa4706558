# A parameter that a `del` unbinds keeps LoadFast's own error location: the
# traceback marks the name, not the whole attribute access.


def unpack(box, drop):
    if drop:
        del box
    return [box.value, 1]


print(unpack(type("B", (), {"value": 7})(), False))
unpack(None, True)
