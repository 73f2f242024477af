# int methods and attributes.
n = 1234
print(n.bit_length(), n.real, n.imag, n.numerator, n.denominator)
print((-37).bit_length(), (0).bit_length())
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True))
print((10).bit_count(), (255).bit_count(), (-7).bit_count())
print((7).as_integer_ratio(), (-3).conjugate())
print((2 ** 100).bit_length(), (2 ** 100 - 1).bit_count())
print(int.__name__, (5).__class__.__name__)
