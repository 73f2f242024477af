//! Arithmetic on the builtin numbers: ints (inline with overflow into BigInt), floats and
//! bools, with CPython's floor-division and modulo signs and its error messages.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use crate::format::bigint_to_f64;
use crate::object::{Kind, Obj, PyResult};
use crate::value::Value;
use crate::Runtime;
use molt_bytecode::opcodes::BinOp;

/// An int value from an i64, inline when it fits (what `Value::small_int` does).
#[inline]
pub fn int_from_i64(i: i64) -> Value {
    Value::small_int(i)
}

/// An int value from a BigInt, normalised to inline when it fits.
pub fn int_from_big(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) if Value::fits_small(i) => Value::small_int(i),
        _ => Value::from_obj(Obj::new(Kind::Int(b))),
    }
}

/// The integer value of an int or bool, as a BigInt.
pub fn to_big(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    if let Some(b) = v.as_bool() {
        return Some(BigInt::from(b as i64));
    }
    match v.kind() {
        Some(Kind::Int(b)) => Some(b.clone()),
        _ => None,
    }
}

/// The integer value of an int or bool as a BigInt, borrowed from a heap int (big
/// operands are not copied for each operation) or made for an inline one.
pub fn big_ref(v: &Value) -> Option<std::borrow::Cow<'_, BigInt>> {
    use std::borrow::Cow;
    if let Some(i) = v.as_small_int() {
        return Some(Cow::Owned(BigInt::from(i)));
    }
    if let Some(b) = v.as_bool() {
        return Some(Cow::Owned(BigInt::from(b as i64)));
    }
    match v.kind() {
        Some(Kind::Int(b)) => Some(Cow::Borrowed(b)),
        _ => None,
    }
}

/// `x <op> y` for two small ints when the result needs no error, no big int and no
/// float of more than 53 bits (None otherwise: the general path decides): what the
/// interpreter does in line for the operators without a form of their own.
#[inline(always)]
pub fn small_int_op(op: BinOp, x: &Value, y: &Value) -> Option<Value> {
    if !Value::both_small_ints(x, y) {
        return None;
    }
    let (i, j) = (x.as_small_int()?, y.as_small_int()?);
    // (48-bit operands: no i64 overflow below, except shifts, checked.)
    let r = match op {
        BinOp::FloorDiv if j != 0 => floor_div_i64(i, j),
        BinOp::Mod if j != 0 => mod_i64(i, j),
        BinOp::And => i & j,
        BinOp::Or => i | j,
        BinOp::Xor => i ^ j,
        BinOp::RShift if j >= 0 => i >> j.min(63),
        BinOp::LShift if (0..16).contains(&j) => i << j,
        BinOp::Mul => i.checked_mul(j)?,
        BinOp::TrueDiv if j != 0 => return Some(Value::float(i as f64 / j as f64)),
        _ => return None,
    };
    Some(int_from_i64(r))
}

/// The integer value of an int or bool as i64, if it fits.
#[inline]
pub fn to_i64(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small_int() {
        return Some(i);
    }
    if let Some(b) = v.as_bool() {
        return Some(b as i64);
    }
    match v.kind() {
        Some(Kind::Int(b)) => b.to_i64(),
        _ => None,
    }
}

pub fn is_int(v: &Value) -> bool {
    v.is_small_int() || v.is_bool() || matches!(v.kind(), Some(Kind::Int(_)))
}

