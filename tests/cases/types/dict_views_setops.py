# Dict views support set operations; items views compare as sets.
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 3, "d": 4}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()), sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()), sorted(d.items() | {("z", 0)}))
print(sorted(d.keys() & {"a", "q"}), sorted(d.keys() | ["x"]), sorted(d.keys() - ("a",)), sorted({"a", "z"} - d.keys()), sorted(["b"] & d.keys()))
print(type(d.keys() & e.keys()).__name__, type(d.items() | e.items()).__name__)
print(d.keys() == {"a", "b", "c"}, d.keys() == ["a", "b", "c"], d.keys() <= {"a", "b", "c", "d"}, d.keys() < d.keys(), d.keys() >= {"a"})
print(d.items() == {("a", 1), ("b", 2), ("c", 3)}, ("a", 1) in d.items(), ("a", 2) in d.items(), "a" in d.keys(), 1 in d.values())
print(d.keys().isdisjoint({"x"}), d.keys().isdisjoint(["a"]), d.items().isdisjoint([("a", 1)]))
try:
    d.values() & {1}
except TypeError as e:
    print(type(e).__name__, e)
print(d.values() == d.values(), list(d.values()) == [1, 2, 3])
try:
    d.keys() & 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d.items() & {("a", [1])})
except TypeError as e:
    print(type(e).__name__, e)
print(("a", [1]) in d.items())
k = d.keys()
d["z"] = 26
print(list(k), len(k), list(d.items())[-1])
del d["a"]
print(list(k), list(reversed(k)))
print(repr({"x": 1}.keys()), repr({"x": 1}.values()), repr({"x": 1}.items()), repr({}.keys()))
