import math

print(math.fsum([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum(x / 7 for x in range(100)), math.fsum([-0.0, -0.0]))
print(math.fsum([1e308, 1e308, -1e308]) if False else 0, math.fsum([2.0**53, 1.0, 2.0**-60]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([1e16, 1.0, 1e-16]), math.fsum([0.3, 0.3, 0.3, -0.9]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1.0]), math.fsum([math.inf, math.nan]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.fsum([2.0**-1074, 2.0**-1074, 1.0, -1.0]))
seq = []
x = 0.123456789
for i in range(2000):
    x = (x * 3.9 * (1 - x))
    seq.append(x * (10.0 ** ((i % 41) - 20)) * (-1) ** i)
print(math.fsum(seq), sum(seq))
print(math.fsum([1.0, 2.0**-53, 2.0**-106]), math.fsum([1.0, -2.0**-54, -2.0**-107]), math.fsum([1.0, 2.0**-53]), math.fsum([1.0, 2.0**-53, 2.0**-200]))
for t in ["math.fsum(1)", "math.fsum(['a'])", "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])",
          "math.fsum()", "math.fsum([10**400])"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)

gvals = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.2, 5.0, 5.5, 6.0, 7.3, 10.0, 10.5, 20.0, 23.0, 24.0, 30.5, 50.0, 100.5,
         139.9, 140.0, 140.5, 171.5, 171.62, 0.001, 1e-10, 1e-25, -0.5, -1.5, -2.5, -0.001, -7.25, -100.5, -150.3,
         -170.5, -180.25, -199.9, -200.5, -1e-25, 1e-300, 7, True]
for v in gvals:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, out)
for i in range(1, 60):
    v = i * 0.37 - 11.0
    try:
        g = repr(math.gamma(v))
    except (ValueError, OverflowError) as e:
        g = type(e).__name__
    try:
        lg = repr(math.lgamma(v))
    except (ValueError, OverflowError) as e:
        lg = type(e).__name__
    print(round(v, 2), g, lg)
for t in ["math.gamma(0)", "math.gamma(-0.0)", "math.gamma(-1)", "math.gamma(200)", "math.gamma(1e-320)", "math.gamma(-math.inf)",
          "math.gamma(math.inf)", "math.gamma(math.nan)", "math.lgamma(0)", "math.lgamma(-2)", "math.lgamma(1e308)",
          "math.lgamma(-math.inf)", "math.lgamma(math.inf)", "math.lgamma(math.nan)", "math.gamma('a')", "math.lgamma(2)",
          "math.lgamma(1)", "math.gamma(171.7)", "math.gamma(-1e300)", "math.lgamma(-1e300)", "math.lgamma(1e-320)"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)
