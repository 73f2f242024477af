//! Inline caches for attribute access on instances of user classes (`self.x`,
//! `obj.method(...)`, `self.x = v`). Each attribute instruction remembers, for the last
//! two types it saw and the runtime's type epoch, what the class MRO holds for the name,
//! and the attribute shape last seen with the name's slot in it (molt_builtins::attrs), so
//! the common case is a shape comparison and an index. A site that sees instances of several
//! classes (a base class's method run on its subclasses' instances) keeps up to four more
//! shapes' memos beside it (`AttrCache::poly`), so it too is served by shape comparisons.
//! The slots of an instance without a `__dict__` are kept like inline attributes
//! (molt_builtins::attrs's `Attrs::Slots`) and served by the same shape memos; other
//! `__slots__` members, properties and plain class data are read (and slots and
//! properties written) directly, a property with a
//! Python getter is handed to the interpreter to run in its loop (`Loaded::Getter`), and
//! `super().m(...)` finds its function through a table of its own. Operator instructions use
//! their cell for the class's dunder method (`class_attr_of`). Anything else unusual (other
//! data descriptors, `__getattribute__`/`__setattr__` overrides, exceptions, builtin
//! subclasses) takes the generic path in molt_builtins::ops::attr. What each (type, name)
//! resolves to is kept for the whole runtime (`Runtime::attr_resolutions`), shared by the
//! sites through an Rc, until the type epoch moves.

use std::cell::RefCell;

use std::rc::Rc;

use molt_builtins::inst_vals::Vals;

use molt_builtins::attrs::{Attrs, Shape};
use molt_builtins::attrs_peek;
use molt_builtins::object::{
    AttrCache, AttrResolution, ClassMemo, FastAttr, Instance, ShapeMemo, SiteMemo,
};

use crate::code_fetch::Site;
use crate::memo_read::{memo_method, memo_shape, peek};
use molt_builtins::typeobj::{as_type, lookup, lookup_with_owner};
use molt_builtins::{Kind, Obj, PyResult, Runtime, Value};

/// What `name` resolves to on type `ty` (walking the MRO).
fn compute(rt: &Runtime, ty: &Value, name: &str) -> AttrResolution {
    let found = lookup_with_owner(ty, name);
    let class_attr = found.as_ref().map(|(v, _)| v.clone());
    let custom =
        |hook: &str| lookup_with_owner(ty, hook).is_some_and(|(_, o)| !o.is(&rt.types.object));
    let custom_get = custom("__getattribute__");
    let custom_set = custom("__setattr__");
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
    // Slots and properties found on the class itself (not overridden attribute access)
    // are read and written straight through, without the generic lookup.
    let descr = match class_attr.as_ref().and_then(|v| v.kind()) {
        _ if special => FastAttr::None,
        Some(Kind::Member(m)) if !m.is_getset() && member_in_mro(ty, m.owner_id) => {
            FastAttr::Slot(m.index)
        }
        Some(Kind::Property(p)) if !p[0].is_none() => {
            FastAttr::Property(p[0].clone(), p[1].clone())
        }
        _ => match &found {
            Some((v, owner)) if molt_builtins::typeobj::is_plain_data(v) => FastAttr::ClassData {
                owner: owner.clone(),
                version: std::cell::Cell::new(as_type(owner).map_or(0, |t| t.version.get())),
                value: RefCell::new(v.clone()),
            },
            _ => FastAttr::None,
        },
    };
    // (With a __getattr__, an AttributeError from a property falls back to it: generic.)
    let fast = if custom_get
        || (matches!(descr, FastAttr::Property(..)) && lookup(ty, "__getattr__").is_some())
    {
        FastAttr::None
    } else {
        descr.clone()
    };
    AttrResolution {
        class_attr,
        generic: data_descr || special || custom_get,
        generic_set: data_descr || slots || special || custom_set,
        fast,
        fast_set: match descr {
            _ if custom_set => FastAttr::None,
            FastAttr::ClassData { .. } => FastAttr::None,
            d => d,
        },
    }
}

/// The runtime's resolution table, emptied first when the type epoch moved since it was
/// filled.
fn resolutions(rt: &Runtime) -> std::cell::RefMut<'_, molt_builtins::runtime::AttrResolutions> {
    let mut table = rt.attr_resolutions.borrow_mut();
    table.at_epoch(rt.type_epoch);
    table
}

