//! The methods and attributes of `int` (and so of `bool`): `bit_length`, `bit_count`,
//! `to_bytes`, `from_bytes`, `as_integer_ratio`, `is_integer`, `conjugate`, and the
//! `real`/`imag`/`numerator`/`denominator` attributes.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use super::{no_args, parse_args, reg, reg_classmethod, Kw};
use crate::object::{Kind, PyResult};
use crate::ops::num::{int_from_big, to_big};
use crate::value::Value;
use crate::Runtime;

pub fn register(rt: &mut Runtime) {
    let ty = rt.types.int.clone();
    reg(
        rt,
        &ty,
        "int",
        &[
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("to_bytes", int_to_bytes),
            ("as_integer_ratio", int_as_integer_ratio),
            ("is_integer", int_is_integer),
            ("conjugate", int_conjugate),
            ("__index__", int_conjugate),
            ("__int__", int_conjugate),
            ("__trunc__", int_conjugate),
            ("__floor__", int_conjugate),
            ("__ceil__", int_conjugate),
        ],
    );
    reg_classmethod(rt, &ty, "int", "from_bytes", int_from_bytes);
}

/// `int.real`, `imag`, `numerator`, `denominator` of an int or bool.
pub fn int_attr(v: &Value, name: &str) -> Option<Value> {
    let b = to_big(v)?;
    match name {
        "real" | "numerator" => Some(int_from_big(b)),
        "imag" => Some(Value::small_int(0)),
        "denominator" => Some(Value::small_int(1)),
        _ => None,
    }
}

fn this(rt: &mut Runtime, args: &[Value], name: &str) -> PyResult<BigInt> {
    match args.first() {
        None => Err(rt.type_error(&format!("unbound method int.{name}() needs an argument"))),
        Some(v) => match to_big(v) {
            Some(b) => Ok(b),
            None => {
                let tn = rt.type_name(v);
                Err(rt.type_error(&format!(
                    "descriptor '{name}' for 'int' objects doesn't apply to a '{tn}' object"
                )))
            }
        },
    }
}