/// A float view of an int, bool or float (None for other types); errors on overflow.
pub fn to_f64(rt: &mut Runtime, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = v.as_float() {
        return Ok(Some(f));
    }
    if let Some(i) = v.as_small_int() {
        return Ok(Some(i as f64));
    }
    if let Some(b) = v.as_bool() {
        return Ok(Some(b as i64 as f64));
    }
    match v.kind() {
        Some(Kind::Int(b)) => match bigint_to_f64(b) {
            Some(f) => Ok(Some(f)),
            None => Err(rt.overflow_error("int too large to convert to float")),
        },
        Some(Kind::Instance(_)) => match crate::typeobj::builtin_payload(v).cloned() {
            Some(p) if !matches!(p.kind(), Some(Kind::Instance(_))) => to_f64(rt, &p),
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `a // b` rounded toward minus infinity (`b != 0`, not `i64::MIN // -1`).
pub fn floor_div_i64(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// `a % b` with the sign of `b` (`b != 0`).
pub fn mod_i64(a: i64, b: i64) -> i64 {
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// Python's float modulo: the result has the sign of the divisor.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    m
}

pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

/// Int-by-int arithmetic. `None` when the operator does not apply to ints.
pub fn int_op(rt: &mut Runtime, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (to_i64(a), to_i64(b)) {
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(rt.zero_div("integer division or modulo by zero"));
                }
                if x == i64::MIN && y == -1 {
                    None
                } else {
                    Some(floor_div_i64(x, y))
                }
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(rt.zero_div("integer modulo by zero"));
                }
                if y == -1 {
                    Some(0)
                } else {
                    Some(mod_i64(x, y))
                }
            }
            BinOp::And => {
                let r = x & y;
                if a.is_bool() && b.is_bool() {
                    return Ok(Some(Value::bool(r != 0)));
                }
                Some(r)
            }
            BinOp::Or => {
                let r = x | y;
                if a.is_bool() && b.is_bool() {
                    return Ok(Some(Value::bool(r != 0)));
                }
                Some(r)
            }
            BinOp::Xor => {
                let r = x ^ y;
                if a.is_bool() && b.is_bool() {
                    return Ok(Some(Value::bool(r != 0)));
                }
                Some(r)
            }
            BinOp::LShift => {
                if y < 0 {
                    return Err(rt.value_error("negative shift count"));
                }
                if x == 0 {
                    Some(0)
                } else if y < 62 && (x.unsigned_abs() < (1u64 << (62 - y))) {
                    Some(x << y)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(rt.value_error("negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(rt.zero_div("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Some(Value::float(x as f64 / y as f64)));
                }
                None
            }
            BinOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(rt.zero_div("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Some(Value::float((x as f64).powf(y as f64))));
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else {
                    None
                }
            }
            BinOp::MatMul => return Ok(None),
        };
        if let Some(r) = r {
            return Ok(Some(int_from_i64(r)));
        }
    }
    let (Some(x), Some(y)) = (big_ref(a), big_ref(b)) else {
        return Ok(None);
    };
    big_op(rt, op, &x, &y)
}

/// `k` when `y` is 2**k (k >= 0).
fn power_of_two(y: &BigInt) -> Option<u64> {
    (y.sign() == num_bigint::Sign::Plus && y.magnitude().count_ones() == 1).then(|| y.bits() - 1)
}

fn big_op(rt: &mut Runtime, op: BinOp, x: &BigInt, y: &BigInt) -> PyResult<Option<Value>> {
    Ok(Some(match op {
        BinOp::Add => int_from_big(x + y),
        BinOp::Sub => int_from_big(x - y),
        BinOp::Mul => int_from_big(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(rt.zero_div("integer division or modulo by zero"));
            }
            if let Some((q, _)) = super::near_div::div_rem_small_quotient(x, y) {
                return Ok(Some(int_from_big(q)));
            }
            // (By a power of two, a shift: it rounds toward minus infinity, as // does.)
            match power_of_two(y) {
                Some(k) => int_from_big(x >> k),
                None => int_from_big(x.div_floor(y)),
            }
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(rt.zero_div("integer modulo by zero"));
            }
            if let Some((_, r)) = super::near_div::div_rem_small_quotient(x, y) {
                return Ok(Some(int_from_big(r)));
            }
            // (By a power of two, a mask: & of a negative int is two's complement, so the
            // result is the non-negative remainder % gives.)
            match power_of_two(y) {
                Some(_) => int_from_big(x & (y - 1u32)),
                None => int_from_big(x.mod_floor(y)),
            }
        }
        BinOp::And => int_from_big(x & y),
        BinOp::Or => int_from_big(x | y),
        BinOp::Xor => int_from_big(x ^ y),
        BinOp::LShift => {
            if y.is_negative() {
                return Err(rt.value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Some(int_from_i64(0)));
            }
            let Some(s) = y.to_usize() else {
                return Err(rt.overflow_error("too many digits in integer"));
            };
            if s > 1 << 32 && !x.is_zero() {
                return Err(rt.new_exc("MemoryError", ""));
            }
            int_from_big(x << s)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(rt.value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => int_from_big(x >> s),
                None => int_from_i64(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(rt.zero_div("division by zero"));
            }
            Value::float(big_true_div(rt, x, y)?)
        }
        BinOp::Pow => {
            if y.is_negative() {
                if x.is_zero() {
                    return Err(rt.zero_div("0.0 cannot be raised to a negative power"));
                }
                let xf = to_f64(rt, &int_from_big(x.clone()))?.unwrap_or(0.0);
                let yf = bigint_to_f64(y).unwrap_or(f64::NEG_INFINITY);
                return Ok(Some(Value::float(xf.powf(yf))));
            }
            if x.is_zero() || x.is_one() {
                return Ok(Some(int_from_big(x.clone())));
            }
            if *x == BigInt::from(-1) {
                return Ok(Some(int_from_i64(if y.is_even() { 1 } else { -1 })));
            }
            let Some(e) = y.to_u32() else {
                return Err(rt.new_exc("MemoryError", ""));
            };
            if x.bits().saturating_mul(e as u64) > 1 << 36 {
                return Err(rt.new_exc("MemoryError", ""));
            }
            int_from_big(Pow::pow(x, e))
        }
        BinOp::MatMul => return Ok(None),
    }))
}

/// 2**k exactly, for -1074 <= k <= 1023.
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// Correctly rounded int / int.
fn big_true_div(rt: &mut Runtime, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (bigint_to_f64(x), bigint_to_f64(y)) {
        if a.abs() < 9007199254740992.0 && b.abs() < 9007199254740992.0 {
            return Ok(a / b);
        }
    }
    // q = a/b / 2**k rounded half-even to an integer of at most 53 bits, where k puts
    // the last kept bit at the precision of the result (2**-1074 for subnormals); then
    // q * 2**k is exact.
    let neg = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    if a.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let e0 = a.bits() as i64 - b.bits() as i64;
    // e: 2**(e-1) <= a/b < 2**e.
    let at_least = if e0 >= 0 {
        a >= (&b << e0 as usize)
    } else {
        (&a << (-e0) as usize) >= b
    };
    let e = if at_least { e0 + 1 } else { e0 };
    if e > 1024 {
        return Err(rt.overflow_error("integer division result too large for a float"));
    }
    let k = (e - 53).max(-1074);
    let (num, den) = if k >= 0 {
        (a, b << k as usize)
    } else {
        (a << (-k) as usize, b)
    };
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1usize;
    if twice > den || (twice == den && q.bit(0)) {
        q += 1;
    }
    let qf = bigint_to_f64(&q).unwrap_or(f64::INFINITY);
    let v = if k > 971 {
        qf * pow2(971) * pow2(k - 971)
    } else {
        qf * pow2(k)
    };
    if v.is_infinite() {
        return Err(rt.overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -v } else { v })
}

/// Float arithmetic (either side may be an int). `None` when not numbers.
pub fn float_op(rt: &mut Runtime, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(x) = to_f64(rt, a)? else {
        return Ok(None);
    };
    let Some(y) = to_f64(rt, b)? else {
        return Ok(None);
    };
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(rt.zero_div("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(rt.zero_div("float floor division by zero"));
            }
            float_floordiv(x, y)
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(rt.zero_div("float modulo"));
            }
            float_mod(x, y)
        }
        BinOp::Pow => return float_pow(rt, x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(Value::float(r)))
}