/// Fills `cache` with what `name` (the str `name_v`) resolves to on `ty`, from the
/// runtime's resolution table when another site or an earlier type at this site asked.
fn resolve(rt: &Runtime, cache: &RefCell<AttrCache>, ty: &Value, name_v: &Value, name: &str) {
    let key = (ty.id(), name_v.id());
    let found = {
        let table = resolutions(rt);
        table
            .map
            .get(&key)
            .filter(|(n, t, _)| n.is(name_v) && t.is(ty))
            .map(|(_, _, r)| r.clone())
    };
    let r = match found {
        Some(r) => r,
        None => {
            let r = std::rc::Rc::new(compute(rt, ty, name));
            // (The entry keeps the name and the type alive, so their ids are not reused
            // while it is here; the table starts again when it grows large.)
            let mut table = rt.attr_resolutions.borrow_mut();
            if table.map.len() >= 8192 {
                table.map.clear();
            }
            table
                .map
                .insert(key, (name_v.clone(), ty.clone(), r.clone()));
            r
        }
    };
    let mut c = cache.borrow_mut();
    // The entry replaced becomes the second one, and the second one joins the others.
    let c = &mut *c;
    let ty2 = std::mem::replace(&mut c.ty2, c.ty.replace(ty.clone()));
    let epoch2 = std::mem::replace(
        &mut c.epoch2,
        std::mem::replace(&mut c.epoch, rt.type_epoch),
    );
    let res2 = std::mem::replace(&mut c.res2, std::mem::replace(&mut c.res, r));
    c.hint.set(0);
    if let Some(t) = ty2 {
        if epoch2 == rt.type_epoch {
            keep_in_turn(&mut c.poly_types, &mut c.poly_next, (t, epoch2, res2));
        }
    }
}

/// What `name` resolves to in class `cls`'s MRO, through the site's cache (the name is
/// interned only when the cache misses).
pub fn class_attr_of(
    rt: &mut Runtime,
    cache: &RefCell<AttrCache>,
    cls: &Value,
    name: &str,
) -> Option<Value> {
    let hit = {
        let c = cache.borrow();
        c.epoch == rt.type_epoch && c.ty.as_ref().is_some_and(|t| t.is(cls))
    };
    if !hit {
        let name_v = rt.intern(name);
        resolve(rt, cache, cls, &name_v, name);
    }
    cache.borrow().res.class_attr.clone()
}

/// Whether the class with identity `owner` is in `ty`'s MRO (a slot member applies).
fn member_in_mro(ty: &Value, owner: u64) -> bool {
    as_type(ty).is_some_and(|t| t.mro.borrow().iter().any(|c| c.id() == owner))
}

