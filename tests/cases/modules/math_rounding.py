import math

for v in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e15 + 0.5, 1e16, -1e16, 1.7976931348623157e308, -1e300, 4.9e-324, 7, -7, True, False, 10**30, -(10**30)]:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.floor(1e300) == 10**300 or math.floor(1e300))
print(math.floor(1e300))

class Fl:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
class OnlyFloat:
    def __float__(self):
        return -2.5
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()))
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
for t in ["math.floor('a')", "math.ceil([])", "math.trunc('a')", "math.floor(math.inf)", "math.ceil(math.nan)",
          "math.trunc(math.inf)", "math.trunc(-math.inf)", "math.floor(-math.inf)", "math.trunc(OnlyFloat())",
          "math.floor()", "math.floor(1, 2)", "math.trunc()", "math.ceil(x=1)"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)

for v in [0.0, -0.0, 1.0, -1.0, 0.1, 3.5, -3.5, 1e300, 5e-324, 2.2250738585072014e-308, 1e-310, math.inf, -math.inf, math.nan, 12, -2**60]:
    print(repr(v), math.frexp(v), math.modf(v), math.ulp(v))
for m, e in [(0.5, 3), (1.0, 1023), (1.0, 1024), (0.75, -1074), (0.5, -1074), (0.5, -1075), (0.75, -1075), (1.5, -1074),
             (1.0, -1080), (-3.0, 5), (0.0, 10**30), (1.0, -10**30), (-1.0, -10**30), (math.inf, -5), (math.nan, 5),
             (1.0, True), (123.456, -1030), (1e-300, 2000), (1e300, -2000)]:
    try:
        print(m, e, repr(math.ldexp(m, e)))
    except (ValueError, OverflowError, TypeError) as e2:
        print(m, e, type(e2).__name__, e2)
for t in ["math.ldexp(1.0, 1.5)", "math.ldexp(1.0, 10**30)", "math.ldexp(1e308, 10)", "math.ldexp('a', 1)", "math.ldexp(1.0)",
          "math.frexp('a')", "math.modf('a')", "math.ulp('a')", "math.ldexp(-1.0, 10**30)"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)

for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (5e-324, 0.0), (-5e-324, 1.0),
             (1.7976931348623157e308, math.inf), (math.inf, 0.0), (1.0, math.nan), (math.nan, 1.0), (2.0, 2.0), (-1.0, -2.0)]:
    print(x, y, repr(math.nextafter(x, y)))
for x, y, s in [(1.0, 2.0, 0), (1.0, 2.0, 1), (1.0, 2.0, 10), (0.0, 1.0, 5), (1e-320, -1e-320, 3000), (1e-320, -1e-320, 10**30),
                (-1.0, 1.0, 2**62), (1.0, 1.0 + 2**-50, 100), (3.0, -3.0, 7), (2.0, 1.0, 2**52), (math.nan, 1.0, 3), (1.0, math.nan, 3)]:
    print(x, y, s, repr(math.nextafter(x, y, steps=s)))
for t in ["math.nextafter(1, 2, steps=-1)", "math.nextafter(1, 2, steps=1.5)", "math.nextafter(1)", "math.nextafter(1, 2, 3)",
          "math.nextafter(1, 2, steps=None)", "math.nextafter(x=1, y=2)"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)

for x, y in [(5.5, 2.0), (-5.5, 2.0), (5.5, -2.0), (1.0, 0.1), (1e300, 3.3), (7, 3), (-7, 3), (0.0, 1.0), (-0.0, 1.0),
             (3.0, math.inf), (-3.0, -math.inf), (math.nan, 1.0), (1.0, math.nan), (2.5, 1.0), (3.5, 1.0), (-2.5, 1.0),
             (6.0, 4.0), (10.0, 4.0), (1e-310, 3e-311)]:
    r = []
    for f in (math.fmod, math.remainder, math.copysign, math.atan2):
        try:
            r.append(repr(f(x, y)))
        except (ValueError, OverflowError, TypeError) as e:
            r.append(type(e).__name__ + ":" + str(e))
    print(x, y, r)
for t in ["math.fmod(1, 0)", "math.fmod(math.inf, 1)", "math.remainder(1, 0)", "math.remainder(math.inf, 1)",
          "math.remainder(math.nan, 0)", "math.atan2(1)", "math.atan2(1, 2, 3)", "math.atan2(1, x=2)", "math.copysign(1)",
          "math.atan2(math.inf, -math.inf)", "math.atan2(-0.0, -0.0)", "math.copysign(2, -0.0)", "math.copysign(-2, math.nan)"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)
for t in ["math.nextafter(1, y=2)", "math.nextafter(1, foo=2)", "math.nextafter(1, 2, foo=3)", "math.nextafter(x=1, y=2, steps=3, foo=4)",
          "math.prod(iterable=[1])", "math.prod(start=3)", "math.prod([2], start=3)"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)
for v in [2.0, 3.0, -27.0, 10.0, 0.001, 1e-310, 123456789.0, 5.5, math.inf, -math.inf, math.nan, -0.0]:
    print(repr(v), repr(math.cbrt(v)))
