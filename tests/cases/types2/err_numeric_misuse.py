# Error messages from numeric misuse: conversions, division, overflow, bad operands, caught and printed.
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.5 % 0, lambda: divmod(1, 0),
    lambda: 0 ** -1, lambda: 2 ** 10000 * 1.0, lambda: 10.0 ** 400, lambda: int("1.5"), lambda: int("ten"), lambda: int(""),
    lambda: int("12", 2), lambda: float("1,5"), lambda: float("0x10"), lambda: int(None), lambda: int([1]), lambda: float([]),
    lambda: complex("1+"), lambda: 1 + "1", lambda: "1" + 1, lambda: 1 < "1", lambda: -"x", lambda: ~1.5, lambda: 1.5 << 1,
    lambda: 1 << -1, lambda: 1 >> -1, lambda: 1 & 1.0, lambda: round(1.5, 1.5), lambda: int("9" * 5000), lambda: str(10 ** 5000),
    lambda: (2.0).hex(1), lambda: float.fromhex("xyz"), lambda: (1).to_bytes(-1, "big"), lambda: int(float("inf")),
    lambda: pow(10, -2, 10), lambda: math_sqrt(-1),
]
import math
math_sqrt = math.sqrt
for i, c in enumerate(cases):
    try:
        print(i, repr(c()))
    except Exception as e:
        print(i, type(e).__name__, e)
