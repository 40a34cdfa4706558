# sys._getframe: the caller chain through f_back, across native calls and generators.
import sys


def where(depth=1):
    frame = sys._getframe(depth)
    return frame.f_code.co_name, frame.f_lineno


def inner():
    local_value = 42
    print(sorted(sys._getframe().f_locals), sys._getframe().f_locals['local_value'])
    frame = sys._getframe()
    print(frame.f_code.co_name, frame.f_globals is globals())
    print(frame.f_back.f_code.co_name, frame.f_back.f_lineno, frame.f_back.f_back.f_code.co_name)
    return where(), where(2)


def outer():
    return inner()


print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno, sys._getframe().f_back)
print(list(map(lambda _: sys._getframe(1).f_code.co_name, [1])))


def gen():
    yield sys._getframe(1).f_code.co_name, sys._getframe().f_back.f_lineno


def drive():
    return next(gen())


print(drive())


class Shown:
    def __repr__(self):
        return sys._getframe(1).f_code.co_name + '/' + sys._getframe(2).f_code.co_name


def show():
    return repr(Shown())


print(show())
print(type(sys._getframe()).__name__, sys._getframe().f_code.co_filename.endswith('mod_sys_getframe.py'))
try:
    sys._getframe(100)
except ValueError as e:
    print('ValueError', e)
try:
    sys._getframe('x')
except TypeError as e:
    print('TypeError', e)
