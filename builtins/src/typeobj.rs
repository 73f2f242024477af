//! Type objects: the builtin type hierarchy, C3 method resolution order, attribute lookup
//! along the MRO, class creation (`type(name, bases, ns)`) and instantiation (`cls(...)`).

use std::cell::{Cell, RefCell};

use crate::dict::Dict;
use crate::object::{BaseKind, CtorInfo, Exc, Instance, Kind, Obj, PyResult, TypeObj};
use crate::value::Value;
use crate::Runtime;

pub fn as_type(v: &Value) -> Option<&TypeObj> {
    match v.kind() {
        Some(Kind::Type(t)) => Some(t),
        _ => None,
    }
}

pub fn type_name(t: &Value) -> String {
    as_type(t).map_or_else(|| "?".to_string(), |t| t.name.borrow().clone())
}

/// Whether `a` is `b` or a subclass of it.
pub fn is_subtype(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    match as_type(a) {
        Some(t) => t.mro.borrow().iter().any(|m| m.is(b)),
        None => false,
    }
}

/// Looks `name` up along the MRO of type `t`.
pub fn lookup(t: &Value, name: &str) -> Option<Value> {
    let tt = as_type(t)?;
    let h = crate::hash::name_hash(name);
    for m in tt.mro.borrow().iter() {
        if let Some(mt) = as_type(m) {
            if let Some(v) = mt.dict.borrow().get_str_hashed(name, h) {
                return Some(v.clone());
            }
        }
    }
    None
}

/// Like `lookup`, also returning the class that defined the name.
pub fn lookup_with_owner(t: &Value, name: &str) -> Option<(Value, Value)> {
    let tt = as_type(t)?;
    let h = crate::hash::name_hash(name);
    for m in tt.mro.borrow().iter() {
        if let Some(mt) = as_type(m) {
            if let Some(v) = mt.dict.borrow().get_str_hashed(name, h) {
                return Some((v.clone(), m.clone()));
            }
        }
    }
    None
}

fn set_bases(t: &Value, bases: Vec<Value>) {
    if let Some(tt) = as_type(t) {
        let mut mro = vec![t.clone()];
        if let Some(first) = bases.first() {
            if let Some(bt) = as_type(first) {
                mro.extend(bt.mro.borrow().iter().cloned());
            }
        }
        *tt.bases.borrow_mut() = bases;
        *tt.mro.borrow_mut() = mro;
    }
}

/// Wires up the bases and MROs of the builtin types created in `Runtime::new`.
pub fn init_builtin_types(rt: &mut Runtime) {
    let t = &rt.types;
    set_bases(&t.object, vec![]);
    let obj = t.object.clone();
    for ty in [
        &t.type_,
        &t.int,
        &t.float,
        &t.complex,
        &t.str_,
        &t.bytes,
        &t.bytearray,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.none,
        &t.not_implemented,
        &t.ellipsis,
        &t.function,
        &t.builtin_function,
        &t.method_descriptor,
        &t.wrapper_descriptor,
        &t.method_wrapper,
        &t.method,
        &t.cell,
        &t.code,
        &t.module,
        &t.property,
        &t.member_descriptor,
        &t.getset_descriptor,
        &t.staticmethod,
        &t.classmethod,
        &t.super_,
        &t.iterator,
        &t.dict_keys,
        &t.dict_values,
        &t.dict_items,
        &t.mappingproxy,
        &t.generator,
        &t.coroutine,
        &t.async_generator,
        &t.coroutine_wrapper,
        &t.async_gen_asend,
        &t.async_gen_athrow,
        &t.anext_awaitable,
        &t.frame,
        &t.traceback,
        &t.memoryview,
        &t.file_io,
        &t.text_io,
        &t.buffered_reader,
        &t.buffered_writer,
        &t.buffered_random,
    ] {
        set_bases(ty, vec![obj.clone()]);
    }
    for (_, ty) in &t.iterators {
        set_bases(ty, vec![obj.clone()]);
    }
    set_bases(&t.bool_, vec![t.int.clone()]);
}

/// `attr_hooks`: the class has a `__getattribute__` other than object's.
pub const HOOK_GETATTRIBUTE: u8 = 1;
/// `attr_hooks`: the class has a `__getattr__`.
pub const HOOK_GETATTR: u8 = 2;
/// `attr_hooks`: the class has a `__class__` other than object's (a proxy's).
pub const HOOK_CLASS: u8 = 4;
/// `attr_hooks`: a class in the MRO sets `__hash__` in its dict (a function, or None).
pub const HOOK_HASH: u8 = 8;
/// `attr_hooks`: a class in the MRO other than object has `__eq__` or `__ne__` (without,
/// instances compare equal only to themselves).
pub const HOOK_EQ: u8 = 16;

