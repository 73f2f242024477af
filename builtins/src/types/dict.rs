//! Methods of dict, and dict helpers used by the operators (`|`, `==`, `{**x}`).

use crate::dict::{self as d, Dict};
use crate::object::{Kind, Obj, PyResult};
use crate::types::Kw;
use crate::value::Value;
use crate::Runtime;

fn cell(v: &Value) -> &std::cell::RefCell<Dict> {
    match v.kind() {
        Some(Kind::Dict(x)) => x,
        _ => panic!("dict method on non-dict"),
    }
}

/// `dict.update(other)`: a mapping (with keys()) or an iterable of pairs.
pub fn update_from(rt: &mut Runtime, dict: &Value, other: &Value) -> PyResult<()> {
    let target = cell(dict);
    if let Some(Kind::Dict(src)) = other.kind() {
        let items = src.borrow().items();
        for (k, v) in items {
            d::set(rt, target, k, v)?;
        }
        return Ok(());
    }
    let t = rt.type_of(other);
    if let Some(keys) = crate::typeobj::lookup(&t, "keys") {
        let ks = rt.call(&keys, &[other.clone()], &[])?;
        for k in rt.to_vec(&ks)? {
            let v = rt.getitem(other, &k)?;
            d::set(rt, target, k, v)?;
        }
        return Ok(());
    }
    let it = rt.get_iter(other)?;
    let mut i = 0;
    while let Some(pair) = rt.next(&it)? {
        let kv = match rt.to_vec(&pair) {
            Ok(kv) => kv,
            Err(_) => {
                let msg =
                    format!("cannot convert dictionary update sequence element #{i} to a sequence");
                return Err(rt.type_error(&msg));
            }
        };
        if kv.len() != 2 {
            let msg = format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            );
            return Err(rt.value_error(&msg));
        }
        d::set(rt, target, kv[0].clone(), kv[1].clone())?;
        i += 1;
    }
    Ok(())
}

pub fn dict_eq(rt: &mut Runtime, a: &Value, b: &Value) -> PyResult<bool> {
    let (x, y) = (cell(a), cell(b));
    if x.borrow().len() != y.borrow().len() {
        return Ok(false);
    }
    let items = x.borrow().items();
    for (k, v) in items {
        match d::get(rt, y, &k)? {
            Some(w) => {
                if !rt.eq(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn view(args: &[Value], which: u8) -> Value {
    Value::from_obj(Obj::new(Kind::DictView(args[0].clone(), which)))
}
fn keys(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    Ok(view(args, 0))
}
fn values(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    Ok(view(args, 1))
}
fn items(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    Ok(view(args, 2))
}
fn get(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() < 2 || args.len() > 3 {
        let msg = format!("get expected at least 1 argument, got {}", args.len() - 1);
        return Err(rt.type_error(&msg));
    }
    Ok(d::get(rt, cell(&args[0]), &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::NONE)))
}
fn setdefault(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let c = cell(&args[0]);
    if let Some(v) = d::get(rt, c, &args[1])? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or(Value::NONE);
    d::set(rt, c, args[1].clone(), v.clone())?;
    Ok(v)
}
fn pop(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() < 2 {
        return Err(rt.type_error("pop expected at least 1 argument, got 0"));
    }
    match d::remove(rt, cell(&args[0]), &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(rt.key_error(args[1].clone())),
        },
    }
}
fn popitem(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let e = cell(&args[0]).borrow_mut().pop_last();
    match e {
        Some(e) => Ok(rt.new_tuple(vec![e.key, e.value])),
        None => {
            let m = rt.new_str("popitem(): dictionary is empty");
            Err(rt.key_error(m))
        }
    }
}
fn update(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    if let Some(o) = args.get(1) {
        update_from(rt, &args[0], o)?;
    }
    for (k, v) in kw {
        d::set(rt, cell(&args[0]), k.clone(), v.clone())?;
    }
    Ok(Value::NONE)
}
fn clear(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    cell(&args[0]).borrow_mut().clear();
    Ok(Value::NONE)
}
fn copy(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let c = cell(&args[0]).borrow().clone();
    Ok(rt.new_dict(c))
}
fn fromkeys(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let out = rt.new_dict(Dict::new());
    let v = args.get(2).cloned().unwrap_or(Value::NONE);
    for k in rt.to_vec(&args[1])? {
        d::set(rt, cell(&out), k, v.clone())?;
    }
    Ok(out)
}

pub fn register(rt: &mut Runtime) {
    let t = rt.types.dict.clone();
    crate::types::reg(
        rt,
        &t,
        "dict",
        &[
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("get", get),
            ("setdefault", setdefault),
            ("pop", pop),
            ("popitem", popitem),
            ("update", update),
            ("clear", clear),
            ("copy", copy),
        ],
    );
    crate::types::reg_classmethod(rt, &t, "dict", "fromkeys", fromkeys);
}
