# When repr switches to exponent notation.
for e in range(10, 20):
    print(e, 10.0 ** e)
for e in range(1, 8):
    print(-e, 10.0 ** -e)
print(1e16, 1e15, 9999999999999998.0, 1.5e16, 12345678901234567.0)
print(1e-4, 1e-5, 0.00001, 0.0001, 1.5e-5, 0.000123)
print(1e22, 1e23, 1e100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308)
print(-1e16, -1e-5, 1e+3, 1E3, 2.5e0)
print(float(10 ** 16), float(10 ** 15), float(2 ** 63))
