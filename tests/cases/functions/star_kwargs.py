# **kwargs collection and splatting.
def show(**kw):
    return sorted(kw.items())
print(show(), show(a=1), show(b=2, a=1), show(**{"x": 1}, y=2))
def describe(name, **info):
    parts = [f"{k}={v}" for k, v in info.items()]
    return name + "(" + ", ".join(parts) + ")"
print(describe("pt", x=1, y=2), describe("empty"), describe(**{"name": "n", "v": 0}))
def both(*a, **k):
    return a, k
print(both(), both(1, 2, x=3), both(*[1], **{"k": 2}))
try:
    describe("a", name="b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(1)
except TypeError as e:
    print(type(e).__name__, e)
def pass_through(*a, **k):
    return both(*a, **k)
print(pass_through(9, z=8))
