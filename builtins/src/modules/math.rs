//! The `math` module: CPython 3.12's functions, special cases and error messages.
//!
//! Elementary functions call the platform C library directly (as CPython does), so results
//! match CPython bit for bit. `gamma`/`lgamma` use a Lanczos approximation with the same
//! constants and evaluation order CPython documents; `hypot`/`dist` use the scaled,
//! compensated vector norm; `fsum` keeps exact partial sums (Shewchuk).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::format::bigint_to_f64;
use crate::object::{Kind, PyResult};
use crate::ops::num::{int_from_big, is_int, to_big};
use crate::typeobj::lookup;
use crate::types::int::float_to_bigint;
use crate::types::{check_pos, given, one_arg, parse_args, Kw};
use crate::value::Value;
use crate::Runtime;
use molt_bytecode::opcodes::BinOp;

use super::libm::{
    acos, acosh, asin, asinh, atan, atan2, atanh, c_pow, cbrt, cos, cosh, erf, erfc, exp, exp2,
    expm1, fmod, log, log10, log1p, log2, sin, sinh, tan, tanh,
};

// ---- errors and argument conversion -----------------------------------------------------

enum MathErr {
    Domain,
    Range,
}

fn raise(rt: &mut Runtime, e: MathErr) -> crate::object::Exc {
    match e {
        MathErr::Domain => rt.value_error("math domain error"),
        MathErr::Range => rt.overflow_error("math range error"),
    }
}

/// `PyFloat_AsDouble`: floats, ints (OverflowError when too large), `__float__`, `__index__`.
fn get_float(rt: &mut Runtime, v: &Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    if let Some(f) = rt.float_of(v)? {
        return Ok(f);
    }
    if let Some(Kind::Instance(_)) = v.kind() {
        let t = rt.type_of(v);
        if lookup(&t, "__float__").is_some() {
            if let Some(r) = rt.call_dunder(v, "__float__", &[])? {
                if let Some(f) = r.as_float() {
                    return Ok(f);
                }
                if let Some(Kind::Instance(_)) = r.kind() {
                    if let Some(p) = crate::typeobj::builtin_payload(&r) {
                        if let Some(f) = p.as_float() {
                            return Ok(f);
                        }
                    }
                }
                let (vn, rn) = (rt.type_name(v), rt.type_name(&r));
                return Err(
                    rt.type_error(&format!("{vn}.__float__ returned non-float (type {rn})"))
                );
            }
        }
        if lookup(&t, "__index__").is_some() {
            if let Some(r) = rt.call_dunder(v, "__index__", &[])? {
                if let Some(f) = rt.float_of(&r)? {
                    if is_int(&r) {
                        return Ok(f);
                    }
                }
                let rn = rt.type_name(&r);
                return Err(rt.type_error(&format!("__index__ returned non-int (type {rn})")));
            }
        }
    }
    let tn = rt.type_name(v);
    Err(rt.type_error(&format!("must be real number, not {tn}")))
}

/// `PyNumber_Index` as a BigInt.
fn get_index(rt: &mut Runtime, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = to_big(v) {
        return Ok(b);
    }
    if let Some(Kind::Instance(_)) = v.kind() {
        if let Some(p) = crate::typeobj::builtin_payload(v) {
            if let Some(b) = to_big(p) {
                return Ok(b);
            }
        }
        if lookup(&rt.type_of(v), "__index__").is_some() {
            if let Some(r) = rt.call_dunder(v, "__index__", &[])? {
                if let Some(b) = to_big(&r) {
                    return Ok(b);
                }
                let tn = rt.type_name(&r);
                return Err(rt.type_error(&format!("__index__ returned non-int (type {tn})")));
            }
        }
    }
    let tn = rt.type_name(v);
    Err(rt.type_error(&format!(
        "'{tn}' object cannot be interpreted as an integer"
    )))
}

fn two_args<'a>(
    rt: &mut Runtime,
    name: &str,
    args: &'a [Value],
    kw: Kw,
) -> PyResult<(&'a Value, &'a Value)> {
    if !kw.is_empty() {
        return Err(rt.type_error(&format!("math.{name}() takes no keyword arguments")));
    }
    check_pos(rt, name, args.len(), 2, 2)?;
    Ok((&args[0], &args[1]))
}

