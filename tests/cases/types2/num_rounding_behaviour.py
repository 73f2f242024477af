# round() for ints, floats, ties-to-even, negative ndigits, and formatting vs round.
vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e16 + 1, 123.456, -123.456]
for v in vals:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, -1), round(v, -2), f"{v:.2f}")
for n in [5, 15, 25, 35, 150, 250, -25, -150, 1234567, 10 ** 20 + 5 * 10 ** 18]:
    print(n, round(n, -1), round(n, -2), round(n, -19), round(n, 3), type(round(n, -1)).__name__)
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1e300, -300), round(1e-300, 300), round(0.1, 400), round(123.4, -400), round(-0.4), round(-0.0, 1))
for bad in [(float("inf"),), (float("nan"),), (1.5, 1.5), ("1",), (1.5, "x")]:
    try:
        print(round(*bad))
    except Exception as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2), round(True), round(False, 3))
import math
for v in [2.5, -2.5, 2.4999, -0.1]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v), v // 1, -(-v // 1))
def round_half_up(x, nd=0):
    m = 10 ** nd
    return math.floor(x * m + 0.5) / m
print([round_half_up(x) for x in (0.5, 1.5, 2.5, -0.5)], round_half_up(2.675, 2))
class R:
    def __round__(self, n=None):
        return ("custom", n)
print(round(R()), round(R(), 3), round(R(), None))
