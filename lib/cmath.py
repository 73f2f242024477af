"""The `cmath` module for Molt: mathematical functions for complex numbers.

Written for Molt from the Python documentation of `cmath`, the C99 Annex G rules for
special values (branch cuts, signed zeros, infinities, NaNs) and CPython 3.12's observed
results; never from CPython's source.

For finite arguments the functions use numerically careful formulas (Kahan-style
square roots, log1p near the unit circle, rescaling for huge and tiny arguments) built
on the real functions of `math`, so that ordinary inputs give the same floats as CPython.
Arguments with an infinite or NaN part are looked up in tables of special values, one
per function, indexed by the class of each part (-inf, negative, -0, +0, positive, +inf,
nan); the tables were filled in by observing CPython 3.12.  Errors: ValueError("math
domain error") and OverflowError("math range error") where CPython raises them.

Everything of CPython 3.12's cmath is here; nothing is missing.
"""

import math as _math

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'e', 'exp',
           'inf', 'infj', 'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10', 'nan',
           'nanj', 'phase', 'pi', 'polar', 'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
           'tau']

pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
nan = _math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_INF = inf
_NAN = nan
_copysign = _math.copysign
_fabs = _math.fabs
_isfinite = _math.isfinite
_isinf = _math.isinf
_isnan = _math.isnan
_atan2 = _math.atan2
_cos = _math.cos
_sin = _math.sin
_sqrt = _math.sqrt
_log = _math.log
_m_log1p = _math.log1p
_asinh = _math.asinh
_ldexp = _math.ldexp

