//! `_weakref`: weak references (`weakref.ref`), the native part of lib/weakref.py.
//!
//! A weak reference holds a `std::rc::Weak` to its referent, so it never keeps it alive.
//! Every weak reference is recorded in `Runtime::weak_callbacks` under its referent's key
//! (for `getweakrefcount`/`getweakrefs` and callbacks). Callbacks fire for instances of user
//! classes, whose death `molt_builtins::finalize` observes; other referents (functions,
//! classes, sets) can be weakly referenced but their death runs no callback.

use molt_builtins::objrc::WeakObj;
use std::cell::{Cell, RefCell};

use molt_builtins::finalize::{hooks_for, instance_key, HAS_WEAK_CALLBACKS};
use molt_builtins::{Kind, Obj, PyResult, Runtime, Value};

type Kw<'a> = &'a [(Value, Value)];

/// The payload of a `weakref.ref` object.
pub struct WeakRef {
    target: WeakObj,
    callback: RefCell<Value>,
    hash: Cell<Option<i64>>,
}

fn with_ref<R>(v: &Value, f: impl FnOnce(&WeakRef) -> R) -> Option<R> {
    match v.kind() {
        Some(Kind::Native(_, d)) => d.borrow().downcast_ref::<WeakRef>().map(f),
        _ => None,
    }
}

/// The referent's key: its `Instance` for user objects (what `finalize` sees at death),
/// its object address otherwise.
fn key_of(v: &Value) -> usize {
    match v.kind() {
        Some(Kind::Instance(i)) => instance_key(i),
        _ => v.id() as usize,
    }
}

/// Removes and returns a dead reference's callback (called once).
pub fn take_callback(r: &Value) -> Option<Value> {
    with_ref(r, |w| {
        std::mem::replace(&mut *w.callback.borrow_mut(), Value::NONE)
    })
    .filter(|c| !c.is_none())
}

fn weakrefable(v: &Value) -> bool {
    match v.kind() {
        Some(Kind::Instance(i)) => {
            // Instances of classes with __slots__ and no __weakref__ slot refuse.
            let cls = i.cls.get();
            !has_slots_without_weakref(&cls)
        }
        Some(
            Kind::Function(_)
            | Kind::Type(_)
            | Kind::Set(_)
            | Kind::FrozenSet(_)
            | Kind::Native(..)
            | Kind::Code(_)
            | Kind::Method(..)
            | Kind::Module(_)
            | Kind::Builtin(_)
            | Kind::Property(_),
        ) => true,
        _ => false,
    }
}

fn has_slots_without_weakref(cls: &Value) -> bool {
    let Some(Kind::Type(t)) = cls.kind() else {
        return false;
    };
    let mro = t.mro.borrow().clone();
    let mut any_slots = false;
    for c in &mro {
        let Some(Kind::Type(ct)) = c.kind() else {
            continue;
        };
        if ct.builtin {
            continue;
        }
        match &*ct.slots.borrow() {
            Some(s) => {
                any_slots = true;
                if s.iter().any(|n| n == "__weakref__") {
                    return false;
                }
            }
            // A class without __slots__ gives its instances __weakref__.
            None => return false,
        }
    }
    any_slots
}

