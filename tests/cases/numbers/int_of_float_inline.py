# int(x) of floats on both sides of the inline int range, with the values that must raise.
vals = [0.0, -0.0, 0.5, -0.5, 0.999, -0.999, 1.5, -1.5, 3.7, -3.7, 1e15, -1e15,
        2.0**47 - 1, 2.0**47, -(2.0**47), -(2.0**47) - 2, 2.0**53 + 2, 1e300, -1e300,
        140737488355327.5, -140737488355328.5]
for v in vals:
    r = int(v)
    print(repr(v), r, type(r).__name__, r == int(str(r)))
for bad in (float("nan"), float("inf"), float("-inf")):
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class F(float):
    def __int__(self):
        return 42

    def __trunc__(self):
        return 43


print(int(F(2.5)), int(True), int(False))
