# round() on floats with ndigits (banker's rounding and binary artefacts).
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.14159, 1))
print(round(1234.5678, -2), round(1234.5678, -1))
print(round(0.1 + 0.2, 10), round(2.5, 0), round(3.5, 0))
print(round(1e20, 2), round(1.23456789e-5, 8))
print(round(-0.4), round(-0.6), round(0.4999999))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
for n in range(6):
    print(n, round(2 / 3, n))
