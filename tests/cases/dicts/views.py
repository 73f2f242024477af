# keys, values, items views are live.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["c"] = 3
print(list(k), list(v), list(it), len(k))
print("a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
del d["a"]
print(k, v, it)
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("c", 3)}), list(reversed(k)))
print(k == {"b", "c"}, list(v) == [2, 3])
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
