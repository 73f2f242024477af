# ** unpacking into calls and literals.
def f(a, b=2, **rest):
    return a, b, rest
opts = {"a": 1, "c": 3}
print(f(**opts), f(**{"a": 0, "b": 0}), f(5, **{"z": 9}))
try:
    f(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
base = {"x": 1}
print({**base}, {**base, "x": 2}, {"x": 0, **base}, {**{}, **{}})
def g(**kw):
    kw["added"] = True
    return kw
src = {"k": 1}
print(g(**src), src)
