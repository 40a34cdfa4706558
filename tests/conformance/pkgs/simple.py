"""A simple helper module."""
print("simple: loading", __name__)
CONSTANT = 42
_private = "hidden"
def greet(name):
    return "hello " + name
class Thing:
    def __repr__(self):
        return "Thing()"