/// `ref(obj, callback=None)` (also the type's constructor).
fn ref_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    // args[0] is the class (called through the type).
    let args = &args[1..];
    if !kw.is_empty() {
        return Err(rt.type_error("ref() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(rt.type_error(&format!(
            "__new__ expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let obj = args[0].clone();
    let cb = args.get(1).cloned().unwrap_or(Value::NONE);
    make_ref(rt, &obj, cb)
}

pub fn make_ref(rt: &mut Runtime, obj: &Value, cb: Value) -> PyResult {
    let weak = match obj.downgrade() {
        Some(w) if weakrefable(obj) => w,
        _ => {
            let tn = rt.type_name(obj);
            return Err(rt.type_error(&format!("cannot create weak reference to '{tn}' object")));
        }
    };
    let key = key_of(obj);
    // Without a callback, CPython hands out the same reference object again.
    if cb.is_none() {
        let existing = rt.weak_callbacks.borrow().get(&key).and_then(|refs| {
            refs.iter().find_map(|w| {
                let r = Value::from_weak(w)?;
                let same = with_ref(&r, |wr| {
                    wr.callback.borrow().is_none() && WeakObj::ptr_eq(&wr.target, &weak)
                })?;
                same.then_some(r)
            })
        });
        if let Some(r) = existing {
            return Ok(r);
        }
    }
    let ty = ref_type(rt);
    let payload: Box<dyn std::any::Any> = Box::new(WeakRef {
        target: weak.clone(),
        callback: RefCell::new(cb.clone()),
        hash: Cell::new(None),
    });
    let r = Value::from_obj(Obj::new(Kind::Native(ty, RefCell::new(payload))));
    if let Some(w) = r.downgrade() {
        let mut table = rt.weak_callbacks.borrow_mut();
        let refs = table.entry(key).or_default();
        // Forget references that died or whose referent's address was reused.
        refs.retain(|w| {
            Value::from_weak(w)
                .and_then(|r| with_ref(&r, |wr| WeakObj::ptr_eq(&wr.target, &weak)))
                .unwrap_or(false)
        });
        refs.push(w);
    }
    if !cb.is_none() {
        if let Some(Kind::Instance(i)) = obj.kind() {
            let cls = i.cls.get();
            if let Some(h) = hooks_for(rt, &cls) {
                h.flags.set(h.flags.get() | HAS_WEAK_CALLBACKS);
            }
        }
    }
    Ok(r)
}

fn referent(r: &Value) -> Option<Value> {
    with_ref(r, |w| Value::from_weak(&w.target)).flatten()
}

fn ref_call(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    if args.len() != 1 || !kw.is_empty() {
        return Err(rt.type_error(&format!(
            "weakref() takes no arguments ({} given)",
            args.len().saturating_sub(1) + kw.len()
        )));
    }
    Ok(referent(&args[0]).unwrap_or(Value::NONE))
}

fn ref_hash(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let r = &args[0];
    if let Some(Some(h)) = with_ref(r, |w| w.hash.get()) {
        return Ok(molt_builtins::ops::num::int_from_i64(h));
    }
    let Some(obj) = referent(r) else {
        return Err(rt.type_error("weak object has gone away"));
    };
    let h = rt.hash(&obj)?;
    with_ref(r, |w| w.hash.set(Some(h)));
    Ok(molt_builtins::ops::num::int_from_i64(h))
}

fn ref_eq_impl(rt: &mut Runtime, args: &[Value], negate: bool) -> PyResult {
    let (a, b) = (&args[0], &args[1]);
    if with_ref(b, |_| ()).is_none() {
        return Ok(rt.not_implemented.clone());
    }
    let eq = match (referent(a), referent(b)) {
        (Some(x), Some(y)) => rt.eq(&x, &y)?,
        _ => a.is(b),
    };
    Ok(Value::bool(eq != negate))
}

fn ref_eq(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    ref_eq_impl(rt, args, false)
}

fn ref_ne(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    ref_eq_impl(rt, args, true)
}

fn ref_repr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let r = &args[0];
    let s = match referent(r) {
        None => format!("<weakref at {:#x}; dead>", r.id()),
        Some(o) => {
            let tn = rt.type_name(&o);
            let name = rt
                .getattr(&o, "__name__")
                .ok()
                .and_then(|n| rt.str_of(&n).ok().map(|s| s.to_string()));
            match name {
                Some(n) => format!(
                    "<weakref at {:#x}; to '{tn}' at {:#x} ({n})>",
                    r.id(),
                    o.id()
                ),
                None => format!("<weakref at {:#x}; to '{tn}' at {:#x}>", r.id(), o.id()),
            }
        }
    };
    Ok(rt.new_string(s))
}

fn ref_callback(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    Ok(with_ref(&args[0], |w| w.callback.borrow().clone()).unwrap_or(Value::NONE))
}

fn class_getitem(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let types = crate::import::import_module(rt, "types")?;
    let ga = rt.getattr(&types, "GenericAlias")?;
    rt.call(&ga, args, &[])
}

/// Live weak references to `obj`.
fn refs_to(rt: &Runtime, obj: &Value) -> Vec<Value> {
    let Some(weak) = obj.downgrade() else {
        return Vec::new();
    };
    let key = key_of(obj);
    let table = rt.weak_callbacks.borrow();
    let Some(refs) = table.get(&key) else {
        return Vec::new();
    };
    refs.iter()
        .filter_map(Value::from_weak)
        .filter(|r| with_ref(r, |w| WeakObj::ptr_eq(&w.target, &weak)).unwrap_or(false))
        .collect()
}

fn getweakrefcount(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(o) = args.first() else {
        return Err(rt.type_error("getweakrefcount() takes exactly one argument (0 given)"));
    };
    Ok(Value::small_int(refs_to(rt, o).len() as i64))
}

fn getweakrefs(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(o) = args.first() else {
        return Err(rt.type_error("getweakrefs() takes exactly one argument (0 given)"));
    };
    let v = refs_to(rt, o);
    Ok(rt.new_list(v))
}

/// `_weakref._alive(r)`: whether a reference's referent still exists.
fn alive(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::bool(args.first().and_then(referent).is_some()))
}

