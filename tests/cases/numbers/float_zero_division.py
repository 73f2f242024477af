# Every way of dividing a float by zero.
cases = [("1.0 / 0", lambda: 1.0 / 0), ("1 / 0.0", lambda: 1 / 0.0), ("0.0 / 0.0", lambda: 0.0 / 0.0),
         ("1.0 // 0", lambda: 1.0 // 0), ("1 // 0.0", lambda: 1 // 0.0), ("1.0 % 0", lambda: 1.0 % 0),
         ("1 % -0.0", lambda: 1 % -0.0), ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
         ("divmod(0, 0.0)", lambda: divmod(0, 0.0)), ("inf / 0", lambda: float("inf") / 0),
         ("nan / 0", lambda: float("nan") / 0), ("nan // 0.0", lambda: float("nan") // 0.0),
         ("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0),
         ("0.0 ** -1", lambda: 0.0 ** -1), ("0 ** -1.0", lambda: 0 ** -1.0), ("(-0.0) ** -3", lambda: (-0.0) ** -3),
         ("pow(0.0, -0.5)", lambda: pow(0.0, -0.5)), ("1e300 / 1e-300", lambda: 1e300 / 1e-300),
         ("x /= 0", None)]
for name, fn in cases:
    if fn is None:
        x = 5.0
        try:
            x /= 0
        except ZeroDivisionError as e:
            print(name, type(e).__name__, e)
        continue
    try:
        print(name, repr(fn()))
    except ZeroDivisionError as e:
        print(name, type(e).__name__, e)
import math
for fn, arg in [(math.log, 0.0), (math.sqrt, -1.0), (math.fmod, None), (math.log, -1)]:
    try:
        print(fn(arg) if arg is not None else fn(1.0, 0.0))
    except ValueError as e:
        print(fn.__name__, type(e).__name__, e)
