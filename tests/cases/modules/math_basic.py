import math

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))

vals = [0.0, -0.0, 0.5, 1.0, 2.0, 3.7, -3.7, 10.0, 1e-300, 1e300, 123456.789, 7, -2, 10**20, True]
for f in ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
          "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
          "fabs", "degrees", "radians", "erf", "erfc", "cbrt", "isfinite", "isinf", "isnan"]:
    fn = getattr(math, f)
    out = []
    for v in vals:
        try:
            out.append(repr(fn(v)))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(f, " ".join(out))

specials = [math.inf, -math.inf, math.nan]
for f in ["sqrt", "exp", "log", "sin", "cos", "atan", "tanh", "asinh", "erf", "erfc", "cbrt", "expm1", "log1p", "fabs"]:
    out = []
    for v in specials:
        try:
            out.append(repr(getattr(math, f)(v)))
        except (ValueError, OverflowError, TypeError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(f, out)

for x in [0.1 * i for i in range(-30, 31)]:
    print(round(x, 1), math.sin(x), math.cos(x), math.tan(x), math.exp(x), math.atan(x), math.erf(x), math.erfc(x))

for t in ["math.sqrt(-1)", "math.exp(1000)", "math.exp(10**400)", "math.log(0)", "math.log(-1.5)",
          "math.sqrt('a')", "math.sqrt(1, 2)", "math.sqrt()", "math.sqrt(x=1)", "math.acosh(0.5)",
          "math.atanh(1)", "math.atanh(-1.0)", "math.cosh(1000)", "math.sinh(-1000)", "math.expm1(1000)",
          "math.exp2(2000)", "math.log2(0)", "math.log10(-1)", "math.log1p(-1)", "math.log1p(-2)",
          "math.tan(math.inf)", "math.sin(-math.inf)", "math.asin(2)", "math.acos(-1.5)", "math.fabs('a')",
          "math.isnan()", "math.degrees([])", "math.exp(-1000)", "math.sqrt(10**400)", "math.erf(None)"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)

# logs of ints of any size, and with bases
for n in [1, 2, 10, 1000, 2**53 + 1, 10**20, 10**308, 10**309, 10**400, 2**1024, 2**5000 + 1, 3**3000, 10**4000]:
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 10), math.log(n, 2), math.log(n, 7.5))
print(math.log(10**400) == 921.0340371976183)
print(math.log(8, 2), math.log(100, 10), math.log(2.5, 1.5), math.log(1, 10**400), math.log(10**400, 10**400))
for t in ["math.log(1, 1)", "math.log(2, 0)", "math.log(0, 2)", "math.log()", "math.log(1, 2, 3)",
          "math.log(-10**400)", "math.log(10**400, 0)", "math.log('1')", "math.log(False)", "math.log(True)",
          "math.log(math.inf)", "math.log(math.nan)", "math.log(-math.inf)", "math.log10(10**500)", "math.log2(2**2000)"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(t, "!!", type(e).__name__, e)

class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 9
class Bad:
    def __float__(self):
        return "x"
print(math.sqrt(F()), math.sqrt(I()), math.exp(F()), math.log(F()), math.log(I(), 3))
try:
    math.sqrt(Bad())
except TypeError as e:
    print(type(e).__name__, e)
