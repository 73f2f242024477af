//! The runtime side of `match`: which subjects count as sequences and mappings, class
//! patterns (`__match_args__` and keyword attributes) and `**rest` captures.

use molt_builtins::dict::Dict;
use molt_builtins::typeobj::{as_type, builtin_payload, lookup};
use molt_builtins::{Kind, PyResult, Runtime, Value};

fn unwrap(v: &Value) -> &Value {
    builtin_payload(v).unwrap_or(v)
}

/// Sequences for `match`: list, tuple, range, memoryview (and their subclasses), and
/// instances of classes that are collections.abc.Sequence (deque, UserList, registered
/// classes) — CPython's Py_TPFLAGS_SEQUENCE — but never str, bytes or bytearray.
pub fn is_sequence(rt: &mut Runtime, v: &Value) -> PyResult<bool> {
    match unwrap(v).kind() {
        Some(Kind::List(_) | Kind::Tuple(_) | Kind::Range(_)) => Ok(true),
        Some(Kind::Str(_) | Kind::Bytes(_) | Kind::ByteArray(_) | Kind::Dict(_)) => Ok(false),
        // (An instance with native storage, a deque: as any other instance.)
        Some(Kind::Native(..)) if matches!(v.kind(), Some(Kind::Instance(_))) => {
            abc_instance(rt, v, "Sequence")
        }
        Some(Kind::Native(..)) => Ok(rt.type_of(v).is(&rt.types.memoryview)),
        Some(Kind::Instance(_)) => abc_instance(rt, v, "Sequence"),
        _ => Ok(false),
    }
}

/// Mappings for `match`: dict and its subclasses, and instances of
/// collections.abc.Mapping classes (Py_TPFLAGS_MAPPING).
pub fn is_mapping(rt: &mut Runtime, v: &Value) -> PyResult<bool> {
    match unwrap(v).kind() {
        Some(Kind::Dict(_)) => Ok(true),
        Some(Kind::Instance(_)) => abc_instance(rt, v, "Mapping"),
        _ => Ok(false),
    }
}

/// isinstance(v, collections.abc.<name>), when collections.abc has been imported (a class
/// cannot be one of these ABCs otherwise).
fn abc_instance(rt: &mut Runtime, v: &Value, name: &str) -> PyResult<bool> {
    let module = match rt.modules.kind() {
        Some(Kind::Dict(d)) => d.borrow().get_str("collections.abc").cloned(),
        _ => None,
    };
    let Some(module) = module else {
        return Ok(false);
    };
    let abc = rt.getattr(&module, name)?;
    let isinstance = match rt.builtins.kind() {
        Some(Kind::Dict(d)) => d.borrow().get_str("isinstance").cloned(),
        _ => None,
    };
    let Some(isinstance) = isinstance else {
        return Ok(false);
    };
    let r = rt.call(&isinstance, &[v.clone(), abc], &[])?;
    rt.truthy(&r)
}

/// `**rest`: a new dict with the subject's items except `keys`.
pub fn dict_without(rt: &mut Runtime, v: &Value, keys: &Value) -> PyResult {
    let items = match unwrap(v).kind() {
        Some(Kind::Dict(d)) => d.borrow().items(),
        _ => Vec::new(),
    };
    let keys = rt.to_vec(keys)?;
    let out = rt.new_dict(Dict::new());
    let Some(Kind::Dict(cell)) = out.kind() else {
        return Ok(out);
    };
    'items: for (k, val) in items {
        for key in &keys {
            if rt.eq(&k, key)? {
                continue 'items;
            }
        }
        molt_builtins::dict::set(rt, cell, k, val)?;
    }
    Ok(out)
}

/// Builtin classes whose single positional sub-pattern matches the subject itself.
fn matches_self(rt: &Runtime, cls: &Value) -> bool {
    let t = &rt.types;
    [
        &t.bool_,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str_,
        &t.tuple,
    ]
    .iter()
    .any(|b| molt_builtins::typeobj::is_subtype(cls, b))
}

