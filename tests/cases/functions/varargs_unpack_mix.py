# Mixing positional, starred and keyword arguments in calls.
def f(a, b, c=0, *rest, d=1, **kw):
    return {"a": a, "b": b, "c": c, "rest": rest, "d": d, "kw": kw}
print(f(1, 2))
print(f(1, 2, 3, 4, 5))
print(f(*[1, 2], *[3, 4], d=9, e=10))
print(f(1, *(), b=2))
print(f(*range(6), **{"d": 0, "z": None}))
args = (10, 20)
kwargs = {"c": 30, "x": 40}
print(f(*args, **kwargs))
try:
    f(*args, a=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, **{"b": 2}, **{"b": 3})
except TypeError as e:
    print(type(e).__name__, e)
