# Float powers: special cases from C99 Annex F and negative bases.
vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, float("inf"), float("-inf"), float("nan")]
exps = [0.0, -0.0, 1.0, 2.0, 3.0, 0.5, -1.0, -2.0, float("inf"), float("-inf"), float("nan")]
for b in vals:
    row = []
    for e in exps:
        try:
            row.append(repr(b ** e))
        except ZeroDivisionError:
            row.append("ZDE")
    print(repr(b), " ".join(row))
print((-8.0) ** 2, (-8.0) ** 3, (-8) ** 2.0, repr((-8.0) ** 0.5), repr((-1) ** 0.5), repr((-2.0) ** 1.5))
print(repr((-0.0) ** 3), repr((-0.0) ** 2), repr((-0.0) ** 0.5), repr(0.0 ** 0.5))
print(repr(2 ** 0.5), repr(10 ** -1), repr(10 ** -2.0), repr(1.1 ** 100), repr(0.9 ** 1000))
print(repr(pow(2, 0.5)), repr(pow(-27, 1 / 3)), repr(pow(9, 0.5)), repr(4 ** 0.5 ** 2))
print(repr(3.0 ** 40), repr(3 ** 40.0), 3 ** 40, repr(float(3 ** 40)))
import math
print(math.pow(2, 3), math.pow(-2, 3), repr(math.pow(0.0, 0)), math.pow(1, float("nan")), math.pow(float("nan"), 0))
for args in [(-2.0, 0.5), (0.0, -1.0)]:
    try:
        print(math.pow(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
print(math.sqrt(2), math.sqrt(0.0), repr(math.sqrt(-0.0)), math.cbrt(-27.0), math.exp2(10), math.exp(1))
x = 2.0
x **= 0.5
print(repr(x), repr(x * x))
