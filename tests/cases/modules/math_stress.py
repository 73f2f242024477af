import math

state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state / 2**64

def fmt(f, *a):
    try:
        return repr(f(*a))
    except (ValueError, OverflowError) as e:
        return type(e).__name__[0]

one = [math.sqrt, math.exp, math.expm1, math.log, math.log2, math.log10, math.log1p, math.sin, math.cos, math.tan,
       math.asin, math.acos, math.atan, math.sinh, math.cosh, math.tanh, math.asinh, math.acosh, math.atanh,
       math.erf, math.erfc, math.gamma, math.lgamma, math.cbrt, math.exp2, math.ulp]
for i in range(150):
    scale = 10.0 ** int(rnd() * 12 - 6)
    x = (rnd() * 2 - 1) * scale
    print(repr(x), " ".join(fmt(f, x) for f in one))
two = [math.pow, math.atan2, math.fmod, math.remainder, math.hypot, math.copysign, math.log, math.nextafter]
for i in range(150):
    x = (rnd() * 2 - 1) * 10.0 ** int(rnd() * 8 - 4)
    y = (rnd() * 2 - 1) * 10.0 ** int(rnd() * 8 - 4)
    print(repr(x), repr(y), " ".join(fmt(f, x, y) for f in two), fmt(math.dist, (x, y, 1.0), (y, x, -1.0)))
for i in range(40):
    n = 1 + int(rnd() * 200)
    data = [(rnd() - 0.5) * 10.0 ** int(rnd() * 30 - 15) for _ in range(n)]
    print(n, repr(math.fsum(data)), repr(math.hypot(*data)), repr(math.prod(data[:8])))
for i in range(40):
    a = int(rnd() * 2**80)
    b = int(rnd() * 2**40) + 1
    k = int(rnd() * 30)
    print(math.gcd(a, b), math.lcm(a, b), math.isqrt(a), math.comb(b % 1000, k), math.perm(b % 100, k % 10), math.log(a + 1))
