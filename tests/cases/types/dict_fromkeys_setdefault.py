# dict.fromkeys, setdefault, get, pop with defaults.
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]), dict.fromkeys(range(3), "v"), dict.fromkeys("aab"))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
class D(dict):
    pass
print(type(D.fromkeys("a")).__name__, D.fromkeys("ab", 1))
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys()
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__, e)
d = {}
print(d.setdefault("a"), d.setdefault("a", 5), d.setdefault("b", [1]), d.setdefault("b", []).append(2), d)
try:
    d.setdefault([1], 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.setdefault()
except TypeError as e:
    print(type(e).__name__, e)
print(d.get("a"), d.get("zz"), d.get("zz", "dflt"), d.get("b", 0))
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get("a", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get([1])
except TypeError as e:
    print(type(e).__name__, e)
print(d.pop("a"), d.pop("zz", "gone"), d.pop("zz", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[("tuple", "key")]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {}[()]
except KeyError as e:
    print(type(e).__name__, e, e.args)
