//! The methods of `dict` (keys/values/items views, get, setdefault, pop, popitem, update,
//! clear, copy, fromkeys) and the helpers the operators use: `update_from` (for
//! `dict.update`, `dict(...)`, `|`, `|=` and `{**m}`) and `dict_eq`.

use std::cell::RefCell;

use super::{check_pos, no_args, reg, reg_classmethod, Kw};
use crate::dict::{self as d, Dict};
use crate::object::{Kind, Obj, PyResult};
use crate::value::Value;
use crate::Runtime;

/// `view.isdisjoint(other)` for keys and items views.
fn view_isdisjoint(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if args.len() != 2 {
        return Err(rt.type_error(&format!(
            "isdisjoint() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let it = rt.get_iter(&args[1])?;
    while let Some(x) = rt.next(&it)? {
        if rt.contains(&args[0], &x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

/// `view.mapping`: a read-only mappingproxy of the dict behind a view.
fn view_mapping(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::DictView(d, _)) => Ok(mappingproxy(d.clone())),
        _ => Err(rt.type_error("expected a dict view")),
    }
}

/// A read-only `mappingproxy` over mapping `d`.
pub fn mappingproxy(d: Value) -> Value {
    Value::from_obj(Obj::new(Kind::DictView(d, 3)))
}

/// The mapping behind mappingproxy `args[0]`.
fn proxied(rt: &mut Runtime, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::DictView(d, 3)) => Ok(d.clone()),
        _ => Err(rt.type_error(&format!(
            "descriptor '{name}' requires a 'mappingproxy' object"
        ))),
    }
}

/// `mappingproxy.keys/values/items/get/copy`: the dict's method on the mapping.
fn proxy_forward(rt: &mut Runtime, args: &[Value], kw: Kw, name: &str) -> PyResult {
    let d = proxied(rt, args, name)?;
    let m = rt.getattr(&d, name)?;
    rt.call(&m, &args[1..], kw)
}

fn proxy_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let m = super::one_arg(rt, "mappingproxy", &args[1..], kw)?;
    let ok = matches!(m.kind(), Some(Kind::Dict(_)))
        || (!matches!(m.kind(), Some(Kind::List(_) | Kind::Tuple(_)))
            && rt.getattr(&m, "__getitem__").is_ok()
            && rt.getattr(&m, "keys").is_ok());
    if !ok {
        let tn = rt.type_name(&m);
        return Err(rt.type_error(&format!(
            "mappingproxy() argument must be a mapping, not {tn}"
        )));
    }
    Ok(mappingproxy(m))
}

fn register_views(rt: &mut Runtime) {
    let views = [
        (rt.types.dict_keys.clone(), "dict_keys", true),
        (rt.types.dict_values.clone(), "dict_values", false),
        (rt.types.dict_items.clone(), "dict_items", true),
    ];
    for (t, owner, setlike) in views {
        if setlike {
            reg(rt, &t, owner, &[("isdisjoint", view_isdisjoint)]);
        }
        let g = rt.new_method(owner, "mapping", view_mapping);
        let p = Value::from_obj(crate::object::Obj::new(Kind::Property(Box::new(
            crate::object::PropertyObj::new([g, Value::NONE, Value::NONE, Value::NONE]),
        ))));
        crate::exceptions::set_type_attr(rt, &t, "mapping", p);
    }
}

pub fn register(rt: &mut Runtime) {
    register_views(rt);
    let mp = rt.types.mappingproxy.clone();
    reg(
        rt,
        &mp,
        "mappingproxy",
        &[
            ("keys", |rt, a, k| proxy_forward(rt, a, k, "keys")),
            ("values", |rt, a, k| proxy_forward(rt, a, k, "values")),
            ("items", |rt, a, k| proxy_forward(rt, a, k, "items")),
            ("get", |rt, a, k| proxy_forward(rt, a, k, "get")),
            ("copy", |rt, a, k| proxy_forward(rt, a, k, "copy")),
            ("__new__", proxy_new),
        ],
    );
    let ty = rt.types.dict.clone();
    reg(
        rt,
        &ty,
        "dict",
        &[
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("get", dict_get),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop),
            ("popitem", dict_popitem),
            ("update", dict_update),
            ("clear", dict_clear),
            ("copy", dict_copy),
        ],
    );
    reg_classmethod(rt, &ty, "dict", "fromkeys", dict_fromkeys);
}

/// The dict cell behind a dict value.
pub fn cell_of(v: &Value) -> Option<&RefCell<Dict>> {
    match v.kind() {
        Some(Kind::Dict(c)) => Some(c),
        _ => None,
    }
}

fn this<'a>(rt: &mut Runtime, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Dict>> {
    match args.first() {
        None => Err(rt.type_error(&format!("unbound method dict.{name}() needs an argument"))),
        Some(v) => match cell_of(v) {
            Some(c) => Ok(c),
            None => {
                let tn = rt.type_name(v);
                Err(rt.type_error(&format!(
                    "descriptor '{name}' for 'dict' objects doesn't apply to a '{tn}' object"
                )))
            }
        },
    }
}

