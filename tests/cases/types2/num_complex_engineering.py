# Complex numbers in an AC circuit calculation and polynomial root finding.
import math
def impedance(R, L, C, f):
    w = 2 * math.pi * f
    return complex(R, w * L - 1 / (w * C))
for f in [50, 159.155, 1000]:
    Z = impedance(100, 0.1, 10e-6, f)
    mag = abs(Z)
    phase = math.degrees(math.atan2(Z.imag, Z.real))
    I = 230 / Z
    print(f"f={f:>8} Z={Z:.3f} |Z|={mag:.3f} phase={phase:+.2f} I={I:.4f} |I|={abs(I):.4f}")
def quad_roots(a, b, c):
    d = complex(b * b - 4 * a * c) ** 0.5
    return (-b + d) / (2 * a), (-b - d) / (2 * a)
for coeffs in [(1, -3, 2), (1, 0, 1), (1, 2, 5), (2, 0, -8)]:
    r1, r2 = quad_roots(*coeffs)
    print(coeffs, r1, r2, r1 + r2, r1 * r2)
z = 3 + 4j
print(z, abs(z), z.conjugate(), z.real, z.imag, z * z.conjugate(), z / 1j, z ** 2, 1j ** 2, (1 + 1j) ** 8)
print(complex("1+2j"), complex(" 3-4.5j "), complex("j"), complex(2), complex(1, -0.0), complex(0.0, 1) == 1j)
print(f"{z:+.2f}", f"{z:^20}", f"{z:e}", format(1 + 0j, ""), format(-1.5j, "g"), repr(complex(-0.0, -0.0)))
roots = [complex(math.cos(2 * math.pi * k / 6), math.sin(2 * math.pi * k / 6)) for k in range(6)]
print([f"{r.real:+.3f}{r.imag:+.3f}j" for r in roots])
print(abs(sum(roots)) < 1e-12, round(abs(math.prod(roots)), 12))
for bad in [lambda: complex("1+2"), lambda: 1j < 2j, lambda: (1 + 2j) // 2, lambda: 1 / 0j, lambda: int(1j), lambda: complex("1", 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
