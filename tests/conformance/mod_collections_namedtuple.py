# collections.namedtuple: construction, defaults, rename, helpers and errors.
from collections import namedtuple


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), tuple(p), p + (3,))
x, y = p
print(x, y, Point._fields, Point.__doc__, Point.x.__doc__, Point.__module__)
print(p._asdict(), p._replace(y=5), Point._make([3, 4]), Point._make(iter('ab')))
print(isinstance(p, tuple), type(p).__name__, Point.__mro__, Point.__match_args__)
print(hash(p) == hash((1, 2)), p.count(1), p.index(2), sorted([Point(2, 1), Point(1, 3)]))
print(Point.__new__.__qualname__, Point._make.__qualname__)

Color = namedtuple('Color', ['red', 'green', 'blue'], defaults=[0, 255])
print(Color(1), Color(1, 2, 3), Color(red=9), Color._field_defaults)
Rec = namedtuple('Rec', 'a, b,c')
print(Rec(1, 2, 3), namedtuple('Empty', '')(), namedtuple('One', 'only')(1))
print(namedtuple('Renamed', 'x def _y x 1', rename=True)._fields)
print(namedtuple('Mod', 'a', module='somewhere').__module__)

attempt('missing one', lambda: Point(1))
attempt('missing two', lambda: Point())
attempt('too many', lambda: Point(1, 2, 3))
attempt('unexpected', lambda: Point(1, 2, z=3))
attempt('multiple', lambda: Point(1, x=2))
attempt('defaults too many', lambda: Color(1, 2, 3, 4))
attempt('defaults missing', lambda: Color())
attempt('make short', lambda: Point._make([1]))
attempt('replace unknown', lambda: p._replace(z=3, w=4))
attempt('bad typename', lambda: namedtuple('1a', 'x'))
attempt('keyword', lambda: namedtuple('A', 'x class'))
attempt('underscore', lambda: namedtuple('A', 'x _y'))
attempt('duplicate', lambda: namedtuple('A', 'x x'))
attempt('number field', lambda: namedtuple('A', ['x', 3]))
attempt('too many defaults', lambda: namedtuple('A', 'x y', defaults=[1, 2, 3]))
attempt('set field', lambda: setattr(p, 'x', 5))
