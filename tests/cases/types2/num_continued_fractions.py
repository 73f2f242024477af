# Continued fractions of rationals and floats via as_integer_ratio; convergents of sqrt(2), pi, e.
import math
def cf(n, d, limit=30):
    out = []
    while d and len(out) < limit:
        q, r = divmod(n, d)
        out.append(q)
        n, d = d, r
    return out
def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    res = []
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        res.append((h1, k1))
    return res
print(cf(415, 93), cf(93, 415), cf(-7, 3), cf(10, 1))
for name, x in [("pi", math.pi), ("e", math.e), ("sqrt2", math.sqrt(2)), ("phi", (1 + 5 ** 0.5) / 2), ("0.1", 0.1)]:
    n, d = x.as_integer_ratio()
    terms = cf(n, d, 12)
    conv = convergents(terms)
    print(name, terms)
    for p, q in conv[:8]:
        print(f"   {p}/{q} = {p / q!r} err={abs(p / q - x):.3e}")
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (1e300).as_integer_ratio()[1], (5).as_integer_ratio())
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
def sqrt_cf(n):
    m, d, a0 = 0, 1, math.isqrt(n)
    a, terms = a0, [a0]
    if a0 * a0 == n:
        return terms
    while a != 2 * a0:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        terms.append(a)
    return terms
for n in [2, 3, 7, 13, 16, 61]:
    print(n, sqrt_cf(n))