/// The current value of plain class data `name_v` in class `owner`'s dict: the cached
/// `value` while the owner's version is `version`, else read again (and cached).
fn class_data(
    owner: &Value,
    version: &std::cell::Cell<u64>,
    value: &RefCell<Value>,
    name_v: &Value,
) -> Option<Value> {
    let t = as_type(owner)?;
    let now = t.version.get();
    if now == version.get() {
        return Some(value.borrow().clone());
    }
    let v = t.dict.borrow().get_strv(name_v).cloned()?;
    if !molt_builtins::typeobj::is_plain_data(&v) {
        return None;
    }
    version.set(now);
    *value.borrow_mut() = v.clone();
    Some(v)
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
#[inline(always)]
fn ensure(rt: &Runtime, cache: &RefCell<AttrCache>, ty: &Value, name_v: &Value, name: &str) {
    {
        let c = cache.borrow();
        if c.epoch == rt.type_epoch && c.ty.as_ref().is_some_and(|t| t.is(ty)) {
            return;
        }
    }
    swap_or_resolve(rt, cache, ty, name_v, name);
}

/// `ensure`'s miss: the site's second entry or one of the types before when it is for
/// `ty` (swapped to the front), else a resolution.
#[inline(never)]
fn swap_or_resolve(
    rt: &Runtime,
    cache: &RefCell<AttrCache>,
    ty: &Value,
    name_v: &Value,
    name: &str,
) {
    {
        let mut c = cache.borrow_mut();
        let c = &mut *c;
        if c.epoch2 == rt.type_epoch && c.ty2.as_ref().is_some_and(|t| t.is(ty)) {
            std::mem::swap(&mut c.ty, &mut c.ty2);
            std::mem::swap(&mut c.epoch, &mut c.epoch2);
            std::mem::swap(&mut c.res, &mut c.res2);
            c.hint.set(0);
            return;
        }
        // One of the types before: it becomes the first, the first the second, and the
        // second takes its place.
        let k = c
            .poly_types
            .iter()
            .position(|(t, e, _)| *e == rt.type_epoch && t.is(ty));
        if let Some(k) = k {
            let (t, e, r) = &mut c.poly_types[k];
            std::mem::swap(t, c.ty2.get_or_insert(Value::NONE));
            std::mem::swap(e, &mut c.epoch2);
            std::mem::swap(r, &mut c.res2);
            std::mem::swap(&mut c.ty, &mut c.ty2);
            std::mem::swap(&mut c.epoch, &mut c.epoch2);
            std::mem::swap(&mut c.res, &mut c.res2);
            c.hint.set(0);
            return;
        }
    }
    resolve(rt, cache, ty, name_v, name);
}

/// The instance's own attribute `name_v`, through the site's memo of the shape it saw
/// (or of where the name sat in a real dict).
#[inline]
fn own_attr(site: Site<'_>, i: &Instance, name_v: &Value, epoch: u64) -> Option<Value> {
    let a = i.attrs.borrow();
    match &*a {
        Attrs::Inline { shape, vals } => {
            if let Some(m) = site.memo() {
                if memo_is(m, shape) {
                    return vals.get(m.slot.get() as usize).cloned();
                }
            }
            let idx = shape.index_of(name_v);
            remember_shape(
                site,
                shape,
                idx.map_or(AttrCache::ABSENT, |k| k as u32),
                epoch,
            );
            idx.map(|k| vals[k].clone())
        }
        Attrs::Dict(d) => {
            let Some(Kind::Dict(dd)) = d.kind() else {
                return None;
            };
            let db = dd.borrow();
            let c = site.cache().borrow();
            if let Some(v) = db.value_if_key_is(c.hint.get(), name_v) {
                return Some(v.clone());
            }
            let k = db.find_strv(name_v)?;
            c.hint.set(k);
            db.value_ref(k).cloned()
        }
        // (Slots are not the instance's own attributes: their members read them.)
        Attrs::Absent(_) | Attrs::Slots { .. } => None,
    }
}

/// Sets the instance's own attribute `name_v` through the site's memo (a store that
/// adds the name remembers the grown shape). Returns the replaced value, for the caller
/// to drop after the borrows; Err(NoDict) when the instance has no `__dict__`.
fn store_own(
    site: Site<'_>,
    i: &Instance,
    name_v: &Value,
    v: Value,
    epoch: u64,
) -> Result<Option<Value>, molt_builtins::attrs::NoDict> {
    let mut a = i.attrs.borrow_mut();
    match &mut *a {
        Attrs::Inline { shape, vals } => {
            if let Some(m) = site.memo() {
                if memo_is(m, shape) {
                    m.shape_epoch.set(epoch);
                    if let Some(slot) = vals.get_mut(m.slot.get() as usize) {
                        return Ok(Some(std::mem::replace(slot, v)));
                    }
                    let c = site.cache().borrow();
                    if let Some(g) = &c.grown {
                        molt_builtins::attrs::push_value(vals, v, g);
                        *shape = g.clone();
                        return Ok(None);
                    }
                }
            }
            if let Some(k) = shape.index_of(name_v) {
                remember(site, shape, k as u32, None, epoch);
                return Ok(Some(std::mem::replace(&mut vals[k], v)));
            }
            if let Some(next) = shape.with(name_v) {
                remember(site, shape, AttrCache::ABSENT, Some(next.clone()), epoch);
                molt_builtins::attrs::push_value(vals, v, &next);
                *shape = next;
                return Ok(None);
            }
            drop(a);
            i.attr_set(name_v.clone(), v)
        }
        Attrs::Dict(d) => {
            let Some(Kind::Dict(dd)) = d.kind() else {
                return Err(molt_builtins::attrs::NoDict);
            };
            let c = site.cache().borrow();
            let old = dd
                .borrow_mut()
                .set_if_key_is(c.hint.get(), name_v, v.clone());
            if old.is_some() {
                return Ok(old);
            }
            let mut db = dd.borrow_mut();
            let prev = db.get_strv(name_v).cloned();
            db.set_str(name_v.clone(), v);
            if let Some(k) = db.find_strv(name_v) {
                c.hint.set(k);
            }
            Ok(prev)
        }
        Attrs::Absent(_) | Attrs::Slots { .. } => Err(molt_builtins::attrs::NoDict),
    }
}

/// Before the site's shape memo gives way to another shape's: keeps it among the
/// polymorphic memos (`AttrCache::poly`) when it is valid at type epoch `epoch`, in place of
/// an older memo of the same shape, else of the oldest.
fn keep_memo(m: &SiteMemo, c: &mut AttrCache, epoch: u64) {
    if m.shape_epoch.get() != epoch || m.kind_key.get() != 0 {
        return;
    }
    let Some(shape) = m.shape_clone() else {
        return;
    };
    let memo = ShapeMemo {
        shape,
        slot: m.slot.get(),
        grown: c.grown.clone(),
        method: m.method_clone(),
        epoch,
    };
    if let Some(m) = c
        .poly
        .iter_mut()
        .find(|m| Rc::ptr_eq(&m.shape, &memo.shape))
    {
        *m = memo;
    } else {
        keep_in_turn(&mut c.poly, &mut c.poly_next, memo);
    }
}

/// Adds `item` to one of a site's polymorphic lists: appended while there is room (at
/// most `AttrCache::POLY`), else in place of the entry whose turn it is.
fn keep_in_turn<T>(list: &mut Vec<T>, next: &mut u8, item: T) {
    if list.len() < AttrCache::POLY {
        list.push(item);
    } else {
        list[*next as usize % AttrCache::POLY] = item;
        *next = next.wrapping_add(1);
    }
}

/// The polymorphic memo (see `keep_memo`) for the shape whose word is `shape` (as
/// `attrs_peek::shape_word` gives it), valid at type epoch `epoch`, with its position.
#[inline]
fn poly_memo(c: &AttrCache, shape: usize, epoch: u64) -> Option<(usize, &ShapeMemo)> {
    c.poly
        .iter()
        .enumerate()
        .find(|(_, m)| m.epoch == epoch && attrs_peek::rc_word(&m.shape) == shape)
}

/// Makes the site's shape memo say that instances of shape `shape` hold the name at
/// `slot` of their values (`AttrCache::ABSENT`: not there), valid at type epoch `epoch`;
/// the memo it replaces is kept among the polymorphic ones. (For a slot shape,
/// crate::attrs's `Attrs::Slots`, only where the class resolves the name to that slot's
/// member, or to a method with `AttrCache::ABSENT`.)
#[cold]
fn remember_shape(site: Site<'_>, shape: &Rc<Shape>, slot: u32, epoch: u64) {
    remember(site, shape, slot, None, epoch);
}

/// `remember_shape`, with `grown` the shape a store at the site that adds the name makes.
/// (The only place polymorphic memos are kept, so a site without a memo of its own, past
/// `MAX_ATTR_SITE`, never has any, and the memo it reads is never promoted into.)
fn remember(site: Site<'_>, shape: &Rc<Shape>, slot: u32, grown: Option<Rc<Shape>>, epoch: u64) {
    let Some(m) = site.memo() else {
        return;
    };
    let old_grown = {
        let mut c = site.cache().borrow_mut();
        keep_memo(m, &mut c, epoch);
        std::mem::replace(&mut c.grown, grown)
    };
    let old = m.set(Some(shape.clone()), slot, None, 0, 0, epoch);
    // (What the memo held is released after the borrow.)
    drop((old, old_grown));
}

/// Whether memo `m` is of shape `shape` (at whatever epoch).
#[inline(always)]
fn memo_is(m: &SiteMemo, shape: &Rc<Shape>) -> bool {
    memo_shape(m).is_some_and(|s| Rc::ptr_eq(s, shape))
}

/// The slot shape of instance `i` when it keeps its `__slots__` inline (`Attrs::Slots`).
fn slot_shape_of(i: &Instance) -> Option<Rc<Shape>> {
    match &*i.attrs.borrow() {
        Attrs::Slots { shape, .. } => Some(shape.clone()),
        _ => None,
    }
}

/// Completes a method load's shape memo (which has no slot for the name) with the
/// class's function `f`, valid at type epoch `epoch`.
#[cold]
fn remember_method(site: Site<'_>, f: &Value, epoch: u64) {
    let Some(m) = site.memo() else {
        return;
    };
    m.shape_epoch.set(0);
    let old = m.method.replace(f.clone());
    m.shape_epoch.set(epoch);
    drop(old);
}

/// The class attribute an instance read falls back to, when no Python call is needed.
#[inline]
fn class_value(res: &AttrResolution, obj: &Value, cls: &Value, name_v: &Value) -> Option<Value> {
    if let FastAttr::ClassData {
        owner,
        version,
        value,
    } = &res.fast
    {
        return class_data(owner, version, value, name_v);
    }
    res.class_attr
        .as_ref()
        .and_then(|a| bind_simple(a, obj, cls))
}

// The fast paths: a site's shape memo alone answers for an instance whose shape is the
// memo's, at the epoch the memo was made (see SiteMemo::shape_epoch). The shape says
// what the class is, and the epoch that the class's resolution still needs no generic
// access, so neither is looked at again.

/// `obj.name` from the site's memo: the value the memo's slot holds.
#[inline(always)]
pub fn fast_load(rt: &Runtime, site: Site<'_>, obj: &Value) -> Option<Value> {
    let Some(Kind::Instance(i)) = obj.kind() else {
        return None;
    };
    // (An unset slot holds UNBOUND: the generic path raises.)
    let (slot, _, vals) = memo(rt, site, i)?;
    vals.get(slot as usize)?.clone_bound()
}

/// The method of a memo that has none (see `memo`).
static NO_METHOD: Value = Value::UNBOUND;

/// `(method, true)` for a memo's method, None when it has none (`Value::UNBOUND`).
#[inline(always)]
fn bound_method(method: &Value) -> Option<(Value, bool)> {
    (!method.is_unbound()).then(|| (method.clone(), true))
}

/// What the site's memo for instance `i`'s shape says, the current one or a polymorphic
/// one, made at the current type epoch: the name's slot (`AttrCache::ABSENT` when the
/// shape does not hold it), the class's method (`Value::UNBOUND` for none), and the
/// instance's values (whose block the caller reads only when it needs a value: a method
/// found in the class does not touch it); None when there is none.
/// (Plain functions returning references rather than closures: a closure was not always
/// inlined into the loop.)
#[inline(always)]
fn memo<'a>(rt: &Runtime, site: Site<'a>, i: &'a Instance) -> Option<(u32, &'a Value, &'a Vals)> {
    let m = site.memo_to_read();
    if let Some(found) = first_memo(rt, m, i) {
        return Some(found);
    }
    // (Read without borrow bookkeeping: see crate::memo_read.)
    let cache = site.cache();
    if peek(cache).poly.is_empty() {
        return None;
    }
    poly_answer(rt, cache, m, i)
}

