# Calling with keyword arguments in any order; parameter names as strings.
def rect(width, height, *, unit="cm"):
    return f"{width}x{height}{unit}"
print(rect(2, 3), rect(height=3, width=2), rect(2, height=3, unit="m"))
params = {"width": 5, "height": 6}
print(rect(**params), rect(**params, unit="in"))
def all_kinds(pos, /, normal, *, kw):
    return pos, normal, kw
print(all_kinds(1, 2, kw=3), all_kinds(1, normal=2, kw=3))
for bad in [lambda: all_kinds(pos=1, normal=2, kw=3), lambda: all_kinds(1, 2, 3), lambda: rect(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(rect.__code__.co_varnames[:3])
