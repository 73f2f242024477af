# Keyword-only parameters after * and *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=0))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*args, sep="-", end="."):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep="+"), g(end="!"), g("x", end=""))
def h(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(h(1, c=3), h(1, 2, 3, 4, c=5, e=6), h(c=0, a=-1, z=9))