/// Which of the attribute hooks class `t` has (HOOK_*), looked up once per type epoch;
/// all for a value that is not a class.
pub fn attr_hooks(rt: &Runtime, t: &Value) -> u8 {
    let Some(tt) = as_type(t) else {
        return HOOK_GETATTRIBUTE | HOOK_GETATTR | HOOK_CLASS | HOOK_HASH | HOOK_EQ;
    };
    let (epoch, flags) = tt.hooks.get();
    if epoch == rt.type_epoch {
        return flags;
    }
    // Whether a class in the MRO other than object defines `name`.
    let own = |name: &str| lookup_with_owner(t, name).is_some_and(|(_, o)| !o.is(&rt.types.object));
    let mut flags = 0;
    if own("__getattribute__") {
        flags |= HOOK_GETATTRIBUTE;
    }
    if lookup(t, "__getattr__").is_some() {
        flags |= HOOK_GETATTR;
    }
    if own("__class__") {
        flags |= HOOK_CLASS;
    }
    // (object's and type's own __hash__ are slots, not dict entries: a class whose MRO
    // dicts hold none hashes by identity.)
    if own("__hash__") {
        flags |= HOOK_HASH;
    }
    if own("__eq__") || own("__ne__") {
        flags |= HOOK_EQ;
    }
    tt.hooks.set((rt.type_epoch, flags));
    flags
}

/// Creates a builtin type (used for exception classes and native module types).
pub fn new_builtin_type(rt: &Runtime, name: &str, base: &Value, base_kind: BaseKind) -> Value {
    let t = Value::from_obj(Obj::new(Kind::Type(Box::new(TypeObj {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(Dict::new()),
        base_kind,
        builtin: true,
        version: Cell::new(1),
        metaclass: RefCell::new(rt.types.type_.clone()),
        slots: RefCell::new(None),
        subclasses: RefCell::new(Vec::new()),
        ctor: RefCell::new(None),
        layout: Cell::new((u64::MAX, 0, false)),
        finalize: RefCell::new(None),
        shape_root: std::cell::OnceCell::new(),
        shape_slots: std::cell::OnceCell::new(),
        hooks: Cell::new((u64::MAX, 0)),
    }))));
    set_bases(&t, vec![base.clone()]);
    t
}