/// `memo` from the site's first memo alone.
#[inline(always)]
fn first_memo<'a>(
    rt: &Runtime,
    m: &'a SiteMemo,
    i: &'a Instance,
) -> Option<(u32, &'a Value, &'a Vals)> {
    // (Read without borrow bookkeeping: see crate::memo_read.)
    // (The storage is matched against the memo's shape by its first word alone, without
    // a test of its kind: see molt_builtins::attrs_peek.)
    if m.shape_epoch.get() != rt.type_epoch {
        return None;
    }
    let vals = attrs_peek::values_if(peek(&i.attrs), memo_shape(m))?;
    Some((m.slot.get(), memo_method(m), vals))
}

/// Polymorphic answers between two promotions (`poly_answer`).
const PROMOTE_AFTER: u8 = 8;

/// `memo` from the site's polymorphic memo for instance `i`'s shape, if it has one made
/// at the current type epoch. Every `PROMOTE_AFTER`-th such answer first makes that memo
/// the site's first one (`promote_memo`): a site that serves one class for a while and
/// then another (a base class's method run on one subclass's instances, then another's)
/// is soon served by its first comparison again, while one that serves two classes in
/// turn does not swap its memos at every execution.
#[inline(never)]
fn poly_answer<'a>(
    rt: &Runtime,
    cache: &'a RefCell<AttrCache>,
    memo: &'a SiteMemo,
    i: &'a Instance,
) -> Option<(u32, &'a Value, &'a Vals)> {
    let k = {
        let (c, a) = (peek(cache), peek(&i.attrs));
        let w = attrs_peek::shape_word(a);
        let (k, m) = poly_memo(c, w, rt.type_epoch)?;
        let vals = attrs_peek::values_if(a, Some(&m.shape))?;
        let hits = memo.poly_hits.get() + 1;
        if hits < PROMOTE_AFTER {
            memo.poly_hits.set(hits);
            return Some((m.slot, m.method.as_ref().unwrap_or(&NO_METHOD), vals));
        }
        memo.poly_hits.set(0);
        k
    };
    // (The memo read has ended: the promotion borrows the site.)
    promote_memo(cache, memo, k, rt.type_epoch);
    first_memo(rt, memo, i)
}

