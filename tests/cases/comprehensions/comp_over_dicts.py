# Comprehensions over dict items, keys, values.
inv = {"apples": 3, "pears": 0, "kiwis": 12, "figs": 1}
print([k for k in inv if inv[k]])
print([f"{k}:{v}" for k, v in inv.items() if v > 1])
print({k: v * 2 for k, v in inv.items()})
print({v: k for k, v in inv.items()})
print(sum(v for v in inv.values()), max(inv.items(), key=lambda kv: kv[1]))
print([(k, v) for k, v in sorted(inv.items(), key=lambda kv: -kv[1])])
print({k[0]: [kk for kk in inv if kk[0] == k[0]] for k in inv})
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}}
print([(o, i, v) for o, d in nested.items() for i, v in d.items()])
