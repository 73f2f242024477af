//! complex arithmetic and repr.

use crate::format::float_repr;
use crate::object::{Kind, Obj, PyResult};
use crate::value::Value;
use crate::Runtime;
use molt_bytecode::opcodes::BinOp;

fn parts(rt: &mut Runtime, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(Kind::Complex(r, i)) = v.kind() {
        return Ok(Some((*r, *i)));
    }
    Ok(rt.float_of(v)?.map(|f| (f, 0.0)))
}

pub fn complex_op(rt: &mut Runtime, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some((ar, ai)), Some((br, bi))) = (parts(rt, a)?, parts(rt, b)?) else {
        return Ok(None);
    };
    let (r, i) = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => {
            let d = br * br + bi * bi;
            if d == 0.0 {
                return Err(rt.zero_div("complex division by zero"));
            }
            ((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::from_obj(Obj::new(Kind::Complex(r, i)))))
}

fn part(x: f64) -> String {
    let s = float_repr(x);
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

pub fn complex_repr(r: f64, i: f64) -> String {
    if r == 0.0 && r.is_sign_positive() {
        return format!("{}j", part(i));
    }
    let sign =
        if i < 0.0 || (i == 0.0 && i.is_sign_negative()) || (i.is_nan() && i.is_sign_negative()) {
            "-"
        } else {
            "+"
        };
    format!("({}{}{}j)", part(r), sign, part(i.abs()))
}

pub fn register(_rt: &mut Runtime) {}
