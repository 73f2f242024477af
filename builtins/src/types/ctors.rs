//! Constructors (`__new__`) of the builtin types: int(), float(), str(), list(), ...

use crate::dict::Dict;
use crate::object::{Kind, Obj, PyResult, Range};
use crate::ops::num::{int_from_big, int_from_i64, to_big};
use crate::types::Kw;
use crate::value::Value;
use crate::Runtime;
use num_bigint::BigInt;
use num_traits::{Num, Zero};

fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (digits, base) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (&t[2..], 16),
        (0 | 8, Some("0o")) => (&t[2..], 8),
        (0 | 2, Some("0b")) => (&t[2..], 2),
        (0, _) => (t, 10),
        (b, _) => (t, b),
    };
    let digits = digits.strip_prefix('_').unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let v = BigInt::from_str_radix(&clean, base).ok()?;
    Some(if neg { -v } else { v })
}

fn int_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let mut x = args.get(1).cloned();
    let mut base = args.get(2).cloned();
    for (k, v) in kw {
        match &*rt.str_of(k)? {
            "base" => base = Some(v.clone()),
            "x" => x = Some(v.clone()),
            other => {
                let msg = format!("'{other}' is an invalid keyword argument for int()");
                return Err(rt.type_error(&msg));
            }
        }
    }
    let Some(x) = x else {
        return Ok(Value::small_int(0));
    };
    if let Some(b) = base {
        let b = rt.index_of(&b)?;
        let Some(Kind::Str(s)) = x.kind() else {
            return Err(rt.type_error("int() can't convert non-string with explicit base"));
        };
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(rt.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match parse_int(&s.s, b as u32) {
            Some(v) => Ok(int_from_big(v)),
            None => {
                let msg = format!(
                    "invalid literal for int() with base {}: {}",
                    b,
                    crate::ops::repr::str_repr(&s.s)
                );
                Err(rt.value_error(&msg))
            }
        };
    }
    if let Some(b) = to_big(&x) {
        return Ok(int_from_big(b));
    }
    if let Some(f) = x.as_float() {
        if f.is_nan() {
            return Err(rt.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(rt.overflow_error("cannot convert float infinity to integer"));
        }
        let t = f.trunc();
        if t.abs() < 9.0e15 {
            return Ok(int_from_i64(t as i64));
        }
        let b: BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
        return Ok(int_from_big(b));
    }
    if let Some(Kind::Str(s)) = x.kind() {
        return match parse_int(&s.s, 10) {
            Some(v) => Ok(int_from_big(v)),
            None => {
                let msg = format!(
                    "invalid literal for int() with base 10: {}",
                    crate::ops::repr::str_repr(&s.s)
                );
                Err(rt.value_error(&msg))
            }
        };
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = rt.call_dunder(&x, name, &[])? {
            return Ok(r);
        }
    }
    let msg = format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        rt.type_name(&x)
    );
    Err(rt.type_error(&msg))
}

pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty()
                || body.starts_with('_')
                || body.ends_with('_')
                || body.contains("__")
                || !body
                    .chars()
                    .all(|c| c.is_ascii_digit() || "._e+-".contains(c))
            {
                return None;
            }
            let clean: String = body.chars().filter(|&c| c != '_').collect();
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

fn float_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(x) = args.get(1) else {
        return Ok(Value::float(0.0));
    };
    if let Some(f) = rt.float_of(x)? {
        return Ok(Value::float(f));
    }
    if let Some(Kind::Str(s)) = x.kind() {
        return match parse_float(&s.s) {
            Some(f) => Ok(Value::float(f)),
            None => {
                let msg = format!(
                    "could not convert string to float: {}",
                    crate::ops::repr::str_repr(&s.s)
                );
                Err(rt.value_error(&msg))
            }
        };
    }
    if let Some(r) = rt.call_dunder(x, "__float__", &[])? {
        return Ok(r);
    }
    let msg = format!(
        "float() argument must be a string or a real number, not '{}'",
        rt.type_name(x)
    );
    Err(rt.type_error(&msg))
}

