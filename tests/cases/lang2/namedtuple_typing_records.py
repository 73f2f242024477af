# typing.NamedTuple records with defaults, methods, _replace/_asdict, and subclassing.
from typing import NamedTuple
from collections import namedtuple
class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5
    def __str__(self):
        return f"({self.x}, {self.y})"
class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000
p, q = Point(3, 4), Point(0)
print(p, repr(p), q, p.dist(q))
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(p._replace(y=10), p._asdict(), Point._make([1, 2]))
x, y = p
print(x, y, p[0], p[-1], len(p), p + q, p == (3, 4))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
staff = [Employee("ann", "eng", 90000), Employee("bob", "ops"), Employee("cy", "eng", 70000)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, max(staff, key=lambda e: e.salary).name, sum(e.salary for e in staff))
print(sorted(staff, key=lambda e: (e.dept, -e.salary)))
Row = namedtuple("Row", "id, label active", defaults=[True])
r = Row(1, "a")
print(r, Row._field_defaults, r._replace(active=False))
try:
    namedtuple("Bad", ["ok", "def"])
except ValueError as e:
    print(type(e).__name__, e)
print(namedtuple("R", ["a", "a", "b"], rename=True)._fields)
class Point3(Point):
    def norm(self):
        return abs(self.x) + abs(self.y)
print(Point3(1, -2).norm(), Point3(1, -2), Point3.__mro__[1].__name__)