_DBL_MAX = 1.7976931348623157e+308
_DBL_MIN = 2.2250738585072014e-308
_DBL_MANT_DIG = 53
_LARGE = _DBL_MAX / 4.0                 # beyond this, formulas rescale to avoid overflow
_SQRT_LARGE = _sqrt(_LARGE)
_LOG_LARGE = _log(_LARGE)
_SQRT_DBL_MIN = _sqrt(_DBL_MIN)
_SCALE_UP = 2 * (_DBL_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


def _domain():
    return ValueError('math domain error')


def _range():
    return OverflowError('math range error')


# --------------------------------------------------------------------------------------
# Argument conversion

def _real(x):
    """A real argument as a float (ints, floats, __float__, __index__)."""
    t = type(x)
    if t is float:
        return x
    if t is int or t is bool:
        return float(x)
    if isinstance(x, float):
        return float.__float__(x)      # the value itself, as CPython (not __float__)
    method = getattr(t, '__float__', None)
    if method is not None:
        result = method(x)
        if type(result) is not float:
            if not isinstance(result, float):
                raise TypeError(f"{t.__name__}.__float__ returned non-float "
                                f"(type {type(result).__name__})")
            result = float.__float__(result)
        return result
    method = getattr(t, '__index__', None)
    if method is not None:
        result = method(x)
        if not isinstance(result, int):
            raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
        return float(result)
    raise TypeError(f"must be real number, not {t.__name__}")


def _parts(z):
    """The (real, imag) floats of a complex argument."""
    t = type(z)
    if t is complex:
        return z.real, z.imag
    if t is float:
        return z, 0.0
    if t is int or t is bool:
        return float(z), 0.0
    if isinstance(z, complex):
        z = complex.__complex__(z)     # the value itself, as CPython (not __complex__)
        return z.real, z.imag
    method = getattr(t, '__complex__', None)
    if method is not None:
        result = method(z)
        if not isinstance(result, complex):
            raise TypeError(f"__complex__ returned non-complex (type {type(result).__name__})")
        return result.real, result.imag
    return _real(z), 0.0


def _one(name, args, kwargs):
    if kwargs:
        raise TypeError(f"cmath.{name}() takes no keyword arguments")
    raise TypeError(f"cmath.{name}() takes exactly one argument ({len(args)} given)")


# --------------------------------------------------------------------------------------
# Special values

def _class(v):
    # 0: -inf, 1: negative, 2: -0, 3: +0, 4: positive, 5: +inf, 6: nan
    if v != v:
        return 6
    if v == 0.0:
        return 3 if _copysign(1.0, v) > 0 else 2
    if v == _INF:
        return 5
    if v == -_INF:
        return 0
    return 4 if v > 0 else 1


_TOKENS = {'I': _INF, 'N': _NAN, '0': 0.0, '1': 1.0, 'P': pi, 'P2': pi / 2, 'P4': pi / 4,
           'P34': 0.75 * pi}


def _token(tok):
    if tok.startswith('-'):
        return -_TOKENS[tok[1:]]
    return _TOKENS[tok]


def _table(spec):
    """Rows (real part class) of cells (imaginary part class), from a compact string:
    '.' finite (not looked up), 'E' a domain error, 'F' computed, else 'RE IM'."""
    rows = []
    for row in spec.split('|'):
        cells = []
        for cell in row.split(','):
            if cell in ('.', 'E', 'F'):
                cells.append(cell)
            else:
                re, im = cell.split(' ')
                cells.append(complex(_token(re), _token(im)))
        rows.append(cells)
    return rows


_exp_special = _table('0 0,F,0 -0,0 0,F,0 0,0 0|E,.,.,.,.,E,N N|E,.,.,.,.,E,N N|E,.,.,.,.,E,N N|E,.,.,.,.,E,N N|E,F,I -0,I 0,F,E,I N|N N,N N,N -0,N 0,N N,N N,N N')
_log_special = _table('I -P34,I -P,I -P,I P,I P,I P34,I N|I -P2,.,.,.,.,I P2,N N|I -P2,.,.,.,.,I P2,N N|I -P2,.,.,.,.,I P2,N N|I -P2,.,.,.,.,I P2,N N|I -P4,I -0,I -0,I 0,I 0,I P4,I N|I N,N N,N N,N N,N N,I N,N N')
_sqrt_special = _table('I -I,0 -I,0 -I,0 I,0 I,I I,N I|I -I,.,.,.,.,I I,N N|I -I,.,.,.,.,I I,N N|I -I,.,.,.,.,I I,N N|I -I,.,.,.,.,I I,N N|I -I,I -0,I -0,I 0,I 0,I I,I N|I -I,N N,N N,N N,N N,I I,N N')
_acos_special = _table('P34 I,P I,P I,P -I,P -I,P34 -I,N I|P2 I,.,.,.,.,P2 -I,N N|P2 I,.,.,.,.,P2 -I,P2 N|P2 I,.,.,.,.,P2 -I,P2 N|P2 I,.,.,.,.,P2 -I,N N|P4 I,0 I,0 I,0 -I,0 -I,P4 -I,N I|N I,N N,N N,N N,N N,N -I,N N')
_acosh_special = _table('I -P34,I -P,I -P,I P,I P,I P34,I N|I -P2,.,.,.,.,I P2,N N|I -P2,.,.,.,.,I P2,N N|I -P2,.,.,.,.,I P2,N N|I -P2,.,.,.,.,I P2,N N|I -P4,I -0,I -0,I 0,I 0,I P4,I N|I N,N N,N N,N N,N N,I N,N N')
_asinh_special = _table('-I -P4,-I -0,-I -0,-I 0,-I 0,-I P4,-I N|-I -P2,.,.,.,.,-I P2,N N|-I -P2,.,.,.,.,-I P2,N N|I -P2,.,.,.,.,I P2,N N|I -P2,.,.,.,.,I P2,N N|I -P4,I -0,I -0,I 0,I 0,I P4,I N|I N,N N,N -0,N 0,N N,I N,N N')
_atanh_special = _table('-0 -P2,-0 -P2,-0 -P2,-0 P2,-0 P2,-0 P2,-0 N|-0 -P2,.,.,.,.,-0 P2,N N|-0 -P2,.,.,.,.,-0 P2,-0 N|0 -P2,.,.,.,.,0 P2,0 N|0 -P2,.,.,.,.,0 P2,N N|0 -P2,0 -P2,0 -P2,0 P2,0 P2,0 P2,0 N|0 -P2,N N,N N,N N,N N,0 P2,N N')
_cosh_special = _table('E,F,I 0,I -0,F,E,I N|E,.,.,.,.,E,N N|E,.,.,.,.,E,N 0|E,.,.,.,.,E,N 0|E,.,.,.,.,E,N N|E,F,I -0,I 0,F,E,I N|N N,N N,N 0,N 0,N N,N N,N N')
_sinh_special = _table('E,F,-I -0,-I 0,F,E,I N|E,.,.,.,.,E,N N|E,.,.,.,.,E,0 N|E,.,.,.,.,E,0 N|E,.,.,.,.,E,N N|E,F,I -0,I 0,F,E,I N|N N,N N,N -0,N 0,N N,N N,N N')
_tanh_special = _table('-1 0,F,-1 -0,-1 0,F,-1 0,-1 0|E,.,.,.,.,E,N N|E,.,.,.,.,E,N N|E,.,.,.,.,E,N N|E,.,.,.,.,E,N N|1 0,F,1 -0,1 0,F,1 0,1 0|N N,N N,N -0,N 0,N N,N N,N N')
_rect_special = _table('E,F,-I 0,-I -0,F,E,I N|E,.,.,.,.,E,N N|0 0,.,.,.,.,0 0,0 0|0 0,.,.,.,.,0 0,0 0|E,.,.,.,.,E,N N|E,F,I -0,I 0,F,E,I N|N N,N N,N 0,N 0,N N,N N,N N')


def _special(table, x, y):
    cell = table[_class(x)][_class(y)]
    if cell == 'E':
        raise _domain()
    return cell


# --------------------------------------------------------------------------------------
# Real helpers with C semantics (no exceptions where C returns inf)

def _hypot(a, b):
    # abs() of a complex is the C library's hypot (math.hypot uses another algorithm).
    try:
        return abs(complex(a, b))
    except OverflowError:
        return _INF


def _exp_real(x):
    try:
        return _math.exp(x)
    except OverflowError:
        return _INF


def _cosh_real(x):
    try:
        return _math.cosh(x)
    except OverflowError:
        return _INF


def _sinh_real(x):
    try:
        return _math.sinh(x)
    except OverflowError:
        return _copysign(_INF, x)


def _log1p(x):
    return x if x == 0.0 else _m_log1p(x)


# --------------------------------------------------------------------------------------
# The functions on (real, imag) pairs

def _c_sqrt(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_sqrt_special, x, y)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax = _fabs(x)
    ay = _fabs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # Scale subnormal arguments up, to keep accuracy.
        ax = _ldexp(ax, _SCALE_UP)
        s = _ldexp(_sqrt(ax + _hypot(ax, _ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _copysign(d, y))
    return complex(d, _copysign(s, y))


def _c_log(x, y):
    """log of x+iy as (real, imag, domain_error)."""
    if not (_isfinite(x) and _isfinite(y)):
        z = _special(_log_special, x, y)
        return z.real, z.imag, False
    ax = _fabs(x)
    ay = _fabs(y)
    err = False
    if ax > _LARGE or ay > _LARGE:
        re = _log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = (_log(_hypot(_ldexp(ax, _DBL_MANT_DIG), _ldexp(ay, _DBL_MANT_DIG)))
                  - _DBL_MANT_DIG * _LN2)
        else:
            re = -_INF
            err = True
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            re = _log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = _log(h)
    return re, _atan2(y, x), err


def _c_quot(ar, ai, br, bi):
    """Complex division (ar+i*ai)/(br+i*bi) as (real, imag, division_by_zero)."""
    abs_br = _fabs(br)
    abs_bi = _fabs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            return 0.0, 0.0, True
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom, False
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom, False
    return _NAN, _NAN, False


def _c_exp(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                return complex(_copysign(_INF, _cos(y)), _copysign(_INF, _sin(y)))
            return complex(_copysign(0.0, _cos(y)), _copysign(0.0, _sin(y)))
        return _special(_exp_special, x, y)
    if x > _LOG_LARGE:
        l = _exp_real(x - 1.0)
        re = l * _cos(y) * e
        im = l * _sin(y) * e
    else:
        l = _math.exp(x)
        re = l * _cos(y)
        im = l * _sin(y)
    if _isinf(re) or _isinf(im):
        raise _range()
    return complex(re, im)


def _c_acos(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_acos_special, x, y)
    if _fabs(x) > _LARGE or _fabs(y) > _LARGE:
        re = _atan2(_fabs(y), x)
        if x < 0:
            im = -_copysign(_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        else:
            im = _copysign(_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -y)
        return complex(re, im)
    s1 = _c_sqrt(1.0 - x, -y)
    s2 = _c_sqrt(1.0 + x, y)
    re = 2.0 * _atan2(s1.real, s2.real)
    im = _asinh(s2.real * s1.imag - s2.imag * s1.real)
    return complex(re, im)


def _c_acosh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_acosh_special, x, y)
    if _fabs(x) > _LARGE or _fabs(y) > _LARGE:
        re = _log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        return complex(re, _atan2(y, x))
    s1 = _c_sqrt(x - 1.0, y)
    s2 = _c_sqrt(x + 1.0, y)
    re = _asinh(s1.real * s2.real + s1.imag * s2.imag)
    im = 2.0 * _atan2(s1.imag, s2.real)
    return complex(re, im)


def _c_asinh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_asinh_special, x, y)
    if _fabs(x) > _LARGE or _fabs(y) > _LARGE:
        if y >= 0:
            re = _copysign(_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            re = -_copysign(_log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return complex(re, _atan2(y, _fabs(x)))
    s1 = _c_sqrt(1.0 + y, -x)
    s2 = _c_sqrt(1.0 - y, x)
    re = _asinh(s1.real * s2.imag - s2.real * s1.imag)
    im = _atan2(y, s1.real * s2.real - s1.imag * s2.imag)
    return complex(re, im)


def _c_atanh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        return _special(_atanh_special, x, y)
    if x < 0.0:
        # atanh(z) = -atanh(-z)
        z = _c_atanh(-x, -y)
        return complex(-z.real, -z.imag)
    ay = _fabs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        # Large |z|: atanh(z) is about 1/z +/- i*pi/2.
        h = _hypot(x / 2.0, y / 2.0)
        re = x / 4.0 / h / h
        im = -_copysign(pi / 2.0, -y)
    elif x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain()
        re = -_log(_sqrt(ay) / _sqrt(_hypot(ay, 2.0)))
        im = _copysign(_atan2(2.0, -ay) / 2, y)
    else:
        re = _log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
        im = -_atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return complex(re, im)


def _c_cosh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                return complex(_copysign(_INF, _cos(y)), _copysign(_INF, _sin(y)))
            return complex(_copysign(_INF, _cos(y)), -_copysign(_INF, _sin(y)))
        return _special(_cosh_special, x, y)
    if _fabs(x) > _LOG_LARGE:
        # cosh(x) may overflow where cosh(z) does not
        xm1 = x - _copysign(1.0, x)
        re = _cos(y) * _cosh_real(xm1) * e
        im = _sin(y) * _sinh_real(xm1) * e
    else:
        re = _cos(y) * _math.cosh(x)
        im = _sin(y) * _math.sinh(x)
    if _isinf(re) or _isinf(im):
        raise _range()
    return complex(re, im)


def _c_sinh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            if x > 0:
                return complex(_copysign(_INF, _cos(y)), _copysign(_INF, _sin(y)))
            return complex(-_copysign(_INF, _cos(y)), _copysign(_INF, _sin(y)))
        return _special(_sinh_special, x, y)
    if _fabs(x) > _LOG_LARGE:
        xm1 = x - _copysign(1.0, x)
        re = _cos(y) * _sinh_real(xm1) * e
        im = _sin(y) * _cosh_real(xm1) * e
    else:
        re = _cos(y) * _math.sinh(x)
        im = _sin(y) * _math.cosh(x)
    if _isinf(re) or _isinf(im):
        raise _range()
    return complex(re, im)


def _c_tanh(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x) and _isfinite(y) and y != 0.0:
            return complex(1.0 if x > 0 else -1.0, _copysign(0.0, 2.0 * _sin(y) * _cos(y)))
        return _special(_tanh_special, x, y)
    if _fabs(x) > _LOG_LARGE:
        re = _copysign(1.0, x)
        im = 4.0 * _sin(y) * _cos(y) * _math.exp(-2.0 * _fabs(x))
        return complex(re, im)
    tx = _math.tanh(x)
    ty = _math.tan(y)
    cx = 1.0 / _math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    re = tx * (1.0 + ty * ty) / denom
    im = ((ty / denom) * cx) * cx
    return complex(re, im)


def _c_atan2(x, y):
    """The argument of x+iy, with C99's rules for zeros and infinities."""
    if x != x or y != y:
        return _NAN
    if _isinf(y):
        if _isinf(x):
            if _copysign(1.0, x) == 1.0:
                return _copysign(0.25 * pi, y)
            return _copysign(0.75 * pi, y)
        return _copysign(0.5 * pi, y)
    if _isinf(x) or y == 0.0:
        if _copysign(1.0, x) == 1.0:
            return _copysign(0.0, y)
        return _copysign(pi, y)
    return _atan2(y, x)


def _c_abs(x, y):
    if not (_isfinite(x) and _isfinite(y)):
        if _isinf(x):
            return _fabs(x)
        if _isinf(y):
            return _fabs(y)
        return _NAN
    r = _hypot(x, y)
    if _isinf(r):
        raise _range()
    return r


# --------------------------------------------------------------------------------------
# Public functions

def sqrt(*args, **kwargs):
    """Return the square root of z."""
    if len(args) != 1 or kwargs:
        _one('sqrt', args, kwargs)
    x, y = _parts(args[0])
    return _c_sqrt(x, y)


def exp(*args, **kwargs):
    """Return the exponential value e**z."""
    if len(args) != 1 or kwargs:
        _one('exp', args, kwargs)
    x, y = _parts(args[0])
    return _c_exp(x, y)


def log(*args, **kwargs):
    """log(z[, base]) -> the logarithm of z to the given base.

    If the base is not specified, returns the natural logarithm (base e) of z."""
    if kwargs:
        raise TypeError("cmath.log() takes no keyword arguments")
    n = len(args)
    if n < 1:
        raise TypeError(f"log expected at least 1 argument, got {n}")
    if n > 2:
        raise TypeError(f"log expected at most 2 arguments, got {n}")
    x, y = _parts(args[0])
    re, im, err = _c_log(x, y)
    if n == 2:
        bx, by = _parts(args[1])
        bre, bim, berr = _c_log(bx, by)
        re, im, qerr = _c_quot(re, im, bre, bim)
        # As in CPython, each logarithm clears the error state of the one before.
        err = berr or qerr
    if err:
        raise _domain()
    return complex(re, im)


def log10(*args, **kwargs):
    """Return the base-10 logarithm of z."""
    if len(args) != 1 or kwargs:
        _one('log10', args, kwargs)
    x, y = _parts(args[0])
    re, im, err = _c_log(x, y)
    if err:
        raise _domain()
    return complex(re / _LN10, im / _LN10)


def acos(*args, **kwargs):
    """Return the arc cosine of z."""
    if len(args) != 1 or kwargs:
        _one('acos', args, kwargs)
    x, y = _parts(args[0])
    return _c_acos(x, y)


def acosh(*args, **kwargs):
    """Return the inverse hyperbolic cosine of z."""
    if len(args) != 1 or kwargs:
        _one('acosh', args, kwargs)
    x, y = _parts(args[0])
    return _c_acosh(x, y)


def asin(*args, **kwargs):
    """Return the arc sine of z."""
    if len(args) != 1 or kwargs:
        _one('asin', args, kwargs)
    x, y = _parts(args[0])
    # asin(z) = -i asinh(iz)
    s = _c_asinh(-y, x)
    return complex(s.imag, -s.real)


def asinh(*args, **kwargs):
    """Return the inverse hyperbolic sine of z."""
    if len(args) != 1 or kwargs:
        _one('asinh', args, kwargs)
    x, y = _parts(args[0])
    return _c_asinh(x, y)


def atan(*args, **kwargs):
    """Return the arc tangent of z."""
    if len(args) != 1 or kwargs:
        _one('atan', args, kwargs)
    x, y = _parts(args[0])
    # atan(z) = -i atanh(iz)
    s = _c_atanh(-y, x)
    return complex(s.imag, -s.real)


def atanh(*args, **kwargs):
    """Return the inverse hyperbolic tangent of z."""
    if len(args) != 1 or kwargs:
        _one('atanh', args, kwargs)
    x, y = _parts(args[0])
    return _c_atanh(x, y)


def cos(*args, **kwargs):
    """Return the cosine of z."""
    if len(args) != 1 or kwargs:
        _one('cos', args, kwargs)
    x, y = _parts(args[0])
    # cos(z) = cosh(iz)
    return _c_cosh(-y, x)


def cosh(*args, **kwargs):
    """Return the hyperbolic cosine of z."""
    if len(args) != 1 or kwargs:
        _one('cosh', args, kwargs)
    x, y = _parts(args[0])
    return _c_cosh(x, y)


def sin(*args, **kwargs):
    """Return the sine of z."""
    if len(args) != 1 or kwargs:
        _one('sin', args, kwargs)
    x, y = _parts(args[0])
    # sin(z) = -i sinh(iz)
    s = _c_sinh(-y, x)
    return complex(s.imag, -s.real)


def sinh(*args, **kwargs):
    """Return the hyperbolic sine of z."""
    if len(args) != 1 or kwargs:
        _one('sinh', args, kwargs)
    x, y = _parts(args[0])
    return _c_sinh(x, y)


def tan(*args, **kwargs):
    """Return the tangent of z."""
    if len(args) != 1 or kwargs:
        _one('tan', args, kwargs)
    x, y = _parts(args[0])
    # tan(z) = -i tanh(iz)
    s = _c_tanh(-y, x)
    return complex(s.imag, -s.real)


def tanh(*args, **kwargs):
    """Return the hyperbolic tangent of z."""
    if len(args) != 1 or kwargs:
        _one('tanh', args, kwargs)
    x, y = _parts(args[0])
    return _c_tanh(x, y)


def phase(*args, **kwargs):
    """Return argument, also known as the phase angle, of a complex."""
    if len(args) != 1 or kwargs:
        _one('phase', args, kwargs)
    x, y = _parts(args[0])
    phi = _c_atan2(x, y)
    if phi == 0.0 and y != 0.0 and _isfinite(x):
        # CPython reports the C library's underflow of atan2 as a range error.
        raise _range()
    return phi


def polar(*args, **kwargs):
    """Convert a complex from rectangular coordinates to polar coordinates.

    r is the distance from 0 and phi the phase angle."""
    if len(args) != 1 or kwargs:
        _one('polar', args, kwargs)
    x, y = _parts(args[0])
    phi = _c_atan2(x, y)
    return _c_abs(x, y), phi


def rect(*args, **kwargs):
    """Convert from polar coordinates to rectangular coordinates."""
    if kwargs:
        raise TypeError("cmath.rect() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError(f"rect expected 2 arguments, got {len(args)}")
    r = _real(args[0])
    phi = _real(args[1])
    if not (_isfinite(r) and _isfinite(phi)):
        if _isinf(r) and _isfinite(phi) and phi != 0.0:
            if r > 0:
                return complex(_copysign(_INF, _cos(phi)), _copysign(_INF, _sin(phi)))
            return complex(-_copysign(_INF, _cos(phi)), -_copysign(_INF, _sin(phi)))
        return _special(_rect_special, r, phi)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _cos(phi), r * _sin(phi))


def isfinite(*args, **kwargs):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    if len(args) != 1 or kwargs:
        _one('isfinite', args, kwargs)
    x, y = _parts(args[0])
    return _isfinite(x) and _isfinite(y)


def isinf(*args, **kwargs):
    """Checks if the real or imaginary part of z is infinite."""
    if len(args) != 1 or kwargs:
        _one('isinf', args, kwargs)
    x, y = _parts(args[0])
    return _isinf(x) or _isinf(y)


def isnan(*args, **kwargs):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    if len(args) != 1 or kwargs:
        _one('isnan', args, kwargs)
    x, y = _parts(args[0])
    return x != x or y != y


_MISSING = object()


def isclose(*args, **kwargs):
    """Determine whether two complex numbers are close in value.

      rel_tol
        maximum difference for being considered "close", relative to the
        magnitude of the input values
      abs_tol
        maximum difference for being considered "close", regardless of the
        magnitude of the input values

    Return True if a is close in value to b, and False otherwise.

    For the values to be considered close, the difference between them must be
    smaller than at least one of the tolerances.

    -inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is
    not close to anything, even itself. inf and -inf are only close to themselves."""
    n = len(args)
    if n > 2:
        raise TypeError(f"isclose() takes exactly 2 positional arguments ({n} given)")
    values = list(args)
    for i, name in ((0, 'a'), (1, 'b')):
        if i < n:
            continue
        if name not in kwargs:
            raise TypeError(f"isclose() missing required argument '{name}' (pos {i + 1})")
        values.append(kwargs[name])
    rel_tol = 1e-09
    abs_tol = 0.0
    for name in kwargs:
        if name == 'rel_tol':
            rel_tol = kwargs[name]
        elif name == 'abs_tol':
            abs_tol = kwargs[name]
        elif name in ('a', 'b'):
            if (name == 'a' and n >= 1) or (name == 'b' and n >= 2):
                raise TypeError(f"argument for isclose() given by name ('{name}') and "
                                f"position ({1 if name == 'a' else 2})")
        else:
            raise TypeError(f"'{name}' is an invalid keyword argument for isclose()")
    ax, ay = _parts(values[0])
    bx, by = _parts(values[1])
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if ax == bx and ay == by:
        return True
    if _isinf(ax) or _isinf(ay) or _isinf(bx) or _isinf(by):
        return False
    diff = _hypot(bx - ax, by - ay)
    return (diff <= rel_tol * _hypot(bx, by) or diff <= rel_tol * _hypot(ax, ay)
            or diff <= abs_tol)
