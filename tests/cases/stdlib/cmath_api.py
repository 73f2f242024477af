# cmath: constants, predicates, isclose, polar/rect round trips, argument conversion, errors.
import cmath
import math


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.real)
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == math.tau)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))

INF = float('inf')
NAN = float('nan')
for z in [0, 1j, complex(INF, 0), complex(0, -INF), complex(NAN, 1), complex(1, NAN),
          complex(INF, NAN), 1e308, -0.0]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

# isclose
print(cmath.isclose(1, 1), cmath.isclose(1 + 1j, 1 + 1j + 1e-10),
      cmath.isclose(1 + 1j, 1 + 1j + 1e-8), cmath.isclose(1 + 1j, 1.01 + 1j, rel_tol=0.1),
      cmath.isclose(0, 1e-10), cmath.isclose(0, 1e-10, abs_tol=1e-9),
      cmath.isclose(complex(INF, 0), complex(INF, 0)), cmath.isclose(complex(INF, 0), 1e308),
      cmath.isclose(complex(NAN, 0), complex(NAN, 0)), cmath.isclose(a=1, b=1.0),
      cmath.isclose(1e308 + 1e308j, -1e308 - 1e308j), cmath.isclose(1, 2, rel_tol=True))
attempt('negative rel_tol', cmath.isclose, 1, 1, rel_tol=-1)
attempt('negative abs_tol', cmath.isclose, 1, 1, abs_tol=-0.5)
attempt('str rel_tol', cmath.isclose, 1, 1, rel_tol='x')
attempt('three positional', cmath.isclose, 1, 2, 3)
attempt('missing b', cmath.isclose, 1)
attempt('missing a', cmath.isclose)
attempt('bad keyword', cmath.isclose, 1, 2, tol=3)
attempt('a twice', cmath.isclose, 1, 2, a=3)
attempt('b str', cmath.isclose, 1, 'x')

# polar / rect / phase
for z in [1, -1, 1j, -1j, complex(3, 4), complex(-3, -4), complex(-1, 0.0), complex(-1, -0.0),
          complex(0.0, 0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), complex(1e300, 1e300),
          complex(INF, 1), complex(NAN, 1), complex(1e308, 1e-308)]:
    print(repr(z), cmath.polar(z), repr(cmath.phase(z)) if z != complex(1e308, 1e-308) else '')
attempt('polar overflow', cmath.polar, complex(1.7e308, 1.7e308))
attempt('phase underflow', cmath.phase, complex(1e300, 1e-300))
attempt('phase subnormal', cmath.phase, complex(1e10, 1e-310))
for r, phi in [(1, 0), (2, math.pi / 2), (1, math.pi), (3, -0.0), (-2, 0.0), (0, 1),
               (1e300, 2.5), (5, 1e300)]:
    print(r, phi, cmath.rect(r, phi))
for z in [complex(3, 4), complex(-2.5, 0.1), complex(1e-5, -7)]:
    r, phi = cmath.polar(z)
    back = cmath.rect(r, phi)
    print(repr(back), cmath.isclose(back, z))

# identities (printed rounded)
for z in [complex(0.3, 0.4), complex(-1.5, 2), complex(2, -0.25)]:
    print(round(abs(cmath.exp(cmath.log(z)) - z), 12), round(abs(cmath.sin(cmath.asin(z)) - z), 12),
          round(abs(cmath.tanh(cmath.atanh(z)) - z), 12), round(abs(cmath.sqrt(z) ** 2 - z), 12))

# argument conversion
class C:
    def __complex__(self):
        return 2 + 3j

class F:
    def __float__(self):
        return 4.0

class I:
    def __index__(self):
        return 9

class Both:
    def __complex__(self):
        return 4j
    def __float__(self):
        return 2.0

class BadC:
    def __complex__(self):
        return 5

class BadF:
    def __float__(self):
        return 5

class SubC(complex):
    def __complex__(self):
        return 4j

class SubF(float):
    def __float__(self):
        return 100.0

for arg in [4, True, 4.0, -4, 2 ** 60, C(), F(), I(), Both(), SubC(9), SubF(9), 1 + 0j]:
    print(type(arg).__name__, cmath.sqrt(arg), cmath.exp(arg) if type(arg) is not int else '')
for arg in ['x', None, [1], b'1', BadC(), BadF(), 10 ** 400]:
    attempt('sqrt(%s)' % type(arg).__name__, cmath.sqrt, arg)
attempt('rect complex', cmath.rect, 1j, 1)
attempt('rect str', cmath.rect, 1, 'x')
attempt('rect F', cmath.rect, F(), I())
attempt('isnan str', cmath.isnan, 'x')
attempt('isinf big', cmath.isinf, 10 ** 400)
attempt('log base str', cmath.log, 1, 'x')

# argument counts
for name in ['sqrt', 'exp', 'phase', 'polar', 'isnan', 'atanh']:
    f = getattr(cmath, name)
    attempt(name + '()', f)
    attempt(name + '(1, 2)', f, 1, 2)
    attempt(name + '(z=1)', f, z=1)
attempt('log()', cmath.log)
attempt('log(1, 2, 3)', cmath.log, 1, 2, 3)
attempt('log(1, base=2)', cmath.log, 1, base=2)
attempt('rect(1)', cmath.rect, 1)
attempt('rect(r=1, phi=2)', cmath.rect, r=1, phi=2)

# domain and range errors
for label, f, args in [('log 0', cmath.log, (0,)), ('log10 0', cmath.log10, (0j,)),
                       ('log 2 base 1', cmath.log, (2, 1)), ('log 2 base 0', cmath.log, (2, 0)),
                       ('log 0 base 2', cmath.log, (0, 2)), ('atanh 1', cmath.atanh, (1,)),
                       ('atanh -1', cmath.atanh, (-1,)), ('atan 1j', cmath.atan, (1j,)),
                       ('atan -1j', cmath.atan, (-1j,)), ('exp 710', cmath.exp, (710,)),
                       ('exp 709', cmath.exp, (709.7,)), ('exp inf*j', cmath.exp, (complex(0, INF),)),
                       ('cosh 711', cmath.cosh, (711,)), ('sinh -711+1j', cmath.sinh, (complex(-711, 1),)),
                       ('cos 1000j', cmath.cos, (1000j,)), ('sin inf', cmath.sin, (INF,)),
                       ('tan inf', cmath.tan, (INF,)), ('tanh inf*j', cmath.tanh, (complex(0, INF),)),
                       ('rect 1 inf', cmath.rect, (1, INF)), ('rect inf inf', cmath.rect, (INF, INF)),
                       ('rect 0 inf', cmath.rect, (0, INF)), ('sqrt -inf', cmath.sqrt, (-INF,))]:
    attempt(label, f, *args)
try:
    cmath.log(0)
except ValueError as e:
    print('ValueError args', e.args)
print(cmath.sqrt.__doc__)