/// The items of one element of a `dict(iterable)` argument, as `PySequence_Fast` sees it.
fn pair_items(rt: &mut Runtime, pair: &Value, i: usize) -> PyResult<Vec<Value>> {
    match pair.kind() {
        Some(Kind::List(l)) => return Ok(l.borrow().clone()),
        Some(Kind::Tuple(t)) => return Ok(t.to_vec()),
        _ => {}
    }
    let it = match rt.get_iter(pair) {
        Ok(it) => it,
        Err(e) if rt.exc_matches(&e, "TypeError") => {
            return Err(rt.type_error(&format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            )));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = rt.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `dict.update(other)`: another dict, a mapping with `keys()`, or an iterable of pairs.
pub fn update_from(rt: &mut Runtime, dict: &Value, other: &Value) -> PyResult<()> {
    let Some(target) = cell_of(dict) else {
        return Err(rt.type_error("update_from needs a dict"));
    };
    if let Some(Kind::Dict(src)) = other.kind() {
        if other.is(dict) {
            return Ok(());
        }
        let entries: Vec<(i64, Value, Value)> = {
            let s = src.borrow();
            (0..s.slots())
                .filter_map(|i| {
                    s.entry_at(i)
                        .map(|e| (e.hash, e.key.clone(), e.value.clone()))
                })
                .collect()
        };
        for (h, k, v) in entries {
            d::set_hashed(rt, target, k, v, h)?;
        }
        return Ok(());
    }
    let t = rt.type_of(other);
    // A dict subclass that keeps dict's iteration is copied directly (CPython's
    // dict_merge fast path), without calling an overridden __getitem__.
    if let Some(p) = crate::typeobj::builtin_payload(other).cloned() {
        if matches!(p.kind(), Some(Kind::Dict(_)))
            && crate::typeobj::lookup(&t, "__iter__").is_none()
        {
            return update_from(rt, dict, &p);
        }
    }
    if crate::typeobj::lookup(&t, "keys").is_some() {
        let keys = rt.getattr(other, "keys")?;
        let ks = rt.call(&keys, &[], &[])?;
        let it = rt.get_iter(&ks)?;
        while let Some(k) = rt.next(&it)? {
            let v = rt.getitem(other, &k)?;
            d::set(rt, target, k, v)?;
        }
        return Ok(());
    }
    let it = rt.get_iter(other)?;
    let mut i = 0;
    while let Some(pair) = rt.next(&it)? {
        let kv = pair_items(rt, &pair, i)?;
        if kv.len() != 2 {
            let msg = format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            );
            return Err(rt.value_error(&msg));
        }
        let mut kv = kv.into_iter();
        let (k, v) = (kv.next().unwrap_or_default(), kv.next().unwrap_or_default());
        d::set(rt, target, k, v)?;
        i += 1;
    }
    Ok(())
}

/// Adds keyword arguments to a dict (for `dict(**kw)` and `update(**kw)`).
pub fn update_kw(rt: &mut Runtime, dict: &Value, kw: Kw) -> PyResult<()> {
    let Some(target) = cell_of(dict) else {
        return Ok(());
    };
    for (k, v) in kw {
        d::set(rt, target, k.clone(), v.clone())?;
    }
    Ok(())
}

/// `a == b` for two dicts.
pub fn dict_eq(rt: &mut Runtime, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(x), Some(y)) = (cell_of(a), cell_of(b)) else {
        return Ok(false);
    };
    if a.is(b) {
        return Ok(true);
    }
    if x.borrow().len() != y.borrow().len() {
        return Ok(false);
    }
    // Entry by entry, each read afresh (no copy of the items; a comparison that changes
    // the dict sees it as it is).
    let mut i = 0;
    loop {
        let entry = {
            let xb = x.borrow();
            if i >= xb.slots() {
                break;
            }
            xb.entry_at(i).map(|e| (e.key.clone(), e.value.clone()))
        };
        i += 1;
        let Some((k, v)) = entry else {
            continue;
        };
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

fn dict_keys(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    this(rt, args, "keys")?;
    no_args(rt, "dict.keys", &args[1..], kw)?;
    Ok(view(args, 0))
}

fn dict_values(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    this(rt, args, "values")?;
    no_args(rt, "dict.values", &args[1..], kw)?;
    Ok(view(args, 1))
}

fn dict_items(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    this(rt, args, "items")?;
    no_args(rt, "dict.items", &args[1..], kw)?;
    Ok(view(args, 2))
}

fn dict_get(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let c = this(rt, args, "get")?;
    super::no_kw(rt, "dict.get", kw)?;
    check_pos(rt, "get", args.len() - 1, 1, 2)?;
    Ok(d::get(rt, c, &args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::NONE)))
}

fn dict_setdefault(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let c = this(rt, args, "setdefault")?;
    super::no_kw(rt, "dict.setdefault", kw)?;
    check_pos(rt, "setdefault", args.len() - 1, 1, 2)?;
    let hash = rt.hash(&args[1])?;
    if let Some(v) = d::get_hashed(rt, c, &args[1], hash)? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or(Value::NONE);
    d::set_hashed(rt, c, args[1].clone(), v.clone(), hash)?;
    Ok(v)
}

fn dict_pop(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let c = this(rt, args, "pop")?;
    super::no_kw(rt, "dict.pop", kw)?;
    check_pos(rt, "pop", args.len() - 1, 1, 2)?;
    match d::remove(rt, c, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(rt.key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let c = this(rt, args, "popitem")?;
    no_args(rt, "dict.popitem", &args[1..], kw)?;
    let e = c.borrow_mut().pop_last();
    match e {
        Some(e) => Ok(rt.new_tuple(vec![e.key, e.value])),
        None => {
            let m = rt.new_str("popitem(): dictionary is empty");
            Err(rt.key_error(m))
        }
    }
}

fn dict_update(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    this(rt, args, "update")?;
    check_pos(rt, "update", args.len() - 1, 0, 1)?;
    if let Some(o) = args.get(1) {
        update_from(rt, &args[0], o)?;
    }
    update_kw(rt, &args[0], kw)?;
    Ok(Value::NONE)
}

fn dict_clear(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let c = this(rt, args, "clear")?;
    no_args(rt, "dict.clear", &args[1..], kw)?;
    c.borrow_mut().clear();
    Ok(Value::NONE)
}

fn dict_copy(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let c = this(rt, args, "copy")?;
    no_args(rt, "dict.copy", &args[1..], kw)?;
    let copy = c.borrow().clone();
    Ok(rt.new_dict(copy))
}

fn dict_fromkeys(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "dict.fromkeys")?;
    // args[0] is the class.
    super::no_kw(rt, "dict.fromkeys", kw)?;
    check_pos(rt, "fromkeys", args.len() - 1, 1, 2)?;
    let cls = args[0].clone();
    let value = args.get(2).cloned().unwrap_or(Value::NONE);
    let exact = cls.is(&rt.types.dict);
    let out = if exact {
        rt.new_dict(Dict::new())
    } else {
        rt.call(&cls, &[], &[])?
    };
    let it = rt.get_iter(&args[1])?;
    while let Some(k) = rt.next(&it)? {
        match cell_of(&out) {
            Some(c) if exact => d::set(rt, c, k, value.clone())?,
            _ => rt.setitem(&out, &k, &value)?,
        }
    }
    Ok(out)
}
