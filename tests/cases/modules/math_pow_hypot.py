import math

xs = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 10.0, math.inf, -math.inf, math.nan, 3, 1e-200]
ys = [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, -0.5, 1.5, 400.0, -400.0, math.inf, -math.inf, math.nan, 2]
for x in xs:
    out = []
    for y in ys:
        try:
            out.append(repr(math.pow(x, y)))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__[0])
    print(repr(x), " ".join(out))
for t in ["math.pow(0, -1)", "math.pow(-1, 0.5)", "math.pow(10, 400)", "math.pow(-0.0, -3)", "math.pow(1, 'a')",
          "math.pow(2)", "math.pow(2, y=1)", "math.pow(10**400, 1)", "math.pow(1.0000001, 1e10)", "math.pow(2, -1074)",
          "math.pow(2, -1080)"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 3))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310, 2e-311))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 1), math.hypot(0, 0, 0))
print(math.hypot(*[0.1 * i for i in range(50)]))
print(math.hypot(True, 2, 3.5), math.hypot(10**20, 10**20))
for i in range(1, 40):
    a = i * 0.7311
    b = i * 1.313 + 0.1
    c = 1.0 / i
    print(i, math.hypot(a, b), math.hypot(a, b, c), math.hypot(c, c), math.dist((a, b), (c, -c)), math.dist([a, b, c], [c, b, a]))
print(math.dist((1, 2), (4, 6)), math.dist([], []), math.dist((1,), (5,)), math.dist(iter([1, 2]), (0, 0)) if False else 0)
for t in ["math.hypot('a')", "math.hypot(x=1)", "math.hypot(1, x=2)", "math.dist([1], [1, 2])", "math.dist(1, 2)",
          "math.dist([1], [2], [3])", "math.dist([1, 'a'], [1, 2])", "math.hypot(1e308, 1e308, 1e308, 1e308)",
          "math.dist((math.inf, 0), (0, math.nan))", "math.hypot(10**400)"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)

# isclose
pairs = [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-10), (math.inf, math.inf), (math.inf, -math.inf),
         (math.nan, math.nan), (1e308, math.inf), (-1.0, -1.0000000001), (0, 0.0)]
for a, b in pairs:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=1e-12), math.isclose(a, b, abs_tol=1e-9), math.isclose(b, a, rel_tol=0.5))
print(math.isclose(a=1, b=1.0), math.isclose(1, 2, rel_tol=1), math.isclose(1, 2, abs_tol=1))
for t in ["math.isclose(1, 2, rel_tol=-1)", "math.isclose(1, 2, abs_tol=-0.1)", "math.isclose(1)", "math.isclose(1, 2, 3)",
          "math.isclose(1, 2, foo=3)", "math.isclose('a', 1)", "math.isclose(1, 2, rel_tol='x')"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)
