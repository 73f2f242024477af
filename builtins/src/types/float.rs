//! The methods and attributes of `float`: `is_integer`, `as_integer_ratio`, `hex`,
//! `fromhex`, `conjugate`, `real`/`imag`; plus exact float conversions shared with the
//! constructors (`round_half_even_to_f64`: a correctly rounded big rational to float).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::int::float_parts;
use super::{as_str, no_args, one_arg, reg, reg_classmethod, Kw};
use crate::object::PyResult;
use crate::ops::num::int_from_big;
use crate::value::Value;
use crate::Runtime;

pub fn register(rt: &mut Runtime) {
    let ty = rt.types.float.clone();
    reg(
        rt,
        &ty,
        "float",
        &[
            ("is_integer", float_is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", float_hex),
            ("conjugate", float_conjugate),
            ("__trunc__", float_trunc),
            ("__int__", float_trunc),
        ],
    );
    reg_classmethod(rt, &ty, "float", "fromhex", float_fromhex);
}

/// `float.real` and `float.imag`.
pub fn float_attr(v: &Value, name: &str) -> Option<Value> {
    let x = v.as_float()?;
    match name {
        "real" => Some(Value::float(x)),
        "imag" => Some(Value::float(0.0)),
        _ => None,
    }
}

fn this(rt: &mut Runtime, args: &[Value], name: &str) -> PyResult<f64> {
    match args.first() {
        None => Err(rt.type_error(&format!("unbound method float.{name}() needs an argument"))),
        Some(v) => match v.as_float() {
            Some(x) => Ok(x),
            None => {
                let tn = rt.type_name(v);
                Err(rt.type_error(&format!(
                    "descriptor '{name}' for 'float' objects doesn't apply to a '{tn}' object"
                )))
            }
        },
    }
}

fn float_is_integer(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let x = this(rt, args, "is_integer")?;
    no_args(rt, "float.is_integer", &args[1..], kw)?;
    Ok(Value::bool(x.is_finite() && x.fract() == 0.0))
}

fn float_conjugate(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let x = this(rt, args, "conjugate")?;
    no_args(rt, "float.conjugate", &args[1..], kw)?;
    Ok(Value::float(x))
}

fn float_trunc(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let x = this(rt, args, "__trunc__")?;
    no_args(rt, "float.__trunc__", &args[1..], kw)?;
    Ok(int_from_big(super::int::float_to_bigint(rt, x)?))
}

fn float_as_integer_ratio(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let x = this(rt, args, "as_integer_ratio")?;
    no_args(rt, "float.as_integer_ratio", &args[1..], kw)?;
    if x.is_infinite() {
        return Err(rt.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(rt.value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = float_parts(x);
    let (num, den) = if m.is_zero() {
        (BigInt::zero(), BigInt::one())
    } else if e >= 0 {
        (m << e as usize, BigInt::one())
    } else {
        let tz = m.trailing_zeros().unwrap_or(0).min((-e) as u64);
        (m >> tz as usize, BigInt::one() << (-e as u64 - tz) as usize)
    };
    Ok(rt.new_tuple(vec![int_from_big(num), int_from_big(den)]))
}

/// `float.hex()`, e.g. `0x1.8000000000000p+0`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        };
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let sign = if x < 0.0 { "-" } else { "" };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", e.abs())
}

fn float_hex(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let x = this(rt, args, "hex")?;
    no_args(rt, "float.hex", &args[1..], kw)?;
    Ok(rt.new_string(float_to_hex(x)))
}

/// Correctly rounded (half to even) `m * 2**e` as a float; None on overflow.
pub fn scaled_to_f64(m: &BigInt, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(if m.is_negative() { -0.0 } else { 0.0 });
    }
    let neg = m.is_negative();
    let mag = m.abs();
    let bits = mag.bits() as i64;
    // The value is in [2**top, 2**(top+1)).
    let top = bits - 1 + e;
    if top > 1023 {
        return None;
    }
    // Significant bits available at this magnitude (fewer for subnormals).
    let prec = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    if prec <= 0 {
        // Below half the smallest subnormal, or exactly a tie rounding to zero...
        if prec == 0 {
            // Value in [2**-1075, 2**-1074): rounds up unless exactly 2**-1075.
            let exact_half = mag.trailing_zeros() == Some(bits as u64 - 1);
            let v = if exact_half { 0.0 } else { f64::from_bits(1) };
            return Some(if neg { -v } else { v });
        }
        return Some(if neg { -0.0 } else { 0.0 });
    }
    let shift = bits - prec;
    let (mut q, mut qe) = if shift > 0 {
        let q = &mag >> shift as usize;
        let rem = &mag - (&q << shift as usize);
        let half = BigInt::one() << (shift - 1) as usize;
        let q = if rem > half || (rem == half && q.is_odd()) {
            q + 1u32
        } else {
            q
        };
        (q, e + shift)
    } else {
        (mag.clone(), e)
    };
    if q.bits() as i64 > prec {
        q >>= 1usize;
        qe += 1;
        if qe + prec - 1 > 1023 {
            return None;
        }
    }
    let qf = q.to_u64()? as f64;
    let v = ldexp(qf, qe);
    if v.is_infinite() {
        return None;
    }
    Some(if neg { -v } else { v })
}

/// x * 2**e, exact when the result is representable.
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// Parses `float.fromhex` syntax; Err(true) on overflow, Err(false) on bad syntax.
pub fn parse_hex_float(s: &str) -> Result<f64, bool> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    if !int_part
        .chars()
        .chain(frac_part.chars())
        .all(|c| c.is_ascii_hexdigit())
    {
        return Err(false);
    }
    let e: i64 = match exp {
        None => 0,
        Some(x) => {
            let digits = x.strip_prefix(['+', '-']).unwrap_or(x);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(false);
            }
            match x.parse::<i64>() {
                Ok(v) => v.clamp(-1 << 40, 1 << 40),
                Err(_) => {
                    if x.starts_with('-') {
                        -(1 << 40)
                    } else {
                        1 << 40
                    }
                }
            }
        }
    };
    let digits = format!("{int_part}{frac_part}");
    let digits = digits.trim_start_matches('0');
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 16).ok_or(false)?
    };
    if m.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    let scale = e - 4 * frac_part.len() as i64;
    match scaled_to_f64(&m, scale) {
        Some(v) => Ok(if neg { -v } else { v }),
        None => Err(true),
    }
}

