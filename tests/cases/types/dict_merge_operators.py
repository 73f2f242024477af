# dict | and |= operators.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a, c is a)
c |= [("w", 0), ("x", -1)]
print(c)
c |= {}
print(c)
for rhs in [[("k",)], 5, ["ab", "cde"]]:
    try:
        c |= rhs
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f in [lambda: a | [("q", 1)], lambda: a | 5, lambda: [("q", 1)] | a]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print({} | {}, {1: "a"} | {1.0: "b"}, {True: "t"} | {1: "one"})
from collections import OrderedDict, defaultdict, Counter
o = OrderedDict(a=1) | {"b": 2}
print(type(o).__name__, list(o.items()))
dd = defaultdict(int, {"k": 1}) | {"m": 2}
print(type(dd).__name__, dict(dd))
print(type({"p": 1} | OrderedDict(q=2)).__name__)
print(dict(Counter("aab") | Counter("abbb")), dict(Counter("aab") + Counter("b")))
class D(dict):
    pass
print(type(D(a=1) | {"b": 2}).__name__, type({"b": 2} | D(a=1)).__name__)
