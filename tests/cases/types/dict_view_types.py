# Types, lengths and iteration of dict views and iterators.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(len(k), len(v), len(i), bool(k), list(k), list(v), list(i), "a" in k, 1 in v, ("b", 2) in i)
d["c"] = 3
print(len(k), list(k), list(v), list(i))
ik = iter(k)
print(next(ik), next(ik), list(ik))
for view in (k, v, i):
    try:
        view[0]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    k.add("x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash(k)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k), sorted(v, reverse=True), sorted(i, key=lambda kv: -kv[1]), max(k), sum(v), dict(i) == d)
print(k == {"a", "b", "c"}, v == v, i == {("a", 1), ("b", 2), ("c", 3)}, list(zip(k, v)))
e = {}
print(list(e.keys()), list(e.items()), len(e.values()), e.keys() == set(), e.items() == set())
m = d.keys().mapping
print(type(m).__name__, m["a"], sorted(m))
try:
    m["z"] = 1
except TypeError as e2:
    print(type(e2).__name__, e2)