fn float_fromhex(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "float.fromhex")?;
    let s = one_arg(rt, "float.fromhex", &args[1..], kw)?;
    let Some(text) = as_str(&s) else {
        let tn = rt.type_name(&s);
        return Err(rt.type_error(&format!("bad argument type for built-in operation: {tn}")));
    };
    let x = match parse_hex_float(text) {
        Ok(x) => x,
        Err(true) => {
            return Err(rt.overflow_error("hexadecimal value too large to represent as a float"))
        }
        Err(false) => return Err(rt.value_error("invalid hexadecimal floating-point string")),
    };
    let v = Value::float(x);
    let cls = args.first().cloned().unwrap_or(Value::NONE);
    if cls.is(&rt.types.float) || cls.is_none() {
        Ok(v)
    } else {
        rt.call(&cls, &[v], &[])
    }
}

/// `round(x, ndigits)` for a float, correctly rounded (half to even on the exact binary
/// value) as CPython's `double_round` does; errors on overflow of the result.
pub fn round_float(rt: &mut Runtime, x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    // NDIGITS_MAX and NDIGITS_MIN from floatobject.c.
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let (m, e) = float_parts(x);
    let ten = BigInt::from(10);
    let p10 = num_traits::pow(ten, ndigits.unsigned_abs() as usize);
    // Exact value * 10**ndigits as num/den.
    let mut num = m.clone();
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if ndigits >= 0 {
        num *= &p10;
    } else {
        den *= &p10;
    }
    let (q, r) = num.div_mod_floor(&den);
    let twice = r * 2;
    let q = if twice > den || (twice == den && q.is_odd()) {
        q + 1
    } else {
        q
    };
    // Back to a float: q / 10**ndigits, correctly rounded through decimal text.
    let text = format!("{q}e{}", -ndigits);
    let y: f64 = text.parse().unwrap_or(f64::NAN);
    if y.is_infinite() {
        return Err(rt.overflow_error("rounded value too large to represent"));
    }
    Ok(if y == 0.0 { 0.0f64.copysign(x) } else { y })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trip() {
        assert_eq!(float_to_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_to_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_to_hex(-0.0), "-0x0.0p+0");
        assert_eq!(parse_hex_float("0x1.8p1"), Ok(3.0));
        assert_eq!(parse_hex_float("  -0X1P-1074 "), Ok(-5e-324));
        assert_eq!(parse_hex_float("0x1p-1075"), Ok(0.0));
        assert_eq!(
            parse_hex_float("0x1.0000000000000801p0"),
            Ok(1.0000000000000002)
        );
        assert_eq!(parse_hex_float("0x1p1024"), Err(true));
        assert_eq!(parse_hex_float("0x1.fffffffffffff8p1023"), Err(true));
        assert_eq!(parse_hex_float("ff"), Ok(255.0));
        assert_eq!(parse_hex_float(".8"), Ok(0.5));
        assert_eq!(parse_hex_float("0x"), Err(false));
        assert_eq!(parse_hex_float("0x.p1"), Err(false));
        assert_eq!(parse_hex_float("0x1p"), Err(false));
        assert_eq!(parse_hex_float("0x1.fffffffffffffp1023"), Ok(f64::MAX));
        assert_eq!(parse_hex_float("0x0.0000000000001p-1022"), Ok(5e-324));
        assert_eq!(parse_hex_float("0x1.8p-1074"), Ok(1e-323));
    }
}