/// Makes polymorphic memo `k` (which just answered, at type epoch `epoch`) the site's
/// shape memo, and the shape memo it replaces, when still valid, a polymorphic one in its
/// place. A site that serves instances of one class for a while and then of another (a base
/// class's method run on one subclass's instances after another's) is then served by its
/// first comparison again, instead of by the polymorphic search at every execution.
#[inline(never)]
fn promote_memo(cache: &RefCell<AttrCache>, memo: &SiteMemo, k: usize, epoch: u64) {
    let old = {
        let mut c = cache.borrow_mut();
        let c = &mut *c;
        if k >= c.poly.len() {
            return;
        }
        let valid = memo.shape_epoch.get() == epoch && memo.kind_key.get() == 0;
        let m = match memo.shape_clone() {
            Some(shape) if valid => {
                let old = ShapeMemo {
                    shape,
                    slot: memo.slot.get(),
                    grown: c.grown.take(),
                    method: memo.method_clone(),
                    epoch,
                };
                std::mem::replace(&mut c.poly[k], old)
            }
            _ => c.poly.swap_remove(k),
        };
        let grown = std::mem::replace(&mut c.grown, m.grown);
        (
            memo.set(Some(m.shape), m.slot, m.method, 0, 0, m.epoch),
            grown,
        )
    };
    // (What the memo held is released after the borrow.)
    drop(old);
}

/// `obj.name` for a method call from the site's memo: the instance's own value (false),
/// or the class's function when the shape does not hold the name (true: call it with
/// `obj` first).
#[inline(always)]
pub fn fast_method(rt: &Runtime, site: Site<'_>, obj: &Value) -> Option<(Value, bool)> {
    let Some(Kind::Instance(i)) = obj.kind() else {
        // A value of a builtin type: its type's method, remembered by the value's kind.
        let key = builtin_value_key(obj);
        let m = site.memo_to_read();
        if key != 0 && m.kind_key.get() == key {
            return bound_method(memo_method(m));
        }
        return None;
    };
    let (slot, method, vals) = memo(rt, site, i)?;
    // (The class's method: the values are not read.)
    if slot == AttrCache::ABSENT {
        return bound_method(method);
    }
    match vals.get(slot as usize) {
        // (An unset slot: the generic path raises.)
        Some(v) => v.clone_bound().map(|v| (v, false)),
        None => bound_method(method),
    }
}

/// The `Builtin::fast` of the method of a builtin type that a method-load site remembers
/// for values of kind `k` (see `SiteMemo::method_fast`); 0 when it remembers none. (Only
/// lists, dicts and sets have such methods.)
#[inline(always)]
pub fn value_method_fast(site: Site<'_>, k: &Kind) -> u8 {
    let key = match k {
        Kind::List(_) => LIST_KEY,
        Kind::Dict(_) => DICT_KEY,
        Kind::Set(_) => SET_KEY,
        _ => return 0,
    };
    let m = site.memo_to_read();
    if m.kind_key.get() == key {
        m.method_fast.get()
    } else {
        0
    }
}

/// `builtin_value_key`s of the kinds `value_method_fast` serves.
const LIST_KEY: u16 = 4;
const DICT_KEY: u16 = 6;
const SET_KEY: u16 = 7;

