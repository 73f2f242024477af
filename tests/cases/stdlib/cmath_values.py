# cmath functions on a grid of values: signed zeros, branch cuts, tiny/huge, inf, nan.
import cmath

INF = float('inf')
NAN = float('nan')
parts = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-300, -1e-300, 5e-324, 1e300,
         -1e300, 1.7e308, 1e-8, 0.9999999999, 1.0000000001, 3.5, -710.0, 710.0, INF, -INF,
         NAN]
funcs = ['exp', 'log', 'log10', 'sqrt', 'acos', 'asin', 'atan', 'cos', 'sin', 'tan',
         'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh', 'phase', 'polar']


def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return '%s(%s)' % (type(e).__name__, e)


for name in funcs:
    f = getattr(cmath, name)
    print('==', name)
    for x in parts:
        print(' '.join(show(f, complex(x, y)) for y in parts))

print('== rect')
for r in parts:
    print(' '.join(show(cmath.rect, r, phi) for phi in parts))

print('== log with base')
bases = [2, 10, 0.5, -1, 1j, complex(0.0, -1.0), 1e-300, INF, complex(1, 1), 0, 1, NAN]
for x in [1, 8, 0.5, -4, 1j, complex(3, -4), 1e300, 0, INF, NAN]:
    print(' '.join(show(cmath.log, x, b) for b in bases))

# a deterministic spread of ordinary values (a linear congruential generator)
state = 12345


def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state


def value():
    k = nxt() % 100
    mant = (nxt() >> 11) / 2.0 ** 53
    sign = -1.0 if nxt() & 1 else 1.0
    if k < 40:
        return sign * mant * 4
    if k < 50:
        return sign * (1.0 + (mant - 0.5) * 1e-6)
    if k < 60:
        return sign * mant * 1000
    exp = int(nxt() % 2000) - 1000
    return sign * (0.5 + mant / 2) * 2.0 ** exp


print('== spread')
for i in range(400):
    z = complex(value(), value())
    print(repr(z), ' '.join(show(getattr(cmath, name), z) for name in funcs))