/// A class pattern: the positional and keyword attribute values, or None when `v` does
/// not match (not an instance, or an attribute is missing).
/// Mapping pattern keys: `(m.get(k1), ...)` when mapping `m` has every key in tuple
/// `keys`, else None. Looked up with `m.get(key, <marker>)` as CPython does; a key that
/// equals an earlier one is a ValueError.
pub fn match_keys(rt: &mut Runtime, m: &Value, keys: &Value) -> PyResult {
    let keys = rt.to_vec(keys)?;
    let get = rt.getattr(m, "get")?;
    let marker = Value::from_obj(molt_builtins::Obj::new(Kind::Tuple(Default::default())));
    let mut seen: Vec<Value> = Vec::with_capacity(keys.len());
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        for s in &seen {
            if rt.eq(s, &k)? {
                let r = rt.repr_string(&k)?;
                return Err(rt.value_error(&format!("mapping pattern checks duplicate key ({r})")));
            }
        }
        let v = rt.call(&get, &[k.clone(), marker.clone()], &[])?;
        if v.is(&marker) {
            return Ok(Value::NONE);
        }
        seen.push(k);
        out.push(v);
    }
    Ok(rt.new_tuple(out))
}

pub fn match_class(
    rt: &mut Runtime,
    v: &Value,
    cls: &Value,
    kwnames: &Value,
    count: usize,
) -> PyResult {
    let Some(t) = as_type(cls) else {
        return Err(rt.type_error("called match pattern must be a class"));
    };
    let cls_name = t.name.borrow().clone();
    if !rt.isinstance_type(v, cls) {
        return Ok(Value::NONE);
    }
    let mut names: Vec<Value> = Vec::new();
    let mut out = Vec::new();
    if count > 0 {
        // __match_args__ if the class has it; otherwise the builtins (and their
        // subclasses) match a single positional sub-pattern against the subject itself.
        let (args, match_self) = match lookup(cls, "__match_args__") {
            Some(a) => match a.kind() {
                Some(Kind::Tuple(items)) => (items.to_vec(), false),
                _ => {
                    let msg = format!(
                        "{cls_name}.__match_args__ must be a tuple (got {})",
                        rt.type_name(&a)
                    );
                    return Err(rt.type_error(&msg));
                }
            },
            None => (Vec::new(), matches_self(rt, cls)),
        };
        let allowed = if match_self { 1 } else { args.len() };
        if count > allowed {
            let msg = format!(
                "{cls_name}() accepts {allowed} positional sub-pattern{} ({count} given)",
                if allowed == 1 { "" } else { "s" }
            );
            return Err(rt.type_error(&msg));
        }
        if match_self {
            out.push(v.clone());
        } else {
            for a in &args[..count] {
                if !matches!(a.kind(), Some(Kind::Str(_))) {
                    let tn = rt.type_name(a);
                    return Err(rt.type_error(&format!(
                        "__match_args__ elements must be strings (got {tn})"
                    )));
                }
            }
            names.extend(args[..count].iter().cloned());
        }
    }
    if let Some(Kind::Tuple(kw)) = kwnames.kind() {
        names.extend(kw.iter().cloned());
    }
    let mut seen: Vec<std::rc::Rc<str>> = Vec::new();
    for n in names {
        let name = rt.str_of(&n)?;
        if seen.contains(&name) {
            return Err(rt.type_error(&format!(
                "{cls_name}() got multiple sub-patterns for attribute '{name}'"
            )));
        }
        seen.push(name.clone());
        match rt.getattr(v, &name) {
            Ok(x) => out.push(x),
            Err(e) if rt.exc_matches(&e, "AttributeError") => return Ok(Value::NONE),
            Err(e) => return Err(e),
        }
    }
    Ok(rt.new_tuple(out))
}