/// `obj.name = v` from the site's memo: the slot replaced, or the name added when the
/// memo knows the grown shape. False when the memo does not apply.
#[inline(always)]
pub fn fast_store(rt: &Runtime, site: Site<'_>, obj: &Value, v: &Value) -> bool {
    let Some(Kind::Instance(i)) = obj.kind() else {
        return false;
    };
    let m = site.memo_to_read();
    // The site's memo is read without borrow bookkeeping (crate::memo_read); the write
    // borrows the instance's attributes.
    let mut a = i.attrs.borrow_mut();
    let replaced = match &mut *a {
        Attrs::Inline { shape, vals } => {
            let Some((slot, poly)) = store_memo(rt, site, m, shape) else {
                return false;
            };
            if let Some(slot) = vals.get_mut(slot as usize) {
                Some(std::mem::replace(slot, v.clone()))
            } else {
                // (The grown shape is with the rest of the cache, or with the
                // polymorphic memo that answered.)
                let grown = match poly {
                    Some(p) => p.grown.as_ref(),
                    None => peek(site.cache()).grown.as_ref(),
                };
                let Some(g) = grown else {
                    return false;
                };
                molt_builtins::attrs::push_value(vals, v.clone(), g);
                *shape = g.clone();
                None
            }
        }
        // (A slot's memo never grows the storage.)
        Attrs::Slots { shape, vals } => {
            let Some((slot, _)) = store_memo(rt, site, m, shape) else {
                return false;
            };
            let Some(slot) = vals.get_mut(slot as usize) else {
                return false;
            };
            Some(std::mem::replace(slot, v.clone()))
        }
        _ => return false,
    };
    // (The value replaced is released after the borrow.)
    drop(a);
    drop(replaced);
    true
}

/// The slot the site's memo `m` (or a polymorphic one, made at the current type epoch)
/// gives a store into an instance of shape `shape`, and the polymorphic memo when it was
/// one.
#[inline(always)]
fn store_memo<'a>(
    rt: &Runtime,
    site: Site<'a>,
    m: &SiteMemo,
    shape: &Rc<Shape>,
) -> Option<(u32, Option<&'a ShapeMemo>)> {
    if m.shape_epoch.get() == rt.type_epoch && memo_is(m, shape) {
        return Some((m.slot.get(), None));
    }
    let c = peek(site.cache());
    if c.poly.is_empty() {
        return None;
    }
    poly_store_memo(rt, c, shape)
}

/// `store_memo` from the polymorphic memos.
#[inline(never)]
fn poly_store_memo<'a>(
    rt: &Runtime,
    c: &'a AttrCache,
    shape: &Rc<Shape>,
) -> Option<(u32, Option<&'a ShapeMemo>)> {
    let w = attrs_peek::rc_word(shape);
    poly_memo(c, w, rt.type_epoch).map(|(_, m)| (m.slot, Some(m)))
}

/// A number naming the type of a value whose type is a builtin type fixed by its
/// representation (an int, a str, a list...: values of subclasses are instances), whose
/// methods therefore never change; 0 for any other value.
#[inline(always)]
pub fn builtin_value_key(v: &Value) -> u16 {
    if v.is_small_int() {
        return 1;
    }
    if v.is_float() {
        return 2;
    }
    match v.kind() {
        Some(Kind::Int(_)) => 1,
        Some(Kind::Str(_)) => 3,
        Some(Kind::List(_)) => LIST_KEY,
        Some(Kind::Tuple(_)) => 5,
        Some(Kind::Dict(_)) => DICT_KEY,
        Some(Kind::Set(_)) => SET_KEY,
        Some(Kind::FrozenSet(_)) => 8,
        Some(Kind::Bytes(_)) => 9,
        Some(Kind::ByteArray(_)) => 10,
        Some(Kind::Complex(..)) => 11,
        _ => 0,
    }
}

/// What an attribute load found: the value, or a property getter that is a plain Python
/// function (the interpreter runs it in its loop with the object).
pub enum Loaded {
    Value(Value),
    Getter(Value),
}

pub fn load_attr(
    rt: &mut Runtime,
    site: Site<'_>,
    obj: &Value,
    name_v: &Value,
    name: &str,
) -> PyResult<Loaded> {
    use Loaded::Value as V;
    let cache = site.cache();
    if let Some(Kind::Instance(i)) = obj.kind() {
        if i.exc().is_none() && i.builtin().is_none() {
            let cls = i.cls.get();
            ensure(rt, cache, &cls, name_v, name);
            let c = cache.borrow();
            if c.res.generic {
                match &c.res.fast {
                    FastAttr::Slot(k) => {
                        let k = *k;
                        if let Some(v) = i.slot_get(k).flatten() {
                            drop(c);
                            // (Slots kept inline: the next read is the shape memo's.)
                            if let Some(shape) = slot_shape_of(i) {
                                remember_shape(site, &shape, k as u32, rt.type_epoch);
                            }
                            return Ok(V(v));
                        }
                    }
                    FastAttr::Property(get, _) => {
                        let get = get.clone();
                        drop(c);
                        drop(cls);
                        if let Some(Kind::Function(fo)) = get.kind() {
                            if fo.code.code.flags & molt_bytecode::code::flags::RESUMABLE == 0 {
                                return Ok(Loaded::Getter(get));
                            }
                        }
                        return rt.call(&get, std::slice::from_ref(obj), &[]).map(V);
                    }
                    FastAttr::None | FastAttr::ClassData { .. } => {}
                }
            } else {
                // The common case: the shape this site saw last.
                {
                    let a = i.attrs.borrow();
                    if let (Attrs::Inline { shape, vals }, Some(m)) = (&*a, site.memo()) {
                        if memo_is(m, shape) {
                            if let Some(v) = vals.get(m.slot.get() as usize) {
                                m.shape_epoch.set(rt.type_epoch);
                                return Ok(V(v.clone()));
                            }
                            if let Some(v) = class_value(&c.res, obj, &cls, name_v) {
                                return Ok(V(v));
                            }
                            drop(a);
                            drop(c);
                            drop(cls);
                            return rt.getattr(obj, name).map(V);
                        }
                    }
                }
                drop(c);
                if let Some(v) = own_attr(site, i, name_v, rt.type_epoch) {
                    return Ok(V(v));
                }
                if let Some(v) = class_value(&cache.borrow().res, obj, &cls, name_v) {
                    return Ok(V(v));
                }
            }
        }
    }
    if let Some(Kind::Type(_)) = obj.kind() {
        // (A class method's bound method is a new object each time: the generic path.)
        if let Some((v, false)) = class_attr(rt, cache, obj, name) {
            return Ok(V(v));
        }
    }
    rt.getattr(obj, name).map(V)
}

