# A small discrete Fourier transform with complex arithmetic (cis via math), rounding output for stability.
import math
def cis(a):
    return complex(math.cos(a), math.sin(a))
def dft(xs):
    n = len(xs)
    return [sum(x * cis(-2 * math.pi * k * t / n) for t, x in enumerate(xs)) for k in range(n)]
def idft(Xs):
    n = len(Xs)
    return [sum(X * cis(2 * math.pi * k * t / n) for k, X in enumerate(Xs)) / n for t in range(n)]
def clean(z, nd=6):
    r, i = round(z.real, nd) + 0.0, round(z.imag, nd) + 0.0
    return complex(r, i)
signal = [1, 2, 3, 4, 0, 0, 0, 0]
X = dft(signal)
print([clean(v) for v in X])
print([clean(v) for v in idft(X)])
print([round(abs(v), 4) for v in X], [round(math.degrees(math.atan2(v.imag, v.real)), 2) for v in X])
tone = [math.sin(2 * math.pi * 2 * t / 16) for t in range(16)]
mags = [round(abs(v), 6) for v in dft(tone)]
print(mags, mags.index(max(mags)))
z = 2 * cis(math.pi / 3)
print(clean(z), round(abs(z), 6), round(math.atan2(z.imag, z.real), 6), clean((-4 + 0j) ** 0.5), clean(cis(math.pi)), clean(z ** 3))
print(math.atan2(0.0, -1), math.atan2(-0.0, -1), abs((2j) ** 0.5 ** 2), clean((1 + 1j) ** 0.5), clean(1 / (1 + 1j)))
