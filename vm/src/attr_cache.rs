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
        Some(Kind::Property(_)) | Some(Kind::Member(_)) => true,
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
    // __dict__ and __class__ are the instance's own fields, never dict entries.
    let special = matches!(name, "__dict__" | "__class__");
    let generic = data_descr || special || custom("__getattribute__");
    let generic_set = data_descr || slots || special || custom("__setattr__");
    *cache.borrow_mut() = AttrCache {
        ty: Some(ty.clone()),
        epoch: rt.type_epoch,
        class_attr: class_attr.clone(),
        generic,
        generic_set,
        hint: std::cell::Cell::new(0),
    };
    (class_attr, generic, generic_set)
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
        | Some(Kind::Member(_))
        | Some(Kind::Native(..)) => None,
        _ => Some(attr.clone()),
    }
}

/// Makes sure `cache` describes `name` on type `ty` at the current epoch.
#[inline]
fn ensure(rt: &Runtime, cache: &RefCell<AttrCache>, ty: &Value, name: &str) {
    {
        let c = cache.borrow();
        if c.epoch == rt.type_epoch && c.ty.as_ref().is_some_and(|t| t.is(ty)) {
            return;
        }
    }
    resolve(rt, cache, ty, name);
}

pub fn load_attr(
    rt: &mut Runtime,
    cache: &RefCell<AttrCache>,
    obj: &Value,
    name_v: &Value,
    name: &str,
) -> PyResult {
    if let Some(Kind::Instance(i)) = obj.kind() {
        if i.exc.is_none() && i.builtin.is_none() {
            let cls = i.cls.borrow();
            ensure(rt, cache, &cls, name);
            let c = cache.borrow();
            if !c.generic {
                if let Some(d) = &*i.dict.borrow() {
                    if let Some(Kind::Dict(dd)) = d.kind() {
                        let db = dd.borrow();
                        if let Some(v) = db.value_if_key_is(c.hint.get(), name_v) {
                            return Ok(v.clone());
                        }
                        if let Some(k) = db.find_strv(name_v) {
                            c.hint.set(k);
                            return Ok(db.value_ref(k).cloned().unwrap_or(Value::NONE));
                        }
                    }
                }
                if let Some(v) = c
                    .class_attr
                    .as_ref()
                    .and_then(|a| bind_simple(a, obj, &cls))
                {
                    return Ok(v);
                }
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
    match obj.kind() {
        Some(Kind::Instance(i)) => {
            if i.exc.is_none() && i.builtin.is_none() {
                let cls = i.cls.borrow();
                ensure(rt, cache, &cls, name);
                let c = cache.borrow();
                if !c.generic {
                    if let Some(d) = &*i.dict.borrow() {
                        if let Some(Kind::Dict(dd)) = d.kind() {
                            if let Some(v) = dd.borrow().get_strv(name_v) {
                                return Ok((v.clone(), false));
                            }
                        }
                    }
                    if let Some(a) = &c.class_attr {
                        if matches!(a.kind(), Some(Kind::Function(_))) {
                            return Ok((a.clone(), true));
                        }
                        if let Some(v) = bind_simple(a, obj, &cls) {
                            return Ok((v, false));
                        }
                    }
                }
            }
        }
        Some(Kind::Type(_) | Kind::Module(_) | Kind::Super(..)) => {}
        _ => {
            // Methods of builtin values (`lst.append`, `s.lower`): cached by type.
            let ty = rt.type_of(obj);
            ensure(rt, cache, &ty, name);
            let c = cache.borrow();
            if !c.generic {
                if let Some(a) = &c.class_attr {
                    if matches!(a.kind(), Some(Kind::Builtin(_) | Kind::Function(_))) {
                        return Ok((a.clone(), true));
                    }
                }
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
    if let Some(Kind::Instance(i)) = obj.kind() {
        if i.exc.is_none() && i.builtin.is_none() {
            let cls = i.cls.borrow();
            ensure(rt, cache, &cls, name);
            if !cache.borrow().generic_set {
                if let Some(d) = &*i.dict.borrow() {
                    if let Some(Kind::Dict(dd)) = d.kind() {
                        let c = cache.borrow();
                        let old = dd
                            .borrow_mut()
                            .set_if_key_is(c.hint.get(), name_v, v.clone());
                        if old.is_none() {
                            let mut db = dd.borrow_mut();
                            db.set_str(name_v.clone(), v.clone());
                            if let Some(k) = db.find_strv(name_v) {
                                c.hint.set(k);
                            }
                        }
                        // The old value is released after the dict borrow ends.
                        drop(old);
                        return Ok(());
                    }
                }
            }
        }
    }
    rt.setattr(obj, name, v)
}
