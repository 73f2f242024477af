# Creating, reading, writing, deleting dict entries.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" in d, "z" not in d)
del d["b"]
print(d)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e.args[0]))
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
d2 = {}
print(d2, len(d2), bool(d2), bool(d))
d2[1] = "int"
d2[1.5] = "float"
d2[(1, 2)] = "tuple"
d2[None] = "none"
d2[True] = "true overwrites 1"
print(d2)
try:
    d2[[1]] = "list"
except TypeError as e:
    print(type(e).__name__, e)
