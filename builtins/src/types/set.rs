//! Methods of set and frozenset, and the set operators.

use std::cell::RefCell;

use crate::object::{Kind, Obj, PyResult};
use crate::ops::cmp::CmpOp;
use crate::set::{self as s, SetTable};
use crate::types::Kw;
use crate::value::Value;
use crate::Runtime;
use molt_bytecode::opcodes::BinOp;

fn table(v: &Value) -> SetTable {
    match v.kind() {
        Some(Kind::Set(t)) => t.borrow().clone(),
        Some(Kind::FrozenSet(t)) => t.clone(),
        _ => SetTable::new(),
    }
}

fn wrap(like: &Value, t: SetTable) -> Value {
    match like.kind() {
        Some(Kind::FrozenSet(_)) => Value::from_obj(Obj::new(Kind::FrozenSet(t))),
        _ => Value::from_obj(Obj::new(Kind::Set(RefCell::new(t)))),
    }
}

fn contains(rt: &mut Runtime, t: &SetTable, x: &Value) -> PyResult<bool> {
    let c = RefCell::new(t.clone());
    s::contains(rt, &c, x)
}

pub fn set_binop(rt: &mut Runtime, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (ta, tb) = (table(a), table(b));
    let out = RefCell::new(SetTable::new());
    match op {
        BinOp::Or => {
            for (h, k) in ta.iter_hashed() {
                s::add_hashed(rt, &out, k.clone(), h)?;
            }
            for (h, k) in tb.iter_hashed() {
                s::add_hashed(rt, &out, k.clone(), h)?;
            }
        }
        BinOp::And => {
            let (small, big) = if ta.len() <= tb.len() {
                (&ta, &tb)
            } else {
                (&tb, &ta)
            };
            for (h, k) in small.iter_hashed() {
                if contains(rt, big, k)? {
                    s::add_hashed(rt, &out, k.clone(), h)?;
                }
            }
        }
        BinOp::Sub => {
            for (h, k) in ta.iter_hashed() {
                if !contains(rt, &tb, k)? {
                    s::add_hashed(rt, &out, k.clone(), h)?;
                }
            }
        }
        BinOp::Xor => {
            for (h, k) in ta.iter_hashed() {
                if !contains(rt, &tb, k)? {
                    s::add_hashed(rt, &out, k.clone(), h)?;
                }
            }
            for (h, k) in tb.iter_hashed() {
                if !contains(rt, &ta, k)? {
                    s::add_hashed(rt, &out, k.clone(), h)?;
                }
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(wrap(a, out.into_inner())))
}

fn subset(rt: &mut Runtime, a: &SetTable, b: &SetTable) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for k in a.keys() {
        if !contains(rt, b, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(rt: &mut Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (ta, tb) = (table(a), table(b));
    Ok(match op {
        CmpOp::Eq => ta.len() == tb.len() && subset(rt, &ta, &tb)?,
        CmpOp::Ne => !(ta.len() == tb.len() && subset(rt, &ta, &tb)?),
        CmpOp::Le => subset(rt, &ta, &tb)?,
        CmpOp::Lt => ta.len() < tb.len() && subset(rt, &ta, &tb)?,
        CmpOp::Ge => subset(rt, &tb, &ta)?,
        CmpOp::Gt => ta.len() > tb.len() && subset(rt, &tb, &ta)?,
    })
}

fn cell(v: &Value) -> &RefCell<SetTable> {
    match v.kind() {
        Some(Kind::Set(t)) => t,
        _ => panic!("set method on non-set"),
    }
}

fn as_set(rt: &mut Runtime, v: &Value) -> PyResult<Value> {
    if matches!(v.kind(), Some(Kind::Set(_)) | Some(Kind::FrozenSet(_))) {
        return Ok(v.clone());
    }
    let t = RefCell::new(SetTable::new());
    for x in rt.to_vec(v)? {
        s::add(rt, &t, x)?;
    }
    Ok(Value::from_obj(Obj::new(Kind::Set(t))))
}

fn add(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    s::add(rt, cell(&args[0]), args[1].clone())?;
    Ok(Value::NONE)
}
fn discard(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    s::discard(rt, cell(&args[0]), &args[1])?;
    Ok(Value::NONE)
}
fn remove(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if !s::discard(rt, cell(&args[0]), &args[1])? {
        return Err(rt.key_error(args[1].clone()));
    }
    Ok(Value::NONE)
}
fn pop(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let r = cell(&args[0]).borrow_mut().pop();
    match r {
        Some(v) => Ok(v),
        None => {
            let m = rt.new_str("pop from an empty set");
            Err(rt.key_error(m))
        }
    }
}
fn clear(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    cell(&args[0]).borrow_mut().clear();
    Ok(Value::NONE)
}
fn copy(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    Ok(wrap(&args[0], table(&args[0])))
}
fn multi(rt: &mut Runtime, args: &[Value], op: BinOp) -> PyResult {
    let mut acc = wrap(&args[0], table(&args[0]));
    for o in &args[1..] {
        let o = as_set(rt, o)?;
        acc = set_binop(rt, op, &acc, &o)?.unwrap_or(acc);
    }
    Ok(acc)
}
fn union(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    multi(rt, args, BinOp::Or)
}
fn intersection(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    multi(rt, args, BinOp::And)
}
fn difference(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    multi(rt, args, BinOp::Sub)
}
fn symmetric_difference(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    multi(rt, args, BinOp::Xor)
}
fn in_place(rt: &mut Runtime, args: &[Value], op: BinOp) -> PyResult {
    let r = multi(rt, args, op)?;
    *cell(&args[0]).borrow_mut() = table(&r);
    Ok(Value::NONE)
}
fn update(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    for o in &args[1..] {
        for x in rt.to_vec(o)? {
            s::add(rt, cell(&args[0]), x)?;
        }
    }
    Ok(Value::NONE)
}
fn intersection_update(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    in_place(rt, args, BinOp::And)
}
fn difference_update(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    in_place(rt, args, BinOp::Sub)
}
fn symmetric_difference_update(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    in_place(rt, args, BinOp::Xor)
}
fn issubset(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let o = as_set(rt, &args[1])?;
    Ok(Value::bool(subset(rt, &table(&args[0]), &table(&o))?))
}
fn issuperset(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let o = as_set(rt, &args[1])?;
    Ok(Value::bool(subset(rt, &table(&o), &table(&args[0]))?))
}
fn isdisjoint(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let o = as_set(rt, &args[1])?;
    let r = set_binop(rt, BinOp::And, &args[0], &o)?
        .map(|v| table(&v).is_empty())
        .unwrap_or(true);
    Ok(Value::bool(r))
}

pub fn register(rt: &mut Runtime) {
    let common: &[(&'static str, crate::object::NativeFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
    ];
    let t = rt.types.set.clone();
    crate::types::reg(rt, &t, "set", common);
    crate::types::reg(
        rt,
        &t,
        "set",
        &[
            ("add", add),
            ("discard", discard),
            ("remove", remove),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
        ],
    );
    let f = rt.types.frozenset.clone();
    crate::types::reg(rt, &f, "frozenset", common);
}