/// `cls.name` for class object `cls`, from the site's memo when it holds for `cls`, else
/// looked up and remembered (see `ClassMemo`): the value, and whether it is a class
/// method's function (to be called with `cls` first). None when the name is not one to
/// remember (the generic lookup then answers): once a site has met such a name, it
/// stays with the generic lookup (`cls.__dict__`, `cls.__name__`, a property: trying
/// again for every class a site sees would cost a second lookup each time).
fn class_attr(
    rt: &mut Runtime,
    cache: &RefCell<AttrCache>,
    cls: &Value,
    name: &str,
) -> Option<(Value, bool)> {
    {
        let c = cache.borrow();
        if let Some(m) = &c.class_memo {
            // (A site that met a name not to remember stays generic.)
            m.value.as_ref()?;
            if m.cls.is(cls)
                && m.epoch == rt.type_epoch
                && as_type(&m.owner).is_some_and(|t| t.version.get() == m.owner_version)
            {
                return m.value.clone().map(|v| (v, m.binds_class));
            }
        }
    }
    let (value, owner, binds_class) = match rt.class_attr_memo(cls, name) {
        Some((v, owner, binds)) => (Some(v), owner, binds),
        None => (None, cls.clone(), false),
    };
    let owner_version = as_type(&owner)?.version.get();
    let memo = ClassMemo {
        cls: cls.clone(),
        epoch: rt.type_epoch,
        owner,
        owner_version,
        value: value.clone(),
        binds_class,
    };
    let mut c = cache.borrow_mut();
    match &mut c.class_memo {
        Some(m) => **m = memo,
        None => c.class_memo = Some(Box::new(memo)),
    }
    value.map(|v| (v, binds_class))
}

/// `super(start, this).name(...)` with `this` an instance: the plain function found after
/// `start` in type(this)'s MRO, to be called with `this` first (no bound method made);
/// None when the name resolves to anything else (the generic path handles it).
pub fn load_super_method(
    rt: &mut Runtime,
    sup: &Value,
    name_v: &Value,
    name: &str,
) -> Option<(Value, Value)> {
    let Some(Kind::Super(start, this)) = sup.kind() else {
        return None;
    };
    load_super_method_of(rt, start, this, name_v, name)
}

/// `load_super_method` for `super(start, this)` before the super object is made (the
/// interpreter's `super().name(...)`); None as there, and when `this` is not an instance of
/// `start`.
pub fn load_super_method_of(
    rt: &mut Runtime,
    start: &Value,
    this: &Value,
    name_v: &Value,
    name: &str,
) -> Option<(Value, Value)> {
    if !matches!(this.kind(), Some(Kind::Instance(_))) {
        return None;
    }
    let ty = rt.type_of(this);
    let key = (ty.id(), start.id(), name_v.id());
    {
        let table = resolutions(rt);
        if let Some((t, s, n, f)) = table.supers.get(&key) {
            if t.is(&ty) && s.is(start) && n.is(name_v) {
                return f.clone().map(|f| (f, this.clone()));
            }
        }
    }
    let found = as_type(&ty).and_then(|tt| {
        let mro = tt.mro.borrow();
        let at = mro.iter().position(|c| c.is(start))?;
        mro[at + 1..]
            .iter()
            .find_map(|c| as_type(c).and_then(|ct| ct.dict.borrow().get_str(name).cloned()))
    });
    let f = found.filter(|f| matches!(f.kind(), Some(Kind::Function(_))));
    let mut table = rt.attr_resolutions.borrow_mut();
    if table.supers.len() >= 4096 {
        table.supers.clear();
    }
    table
        .supers
        .insert(key, (ty, start.clone(), name_v.clone(), f.clone()));
    f.map(|f| (f, this.clone()))
}

