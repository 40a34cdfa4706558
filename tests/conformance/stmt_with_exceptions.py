class Tracker:
    def __init__(self, tag): self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.tag, et.__name__ if et else "-")
        if et is KeyError:
            print("suppressing KeyError")
            return True
class Raising:
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
    def __enter__(self): return self
def run(fn):
    try:
        fn()
        print("completed")
    except Exception as e:
        print("escaped", type(e).__name__, e, "| context:", repr(e.__context__))
def a():
    with Tracker("a"):
        raise KeyError("x")
def b():
    with Tracker("b"):
        raise ValueError("y")
def c():
    with Raising():
        raise ValueError("original")
def d():
    with Raising():
        pass
def e():
    with Tracker("outer"):
        with Tracker("inner"):
            raise KeyError("inner key")
        raise ValueError("after inner")
for fn in (a, b, c, d, e):
    run(fn)
