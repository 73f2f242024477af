# Converting infinities and NaN to int, in every way.
import math
inf, nan = float("inf"), float("nan")
ops = [("int", int), ("round", round), ("floor", math.floor), ("ceil", math.ceil), ("trunc", math.trunc),
       ("as_integer_ratio", lambda x: x.as_integer_ratio())]
for name, fn in ops:
    for v in [inf, -inf, nan]:
        try:
            print(name, v, fn(v))
        except (OverflowError, ValueError) as e:
            print(name, v, type(e).__name__, e)
for s in ["1e5", "1.0", "inf", "nan", "-1e-3"]:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(int(float("1e5")), int(float("-1e-3")), round(1e300) == int(1e300))
try:
    print(math.factorial(2.5))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    print(math.factorial(-1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(divmod(inf, 1))
except Exception as e:
    print(type(e).__name__, e)
print(divmod(5.0, inf), divmod(-5.0, inf))
