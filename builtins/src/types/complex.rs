//! `complex`: arithmetic with ints, floats and complexes (CPython's `_Py_c_*` algorithms,
//! so results match bit for bit), `repr`, the `conjugate` method and `real`/`imag`.

use super::{new_complex, no_args, reg, Kw};
use crate::format::{double_to_string, DtsFlags};
use crate::object::{Kind, PyResult};
use crate::ops::num::to_f64;
use crate::value::Value;
use crate::Runtime;
use molt_bytecode::opcodes::BinOp;

pub fn register(rt: &mut Runtime) {
    let ty = rt.types.complex.clone();
    reg(rt, &ty, "complex", &[("conjugate", complex_conjugate)]);
}

/// `complex.real` and `complex.imag`.
pub fn complex_attr(v: &Value, name: &str) -> Option<Value> {
    let Some(Kind::Complex(r, i)) = v.kind() else {
        return None;
    };
    match name {
        "real" => Some(Value::float(*r)),
        "imag" => Some(Value::float(*i)),
        _ => None,
    }
}

fn complex_conjugate(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let Some(Kind::Complex(r, i)) = args.first().and_then(|v| v.kind()) else {
        return Err(rt.type_error(
            "descriptor 'conjugate' for 'complex' objects doesn't apply to this object",
        ));
    };
    let (r, i) = (*r, *i);
    no_args(rt, "complex.conjugate", &args[1..], kw)?;
    Ok(new_complex(r, -i))
}

/// The complex value of an int, float or complex operand (None for other types).
pub fn as_complex(rt: &mut Runtime, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(Kind::Complex(r, i)) = v.kind() {
        return Ok(Some((*r, *i)));
    }
    Ok(to_f64(rt, v)?.map(|f| (f, 0.0)))
}

type C = (f64, f64);

fn c_prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; None for division by zero.
pub fn c_quot(a: C, b: C) -> Option<C> {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `_Py_c_pow`; Err(()) for 0 to a negative or complex power.
fn c_pow(a: C, b: C) -> Result<C, ()> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(());
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn c_powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

fn c_powi(x: C, n: i64) -> Result<C, ()> {
    if n > 0 {
        Ok(c_powu(x, n as u64))
    } else {
        c_quot((1.0, 0.0), c_powu(x, n.unsigned_abs())).ok_or(())
    }
}

/// `a <op> b` where either side is complex. None when the operator does not apply.
pub fn complex_op(rt: &mut Runtime, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(x) = as_complex(rt, a)? else {
        return Ok(None);
    };
    let Some(y) = as_complex(rt, b)? else {
        return Ok(None);
    };
    let r = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mul => c_prod(x, y),
        BinOp::TrueDiv => match c_quot(x, y) {
            Some(q) => q,
            None => return Err(rt.zero_div("complex division by zero")),
        },
        BinOp::Pow => {
            let p = if y.1 == 0.0 && y.0 == y.0.floor() && y.0.abs() <= 100.0 {
                c_powi(x, y.0 as i64)
            } else {
                c_pow(x, y)
            };
            match p {
                Err(()) => return Err(rt.zero_div("0.0 to a negative or complex power")),
                Ok(p) => {
                    if p.0.is_infinite() || p.1.is_infinite() {
                        return Err(rt.overflow_error("complex exponentiation"));
                    }
                    p
                }
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(new_complex(r.0, r.1)))
}

fn part(x: f64, sign: bool) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            always_sign: sign,
            ..DtsFlags::default()
        },
    )
}

/// `repr(complex)` exactly as CPython writes it: `1j`, `(1+2j)`, `(-0-1j)`, `infj`...
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", part(im, false))
    } else {
        format!("({}{}j)", part(re, false), part(im, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
        assert_eq!(complex_repr(1e16, 1.0), "(1e+16+1j)");
        assert_eq!(complex_repr(f64::INFINITY, f64::NAN), "(inf+nanj)");
        assert_eq!(complex_repr(1.5, 2.25), "(1.5+2.25j)");
        assert_eq!(complex_repr(0.0, f64::INFINITY), "infj");
    }

    #[test]
    fn arithmetic() {
        assert_eq!(c_quot((1.0, 2.0), (3.0, -4.0)), Some((-0.2, 0.4)));
        assert_eq!(c_powi((1.0, 2.0), 2), Ok((-3.0, 4.0)));
        assert_eq!(c_powi((1.0, 1.0), -2), Ok((0.0, -0.5)));
        assert_eq!(c_pow((0.0, 0.0), (-1.0, 0.0)), Err(()));
    }
}