/// C3 linearisation of `bases`, or a TypeError when none exists.
fn c3_mro(rt: &mut Runtime, cls: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(rt.type_error(&format!("duplicate base class {}", type_name(b))));
        }
    }
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| {
            as_type(b)
                .map(|t| t.mro.borrow().clone())
                .unwrap_or_default()
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head))) {
                cand = Some(head.clone());
                break;
            }
        }
        let Some(c) = cand else {
            // CPython names the heads that could not be merged, first seen first.
            let mut heads: Vec<Value> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.is(&s[0])) {
                    heads.push(s[0].clone());
                }
            }
            let names: Vec<String> = heads.iter().map(type_name).collect();
            return Err(rt.type_error(&format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// `type(name, bases, namespace)` with metaclass `meta`.
pub fn new_class(
    rt: &mut Runtime,
    meta: &Value,
    name: &str,
    bases: Vec<Value>,
    ns: Dict,
) -> PyResult {
    new_class_kw(rt, meta, name, bases, ns, &[])
}

/// `type(name, bases, namespace, **kwargs)`: kwargs go to `__init_subclass__`.
pub fn new_class_kw(
    rt: &mut Runtime,
    meta: &Value,
    name: &str,
    bases: Vec<Value>,
    mut ns: Dict,
    kwargs: &[(Value, Value)],
) -> PyResult {
    let bases = if bases.is_empty() {
        vec![rt.types.object.clone()]
    } else {
        bases
    };
    for b in &bases {
        match as_type(b) {
            None => {
                return Err(rt.type_error("bases must be types"));
            }
            Some(bt) => {
                let bn = bt.name.borrow().clone();
                if b.is(&rt.types.bool_)
                    || b.is(&rt.types.range)
                    || b.is(&rt.types.slice)
                    || b.is(&rt.types.function)
                    || b.is(&rt.types.none)
                {
                    return Err(
                        rt.type_error(&format!("type '{bn}' is not an acceptable base type"))
                    );
                }
            }
        }
    }
    let base_kind = if bases
        .iter()
        .any(|b| as_type(b).is_some_and(|t| t.base_kind == BaseKind::Exception))
    {
        BaseKind::Exception
    } else {
        BaseKind::Object
    };
    // __qualname__ leaves the class dict for the type's own slot, as in CPython.
    let qualname = match ns.get_str("__qualname__").cloned() {
        Some(v) => match v.kind() {
            Some(Kind::Str(s)) => {
                let q = s.s.as_str().to_owned();
                ns.del_str("__qualname__");
                q
            }
            _ => {
                let tn = rt.type_name(&v);
                return Err(rt.type_error(&format!("type __qualname__ must be a str, not {tn}")));
            }
        },
        None => name.to_string(),
    };
    let slots = match ns.get_str("__slots__") {
        Some(v) => {
            // A single string is one slot name; private names are mangled.
            let items = match v.kind() {
                Some(Kind::Str(_)) => vec![v.clone()],
                _ => rt.to_vec(&v.clone())?,
            };
            let mut names = Vec::new();
            for i in items {
                let n = rt.str_of(&i)?.to_string();
                let private = name.trim_start_matches('_');
                if n.starts_with("__") && !n.ends_with("__") && !private.is_empty() {
                    names.push(format!("_{private}{n}"));
                } else {
                    names.push(n);
                }
            }
            Some(names)
        }
        None => None,
    };
    let cls = Value::from_obj(Obj::new(Kind::Type(Box::new(TypeObj {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(qualname),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(ns),
        base_kind,
        builtin: false,
        version: Cell::new(1),
        metaclass: RefCell::new(meta.clone()),
        slots: RefCell::new(slots),
        subclasses: RefCell::new(Vec::new()),
        ctor: RefCell::new(None),
        layout: Cell::new((u64::MAX, 0, false)),
        finalize: RefCell::new(None),
        shape_root: std::cell::OnceCell::new(),
        shape_slots: std::cell::OnceCell::new(),
        hooks: Cell::new((u64::MAX, 0)),
    }))));
    let mro = c3_mro(rt, &cls, &bases)?;
    if let Some(w) = cls.downgrade() {
        for b in &bases {
            if let Some(bt) = as_type(b) {
                bt.subclasses.borrow_mut().push(w.clone());
            }
        }
    }
    if let Some(t) = as_type(&cls) {
        *t.mro.borrow_mut() = mro;
    }
    crate::finalize::note_del(rt, &cls);
    // A metaclass that overrides mro() decides the order.
    if !meta.is(&rt.types.type_) {
        if let Some(f) = lookup(meta, "mro") {
            if matches!(f.kind(), Some(Kind::Function(_))) {
                let r = rt.call(&f, std::slice::from_ref(&cls), &[])?;
                let items = rt.to_vec(&r)?;
                for it in &items {
                    if as_type(it).is_none() {
                        let tn = rt.type_name(it);
                        return Err(rt.type_error(&format!("mro() returned a non-class ('{tn}')")));
                    }
                }
                if let Some(t) = as_type(&cls) {
                    *t.mro.borrow_mut() = items;
                }
            }
        }
    }
    install_slots(rt, &cls, &bases)?;
    add_dict_weakref_doc(rt, &cls, &bases);
    if let Some(t) = as_type(&cls) {
        // Plain functions named __init_subclass__ / __class_getitem__ are implicit classmethods.
        let mut d = t.dict.borrow_mut();
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = d.get_str(special).cloned() {
                if matches!(f.kind(), Some(Kind::Function(_))) {
                    let k = rt.intern(special);
                    d.set_str(k, Value::from_obj(Obj::new(Kind::ClassMethod(f))));
                }
            }
        }
        if let Some(f) = d.get_str("__new__").cloned() {
            if matches!(f.kind(), Some(Kind::Function(_))) {
                let k = rt.intern("__new__");
                d.set_str(k, Value::from_obj(Obj::new(Kind::StaticMethod(f))));
            }
        }
        // A class defining __eq__ without __hash__ is unhashable.
        if d.get_str("__eq__").is_some() && d.get_str("__hash__").is_none() {
            let k = rt.intern("__hash__");
            d.set_str(k, Value::NONE);
        }
        // Fill the __class__ cell for zero-argument super().
        if let Some(cell) = d.del_str("__classcell__") {
            if let Some(Kind::Cell(c)) = cell.kind() {
                *c.borrow_mut() = cls.clone();
            }
        }
    }
    // __set_name__ on descriptors, then __init_subclass__ on the parent.
    let items = as_type(&cls)
        .map(|t| t.dict.borrow().items())
        .unwrap_or_default();
    for (k, v) in items {
        let vt = rt.type_of(&v);
        if let Some(f) = lookup(&vt, "__set_name__") {
            rt.call(&f, &[v.clone(), cls.clone(), k.clone()], &[])?;
        }
    }
    if let Some(parent) = as_type(&cls).and_then(|t| t.mro.borrow().get(1).cloned()) {
        if let Some(f) = lookup(&parent, "__init_subclass__") {
            let bound = rt.bind_descriptor(&f, None, &cls)?;
            rt.call(&bound, &[], kwargs)?;
        }
    }
    Ok(cls)
}

/// The storage slots a class's own `__slots__` declares (not `__dict__`/`__weakref__`).
fn own_slot_names(t: &TypeObj) -> Vec<String> {
    t.slots
        .borrow()
        .iter()
        .flatten()
        .filter(|n| *n != "__dict__" && *n != "__weakref__")
        .cloned()
        .collect()
}

/// How many `__slots__` entries instances of `t` store: those of every class in its MRO
/// (their layouts nest, as `check_slot_layout` makes sure).
pub fn slot_layout_len(t: &Value) -> usize {
    let Some(tt) = as_type(t) else { return 0 };
    let mro = tt.mro.borrow().clone();
    mro.iter()
        .filter_map(|m| as_type(m))
        .map(|mt| own_slot_names(mt).len())
        .sum()
}

/// The slot names of instances of `t`, base classes' first (for `__class__` assignment's
/// layout check).
pub fn slot_layout_names(t: &Value) -> Vec<String> {
    let Some(tt) = as_type(t) else {
        return Vec::new();
    };
    let mro = tt.mro.borrow().clone();
    mro.iter()
        .rev()
        .filter_map(|m| as_type(m))
        .flat_map(own_slot_names)
        .collect()
}

/// Gives a new class's `__slots__` their member descriptors (after its bases' slots), with
/// CPython's errors for a slot that is also a class variable and for bases whose slot
/// layouts cannot be combined.
fn install_slots(rt: &mut Runtime, cls: &Value, bases: &[Value]) -> PyResult<()> {
    let Some(t) = as_type(cls) else { return Ok(()) };
    let own = own_slot_names(t);
    let solid: Vec<&Value> = bases.iter().filter(|b| slot_layout_len(b) > 0).collect();
    for (i, a) in solid.iter().enumerate() {
        for b in &solid[i + 1..] {
            if !is_subtype(a, b) && !is_subtype(b, a) {
                return Err(rt.type_error("multiple bases have instance lay-out conflict"));
            }
        }
    }
    let base_len = solid.iter().map(|b| slot_layout_len(b)).max().unwrap_or(0);
    let owner = t.name.borrow().clone();
    for (i, n) in own.iter().enumerate() {
        if t.dict.borrow().get_str(n).is_some() {
            return Err(
                rt.value_error(&format!("'{n}' in __slots__ conflicts with class variable"))
            );
        }
        let m = Value::from_obj(Obj::new(Kind::Member(Box::new(
            crate::object::MemberDescr {
                name: n.clone(),
                index: base_len + i,
                owner: owner.clone(),
                owner_id: cls.id(),
            },
        ))));
        let k = rt.intern(n);
        t.dict.borrow_mut().set_str(k, m);
    }
    Ok(())
}

/// Gives a new class the `__dict__` and `__weakref__` getset descriptors when its instances
/// gain them here (not from a base), then `__doc__` (None without a docstring, so a
/// subclass does not inherit its base's), in CPython's order.
fn add_dict_weakref_doc(rt: &mut Runtime, cls: &Value, bases: &[Value]) {
    let Some(t) = as_type(cls) else { return };
    let (own_dict, own_weakref) = match &*t.slots.borrow() {
        None => (true, true),
        Some(sl) => (
            sl.iter().any(|n| n == "__dict__"),
            sl.iter().any(|n| n == "__weakref__"),
        ),
    };
    let base_dict = bases.iter().any(|b| {
        has_instance_dict(b)
            || is_subtype(b, &rt.types.type_)
            || is_subtype(b, &rt.types.module)
            || as_type(b).is_some_and(|bt| bt.base_kind == BaseKind::Exception)
    });
    // set, frozenset and type instances support weak references themselves; int, tuple
    // and bytes (variable-size) cannot have them.
    let native_weakref = |b: &Value| {
        let tt = &rt.types;
        [
            &tt.set,
            &tt.frozenset,
            &tt.type_,
            &tt.module,
            &tt.int,
            &tt.tuple,
            &tt.bytes,
        ]
        .iter()
        .any(|x| is_subtype(b, x))
    };
    let base_weakref = bases.iter().any(|b| {
        native_weakref(b)
            || as_type(b).is_some_and(|bt| {
                bt.mro.borrow().iter().any(|m| {
                    as_type(m).is_some_and(|mt| {
                        !mt.builtin
                            && match &*mt.slots.borrow() {
                                None => true,
                                Some(sl) => sl.iter().any(|n| n == "__weakref__"),
                            }
                    })
                })
            })
    });
    let owner = t.name.borrow().clone();
    let mut add = |name: &str, index: usize| {
        if t.dict.borrow().get_str(name).is_some() {
            return;
        }
        let m = Value::from_obj(Obj::new(Kind::Member(Box::new(
            crate::object::MemberDescr {
                name: name.to_string(),
                index,
                owner: owner.clone(),
                owner_id: cls.id(),
            },
        ))));
        let k = rt.intern(name);
        t.dict.borrow_mut().set_str(k, m);
    };
    if own_dict && !base_dict {
        add("__dict__", crate::object::MemberDescr::DICT_SLOT);
    }
    if own_weakref && !base_weakref {
        add("__weakref__", crate::object::MemberDescr::WEAKREF_SLOT);
    }
    if t.dict.borrow().get_str("__doc__").is_none() {
        let k = rt.intern("__doc__");
        t.dict.borrow_mut().set_str(k, Value::NONE);
    }
}

/// Whether instances of `t` have a `__dict__` (no `__slots__` all the way up, or a slot
/// named `__dict__`).
pub fn has_instance_dict(t: &Value) -> bool {
    let Some(tt) = as_type(t) else { return false };
    let mro = tt.mro.borrow().clone();
    mro.iter().any(|m| {
        as_type(m).is_some_and(|mt| {
            !mt.builtin
                && match &*mt.slots.borrow() {
                    None => true,
                    Some(sl) => sl.iter().any(|x| x == "__dict__"),
                }
        })
    })
}

/// The builtin value inside an instance of a subclass of a builtin type.
#[inline]
pub fn builtin_payload(v: &Value) -> Option<&Value> {
    match v.kind() {
        Some(Kind::Instance(i)) => i.builtin(),
        _ => None,
    }
}

/// An instance of user class `cls` (a subclass of a builtin type) wrapping `payload`.
pub fn new_instance_with(rt: &mut Runtime, cls: &Value, payload: Value) -> PyResult {
    let v = new_instance(rt, cls)?;
    if let Some(Kind::Instance(_)) = v.kind() {
        // Rebuild with the payload (Instance fields are fixed after creation).
        let Some(Kind::Instance(i)) = v.kind() else {
            unreachable!()
        };
        let attrs = match i.has_dict() {
            true => crate::attrs::Attrs::new_inline(
                as_type(cls).expect("an instance's class").root_shape(),
            ),
            false => crate::attrs::Attrs::ABSENT,
        };
        // (With a payload the slots go in the extra parts.)
        let slots = i.slot_values();
        let slots = (!slots.is_empty()).then(|| slots.into_iter().map(RefCell::new).collect());
        let inst = Instance::new(
            i.cls.get(),
            attrs,
            crate::object::InstanceExtra {
                slots,
                exc: None,
                builtin: Some(payload),
            },
        );
        let v = Value::from_obj(Obj::new(Kind::Instance(inst)));
        rt.gc.track(&v);
        return Ok(v);
    }
    Ok(v)
}

/// Creates a bare instance of a (user) class, as `object.__new__(cls)` does.
pub fn new_instance(rt: &mut Runtime, cls: &Value) -> PyResult {
    let Some(t) = as_type(cls) else {
        return Err(rt.type_error("object.__new__(X): X is not a type object"));
    };
    let exc = match t.base_kind {
        BaseKind::Exception => Some(Box::new(RefCell::new(crate::object::ExcData {
            args: rt.empty_tuple.clone(),
            ..Default::default()
        }))),
        BaseKind::Object => None,
    };
    let (epoch, nslots, needs_dict) = t.layout.get();
    let (nslots, needs_dict) = if epoch == rt.type_epoch {
        (nslots, needs_dict)
    } else {
        // Exceptions always have a __dict__; a bare object() has none.
        let needs_dict = has_instance_dict(cls)
            || t.base_kind == BaseKind::Exception
            || (t.builtin && !cls.is(&rt.types.object));
        let nslots = slot_layout_len(cls);
        t.layout.set((rt.type_epoch, nslots, needs_dict));
        (nslots, needs_dict)
    };
    // Slots without a __dict__ are kept as inline values are (crate::attrs); with one,
    // in the extra parts.
    let slots_only = !needs_dict && nslots > 0 && exc.is_none();
    // The values get room in the instance's own allocation (crate::inst_vals): as many
    // as the class's instances have had so far, or its slots.
    let (attrs, room) = if needs_dict {
        (
            crate::attrs::Attrs::new_inline(t.root_shape()),
            crate::inst_vals::tail_room(t.root_shape().widest()),
        )
    } else if slots_only {
        let shape = t.slot_shape().clone();
        match crate::inst_vals::tail_room(nslots) {
            0 => (
                crate::attrs::Attrs::Slots {
                    shape,
                    vals: crate::inst_vals::Vals::filled(nslots, Value::UNBOUND),
                },
                0,
            ),
            room => (
                crate::attrs::Attrs::Slots {
                    shape,
                    vals: crate::inst_vals::Vals::new(),
                },
                room,
            ),
        }
    } else {
        (crate::attrs::Attrs::ABSENT, 0)
    };
    let obj = Obj::new(Kind::Instance(Instance::new(
        cls.clone(),
        attrs,
        crate::object::InstanceExtra {
            slots: (nslots > 0 && !slots_only)
                .then(|| (0..nslots).map(|_| RefCell::new(None)).collect()),
            exc,
            builtin: None,
        },
    )));
    let v = match room {
        0 => Value::from_obj(obj),
        room => {
            let v = crate::inst_vals::alloc_instance(obj, room);
            if slots_only {
                if let Some(Kind::Instance(i)) = v.kind() {
                    if let crate::attrs::Attrs::Slots { vals, .. } = &mut *i.attrs.borrow_mut() {
                        for _ in 0..nslots {
                            vals.push(Value::UNBOUND);
                        }
                    }
                }
            }
            v
        }
    };
    rt.gc.track(&v);
    Ok(v)
}

/// `cls(*args, **kwargs)` for a type object.
/// The constructor information of a type, cached until any class changes.
pub fn ctor_info(rt: &Runtime, cls: &Value) -> Option<std::rc::Rc<CtorInfo>> {
    let t = as_type(cls)?;
    if let Some(c) = &*t.ctor.borrow() {
        if c.epoch == rt.type_epoch {
            return Some(c.clone());
        }
    }
    let meta = t.metaclass.borrow().clone();
    let meta_call = if meta.is(&rt.types.type_) {
        None
    } else {
        lookup_with_owner(&meta, "__call__")
            .filter(|(_, o)| !o.is(&rt.types.type_))
            .map(|(f, _)| f)
    };
    let (new, new_is_object) = match lookup_with_owner(cls, "__new__") {
        Some((f, owner)) => {
            let f = match f.kind() {
                Some(Kind::StaticMethod(inner)) => inner.clone(),
                _ => f,
            };
            let is_obj = owner.is(&rt.types.object);
            (Some(f), is_obj)
        }
        None => (None, true),
    };
    let (init, init_is_object) = match lookup_with_owner(cls, "__init__") {
        Some((f, owner)) => (Some(f), owner.is(&rt.types.object)),
        None => (None, true),
    };
    let info = std::rc::Rc::new(CtorInfo {
        epoch: rt.type_epoch,
        meta_call,
        new,
        new_is_object,
        init,
        init_is_object,
    });
    *t.ctor.borrow_mut() = Some(info.clone());
    Some(info)
}

pub fn call_type(rt: &mut Runtime, cls: &Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    // type(x) with one argument.
    if cls.is(&rt.types.type_) && args.len() == 1 && kw.is_empty() {
        return Ok(rt.type_of(&args[0]));
    }
    let Some(info) = ctor_info(rt, cls) else {
        return Err(rt.type_error("not a type"));
    };
    // A metaclass with its own __call__.
    if let Some(f) = &info.meta_call {
        let mut full = vec![cls.clone()];
        full.extend(args.iter().cloned());
        return rt.call(f, &full, kw);
    }
    type_call_with(rt, cls, info, args, kw)
}

/// `type.__call__`: `__new__` then `__init__`.
pub fn type_call_default(
    rt: &mut Runtime,
    cls: &Value,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult {
    let Some(info) = ctor_info(rt, cls) else {
        return Err(rt.type_error("not a type"));
    };
    type_call_with(rt, cls, info, args, kw)
}

/// `type.__call__` with the class's constructor facts in hand.
pub fn type_call_with(
    rt: &mut Runtime,
    cls: &Value,
    info: std::rc::Rc<CtorInfo>,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult {
    let obj = match &info.new {
        Some(f) if !info.new_is_object => {
            let mut full: smallvec::SmallVec<[Value; 4]> = smallvec::SmallVec::new();
            full.push(cls.clone());
            full.extend(args.iter().cloned());
            rt.call(f, &full, kw)?
        }
        _ => new_instance(rt, cls)?,
    };
    // __init__ runs only when __new__ returned an instance of cls.
    let ot = rt.type_of(&obj);
    let info = if ot.is(cls) {
        info
    } else if !is_subtype(&ot, cls) {
        return Ok(obj);
    } else {
        ctor_info(rt, &ot).unwrap_or(info)
    };
    if let Some(init) = &info.init {
        if info.init_is_object {
            let new_is_object = info.new_is_object;
            if (!args.is_empty() || !kw.is_empty()) && new_is_object {
                let n = as_type(cls)
                    .map(|t| t.name.borrow().clone())
                    .unwrap_or_default();
                return Err(rt.type_error(&format!("{n}() takes no arguments")));
            }
            return Ok(obj);
        }
        let mut full: smallvec::SmallVec<[Value; 4]> = smallvec::SmallVec::new();
        full.push(obj.clone());
        full.extend(args.iter().cloned());
        let r = rt.call(init, &full, kw)?;
        if !r.is_none() {
            return Err(rt.type_error(&format!(
                "__init__() should return None, not '{}'",
                rt.type_name(&r)
            )));
        }
    }
    Ok(obj)
}

impl Runtime {
    /// The type of any value.
    #[inline]
    pub fn type_of(&self, v: &Value) -> Value {
        let t = &self.types;
        if v.is_float() {
            return t.float.clone();
        }
        if v.is_small_int() {
            return t.int.clone();
        }
        if v.is_none() {
            return t.none.clone();
        }
        if v.is_bool() {
            return t.bool_.clone();
        }
        match v.kind() {
            Some(k) => match k {
                Kind::Str(_) => t.str_.clone(),
                Kind::Int(_) => t.int.clone(),
                Kind::Complex(..) => t.complex.clone(),
                Kind::Bytes(_) => t.bytes.clone(),
                Kind::ByteArray(_) => t.bytearray.clone(),
                Kind::List(_) => t.list.clone(),
                Kind::Tuple(_) => t.tuple.clone(),
                Kind::Dict(_) => t.dict.clone(),
                Kind::Set(_) => t.set.clone(),
                Kind::FrozenSet(_) => t.frozenset.clone(),
                Kind::Range(_) => t.range.clone(),
                Kind::Slice(_) => t.slice.clone(),
                Kind::Function(_) => t.function.clone(),
                Kind::Builtin(b) => {
                    let dunder = b.name.starts_with("__") && b.name.ends_with("__");
                    match (b.owner.is_some() && b.bound.is_none(), dunder) {
                        (true, true) => t.wrapper_descriptor.clone(),
                        (true, false) => t.method_descriptor.clone(),
                        (false, true) if b.owner.is_some() => t.method_wrapper.clone(),
                        _ => t.builtin_function.clone(),
                    }
                }
                // A builtin method bound to its object: builtin_function_or_method, or
                // method-wrapper for a special method.
                Kind::Method(f, _) => match f.kind() {
                    Some(Kind::Builtin(b)) if b.owner.is_some() => {
                        if b.name.starts_with("__") && b.name.ends_with("__") {
                            t.method_wrapper.clone()
                        } else {
                            t.builtin_function.clone()
                        }
                    }
                    Some(Kind::Builtin(_)) => t.builtin_function.clone(),
                    _ => t.method.clone(),
                },
                Kind::Cell(_) => t.cell.clone(),
                Kind::Code(_) => t.code.clone(),
                Kind::Module(m) => m.subclass().unwrap_or_else(|| t.module.clone()),
                Kind::Type(tt) => tt.metaclass.borrow().clone(),
                Kind::Instance(i) => i.cls.get(),
                Kind::Iter(it) => self.iter_type(it.type_name),
                Kind::DictView(_, 0) => t.dict_keys.clone(),
                Kind::DictView(_, 1) => t.dict_values.clone(),
                Kind::DictView(_, 3) => t.mappingproxy.clone(),
                Kind::DictView(..) => t.dict_items.clone(),
                Kind::Property(_) => t.property.clone(),
                Kind::Member(m) if m.is_getset() => t.getset_descriptor.clone(),
                Kind::Member(_) => t.member_descriptor.clone(),
                Kind::StaticMethod(_) => t.staticmethod.clone(),
                Kind::ClassMethod(_) => t.classmethod.clone(),
                Kind::Super(..) => t.super_.clone(),
                Kind::NotImplemented => t.not_implemented.clone(),
                Kind::Ellipsis => t.ellipsis.clone(),
                Kind::Native(ty, _) => ty.clone(),
            },
            None => t.none.clone(),
        }
    }

    fn iter_type(&self, name: &str) -> Value {
        self.types
            .iterators
            .iter()
            .find(|(n, _)| *n == name)
            .map_or_else(|| self.types.iterator.clone(), |(_, t)| t.clone())
    }

    pub fn isinstance_type(&self, v: &Value, cls: &Value) -> bool {
        is_subtype(&self.type_of(v), cls)
    }

    /// Binds a class attribute found on the type for access through `inst` (None for
    /// access on the class itself): functions become bound methods and so on.
    pub fn bind_descriptor(
        &mut self,
        attr: &Value,
        inst: Option<&Value>,
        owner: &Value,
    ) -> PyResult {
        match attr.kind() {
            Some(Kind::Function(_)) => match inst {
                Some(i) => Ok(Value::from_obj(Obj::new(Kind::Method(
                    attr.clone(),
                    i.clone(),
                )))),
                None => Ok(attr.clone()),
            },
            Some(Kind::Builtin(b)) => match inst {
                // Only methods of builtin types bind; a builtin function (`len`) stored in a
                // class is returned as it is.
                Some(i) if b.owner.is_some() && b.bound.is_none() => Ok(Value::from_obj(Obj::new(
                    Kind::Method(attr.clone(), i.clone()),
                ))),
                Some(_) => Ok(attr.clone()),
                // Taken unbound from its type: check `self` when it is called. The checked
                // copy is made once, so `list.append is list.append` as in CPython.
                None if b.owner.is_some() && b.bound.is_none() && !b.check_self => {
                    let key = (attr.id(), "<unbound>");
                    if let Some(v) = self.slot_cache.get(&key) {
                        return Ok(v.clone());
                    }
                    let v = Value::from_obj(Obj::new(Kind::Builtin(Box::new(
                        crate::object::Builtin {
                            name: b.name,
                            func: b.func,
                            owner: b.owner,
                            bound: None,
                            doc: b.doc,
                            check_self: true,
                            fast: 0,
                        },
                    ))));
                    self.slot_cache.insert(key, v.clone());
                    Ok(v)
                }
                None => Ok(attr.clone()),
            },
            Some(Kind::StaticMethod(f)) => Ok(f.clone()),
            Some(Kind::ClassMethod(f)) => {
                let cls = match inst {
                    Some(i) => self.type_of(i),
                    None => owner.clone(),
                };
                Ok(Value::from_obj(Obj::new(Kind::Method(f.clone(), cls))))
            }
            Some(Kind::Property(p)) => match inst {
                Some(i) => {
                    if p[0].is_none() {
                        let msg = format!(
                            "property {}of '{}' object has no getter",
                            crate::ops::attr::prop_name(self, attr),
                            self.type_name(i)
                        );
                        return Err(self.attr_error(&msg));
                    }
                    let f = p[0].clone();
                    self.call(&f, std::slice::from_ref(i), &[])
                }
                None => Ok(attr.clone()),
            },
            Some(Kind::Member(m)) => match inst {
                Some(i) => self.member_get(m, i),
                None => Ok(attr.clone()),
            },
            Some(Kind::Instance(_)) => {
                let t = self.type_of(attr);
                match lookup(&t, "__get__") {
                    Some(get) => {
                        let i = inst.cloned().unwrap_or(Value::NONE);
                        self.call(&get, &[attr.clone(), i, owner.clone()], &[])
                    }
                    None => Ok(attr.clone()),
                }
            }
            _ => Ok(attr.clone()),
        }
    }

    /// The slot a member descriptor reads, or CPython's AttributeError when it is unset.
    pub fn member_get(&mut self, m: &crate::object::MemberDescr, inst: &Value) -> PyResult {
        if m.is_getset() {
            if !self.member_applies(m, inst) {
                return Err(self.member_type_error(m, inst));
            }
            if m.index == crate::object::MemberDescr::WEAKREF_SLOT {
                return Ok(Value::NONE);
            }
            return match inst.kind() {
                Some(Kind::Instance(i)) => Ok(i.dict_value().unwrap_or(Value::NONE)),
                _ => Err(self.member_type_error(m, inst)),
            };
        }
        let found = match inst.kind() {
            Some(Kind::Instance(i)) => i.slot_get(m.index).flatten(),
            _ => None,
        };
        match found {
            Some(v) => Ok(v),
            None if self.member_applies(m, inst) => Err(self.no_attr(inst, &m.name)),
            None => Err(self.member_type_error(m, inst)),
        }
    }

    /// Stores (`Some`) or clears (`None`) the slot of member `m` in `inst`.
    pub fn member_set(
        &mut self,
        m: &crate::object::MemberDescr,
        inst: &Value,
        v: Option<Value>,
    ) -> PyResult<()> {
        if !self.member_applies(m, inst) {
            return Err(self.member_type_error(m, inst));
        }
        let Some(Kind::Instance(i)) = inst.kind() else {
            return Err(self.member_type_error(m, inst));
        };
        if m.index == crate::object::MemberDescr::WEAKREF_SLOT {
            return Err(self.attr_error(&format!(
                "attribute '__weakref__' of '{}' objects is not writable",
                m.owner
            )));
        }
        if m.index == crate::object::MemberDescr::DICT_SLOT {
            let d = match v {
                Some(d) if matches!(d.kind(), Some(Kind::Dict(_))) => d,
                Some(d) => {
                    let tn = self.type_name(&d);
                    return Err(self.type_error(&format!(
                        "__dict__ must be set to a dictionary, not a '{tn}'"
                    )));
                }
                None => self.new_dict(Dict::new()),
            };
            let old = i.set_dict(d);
            drop(old);
            return Ok(());
        }
        let deleting = v.is_none();
        // (The old value is dropped after the borrow ends, in case freeing it reaches this
        // instance again.)
        match i.slot_replace(m.index, v) {
            None => Err(self.member_type_error(m, inst)),
            Some(None) if deleting => Err(self.attr_error(&m.name)),
            Some(old) => {
                drop(old);
                Ok(())
            }
        }
    }

    fn member_applies(&self, m: &crate::object::MemberDescr, inst: &Value) -> bool {
        let t = self.type_of(inst);
        as_type(&t).is_some_and(|tt| tt.mro.borrow().iter().any(|c| c.id() == m.owner_id))
    }

    fn member_type_error(&mut self, m: &crate::object::MemberDescr, inst: &Value) -> Exc {
        let tn = self.type_name(inst);
        self.type_error(&format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{tn}' object",
            m.name, m.owner
        ))
    }

    pub fn no_attr(&mut self, obj: &Value, name: &str) -> Exc {
        let msg = match obj.kind() {
            Some(Kind::Type(t)) => format!(
                "type object '{}' has no attribute '{}'",
                t.name.borrow(),
                name
            ),
            Some(Kind::Module(m)) => {
                // The name comes from __name__ in the module's namespace, as in CPython.
                let mn = match m.dict.kind() {
                    Some(Kind::Dict(d)) => d.borrow().get_str("__name__").cloned(),
                    _ => None,
                };
                match mn.as_ref().and_then(|n| n.kind()) {
                    Some(Kind::Str(s)) => {
                        let mn = s.s.as_str().to_owned();
                        if self.initializing_modules.contains(&mn) {
                            format!(
                                "partially initialized module '{mn}' has no attribute '{name}' (most likely due to a circular import)"
                            )
                        } else {
                            format!("module '{mn}' has no attribute '{name}'")
                        }
                    }
                    _ => format!("module has no attribute '{name}'"),
                }
            }
            Some(Kind::Native(t, _))
                if lookup(t, "__module__")
                    .is_some_and(|m| matches!(m.kind(), Some(Kind::Str(s)) if &*s.s == "_io")) =>
            {
                // (The file types' C names carry their module, as CPython's tp_name does.)
                format!(
                    "'_io.{}' object has no attribute '{}'",
                    self.type_name(obj),
                    name
                )
            }
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        };
        let e = self.attr_error(&msg);
        let n = self.new_str(name);
        crate::exceptions::set_attr_raw(&e.0, "name", n);
        crate::exceptions::set_attr_raw(&e.0, "obj", obj.clone());
        e
    }
}

/// Whether `v` is plain data as a class attribute: a value whose type has no descriptor
/// methods, so reading it through an instance yields it as it is. Rebinding a class
/// attribute from plain data to plain data changes no cached resolution (the attribute
/// caches read such attributes from their class's dict each time).
pub fn is_plain_data(v: &Value) -> bool {
    matches!(
        v.kind(),
        None | Some(
            Kind::Str(_)
                | Kind::Int(_)
                | Kind::Complex(..)
                | Kind::Bytes(_)
                | Kind::Tuple(_)
                | Kind::List(_)
                | Kind::Dict(_)
                | Kind::Set(_)
                | Kind::FrozenSet(_)
        )
    )
}
