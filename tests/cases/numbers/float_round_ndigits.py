# round(x, n) is correctly rounded from the exact binary value.
vals = [2.675, 2.665, 1.005, 0.125, 0.375, 0.045, 1.15, 2.5, 3.5, -2.5, -0.5, 0.5, 1.5, 0.285,
        1234.5678, -1234.5678, 0.1, 5.5e-8, 1e22 + 0.0, 123456789.125]
for v in vals:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, 5))
for v in [1234.5678, 15.0, 25.0, 35.0, 45.0, 150.0, 250.0, -250.0, 1e15 + 0.0, 0.5, 5.0, 5e10 + 5e9]:
    print(repr(v), round(v, -1), round(v, -2), round(v, -3), round(v, -10), round(v, -400))
print([round(i + 0.5) for i in range(-5, 6)])
print([round(i / 8, 2) for i in range(-8, 9)])
print(round(0.5, 400), round(1e-320, 320), round(1e-320, 330), round(1e308, -308))
for nd in (-306, -307, -308, -309):
    try:
        print(round(1.7976931348623157e308, nd))
    except OverflowError as e:
        print(nd, type(e).__name__, e)
print(round(1.7976931348623157e308, -300), round(-0.0, 2), round(-0.4), round(-0.04, 1), round(0.0, -3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(float("inf"), 2), round(float("-inf"), -2), round(float("nan"), 3))
print(round(1e300, 2), round(123.456, 10**20), round(123.456, -(10**20)), round(-123.456, -(10**20)))
print(round(2**60 + 0.0, -1), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