fn str_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    match args.get(1) {
        None => Ok(rt.empty_str.clone()),
        Some(v) => {
            if let (Some(Kind::Bytes(b)), Some(_)) = (v.kind(), args.get(2)) {
                return Ok(rt.new_string(String::from_utf8_lossy(b).into_owned()));
            }
            rt.str(v)
        }
    }
}

fn bool_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    match args.get(1) {
        None => Ok(Value::FALSE),
        Some(v) => Ok(Value::bool(rt.truthy(v)?)),
    }
}

fn list_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let items = match args.get(1) {
        Some(v) => rt.to_vec(v)?,
        None => Vec::new(),
    };
    Ok(rt.new_list(items))
}

fn tuple_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    match args.get(1) {
        Some(v) if matches!(v.kind(), Some(Kind::Tuple(_))) => Ok(v.clone()),
        Some(v) => {
            let items = rt.to_vec(v)?;
            Ok(rt.new_tuple(items))
        }
        None => Ok(rt.empty_tuple.clone()),
    }
}

fn dict_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let d = rt.new_dict(Dict::new());
    if let Some(src) = args.get(1) {
        crate::types::dict::update_from(rt, &d, src)?;
    }
    if let Some(Kind::Dict(cell)) = d.kind() {
        for (k, v) in kw {
            crate::dict::set(rt, cell, k.clone(), v.clone())?;
        }
    }
    Ok(d)
}

fn set_from(rt: &mut Runtime, arg: Option<&Value>) -> PyResult<crate::set::SetTable> {
    let cell = std::cell::RefCell::new(crate::set::SetTable::new());
    if let Some(v) = arg {
        for x in rt.to_vec(v)? {
            crate::set::add(rt, &cell, x)?;
        }
    }
    Ok(cell.into_inner())
}

fn set_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let t = set_from(rt, args.get(1))?;
    Ok(Value::from_obj(Obj::new(Kind::Set(
        std::cell::RefCell::new(t),
    ))))
}

fn frozenset_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let t = set_from(rt, args.get(1))?;
    Ok(Value::from_obj(Obj::new(Kind::FrozenSet(t))))
}

fn range_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let a = &args[1..];
    let int = |rt: &mut Runtime, v: &Value| -> PyResult<Value> {
        if let Some(b) = to_big(v) {
            return Ok(int_from_big(b));
        }
        if let Some(r) = rt.call_dunder(v, "__index__", &[])? {
            return Ok(r);
        }
        let msg = format!(
            "'{}' object cannot be interpreted as an integer",
            rt.type_name(v)
        );
        Err(rt.type_error(&msg))
    };
    let (start, stop, step) = match a.len() {
        1 => (Value::small_int(0), int(rt, &a[0])?, Value::small_int(1)),
        2 => (int(rt, &a[0])?, int(rt, &a[1])?, Value::small_int(1)),
        3 => (int(rt, &a[0])?, int(rt, &a[1])?, int(rt, &a[2])?),
        0 => return Err(rt.type_error("range expected at least 1 argument, got 0")),
        n => {
            let msg = format!("range expected at most 3 arguments, got {n}");
            return Err(rt.type_error(&msg));
        }
    };
    if to_big(&step).is_some_and(|s| s.is_zero()) {
        return Err(rt.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::from_obj(Obj::new(Kind::Range(Range {
        start,
        stop,
        step,
    }))))
}

fn object_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    match args.first() {
        Some(cls) => crate::typeobj::new_instance(rt, cls),
        None => Err(rt.type_error("object.__new__(): not enough arguments")),
    }
}

fn type_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    if args.len() == 2 {
        return Ok(rt.type_of(&args[1]));
    }
    if args.len() != 4 {
        return Err(rt.type_error("type() takes 1 or 3 arguments"));
    }
    let name = rt.str_of(&args[1])?.to_string();
    let bases = rt.to_vec(&args[2])?;
    let ns = match args[3].kind() {
        Some(Kind::Dict(d)) => d.borrow().clone(),
        _ => return Err(rt.type_error("type.__new__() argument 3 must be dict")),
    };
    crate::typeobj::new_class_kw(rt, &args[0], &name, bases, ns, kw)
}

