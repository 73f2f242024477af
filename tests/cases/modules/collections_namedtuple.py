from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), isinstance(p, tuple), type(p).__name__)
print(Point(x=3, y=4), Point(5, y=6), p == (1, 2), p + (3,), hash(p) == hash((1, 2)))
x, y = p
print(x, y, p._fields, p._asdict(), p._replace(y=9), Point._make(range(2)))
print(Point.__doc__, Point.x.__doc__, Point._field_defaults, Point.__match_args__)
P3 = namedtuple('P3', 'a, b c', defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '2'], rename=True)
print(R._fields)
One = namedtuple('One', 'a')
print(One(1), One.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)
for args in [('1x', 'a'), ('T', 'class'), ('T', '_a'), ('T', 'a a'), ('T', 'a b 1c')]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    namedtuple('T', 'a', defaults=(1, 2))
except TypeError as e:
    print('TypeError', e)
for f in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point._make([1]), lambda: p._replace(z=1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError:
    print('AttributeError on set')

class Sub(Point):
    __slots__ = ()

    @property
    def norm(self):
        return self.x * self.x + self.y * self.y

s = Sub(3, 4)
print(s, s.norm, s._replace(x=0))
match p:
    case Point(a, b):
        print('matched', a, b)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(dict(p=p), {p: 1}[(1, 2)])
