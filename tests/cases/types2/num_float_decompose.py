# Decomposing floats: frexp/ldexp, hex representation, mantissa bits, ulp spacing, subnormals.
import math
for x in [1.0, 0.1, -2.5, 1e-310, 5e-324, 1.7976931348623157e308, 2.0 ** -1022, 3.0, 0.0, 1 / 3]:
    m, e = math.frexp(x)
    n, d = x.as_integer_ratio()
    print(f"{x!r:>24} frexp=({m!r}, {e}) hex={x.hex():<24} ratio_bits=({n.bit_length()},{d.bit_length()}) ldexp_ok={math.ldexp(m, e) == x}")
print(math.ulp(0.0), math.ulp(1.0), math.ulp(1e16), math.ulp(2.0 ** 52), math.ulp(float("inf")), math.ulp(-1.0))
x = 1.0
steps = []
for _ in range(3):
    x = math.nextafter(x, 2)
    steps.append(x)
print(steps, [s.hex() for s in steps], math.nextafter(1.0, 0.0), math.nextafter(0.0, -1))
print(float.fromhex("0x1p-1074"), float.fromhex("-0x1.8p1"), float.fromhex("0x.8"), float.fromhex("1p4"), float.fromhex("0X1.FFFFFFFFFFFFFP+1023"))
for bad in ["0x1p10000", "0x", "1.5q"]:
    try:
        print(float.fromhex(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(2.0 ** 53 + 1 == 2.0 ** 53, 2.0 ** 53 + 2, 9007199254740993, float(9007199254740993), int(float(9007199254740993)))
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, 5e-324 * 0.5, 2.0 ** -1075, 2.0 ** -1074)
