# pow() with 2 and 3 arguments, and round() with ndigits.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0.5), pow(0, 0), pow(-8, 1/3) != 0, pow(2.0, 3), pow(10, 20), pow(True, 5))
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(2, 100, 10**9 + 7), pow(38, -1, 97), pow(3, -2, 7), pow(0, 0, 1), pow(5, 0, 3), pow(base=2, exp=5, mod=7))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (0, -1), (0.0, -1), ("2", 2), (2, "2")]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(-1, 0.5), pow(-8, 2), 2 ** -2, (-2) ** 0.5)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(5), round(5.0), type(round(5.0)).__name__, type(round(5.0, 0)).__name__, round(5.0, 0), round(-0.4), round(-0.5), round(0.125, 2), round(0.375, 2))
print(round(10**20 + 0.0), round(123456789, -5), round(-15, -1), round(25, -1), round(True), round(1e300, 2), round(1.23456789e-5, 8))
for args in [(float("inf"),), (float("nan"),), ("1",), (1.5, 1.5), (1.5, "1"), (None,)]:
    try:
        print(round(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1), round(2.5, None), round(7, None))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
try:
    pow(2)
except TypeError as e:
    print(type(e).__name__, e)