/// The `weakref.ReferenceType` class of this runtime (made once, kept in
/// `Runtime::weakref_type`).
fn ref_type(rt: &mut Runtime) -> Value {
    if let Some(t) = &rt.weakref_type {
        return t.clone();
    }
    let object = rt.types.object.clone();
    let t = molt_builtins::typeobj::new_builtin_type(
        rt,
        "ReferenceType",
        &object,
        molt_builtins::object::BaseKind::Object,
    );
    let methods: [(&'static str, molt_builtins::object::NativeFn); 7] = [
        ("__new__", ref_new),
        ("__call__", ref_call),
        ("__hash__", ref_hash),
        ("__eq__", ref_eq),
        ("__ne__", ref_ne),
        ("__repr__", ref_repr),
        ("__class_getitem__", class_getitem),
    ];
    for (n, f) in methods {
        let m = rt.new_method("weakref", n, f);
        let m = if n == "__new__" {
            Value::from_obj(Obj::new(Kind::StaticMethod(m)))
        } else if n == "__class_getitem__" {
            Value::from_obj(Obj::new(Kind::ClassMethod(m)))
        } else {
            m
        };
        molt_builtins::exceptions::set_type_attr(rt, &t, n, m);
    }
    let g = rt.new_method("weakref", "__callback__", ref_callback);
    let p = Value::from_obj(Obj::new(Kind::Property(Box::new(
        molt_builtins::object::PropertyObj::new([g, Value::NONE, Value::NONE, Value::NONE]),
    ))));
    molt_builtins::exceptions::set_type_attr(rt, &t, "__callback__", p);
    let m = rt.new_str("weakref");
    molt_builtins::exceptions::set_type_attr(rt, &t, "__module__", m);
    rt.weakref_type = Some(t.clone());
    t
}

pub fn make_module(rt: &mut Runtime) -> Value {
    let m = crate::import::new_module(rt, "_weakref");
    let t = ref_type(rt);
    let d = crate::import::module_dict(&m).expect("module dict");
    let fns: [(&'static str, molt_builtins::object::NativeFn); 3] = [
        ("getweakrefcount", getweakrefcount),
        ("getweakrefs", getweakrefs),
        ("_alive", alive),
    ];
    if let Some(Kind::Dict(dd)) = d.kind() {
        let mut dd = dd.borrow_mut();
        dd.set_str(rt.intern("ref"), t.clone());
        dd.set_str(rt.intern("ReferenceType"), t);
        for (n, f) in fns {
            dd.set_str(rt.intern(n), rt.new_builtin(n, f));
        }
    }
    m
}
