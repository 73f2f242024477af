# Methods on float objects.
x = 2.5
print(x.is_integer(), x.as_integer_ratio(), x.real, x.imag, x.conjugate())
print((0.1).as_integer_ratio())
print((-0.75).as_integer_ratio(), (8.0).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x10"))
print((3.0).is_integer(), (1e300).is_integer(), (float("inf")).is_integer())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