fn slice_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let a = &args[1..];
    let s = match a.len() {
        1 => [Value::NONE, a[0].clone(), Value::NONE],
        2 => [a[0].clone(), a[1].clone(), Value::NONE],
        3 => [a[0].clone(), a[1].clone(), a[2].clone()],
        _ => return Err(rt.type_error("slice expected at least 1 argument, got 0")),
    };
    Ok(Value::from_obj(Obj::new(Kind::Slice(Box::new(s)))))
}

fn property_new(_rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let mut p = [Value::NONE, Value::NONE, Value::NONE, Value::NONE];
    for (i, a) in args[1..].iter().enumerate().take(4) {
        p[i] = a.clone();
    }
    for (k, v) in kw {
        if let Some(Kind::Str(s)) = k.kind() {
            let i = match &*s.s {
                "fget" => 0,
                "fset" => 1,
                "fdel" => 2,
                _ => 3,
            };
            p[i] = v.clone();
        }
    }
    Ok(Value::from_obj(Obj::new(Kind::Property(Box::new(p)))))
}

fn staticmethod_new(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::from_obj(Obj::new(Kind::StaticMethod(
        args.get(1).cloned().unwrap_or(Value::NONE),
    ))))
}

fn classmethod_new(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::from_obj(Obj::new(Kind::ClassMethod(
        args.get(1).cloned().unwrap_or(Value::NONE),
    ))))
}

fn super_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 3 {
        return Err(rt.new_exc("RuntimeError", "super(): no arguments"));
    }
    Ok(Value::from_obj(Obj::new(Kind::Super(
        args[1].clone(),
        args[2].clone(),
    ))))
}

fn complex_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let re = match args.get(1) {
        Some(v) => rt.float_of(v)?.unwrap_or(0.0),
        None => 0.0,
    };
    let im = match args.get(2) {
        Some(v) => rt.float_of(v)?.unwrap_or(0.0),
        None => 0.0,
    };
    Ok(Value::from_obj(Obj::new(Kind::Complex(re, im))))
}

fn bytes_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    match args.get(1) {
        None => Ok(rt.new_bytes(Vec::new())),
        Some(v) => {
            if let Some(Kind::Str(s)) = v.kind() {
                return Ok(rt.new_bytes(s.s.as_bytes().to_vec()));
            }
            if let Some(n) = crate::ops::num::to_i64(v) {
                return Ok(rt.new_bytes(vec![0; n.max(0) as usize]));
            }
            let items = rt.to_vec(v)?;
            let mut out = Vec::new();
            for i in items {
                let x = rt.index_of(&i)?;
                if !(0..256).contains(&x) {
                    return Err(rt.value_error("bytes must be in range(0, 256)"));
                }
                out.push(x as u8);
            }
            Ok(rt.new_bytes(out))
        }
    }
}

pub fn register(rt: &mut Runtime) {
    let t = &rt.types;
    let pairs: Vec<(Value, crate::object::NativeFn)> = vec![
        (t.int.clone(), int_new),
        (t.float.clone(), float_new),
        (t.str_.clone(), str_new),
        (t.bool_.clone(), bool_new),
        (t.list.clone(), list_new),
        (t.tuple.clone(), tuple_new),
        (t.dict.clone(), dict_new),
        (t.set.clone(), set_new),
        (t.frozenset.clone(), frozenset_new),
        (t.range.clone(), range_new),
        (t.object.clone(), object_new),
        (t.type_.clone(), type_new),
        (t.slice.clone(), slice_new),
        (t.property.clone(), property_new),
        (t.staticmethod.clone(), staticmethod_new),
        (t.classmethod.clone(), classmethod_new),
        (t.super_.clone(), super_new),
        (t.complex.clone(), complex_new),
        (t.bytes.clone(), bytes_new),
    ];
    for (ty, f) in pairs {
        let name: &'static str = "__new__";
        let owner = if ty.is(&rt.types.object) {
            "object"
        } else {
            "builtin"
        };
        let m = rt.new_method(owner, name, f);
        crate::exceptions::set_type_attr(rt, &ty, name, m);
    }
}
