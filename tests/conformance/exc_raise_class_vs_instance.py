for thing in (ValueError, ValueError("inst"), TypeError):
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise NeedsArgs
except TypeError as e:
    print("TypeError:", e)
try:
    raise NeedsArgs(1, 2)
except NeedsArgs as e:
    print(e.args, str(e))
e = ValueError("reused")
try:
    raise e
except ValueError as caught:
    print(caught is e)
try:
    raise StopIteration("si")
except StopIteration as s:
    print(repr(s), s.value)
try:
    raise GeneratorExit
except BaseException as g:
    print(type(g).__name__, isinstance(g, Exception))
