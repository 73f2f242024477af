//! Inline caches for attribute access on instances of user classes (`self.x`,
//! `obj.method(...)`, `self.x = v`). Each attribute instruction remembers, for the last
//! type it saw and the runtime's type epoch, what the class MRO holds for the name, so the
//! common case is one probe of the instance dict with the name's cached hash. Anything
//! unusual (data descriptors, `__getattribute__`/`__setattr__` overrides, `__slots__`,
//! exceptions, builtin subclasses) takes the generic path in molt_builtins::ops::attr.

use std::cell::RefCell;

use molt_builtins::object::AttrCache;
use molt_builtins::typeobj::{as_type, lookup, lookup_with_owner};
use molt_builtins::{Kind, Obj, PyResult, Runtime, Value};

/// (class attribute, reads generic, writes generic) for `name` on type `ty`.
fn resolve(
    rt: &Runtime,
    cache: &RefCell<AttrCache>,
    ty: &Value,
    name: &str,
) -> (Option<Value>, bool, bool) {
    {
        let c = cache.borrow();
        if c.epoch == rt.type_epoch && c.ty.as_ref().is_some_and(|t| t.is(ty)) {
            return (c.class_attr.clone(), c.generic, c.generic_set);
        }
    }
    let class_attr = lookup(ty, name);
    let custom =
        |hook: &str| lookup_with_owner(ty, hook).is_some_and(|(_, o)| !o.is(&rt.types.object));
    let data_descr = match class_attr.as_ref().and_then(|v| v.kind()) {
        Some(Kind::Property(_)) => true,
        Some(Kind::Instance(_)) => {
            let t = rt.type_of(class_attr.as_ref().expect("checked"));
            lookup(&t, "__get__").is_some()
                || lookup(&t, "__set__").is_some()
                || lookup(&t, "__delete__").is_some()
        }
        _ => false,
    };
    let slots = as_type(ty).is_some_and(|t| {
        t.mro
            .borrow()
            .iter()
            .any(|m| as_type(m).is_some_and(|mt| mt.slots.borrow().is_some()))
    });
    let generic = data_descr || custom("__getattribute__");
    let generic_set = data_descr || slots || custom("__setattr__");
    *cache.borrow_mut() = AttrCache {
        ty: Some(ty.clone()),
        epoch: rt.type_epoch,
        class_attr: class_attr.clone(),
        generic,
        generic_set,
    };
    (class_attr, generic, generic_set)
}

/// A plain instance (not an exception, not a builtin subclass) with its dict.
fn plain_instance(obj: &Value) -> Option<(Value, Value)> {
    match obj.kind() {
        Some(Kind::Instance(i)) if i.exc.is_none() && i.builtin.is_none() => {
            let d = i.dict.borrow().clone()?;
            Some((i.cls.borrow().clone(), d))
        }
        _ => None,
    }
}

/// A class attribute read through an instance, when that needs no Python call.
fn bind_simple(attr: &Value, obj: &Value, ty: &Value) -> Option<Value> {
    match attr.kind() {
        Some(Kind::Function(_)) => Some(Value::from_obj(Obj::new(Kind::Method(
            attr.clone(),
            obj.clone(),
        )))),
        Some(Kind::StaticMethod(f)) => Some(f.clone()),
        Some(Kind::ClassMethod(f)) => Some(Value::from_obj(Obj::new(Kind::Method(
            f.clone(),
            ty.clone(),
        )))),
        Some(Kind::Instance(_))
        | Some(Kind::Builtin(_))
        | Some(Kind::Property(_))
        | Some(Kind::Native(..)) => None,
        _ => Some(attr.clone()),
    }
}

pub fn load_attr(
    rt: &mut Runtime,
    cache: &RefCell<AttrCache>,
    obj: &Value,
    name_v: &Value,
    name: &str,
) -> PyResult {
    if let Some((ty, dict)) = plain_instance(obj) {
        let (ca, generic, _) = resolve(rt, cache, &ty, name);
        if !generic {
            if let Some(Kind::Dict(d)) = dict.kind() {
                if let Some(v) = d.borrow().get_strv(name_v) {
                    return Ok(v.clone());
                }
            }
            if let Some(v) = ca.as_ref().and_then(|a| bind_simple(a, obj, &ty)) {
                return Ok(v);
            }
        }
    }
    rt.getattr(obj, name)
}

/// `(callable, true)` when the caller should pass `obj` as the first argument.
pub fn load_method(
    rt: &mut Runtime,
    cache: &RefCell<AttrCache>,
    obj: &Value,
    name_v: &Value,
    name: &str,
) -> PyResult<(Value, bool)> {
    if let Some((ty, dict)) = plain_instance(obj) {
        let (ca, generic, _) = resolve(rt, cache, &ty, name);
        if !generic {
            if let Some(Kind::Dict(d)) = dict.kind() {
                if let Some(v) = d.borrow().get_strv(name_v) {
                    return Ok((v.clone(), false));
                }
            }
            if let Some(a) = &ca {
                if matches!(a.kind(), Some(Kind::Function(_))) {
                    return Ok((a.clone(), true));
                }
                if let Some(v) = bind_simple(a, obj, &ty) {
                    return Ok((v, false));
                }
            }
        }
    }
    // Methods of builtin values (`lst.append`, `s.lower`): cached by type.
    if !matches!(obj.kind(), Some(Kind::Instance(_) | Kind::Type(_) | Kind::Module(_) | Kind::Super(..))) {
        let ty = rt.type_of(obj);
        if let (Some(a), false, _) = resolve(rt, cache, &ty, name) {
            if matches!(a.kind(), Some(Kind::Builtin(_) | Kind::Function(_))) {
                return Ok((a, true));
            }
        }
    }
    rt.load_method(obj, name)
}

pub fn store_attr(
    rt: &mut Runtime,
    cache: &RefCell<AttrCache>,
    obj: &Value,
    name_v: &Value,
    name: &str,
    v: &Value,
) -> PyResult<()> {
    if let Some((ty, dict)) = plain_instance(obj) {
        let (_, _, generic_set) = resolve(rt, cache, &ty, name);
        if !generic_set {
            if let Some(Kind::Dict(d)) = dict.kind() {
                d.borrow_mut().set_str(name_v.clone(), v.clone());
                return Ok(());
            }
        }
    }
    rt.setattr(obj, name, v)
}
