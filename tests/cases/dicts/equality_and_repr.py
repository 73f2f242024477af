# Equality ignores order; repr shows insertion order.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a, b, list(a) == list(b))
print({1: "a"} == {1.0: "a"}, {} == {}, {"a": 1} != {"a": 1.0}, {"a": [1]} == {"a": [1]})
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
d = {"q'": 'say "hi"', 1: None, (2, 3): [4.5], "n": {"in": {}}}
print(d)
print(repr(d) == str(d))
s = {}
s["self"] = s
print(s)
