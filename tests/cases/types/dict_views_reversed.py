# reversed() over dicts and their views; views are live.
d = {"one": 1, "two": 2, "three": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
r = reversed(d)
print(type(r).__name__, next(r))
d["four"] = 4
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(reversed({})), list(reversed({}.items())))
it = iter(d.values())
print(next(it))
del d["three"]
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
v = d.values()
print(len(v), list(v))
d.clear()
print(len(v), list(v), bool(v))
d2 = dict.fromkeys("abc", 0)
print(list(d2.items()), list(reversed(d2.items())))
d2["a"] = 9
print(list(d2), list(reversed(d2.values())))
del d2["a"]
d2["a"] = 10
print(list(d2), list(reversed(d2)))
try:
    reversed(d2.keys())[0]
except TypeError as e:
    print(type(e).__name__, e)
print(d2.keys().mapping if hasattr(d2.keys(), "mapping") else "no mapping", sorted(d2.keys().mapping) if hasattr(d2.keys(), "mapping") else "")
