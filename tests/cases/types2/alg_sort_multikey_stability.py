# Multi-key sorting of employee records using stability, key tuples, reverse and operator helpers.
from operator import itemgetter, attrgetter
emps = [("alice", "eng", 120, 5), ("bob", "ops", 90, 3), ("carol", "eng", 120, 2), ("dave", "eng", 100, 8),
        ("eve", "ops", 90, 7), ("frank", "hr", 70, 1), ("grace", "hr", 95, 4), ("heidi", "eng", 100, 8)]
print([e[0] for e in sorted(emps, key=itemgetter(2))])
print([e[0] for e in sorted(emps, key=itemgetter(2), reverse=True)])
print([e[0] for e in sorted(emps, key=lambda e: (e[1], -e[2], e[0]))])
s = sorted(emps, key=itemgetter(0), reverse=True)
s.sort(key=itemgetter(3))
s.sort(key=itemgetter(1))
print([(e[1], e[3], e[0]) for e in s])
print([e[0] for e in sorted(emps, key=itemgetter(1, 2))])
class Emp:
    def __init__(self, t):
        self.name, self.dept, self.salary, self.years = t
    def __repr__(self):
        return f"Emp({self.name})"
objs = [Emp(t) for t in emps]
print(sorted(objs, key=attrgetter("dept", "name")))
print(max(objs, key=attrgetter("salary")), min(objs, key=attrgetter("years", "name")))
ranked = sorted(emps, key=itemgetter(2), reverse=True)
rank, prev = 0, None
for i, e in enumerate(ranked, 1):
    if e[2] != prev:
        rank, prev = i, e[2]
    print(rank, e[0], e[2])
data = [3, 1, 2]
r = data.sort()
print(r, data, sorted("bca"), sorted((3, 1, 2), reverse=True), sorted({3: "a", 1: "b"}), sorted([]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]), sorted([True, False, 0, 1, -1]))
