# Root finding: bisection, Newton, integer nth roots of big ints, convergence reporting.
import math
def bisect_root(f, lo, hi, tol=1e-12):
    flo = f(lo)
    it = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        fm = f(mid)
        if (fm < 0) == (flo < 0):
            lo, flo = mid, fm
        else:
            hi = mid
        it += 1
    return (lo + hi) / 2, it
def newton(f, df, x, tol=1e-15, maxit=50):
    for i in range(maxit):
        step = f(x) / df(x)
        x -= step
        if abs(step) < tol * max(1, abs(x)):
            return x, i + 1
    raise RuntimeError(f"no convergence from x={x}")
r, n = bisect_root(lambda x: x * x - 2, 0, 2)
print(f"{r:.12f}", n, abs(r - math.sqrt(2)) < 1e-11)
r, n = newton(lambda x: x ** 3 - 2 * x - 5, lambda x: 3 * x * x - 2, 2.0)
print(repr(r), n)
r, n = newton(math.cos, lambda x: -math.sin(x), 1.0)
print(repr(r), n, r * 2 == math.pi)
try:
    newton(lambda x: x * x + 1, lambda x: 2 * x, 0.5)
except (RuntimeError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
def iroot(n, k):
    if n < 0:
        raise ValueError("negative")
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y
for n, k in [(10 ** 40, 2), (2 ** 300, 3), (10 ** 50 + 12345, 5), (27, 3), (26, 3), (1, 7), (0, 2), (3 ** 200, 100)]:
    r = iroot(n, k)
    print(k, r, r ** k <= n < (r + 1) ** k)
print(math.isqrt(10 ** 40) == iroot(10 ** 40, 2), math.isqrt(2 ** 127 - 1), (2 ** 127 - 1) ** 0.5)
