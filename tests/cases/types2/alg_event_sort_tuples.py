# Scheduling events by sorting tuple keys: ties, reverse on one field, stable sorts, min/max on tuples.
events = [("09:00", 2, "standup"), ("13:00", 1, "lunch"), ("09:00", 1, "coffee"), ("17:30", 3, "review"),
          ("09:00", 2, "email"), ("13:00", 3, "1:1"), ("08:15", 5, "commute")]
print(sorted(events))
print(sorted(events, key=lambda e: (e[0], -e[1])))
print(sorted(events, key=lambda e: e[1], reverse=True))
def to_min(t):
    h, m = map(int, t.split(":"))
    return h * 60 + m
print([(to_min(t), n) for t, _, n in sorted(events, key=lambda e: to_min(e[0]))])
print(min(events), max(events), min(events, key=lambda e: (e[1], e[2])), max(events, key=lambda e: len(e[2])))
from itertools import groupby
for t, grp in groupby(sorted(events), key=lambda e: e[0]):
    g = list(grp)
    print(t, len(g), [n for _, _, n in g], max(p for _, p, _ in g))
busy = sorted({t for t, _, _ in events})
gaps = [(a, b, to_min(b) - to_min(a)) for a, b in zip(busy, busy[1:])]
print(busy, gaps, max(gaps, key=lambda g: g[2]))
print((1, 2) < (1, 2, 3), (1, "a") < (1, "b"), (2,) > (1, 100), (1, 2) == (1, 2.0), sorted([(2, "b"), (1, "z"), (2, "a")]))
mixed = [(1, "a"), (1, 2)]
try:
    sorted(mixed)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(mixed, key=lambda t: (t[0], str(t[1]))))
