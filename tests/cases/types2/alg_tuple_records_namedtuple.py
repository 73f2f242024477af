# Tuples as records: unpacking, namedtuple, sorting and grouping records.
import collections
Point = collections.namedtuple("Point", "x y")
Row = collections.namedtuple("Row", ["city", "country", "pop"], defaults=[0])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]), tuple(p), p == (3, 4))
x, y = p
print(x + y, sum(p), max(p), abs(complex(*p)), Point(*map(lambda v: v * 2, p)))
rows = [Row("Paris", "FR", 2161000), Row("Lyon", "FR", 513000), Row("Berlin", "DE", 3645000), Row("Bonn", "DE"), Row("Rome", "IT", 2873000)]
print(rows[3], Row._field_defaults)
by_country = collections.defaultdict(list)
for r in rows:
    by_country[r.country].append(r)
for c, rs in sorted(by_country.items()):
    print(c, [r.city for r in rs], sum(r.pop for r in rs))
print(sorted(rows, key=lambda r: r.pop, reverse=True)[0].city, min(rows, key=lambda r: (r.country, r.city)))
for city, country, pop in rows[:2]:
    print(f"{city:<8}{country:>3}{pop:>10,}")
first, *middle, last = rows
print(first.city, len(middle), last.city)
(a, b), c = (1, 2), 3
print(a, b, c)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x, y, z = p
except ValueError as e:
    print(type(e).__name__, e)
t = (1, [2, 3])
t[1].append(4)
print(t, t.count(1), t.index([2, 3, 4]), (1, 2) + (3,), (0,) * 3, len(()), (5,), tuple("ab"))
try:
    t[1] += [5]
except TypeError as e:
    print(type(e).__name__, e, t)