/// `int(x)` of a float: truncation, with CPython's errors for inf and nan.
pub fn float_to_bigint(rt: &mut Runtime, x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(rt.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(rt.overflow_error("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.0e15 {
        return Ok(BigInt::from(t as i64));
    }
    let (m, e) = float_parts(t);
    Ok(if e >= 0 {
        m << e as usize
    } else {
        m >> (-e) as usize
    })
}

/// An exact decomposition x = m * 2**e of a finite float, m an integer.
pub fn float_parts(x: f64) -> (BigInt, i64) {
    if x == 0.0 {
        return (BigInt::zero(), 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let m = BigInt::from(mant);
    (if x < 0.0 { -m } else { m }, e)
}

fn int_bit_length(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let b = this(rt, args, "bit_length")?;
    no_args(rt, "int.bit_length", &args[1..], kw)?;
    Ok(Value::small_int(b.bits() as i64))
}

fn int_bit_count(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let b = this(rt, args, "bit_count")?;
    no_args(rt, "int.bit_count", &args[1..], kw)?;
    let n: u64 = b
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::small_int(n as i64))
}

fn int_as_integer_ratio(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let b = this(rt, args, "as_integer_ratio")?;
    no_args(rt, "int.as_integer_ratio", &args[1..], kw)?;
    Ok(rt.new_tuple(vec![int_from_big(b), Value::small_int(1)]))
}

fn int_is_integer(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    this(rt, args, "is_integer")?;
    no_args(rt, "int.is_integer", &args[1..], kw)?;
    Ok(Value::TRUE)
}

fn int_conjugate(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let b = this(rt, args, "conjugate")?;
    no_args(rt, "int.conjugate", &args[1..], kw)?;
    Ok(int_from_big(b))
}

fn byteorder_arg(rt: &mut Runtime, v: &Option<Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match v.kind() {
            Some(Kind::Str(s)) if &*s.s == "little" => Ok(true),
            Some(Kind::Str(s)) if &*s.s == "big" => Ok(false),
            Some(Kind::Str(_)) => Err(rt.value_error("byteorder must be either 'little' or 'big'")),
            _ => {
                let tn = rt.arg_type_name(v);
                Err(rt.type_error(&format!(
                    "{fname}() argument 'byteorder' must be str, not {tn}"
                )))
            }
        },
    }
}

fn int_to_bytes(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let b = this(rt, args, "to_bytes")?;
    let p = parse_args(
        rt,
        "to_bytes",
        &args[1..],
        kw,
        &["length", "byteorder", "signed"],
        0,
        2,
        0,
    )?;
    let length = match &p[0] {
        Some(v) => rt.index_of(v)?,
        None => 1,
    };
    if length > super::str::MAX_TEXT {
        return Err(rt.new_exc("MemoryError", ""));
    }
    if length < 0 {
        return Err(rt.value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(rt, &p[1], "to_bytes")?;
    let signed = match &p[2] {
        Some(v) => rt.truthy(v)?,
        None => false,
    };
    if b.is_negative() && !signed {
        return Err(rt.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    // 0 needs no bytes; nor does -1 when signed (all sign bits), as in CPython.
    if b.is_zero() || (signed && b == BigInt::from(-1)) {
        bytes.clear();
    }
    // Minimal two's complement may carry a redundant sign byte; trim it when it fits.
    let length = length as usize;
    if bytes.len() > length {
        return Err(rt.overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(rt.new_bytes(bytes))
}

fn int_from_bytes(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "int.from_bytes")?;
    // args[0] is the class.
    let p = parse_args(
        rt,
        "from_bytes",
        &args[1..],
        kw,
        &["bytes", "byteorder", "signed"],
        0,
        2,
        1,
    )?;
    let src = p[0].clone().unwrap_or(Value::NONE);
    let data = match super::bytes_like(&src) {
        Some(d) => d,
        None => {
            if matches!(src.kind(), Some(Kind::Str(_))) || !is_iterable_for_bytes(&src) {
                let tn = rt.type_name(&src);
                return Err(rt.type_error(&format!("cannot convert '{tn}' object to bytes")));
            }
            super::bytes::bytes_from_iterable(rt, &src)?
        }
    };
    let little = byteorder_arg(rt, &p[1], "from_bytes")?;
    let signed = match &p[2] {
        Some(v) => rt.truthy(v)?,
        None => false,
    };
    let n = if signed {
        if little {
            BigInt::from_signed_bytes_le(&data)
        } else {
            BigInt::from_signed_bytes_be(&data)
        }
    } else if little {
        BigInt::from_bytes_le(Sign::Plus, &data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    let v = int_from_big(n);
    let cls = args.first().cloned().unwrap_or(Value::NONE);
    if cls.is(&rt.types.int) || cls.is_none() {
        Ok(v)
    } else {
        rt.call(&cls, &[v], &[])
    }
}

fn is_iterable_for_bytes(v: &Value) -> bool {
    !matches!(
        v.kind(),
        None | Some(Kind::Int(_)) | Some(Kind::Complex(..))
    )
}

/// `int.__round__(n)` semantics for `round(int, n)`: round half to even at 10**-n.
pub fn round_int(b: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return b.clone();
    }
    let Some(p) = (-ndigits).to_u32() else {
        return BigInt::zero();
    };
    if p > 100_000 {
        return BigInt::zero();
    }
    let pow = num_traits::pow(BigInt::from(10), p as usize);
    let (q, r) = num_integer::Integer::div_mod_floor(b, &pow);
    let twice = &r * 2;
    let q = if twice > pow || (twice == pow && num_integer::Integer::is_odd(&q)) {
        q + 1
    } else {
        q
    };
    q * pow
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_ints() {
        assert_eq!(round_int(&BigInt::from(150), -2), BigInt::from(200));
        assert_eq!(round_int(&BigInt::from(250), -2), BigInt::from(200));
        assert_eq!(round_int(&BigInt::from(-250), -2), BigInt::from(-200));
        assert_eq!(round_int(&BigInt::from(1234), -2), BigInt::from(1200));
        assert_eq!(round_int(&BigInt::from(5), -5), BigInt::from(0));
    }

    #[test]
    fn float_decomposition() {
        let (m, e) = float_parts(1.5);
        assert_eq!((m, e), (BigInt::from(3u64 << 51), -52));
        let (m, e) = float_parts(5e-324);
        assert_eq!((m, e), (BigInt::from(1), -1074));
    }
}
