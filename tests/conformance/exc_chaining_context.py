def f():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
f()
