assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("empty", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(repr(e))
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(e.args)
def lazy():
    print("message evaluated")
    return "m"
assert True, lazy()
try:
    assert 0, lazy()
except AssertionError as e:
    print(e)
x = 3
assert x == 4, f"x is {x}"
