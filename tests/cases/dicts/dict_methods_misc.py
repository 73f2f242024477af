# clear, copy, len, in, and method errors.
d = {i: str(i) for i in range(5)}
c = d.copy()
d.clear()
print(d, c, len(c))
print(3 in c, "3" in c, c.get(3), list(c.keys())[-1])
tests = [lambda: {}.pop("x"), lambda: {}.popitem(), lambda: {}["k"], lambda: {[]: 1},
         lambda: {}.get(), lambda: dict(1), lambda: {"a": 1}.keys()[0], lambda: {1: 2} + {3: 4}]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