/// `(callable, true)` when the caller should pass `obj` as the first argument.
pub fn load_method(
    rt: &mut Runtime,
    site: Site<'_>,
    obj: &Value,
    name_v: &Value,
    name: &str,
) -> PyResult<(Value, bool)> {
    let cache = site.cache();
    match obj.kind() {
        Some(Kind::Instance(i)) => {
            // (Instances holding native storage, deques, are cached like plain ones: their
            // methods are the storage type's.)
            let plain = match i.builtin() {
                None => true,
                Some(p) => matches!(p.kind(), Some(Kind::Native(..))),
            };
            if i.exc().is_none() && plain {
                let cls = i.cls.get();
                ensure(rt, cache, &cls, name_v, name);
                let c = cache.borrow();
                if !c.res.generic {
                    // The common case: the shape this site saw last, without the name.
                    {
                        let a = i.attrs.borrow();
                        if let (Attrs::Inline { shape, vals }, Some(m)) = (&*a, site.memo()) {
                            if memo_is(m, shape) {
                                if let Some(v) = vals.get(m.slot.get() as usize) {
                                    m.shape_epoch.set(rt.type_epoch);
                                    return Ok((v.clone(), false));
                                }
                                if let Some(a) = &c.res.class_attr {
                                    if molt_builtins::ops::attr::binds_as_method(a) {
                                        let a = a.clone();
                                        if m.shape_epoch.get() != rt.type_epoch {
                                            drop(c);
                                            remember_method(site, &a, rt.type_epoch);
                                        }
                                        return Ok((a, true));
                                    }
                                }
                            }
                        }
                    }
                    drop(c);
                    if let Some(v) = own_attr(site, i, name_v, rt.type_epoch) {
                        return Ok((v, false));
                    }
                    let c = cache.borrow();
                    if let Some(a) = &c.res.class_attr {
                        if molt_builtins::ops::attr::binds_as_method(a) {
                            let a = a.clone();
                            drop(c);
                            // (When own_attr just made a shape memo for this instance's
                            // shape, the method goes with it.)
                            let memo_is_this = match &*i.attrs.borrow() {
                                Attrs::Inline { shape, .. } => site.memo().is_some_and(|m| {
                                    memo_is(m, shape) && m.slot.get() == AttrCache::ABSENT
                                }),
                                // Slots kept inline: the method goes with a memo of the
                                // class's slot shape (no instance value can hide it).
                                Attrs::Slots { shape, .. } => {
                                    let shape = shape.clone();
                                    remember_shape(site, &shape, AttrCache::ABSENT, rt.type_epoch);
                                    true
                                }
                                _ => false,
                            };
                            if memo_is_this {
                                remember_method(site, &a, rt.type_epoch);
                            }
                            return Ok((a, true));
                        }
                    }
                    let c = cache.borrow();
                    if let Some(v) = class_value(&c.res, obj, &cls, name_v) {
                        return Ok((v, false));
                    }
                }
            }
        }
        Some(Kind::Type(_)) => {
            // (`Cls.method(x)`: the function as it is, called with the arguments given;
            // `Cls.classmethod(x)`: its function, called with `Cls` first.)
            if let Some(found) = class_attr(rt, cache, obj, name) {
                return Ok(found);
            }
        }
        Some(Kind::Module(_) | Kind::Super(..)) => {}
        _ => {
            // Methods of builtin values (`lst.append`, `s.lower`): cached by type.
            let ty = rt.type_of(obj);
            ensure(rt, cache, &ty, name_v, name);
            let c = cache.borrow();
            if !c.res.generic {
                if let Some(a) = c.res.class_attr.clone() {
                    drop(c);
                    if matches!(a.kind(), Some(Kind::Builtin(_) | Kind::Function(_))) {
                        // (Remembered by kind for `fast_method`, which does not look at
                        // the epoch; the instance memo goes.)
                        let key = builtin_value_key(obj);
                        if let (true, Some(m)) = (key != 0, site.memo()) {
                            let fast = match a.kind() {
                                Some(Kind::Builtin(b)) => b.fast,
                                _ => 0,
                            };
                            drop(m.set(None, 0, Some(a.clone()), key, fast, 0));
                        }
                        return Ok((a, true));
                    }
                }
            }
        }
    }
    rt.load_method(obj, name)
}

pub fn store_attr(
    rt: &mut Runtime,
    site: Site<'_>,
    obj: &Value,
    name_v: &Value,
    name: &str,
    v: &Value,
) -> PyResult<()> {
    let cache = site.cache();
    if let Some(Kind::Instance(i)) = obj.kind() {
        if i.exc().is_none() && i.builtin().is_none() {
            let cls = i.cls.get();
            ensure(rt, cache, &cls, name_v, name);
            let res = cache.borrow().res.clone();
            match &res.fast_set {
                FastAttr::Slot(k) => {
                    // (The old value is released after the slot's borrow ends.)
                    if let Some(old) = i.slot_replace(*k, Some(v.clone())) {
                        drop(old);
                        // (Slots kept inline: the next store is the shape memo's.)
                        if let Some(shape) = slot_shape_of(i) {
                            remember_shape(site, &shape, *k as u32, rt.type_epoch);
                        }
                        return Ok(());
                    }
                }
                FastAttr::Property(_, set) if !set.is_none() => {
                    drop(cls);
                    rt.call(set, &[obj.clone(), v.clone()], &[])?;
                    return Ok(());
                }
                _ => {}
            }
            if !res.generic_set {
                if let Ok(old) = store_own(site, i, name_v, v.clone(), rt.type_epoch) {
                    drop(old);
                    return Ok(());
                }
            }
        }
    }
    rt.setattr(obj, name, v)
}
