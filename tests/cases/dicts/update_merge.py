# update, | and |= operators.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(c, a, b)
print(b | a)
a |= {"w": 0}
print(a)
a.update(b)
print(a)
a.update([("p", 1), ("q", 2)])
a.update(r=5, x=-1)
print(a)
a.update({})
print(a)
d = {**b, "extra": True, **{"z": "overridden"}}
print(d)
try:
    a.update([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