/// Argument Clinic reports missing required positional-only arguments before it looks at
/// keyword names.
fn posonly_missing(
    rt: &mut Runtime,
    fname: &str,
    args: &[Value],
    kw: Kw,
    maxargs: usize,
    npos: usize,
) -> PyResult<()> {
    if args.len() < npos && args.len() + kw.len() <= maxargs {
        let s = if npos == 1 { "" } else { "s" };
        return Err(rt.type_error(&format!(
            "{fname}() takes exactly {npos} positional argument{s} ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// CPython's `math_1`: NaN from a non-NaN argument is a domain error; an infinity from a
/// finite argument is a range error (when the function can overflow) or a domain error.
fn math1(
    rt: &mut Runtime,
    qual: &str,
    args: &[Value],
    kw: Kw,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult {
    let a = one_arg(rt, qual, args, kw)?;
    let x = get_float(rt, &a)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(raise(rt, MathErr::Domain));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(raise(
            rt,
            if can_overflow {
                MathErr::Range
            } else {
                MathErr::Domain
            },
        ));
    }
    Ok(Value::float(r))
}

/// CPython's `math_2`.
fn math2(rt: &mut Runtime, name: &str, args: &[Value], kw: Kw, f: fn(f64, f64) -> f64) -> PyResult {
    let (a, b) = two_args(rt, name, args, kw)?;
    let x = get_float(rt, a)?;
    let y = get_float(rt, b)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(raise(rt, MathErr::Domain));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(raise(rt, MathErr::Range));
    }
    Ok(Value::float(r))
}

macro_rules! func1 {
    ($($name:ident = $qual:literal, $f:expr, $ovf:expr;)*) => {
        $(
            fn $name(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
                math1(rt, $qual, args, kw, $f, $ovf)
            }
        )*
    };
}

func1! {
    m_sqrt = "math.sqrt", f64::sqrt, false;
    m_exp = "math.exp", exp, true;
    m_exp2 = "math.exp2", exp2, true;
    m_expm1 = "math.expm1", expm1, true;
    m_log1p = "math.log1p", log1p, false;
    m_sin = "math.sin", sin, false;
    m_cos = "math.cos", cos, false;
    m_tan = "math.tan", tan, false;
    m_asin = "math.asin", asin, false;
    m_acos = "math.acos", acos, false;
    m_atan = "math.atan", atan, false;
    m_sinh = "math.sinh", sinh, true;
    m_cosh = "math.cosh", cosh, true;
    m_tanh = "math.tanh", tanh, false;
    m_asinh = "math.asinh", asinh, false;
    m_acosh = "math.acosh", acosh, false;
    m_atanh = "math.atanh", atanh, false;
    m_fabs = "math.fabs", f64::abs, false;
    m_erf = "math.erf", erf, false;
    m_erfc = "math.erfc", erfc, false;
    m_cbrt = "math.cbrt", cbrt, false;
}

fn m_degrees(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.degrees", args, kw)?;
    let x = get_float(rt, &a)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.radians", args, kw)?;
    let x = get_float(rt, &a)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn m_isfinite(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.isfinite", args, kw)?;
    let x = get_float(rt, &a)?;
    Ok(Value::bool(x.is_finite()))
}

fn m_isinf(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.isinf", args, kw)?;
    let x = get_float(rt, &a)?;
    Ok(Value::bool(x.is_infinite()))
}

fn m_isnan(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.isnan", args, kw)?;
    let x = get_float(rt, &a)?;
    Ok(Value::bool(x.is_nan()))
}

// ---- logarithms ---------------------------------------------------------------------------

/// The C-level log functions with CPython's domain handling (`m_log`, `m_log2`, `m_log10`):
/// Err(()) for a domain error.
fn log_like(x: f64, f: fn(f64) -> f64) -> Result<f64, ()> {
    if x.is_finite() {
        if x > 0.0 {
            Ok(f(x))
        } else {
            Err(())
        }
    } else if x.is_nan() || x > 0.0 {
        Ok(x)
    } else {
        Err(())
    }
}

/// `frexp` of a positive int too large for a float: (m, e) with m in [0.5, 1), n ≈ m * 2**e.
fn big_frexp(n: &BigInt) -> (f64, i64) {
    let mag = n.magnitude();
    let bits = mag.bits() as i64;
    let shift = bits - 64;
    let top = (mag >> shift as usize).to_u64().unwrap_or(u64::MAX);
    let sticky = mag.trailing_zeros().is_some_and(|tz| (tz as i64) < shift);
    let m = (top | u64::from(sticky)) as f64; // rounds once, half-even
    let mut x = m * 2f64.powi(-64);
    let mut e = bits;
    if x >= 1.0 {
        x *= 0.5;
        e += 1;
    }
    (x, e)
}

/// CPython's `loghelper`: ints of any size, others through `float`.
fn loghelper(rt: &mut Runtime, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if is_int(v) {
        let n = to_big(v).unwrap_or_default();
        if !n.is_positive() {
            return Err(raise(rt, MathErr::Domain));
        }
        return match bigint_to_f64(&n) {
            Some(x) => log_like(x, f).map_err(|_| raise(rt, MathErr::Domain)),
            None => {
                let (x, e) = big_frexp(&n);
                Ok(f(x) + f(2.0) * e as f64)
            }
        };
    }
    let x = get_float(rt, v)?;
    log_like(x, f).map_err(|_| raise(rt, MathErr::Domain))
}

fn m_log(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() {
        return Err(rt.type_error("math.log() takes no keyword arguments"));
    }
    check_pos(rt, "log", args.len(), 1, 2)?;
    let num = loghelper(rt, &args[0], log)?;
    if args.len() == 2 {
        let den = loghelper(rt, &args[1], log)?;
        if den == 0.0 {
            return Err(rt.zero_div("float division by zero"));
        }
        return Ok(Value::float(num / den));
    }
    Ok(Value::float(num))
}

fn m_log2(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.log2", args, kw)?;
    Ok(Value::float(loghelper(rt, &a, log2)?))
}

fn m_log10(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.log10", args, kw)?;
    Ok(Value::float(loghelper(rt, &a, log10)?))
}

// ---- two-argument float functions ----------------------------------------------------------

fn m_atan2(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    math2(rt, "atan2", args, kw, atan2)
}

fn m_copysign(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    math2(rt, "copysign", args, kw, f64::copysign)
}

fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let ax = x.abs();
        let ay = y.abs();
        let m = fmod(ax, ay);
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Exactly halfway: pick the even multiple.
            m - 2.0 * fmod(0.5 * (ax - m), ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn m_remainder(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    math2(rt, "remainder", args, kw, ieee_remainder)
}

fn m_fmod(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (a, b) = two_args(rt, "fmod", args, kw)?;
    let x = get_float(rt, a)?;
    let y = get_float(rt, b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(raise(rt, MathErr::Domain));
    }
    Ok(Value::float(r))
}

fn m_pow(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (a, b) = two_args(rt, "pow", args, kw)?;
    let x = get_float(rt, a)?;
    let y = get_float(rt, b)?;
    let r;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
    } else {
        r = c_pow(x, y);
        if r.is_nan() {
            return Err(raise(rt, MathErr::Domain));
        }
        if r.is_infinite() {
            return Err(raise(
                rt,
                if x == 0.0 {
                    MathErr::Domain
                } else {
                    MathErr::Range
                },
            ));
        }
    }
    Ok(Value::float(r))
}

// ---- float decomposition -------------------------------------------------------------------

fn frexp_f(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    if e == 0 {
        let (m, e2) = frexp_f(x * 2f64.powi(54));
        return (m, e2 - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e - 1022)
}

/// `scalbn` without double rounding for subnormal results.
fn scalbn(x: f64, n: i64) -> f64 {
    let mut y = x;
    let mut n = n;
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    let m969 = f64::from_bits(0x0360_0000_0000_0000); // 2**-969
    if n > 1023 {
        y *= p1023;
        n -= 1023;
        if n > 1023 {
            y *= p1023;
            n -= 1023;
            if n > 1023 {
                n = 1023;
            }
        }
    } else if n < -1022 {
        y *= m969;
        n += 969;
        if n < -1022 {
            y *= m969;
            n += 969;
            if n < -1022 {
                n = -1022;
            }
        }
    }
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn m_frexp(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.frexp", args, kw)?;
    let x = get_float(rt, &a)?;
    let (m, e) = frexp_f(x);
    Ok(rt.new_tuple(vec![Value::float(m), int_from_big(BigInt::from(e))]))
}

fn m_ldexp(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (a, b) = two_args(rt, "ldexp", args, kw)?;
    let x = get_float(rt, a)?;
    let e = match to_big(b) {
        Some(e) => e,
        None => match crate::typeobj::builtin_payload(b).and_then(to_big) {
            Some(e) => e,
            None => return Err(rt.type_error("Expected an int as second argument to ldexp.")),
        },
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = match e.to_i64() {
        Some(n) if n <= i32::MAX as i64 && n >= i32::MIN as i64 => scalbn(x, n),
        _ if e.is_positive() => return Err(raise(rt, MathErr::Range)),
        _ => 0.0f64.copysign(x),
    };
    if r.is_infinite() {
        return Err(raise(rt, MathErr::Range));
    }
    Ok(Value::float(r))
}

fn m_modf(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.modf", args, kw)?;
    let x = get_float(rt, &a)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(rt.new_tuple(vec![Value::float(f), Value::float(i)]))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { b + 1 } else { b - 1 })
}

fn m_nextafter(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    posonly_missing(rt, "nextafter", args, kw, 3, 2)?;
    let p = parse_args(rt, "nextafter", args, kw, &["x", "y", "steps"], 2, 2, 2)?;
    let x = get_float(rt, p[0].as_ref().unwrap())?;
    let y = get_float(rt, p[1].as_ref().unwrap())?;
    let Some(sv) = given(&p[2]).cloned() else {
        return Ok(Value::float(next_toward(x, y)));
    };
    let steps = get_index(rt, &sv)?;
    if steps.is_negative() {
        return Err(rt.value_error("steps must be a non-negative integer"));
    }
    let n = steps.to_u64().unwrap_or(u64::MAX);
    if n == 0 {
        return Ok(Value::float(x));
    }
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    if y.is_nan() {
        return Ok(Value::float(y));
    }
    let (ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return Ok(Value::float(x));
    }
    let sign = 1u64 << 63;
    let (ax, ay) = (ux & !sign, uy & !sign);
    let r = if (ux ^ uy) & sign != 0 {
        if ax + ay <= n {
            uy
        } else if ax < n {
            (uy & sign) | (n - ax)
        } else {
            ux - n
        }
    } else if ax > ay {
        if ax - ay >= n {
            ux - n
        } else {
            uy
        }
    } else if ay - ax >= n {
        ux + n
    } else {
        uy
    };
    Ok(Value::float(f64::from_bits(r)))
}

fn m_ulp(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.ulp", args, kw)?;
    let x = get_float(rt, &a)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let x2 = next_toward(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = next_toward(x, f64::NEG_INFINITY);
        return Ok(Value::float(x - x2));
    }
    Ok(Value::float(x2 - x))
}

// ---- rounding to ints ----------------------------------------------------------------------

fn round_to_int(
    rt: &mut Runtime,
    qual: &str,
    dunder: &str,
    args: &[Value],
    kw: Kw,
    op: fn(f64) -> f64,
) -> PyResult {
    let a = one_arg(rt, qual, args, kw)?;
    if let Some(f) = a.as_float() {
        let b = float_to_bigint(rt, op(f))?;
        return Ok(int_from_big(b));
    }
    if is_int(&a) {
        return Ok(int_from_big(to_big(&a).unwrap_or_default()));
    }
    if let Some(Kind::Instance(_)) = a.kind() {
        if lookup(&rt.type_of(&a), dunder).is_some() {
            if let Some(r) = rt.call_dunder(&a, dunder, &[])? {
                return Ok(r);
            }
        }
    }
    let f = get_float(rt, &a)?;
    let b = float_to_bigint(rt, op(f))?;
    Ok(int_from_big(b))
}

fn m_floor(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    round_to_int(rt, "math.floor", "__floor__", args, kw, f64::floor)
}

fn m_ceil(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    round_to_int(rt, "math.ceil", "__ceil__", args, kw, f64::ceil)
}

fn m_trunc(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.trunc", args, kw)?;
    if let Some(f) = a.as_float() {
        return Ok(int_from_big(float_to_bigint(rt, f)?));
    }
    if is_int(&a) {
        return Ok(int_from_big(to_big(&a).unwrap_or_default()));
    }
    if let Some(Kind::Instance(_)) = a.kind() {
        if lookup(&rt.type_of(&a), "__trunc__").is_some() {
            if let Some(r) = rt.call_dunder(&a, "__trunc__", &[])? {
                return Ok(r);
            }
        }
        if let Some(p) = crate::typeobj::builtin_payload(&a).cloned() {
            if let Some(f) = p.as_float() {
                return Ok(int_from_big(float_to_bigint(rt, f)?));
            }
            if is_int(&p) {
                return Ok(int_from_big(to_big(&p).unwrap_or_default()));
            }
        }
    }
    let tn = rt.type_name(&a);
    Err(rt.type_error(&format!("type {tn} doesn't define __trunc__ method")))
}

// ---- comparisons ----------------------------------------------------------------------------

fn m_isclose(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let p = parse_args(
        rt,
        "isclose",
        args,
        kw,
        &["a", "b", "rel_tol", "abs_tol"],
        0,
        2,
        2,
    )?;
    let a = get_float(rt, p[0].as_ref().unwrap())?;
    let b = get_float(rt, p[1].as_ref().unwrap())?;
    let rel_tol = match &p[2] {
        Some(v) => get_float(rt, v)?,
        None => 1e-9,
    };
    let abs_tol = match &p[3] {
        Some(v) => get_float(rt, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(rt.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ---- vector norms ----------------------------------------------------------------------------

/// Error-free transformations on (hi, lo) pairs.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, b - z)
}

fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// The Euclidean norm of non-negative finite-or-special `vec`, accurate to within an ulp:
/// scale by a power of two near the maximum, square and sum exactly-ish, then refine the
/// square root with one differential correction step.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_f(max);
    if max_e < -1023 {
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = scalbn(1.0, -max_e);
    let mut csum = 1.0;
    let mut frac1 = 0.0;
    let mut frac2 = 0.0;
    for &v in vec.iter() {
        let x = v * scale;
        let (hi, lo) = dl_mul(x, x);
        let (shi, slo) = dl_fast_sum(csum, hi);
        csum = shi;
        frac1 += lo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (shi, slo) = dl_fast_sum(csum, hi);
    csum = shi;
    frac1 += lo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn m_hypot(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() {
        return Err(rt.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut vec = Vec::with_capacity(args.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for a in args {
        let x = get_float(rt, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    Ok(Value::float(vector_norm(&mut vec, max, found_nan)))
}

fn m_dist(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (p, q) = two_args(rt, "dist", args, kw)?;
    let p = rt.to_vec(p)?;
    let q = rt.to_vec(q)?;
    if p.len() != q.len() {
        return Err(rt.value_error("both points must have the same number of dimensions"));
    }
    let mut vec = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (a, b) in p.iter().zip(q.iter()) {
        let x = get_float(rt, a)?;
        let y = get_float(rt, b)?;
        let d = (x - y).abs();
        found_nan |= d.is_nan();
        if d > max {
            max = d;
        }
        vec.push(d);
    }
    Ok(Value::float(vector_norm(&mut vec, max, found_nan)))
}

// ---- sums and products ----------------------------------------------------------------------

fn m_fsum(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.fsum", args, kw)?;
    let it = rt.get_iter(&a)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = rt.next(&it)? {
        let mut x = get_float(rt, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite x could arise from an infinite or NaN input, or from overflow.
                if xsave.is_finite() {
                    return Err(rt.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(rt.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly when the remaining partials push the sum past a tie.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn m_prod(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    posonly_missing(rt, "prod", args, kw, 2, 1)?;
    let p = parse_args(rt, "prod", args, kw, &["iterable", "start"], 1, 1, 1)?;
    let mut acc = match &p[1] {
        Some(s) => s.clone(),
        None => Value::small_int(1),
    };
    let it = rt.get_iter(p[0].as_ref().unwrap())?;
    while let Some(item) = rt.next(&it)? {
        acc = rt.binary_op(BinOp::Mul, &acc, &item)?;
    }
    Ok(acc)
}

// ---- integer functions ----------------------------------------------------------------------

fn m_gcd(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() {
        return Err(rt.type_error("math.gcd() takes no keyword arguments"));
    }
    let mut g = BigInt::zero();
    for a in args {
        let n = get_index(rt, a)?;
        g = g.gcd(&n);
    }
    Ok(int_from_big(g))
}

fn m_lcm(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() {
        return Err(rt.type_error("math.lcm() takes no keyword arguments"));
    }
    let mut l = BigInt::one();
    for a in args {
        let n = get_index(rt, a)?;
        if l.is_zero() {
            continue;
        }
        l = if n.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&n)
        };
    }
    Ok(int_from_big(l))
}

fn m_isqrt(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.isqrt", args, kw)?;
    let n = get_index(rt, &a)?;
    if n.is_negative() {
        return Err(rt.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int_from_big(n.sqrt()))
}

/// start * (start+1) * ... * (start+count-1), by binary splitting.
fn range_prod(start: &BigInt, count: u64) -> BigInt {
    if count == 0 {
        return BigInt::one();
    }
    if count <= 16 {
        let mut r = start.clone();
        for i in 1..count {
            r *= start + BigInt::from(i);
        }
        return r;
    }
    let half = count / 2;
    let mid = start + BigInt::from(half);
    range_prod(start, half) * range_prod(&mid, count - half)
}

fn factorial_of(rt: &mut Runtime, n: &BigInt) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(rt.value_error("factorial() not defined for negative values"));
    }
    let Some(k) = n.to_i64() else {
        return Err(rt.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    if k < 2 {
        return Ok(BigInt::one());
    }
    Ok(range_prod(&BigInt::one(), k as u64))
}

fn m_factorial(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.factorial", args, kw)?;
    let n = get_index(rt, &a)?;
    Ok(int_from_big(factorial_of(rt, &n)?))
}

fn m_comb(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let (a, b) = two_args(rt, "comb", args, kw)?;
    let n = get_index(rt, a)?;
    let k = get_index(rt, b)?;
    if n.is_negative() {
        return Err(rt.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(rt.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let nk = &n - &k;
    let k = if nk < k { nk } else { k };
    let Some(kk) = k.to_u64().filter(|&v| v <= i64::MAX as u64) else {
        return Err(rt.overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    };
    if kk == 0 {
        return Ok(Value::small_int(1));
    }
    let start = &n - &k + BigInt::one();
    let num = range_prod(&start, kk);
    let den = range_prod(&BigInt::one(), kk);
    Ok(int_from_big(num / den))
}

fn m_perm(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() {
        return Err(rt.type_error("math.perm() takes no keyword arguments"));
    }
    check_pos(rt, "perm", args.len(), 1, 2)?;
    let n = get_index(rt, &args[0])?;
    if args.len() == 1 || args[1].is_none() {
        return Ok(int_from_big(factorial_of(rt, &n)?));
    }
    let k = get_index(rt, &args[1])?;
    if n.is_negative() {
        return Err(rt.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(rt.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let Some(kk) = k.to_u64().filter(|&v| v <= i64::MAX as u64) else {
        return Err(rt.overflow_error("k must not exceed 9223372036854775807"));
    };
    let start = &n - &k + BigInt::one();
    Ok(int_from_big(range_prod(&start, kk)))
}

// ---- gamma and lgamma (Lanczos approximation, as CPython documents it) ---------------------

// The Lanczos constants are written with the digits of the published approximation; each
// rounds to the intended double, so the extra digits are kept for checking against it.

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// Coefficients of x(x+1)...(x+11), lowest degree first.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

/// The rational function num(x)/den(x), by Horner in x for small x and in 1/x otherwise.
fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate near the integers.
fn sinpi(x: f64) -> f64 {
    let y = fmod(x.abs(), 2.0);
    let n = (2.0 * y).round() as i32;
    let pi = std::f64::consts::PI;
    let r = match n {
        0 => sin(pi * y),
        1 => cos(pi * (y - 0.5)),
        2 => sin(pi * (1.0 - y)),
        3 => -cos(pi * (y - 1.5)),
        4 => sin(pi * (y - 2.0)),
        _ => f64::NAN,
    };
    1.0f64.copysign(x) * r
}

const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

fn tgamma(x: f64) -> Result<f64, MathErr> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(MathErr::Domain);
    }
    if x == 0.0 {
        return Err(MathErr::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathErr::Domain);
        }
        if x <= 23.0 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathErr::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(MathErr::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let mut z;
    if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        z = q - LANCZOS_G_MINUS_HALF;
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        z = q - absx;
    }
    z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= c_pow(y, absx - 0.5);
        } else {
            let sqrtpow = c_pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= c_pow(y, absx - 0.5);
        } else {
            let sqrtpow = c_pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

fn lgamma(x: f64) -> Result<f64, MathErr> {
    if !x.is_finite() {
        if x.is_nan() {
            return Ok(x);
        }
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(MathErr::Domain);
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-log(absx));
    }
    let mut r = log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOGPI - log(sinpi(absx).abs()) - log(absx) - r;
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

fn m_gamma(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.gamma", args, kw)?;
    let x = get_float(rt, &a)?;
    match tgamma(x) {
        Ok(r) => Ok(Value::float(r)),
        Err(e) => Err(raise(rt, e)),
    }
}

fn m_lgamma(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = one_arg(rt, "math.lgamma", args, kw)?;
    let x = get_float(rt, &a)?;
    match lgamma(x) {
        Ok(r) => Ok(Value::float(r)),
        Err(e) => Err(raise(rt, e)),
    }
}

pub fn make(rt: &mut Runtime) -> Value {
    let m = super::new_module(rt, "math");
    let consts = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (n, v) in consts {
        super::set_attr(rt, &m, n, Value::float(v));
    }
    super::add_functions(
        rt,
        &m,
        &[
            ("sqrt", m_sqrt),
            ("isqrt", m_isqrt),
            ("exp", m_exp),
            ("exp2", m_exp2),
            ("expm1", m_expm1),
            ("log", m_log),
            ("log2", m_log2),
            ("log10", m_log10),
            ("log1p", m_log1p),
            ("pow", m_pow),
            ("sin", m_sin),
            ("cos", m_cos),
            ("tan", m_tan),
            ("asin", m_asin),
            ("acos", m_acos),
            ("atan", m_atan),
            ("atan2", m_atan2),
            ("sinh", m_sinh),
            ("cosh", m_cosh),
            ("tanh", m_tanh),
            ("asinh", m_asinh),
            ("acosh", m_acosh),
            ("atanh", m_atanh),
            ("hypot", m_hypot),
            ("dist", m_dist),
            ("degrees", m_degrees),
            ("radians", m_radians),
            ("fabs", m_fabs),
            ("floor", m_floor),
            ("ceil", m_ceil),
            ("trunc", m_trunc),
            ("modf", m_modf),
            ("fmod", m_fmod),
            ("frexp", m_frexp),
            ("ldexp", m_ldexp),
            ("copysign", m_copysign),
            ("isfinite", m_isfinite),
            ("isinf", m_isinf),
            ("isnan", m_isnan),
            ("isclose", m_isclose),
            ("gcd", m_gcd),
            ("lcm", m_lcm),
            ("factorial", m_factorial),
            ("comb", m_comb),
            ("perm", m_perm),
            ("prod", m_prod),
            ("fsum", m_fsum),
            ("remainder", m_remainder),
            ("nextafter", m_nextafter),
            ("ulp", m_ulp),
            ("erf", m_erf),
            ("erfc", m_erfc),
            ("gamma", m_gamma),
            ("lgamma", m_lgamma),
            ("cbrt", m_cbrt),
        ],
    );
    m
}
