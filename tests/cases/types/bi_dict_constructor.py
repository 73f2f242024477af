# dict() from mappings, pairs, keywords, and errors.
print(dict(), dict(a=1, b=2), dict({"a": 1}, b=2), dict([("a", 1), ("b", 2)]), dict([["k", "v"]]), dict(zip("ab", [1, 2])), dict([("a", 1)], a=2))
print(dict(["ab", "cd"]), dict([(1, 2), (1, 3)]), dict({}.items()), dict(dict(x=1)), dict([(i, i * i) for i in range(3)]), dict(((1, 2),)))
class M:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
print(dict(M()), {**M()}, dict(M(), z=0))
for args in [(5,), ([1, 2],), ([("a", 1, 2)],), (["abc"],), ([None],), ("ab",), ([[1]],)]:
    try:
        print(dict(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([([], 1)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
class KeysOnly:
    def keys(self):
        return [1]
try:
    dict(KeysOnly())
except TypeError as e:
    print(type(e).__name__, e)
d = {1: "int", 1.0: "float"}
print(d, {True: 1, 1: 2, 1.0: 3}, {0: "a", False: "b", 0j: "c"})
print({"a": 1, **{"b": 2}, "a": 3}, {**{}, **{1: 1}}, dict(a=1) == {"a": 1}, dict(a=1) is not dict(a=1))
