# Grouping records by several keys with setdefault, defaultdict, itertools.groupby and dict views.
import collections, itertools
sales = [("2024-01", "north", "apple", 120), ("2024-01", "south", "pear", 80), ("2024-02", "north", "apple", 95),
         ("2024-02", "north", "pear", 40), ("2024-01", "north", "pear", 33), ("2024-03", "south", "apple", 150)]
by_month = {}
for m, region, item, amt in sales:
    by_month.setdefault(m, []).append(amt)
print(by_month, {m: sum(v) for m, v in by_month.items()})
nested = collections.defaultdict(lambda: collections.defaultdict(int))
for m, region, item, amt in sales:
    nested[region][item] += amt
print({r: dict(d) for r, d in nested.items()})
print(sorted((r, i, a) for r, d in nested.items() for i, a in d.items()))
keyf = lambda s: s[1]
for region, grp in itertools.groupby(sorted(sales, key=keyf), key=keyf):
    g = list(grp)
    print(region, len(g), sum(x[3] for x in g), [x[0] for x in g])
print([(k, len(list(g))) for k, g in itertools.groupby(sales, key=lambda s: s[0])])
pivot = {}
for m, region, item, amt in sales:
    pivot.setdefault(item, {}).setdefault(m, 0)
    pivot[item][m] += amt
months = sorted({s[0] for s in sales})
print("item   " + " ".join(f"{m:>8}" for m in months))
for item, row in pivot.items():
    print(f"{item:<7}" + " ".join(f"{row.get(m, 0):>8}" for m in months))
dd = collections.defaultdict(list)
print(dd["missing"], dict(dd), dd.default_factory is list, "x" in dd, len(dd))
dd2 = collections.defaultdict(None)
try:
    dd2["k"]
except KeyError as e:
    print(type(e).__name__, e)
print(repr(collections.defaultdict(int, a=1)))
