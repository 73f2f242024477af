# Converting between container types in a data pipeline: list/tuple/set/dict/frozenset/str constructors.
raw = "b,a,c,a,b,d"
items = raw.split(",")
print(items, tuple(items), sorted(set(items)), sorted(frozenset(items)), list(dict.fromkeys(items)), len(set(items)))
pairs = [("x", 1), ("y", 2), ("x", 3)]
print(dict(pairs), list(dict(pairs).items()), dict(pairs, z=9), dict([]), dict(a=1), dict({"k": "v"}), dict(zip("ab", "cd")))
print(list("héllo"), tuple(range(3)), list({"k1": 1, "k2": 2}), list({"k1": 1}.values()), set([1, 1, 2]), tuple({3: "a"}))
print(str([1, "a"]), str((1,)), str({1: "a"}), str(set()), str(frozenset()), str(()), str({}), repr(""), str(None))
print(list(map(list, ["ab", "c"])), [list(t) for t in zip("ab", "cd")], list(reversed(tuple("abc"))), tuple(sorted({3, 1, 2})))
for bad in [lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: dict(["ab", "c"]), lambda: list(5), lambda: set([[1]]), lambda: tuple(None), lambda: dict(1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict(["ab", "cd"]), dict([[1, 2]]), dict.fromkeys([1, 2], []), list(iter([1, 2])), tuple(x for x in "ab"))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
print(int("42") + float("0.5"), str(42) + str(0.5), list(str(123)), int("".join(["1", "2"])), float(str(1 / 3)) == 1 / 3)
