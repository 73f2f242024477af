//! `range`: its length (arbitrary precision), the `index` and `count` methods, the
//! `start`/`stop`/`step` attributes and membership of ints.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

use super::{one_arg, reg, Kw};
use crate::object::{Kind, PyResult, Range};
use crate::ops::num::{int_from_big, is_int, to_big};
use crate::value::Value;
use crate::Runtime;

pub fn register(rt: &mut Runtime) {
    let ty = rt.types.range.clone();
    reg(
        rt,
        &ty,
        "range",
        &[("index", range_index), ("count", range_count)],
    );
}

fn bounds(r: &Range) -> (BigInt, BigInt, BigInt) {
    (
        to_big(&r.start).unwrap_or_default(),
        to_big(&r.stop).unwrap_or_default(),
        to_big(&r.step).unwrap_or_else(|| BigInt::from(1)),
    )
}

/// The number of items in a range.
pub fn range_len(r: &Range) -> BigInt {
    if let (Some(a), Some(b), Some(s)) = (
        r.start.as_small_int(),
        r.stop.as_small_int(),
        r.step.as_small_int(),
    ) {
        let n = if s > 0 && a < b {
            (b - a - 1) / s + 1
        } else if s < 0 && a > b {
            (a - b - 1) / (-s) + 1
        } else {
            0
        };
        return BigInt::from(n);
    }
    let (start, stop, step) = bounds(r);
    if step.is_positive() && start < stop {
        (stop - start - 1u32).div_floor(&step) + 1u32
    } else if step.is_negative() && start > stop {
        (start - stop - 1u32).div_floor(&(-step)) + 1u32
    } else {
        BigInt::zero()
    }
}

/// `range.start`, `stop` and `step`.
pub fn range_attr(r: &Range, name: &str) -> Option<Value> {
    match name {
        "start" => Some(r.start.clone()),
        "stop" => Some(r.stop.clone()),
        "step" => Some(r.step.clone()),
        _ => None,
    }
}

/// The position of int `x` in the range, if it is an element.
pub fn range_position(r: &Range, x: &BigInt) -> Option<BigInt> {
    let (start, stop, step) = bounds(r);
    let inside = if step.is_positive() {
        start <= *x && *x < stop
    } else {
        stop < *x && *x <= start
    };
    if !inside {
        return None;
    }
    let (q, rem) = (x - &start).div_mod_floor(&step);
    rem.is_zero().then_some(q)
}

fn this<'a>(rt: &mut Runtime, args: &'a [Value], name: &str) -> PyResult<&'a Range> {
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::Range(r)) => Ok(r),
        _ => Err(rt.type_error(&format!("descriptor '{name}' requires a 'range' object"))),
    }
}

fn range_index(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let r = this(rt, args, "index")?;
    let x = one_arg(rt, "range.index", &args[1..], kw)?;
    if is_int(&x) {
        let b = to_big(&x).unwrap_or_default();
        if let Some(i) = range_position(r, &b) {
            return Ok(int_from_big(i));
        }
    } else {
        // Arbitrary objects: compare with each element.
        let it = rt.get_iter(&args[0])?;
        let mut i: i64 = 0;
        while let Some(y) = rt.next(&it)? {
            if rt.eq(&y, &x)? {
                return Ok(Value::small_int(i));
            }
            i += 1;
        }
        return Err(rt.value_error("sequence.index(x): x not in sequence"));
    }
    let r = rt.repr_string(&x)?;
    Err(rt.value_error(&format!("{r} is not in range")))
}

fn range_count(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let r = this(rt, args, "count")?;
    let x = one_arg(rt, "range.count", &args[1..], kw)?;
    if is_int(&x) {
        let b = to_big(&x).unwrap_or_default();
        return Ok(Value::small_int(range_position(r, &b).is_some() as i64));
    }
    let it = rt.get_iter(&args[0])?;
    let mut n: i64 = 0;
    while let Some(y) = rt.next(&it)? {
        if rt.eq(&y, &x)? {
            n += 1;
        }
    }
    Ok(Value::small_int(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(a: i64, b: i64, c: i64) -> Range {
        Range {
            start: Value::small_int(a),
            stop: Value::small_int(b),
            step: Value::small_int(c),
        }
    }

    #[test]
    fn lengths_and_positions() {
        assert_eq!(range_len(&r(0, 10, 3)), BigInt::from(4));
        assert_eq!(range_len(&r(10, 0, -3)), BigInt::from(4));
        assert_eq!(range_len(&r(5, 5, 1)), BigInt::from(0));
        assert_eq!(
            range_position(&r(0, 10, 3), &BigInt::from(9)),
            Some(BigInt::from(3))
        );
        assert_eq!(
            range_position(&r(10, 0, -3), &BigInt::from(4)),
            Some(BigInt::from(2))
        );
        assert_eq!(range_position(&r(10, 0, -3), &BigInt::from(0)), None);
    }
}