pub fn float_pow(rt: &mut Runtime, x: f64, y: f64) -> PyResult<Value> {
    // Infinite operands follow C99 Annex F (as CPython's float_pow does) before the
    // zero and negative-base rules below.
    if y.is_infinite() || x.is_infinite() {
        if y == 0.0 {
            return Ok(Value::float(1.0));
        }
        if x.is_nan() || y.is_nan() {
            return Ok(Value::float(if x == 1.0 { 1.0 } else { f64::NAN }));
        }
        return Ok(Value::float(x.powf(y)));
    }
    if x == 0.0 && y < 0.0 {
        return Err(rt.zero_div("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // CPython returns a complex number here.
        let r = (-x).powf(y);
        let theta = std::f64::consts::PI * y;
        return Ok(Value::from_obj(Obj::new(Kind::Complex(
            r * theta.cos(),
            r * theta.sin(),
        ))));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(rt.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

/// `pow(base, exp, mod)` for ints.
pub fn int_pow_mod(rt: &mut Runtime, b: &Value, e: &Value, m: &Value) -> PyResult {
    let (Some(b), Some(e), Some(m)) = (to_big(b), to_big(e), to_big(m)) else {
        return Err(
            rt.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if m.is_zero() {
        return Err(rt.value_error("pow() 3rd argument cannot be 0"));
    }
    let base = if e.is_negative() {
        // Modular inverse.
        let g = b.extended_gcd(&m);
        if !g.gcd.is_one() && g.gcd != BigInt::from(-1) {
            return Err(rt.value_error("base is not invertible for the given modulus"));
        }
        g.x.mod_floor(&m)
    } else {
        b
    };
    let r = base.modpow(&e.abs(), &m.abs());
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    Ok(int_from_big(r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{SMALL_MAX, SMALL_MIN};

    #[test]
    fn ints_normalise_at_the_inline_boundary() {
        assert!(int_from_i64(SMALL_MAX).is_small_int());
        assert!(int_from_i64(SMALL_MIN).is_small_int());
        let over = int_from_i64(SMALL_MAX + 1);
        assert!(!over.is_small_int());
        assert_eq!(to_big(&over), Some(BigInt::from(SMALL_MAX + 1)));
        // A big result that fits again comes back inline.
        let back = int_from_big(BigInt::from(SMALL_MAX + 1) - 1);
        assert!(back.is_small_int());
        assert_eq!(back.as_small_int(), Some(SMALL_MAX));
        assert!(int_from_big(BigInt::from(SMALL_MIN)).is_small_int());
        assert!(!int_from_big(BigInt::from(SMALL_MIN) - 1).is_small_int());
    }

    #[test]
    fn arithmetic_crosses_the_boundary_exactly() {
        let mut rt = Runtime::new();
        let a = int_from_i64(SMALL_MAX);
        let one = Value::small_int(1);
        let sum = int_op(&mut rt, BinOp::Add, &a, &one).unwrap().unwrap();
        assert_eq!(to_big(&sum), Some(BigInt::from(SMALL_MAX) + 1));
        let back = int_op(&mut rt, BinOp::Sub, &sum, &one).unwrap().unwrap();
        assert!(back.is_small_int());
        let big = int_op(&mut rt, BinOp::Mul, &a, &a).unwrap().unwrap();
        assert_eq!(
            to_big(&big),
            Some(BigInt::from(SMALL_MAX) * BigInt::from(SMALL_MAX))
        );
        // Python's floor division and modulo signs.
        let q = int_op(
            &mut rt,
            BinOp::FloorDiv,
            &Value::small_int(-7),
            &Value::small_int(2),
        )
        .unwrap()
        .unwrap();
        let r = int_op(
            &mut rt,
            BinOp::Mod,
            &Value::small_int(-7),
            &Value::small_int(2),
        )
        .unwrap()
        .unwrap();
        assert_eq!((q.as_small_int(), r.as_small_int()), (Some(-4), Some(1)));
    }
}
