# dict() constructor forms and fromkeys.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1))
print(dict(zip("abc", range(3))), dict([(1, 2), [3, 4], "xy"]))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1])
except TypeError as e:
    print(type(e).__name__, e)
orig = {"a": [1]}
cp = dict(orig)
cp2 = orig.copy()
cp["a"].append(2)
cp2["b"] = 0
print(orig, cp, cp2, cp is orig)
