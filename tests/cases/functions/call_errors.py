# TypeError messages for bad calls.
FIVE = 5
S = "s"
def f(a, b):
    return a + b
def g(a, *, k):
    return a
calls = [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2),
         lambda: g(1), lambda: g(1, 2), lambda: g(1, k=1, j=2), lambda: f(),
         lambda: (lambda: 0)(1), lambda: (lambda x: 0)(), lambda: FIVE(), lambda: S(1)]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except TypeError as e:
        print(i, type(e).__name__, e)
