# is_integer and as_integer_ratio over many values.
for v in [0.0, -0.0, 1.0, -1.5, 0.5, 0.1, 0.25, 1e300, 1e-300, 2.0**53, 2.0**53 + 2, 123.0,
          3.141592653589793, 5e-324, 1.7976931348623157e308, 1 / 3]:
    n, d = v.as_integer_ratio()
    print(repr(v), v.is_integer(), n if abs(n) < 10**30 else str(n)[:25] + "...", d if d < 10**30 else d.bit_length(), n / d == v)
for v in [float("inf"), float("-inf"), float("nan")]:
    print(v, v.is_integer())
print((0.1).as_integer_ratio()[1] == 2**55, (0.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print(float.is_integer(4.0), float.as_integer_ratio(2.5))
print((2.5).real, (2.5).imag, (2.5).conjugate(), type((2.5).imag).__name__)
print((1e20).is_integer(), (1e-20).is_integer(), (-7.0).is_integer())
try:
    print((1.5).numerator)
except AttributeError as e:
    print(type(e).__name__, e)
