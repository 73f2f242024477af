# Unit conversion tables formatted with widths/precision; reverse conversions checked with isclose.
import math
def c2f(c):
    return c * 9 / 5 + 32
def f2c(f):
    return (f - 32) * 5 / 9
print(f"{'C':>7} {'F':>8} {'K':>8}")
for c in range(-40, 121, 20):
    print(f"{c:>7d} {c2f(c):>8.1f} {c + 273.15:>8.2f}")
for f in [-40, 0, 32, 98.6, 212, 451]:
    c = f2c(f)
    print(f"{f:>6}F = {c:>8.3f}C  roundtrip={math.isclose(c2f(c), f)} {c2f(c)!r}")
units = {"mm": 0.001, "cm": 0.01, "m": 1, "km": 1000, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}
def convert(v, a, b):
    return v * units[a] / units[b]
for v, a, b in [(1, "mi", "km"), (100, "ft", "m"), (5, "km", "mi"), (12, "in", "cm"), (1, "m", "in"), (0.5, "mm", "in")]:
    r = convert(v, a, b)
    print(f"{v:g} {a} = {r:.6g} {b} ({r:.3e}) back={convert(r, b, a):.12g}")
print(f"{1 / 3:.0%}", f"{1 / 3:.5%}", f"{2 / 3:5.1%}|", f"{-0.005:.2%}", f"{1:%}", f"{0.0001:.1%}")
print(f"{1234.5:10.3e}|{1234.5:<10.2g}|{0.00001234:.2g}|{1234.5:g}|{12345678:g}|{0.1:g}")
