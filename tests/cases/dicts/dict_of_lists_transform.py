# Transforming dicts: invert, filter, map values, merge with sum.
prices = {"apple": 0.5, "pear": 0.75, "fig": 2.0, "kiwi": 0.5}
print({k: v * 2 for k, v in prices.items()})
print({k: v for k, v in prices.items() if v < 1})
inv = {}
for k, v in prices.items():
    inv.setdefault(v, []).append(k)
print(inv)
a = {"x": 1, "y": 2}
b = {"y": 10, "z": 5}
merged = dict(a)
for k, v in b.items():
    merged[k] = merged.get(k, 0) + v
print(merged)
print(sorted(prices, key=prices.get), sorted(prices.items(), key=lambda kv: (kv[1], kv[0])))
print(dict(sorted(prices.items())))
print(max(prices.values()), [k for k, v in prices.items() if v == max(prices.values())])
