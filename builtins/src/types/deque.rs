//! The storage of `collections.deque`: the native type `_collections._deque`, a ring buffer
//! (`VecDeque`) with the operations that must be fast (both ends, length, indexing,
//! iteration, membership, rotation). lib/collections defines `deque` as a Python subclass
//! of it that adds the rest (comparisons, repr, copy, insert/remove/index...), so a user's
//! own subclass of deque works as any subclass of a builtin type does: its instances carry
//! the native storage as their payload (typeobj::builtin_payload).
//!
//! Mutations bump a counter that iterators and the scans below check, raising
//! "deque mutated during iteration" as CPython does. No Python code runs while the storage
//! is borrowed: items are cloned out first, and removed items are dropped after.

use std::collections::VecDeque;

use crate::object::{BaseKind, Kind, NativeFn, Obj};
use crate::{PyResult, Runtime, Value};

type Kw<'a> = &'a [(Value, Value)];

/// A deque's items, its bound and its mutation counter.
#[derive(Default)]
pub struct DequeData {
    /// (Followed and cleared by the cycle collector, crate::gc.)
    pub(crate) items: VecDeque<Value>,
    maxlen: Option<usize>,
    state: u64,
}

/// An iterator over a deque (forward or reversed).
struct DequeIter {
    deque: Value,
    /// Items not yet given.
    left: usize,
    /// Position of the next item from the iteration's start.
    pos: usize,
    state: u64,
    reversed: bool,
}

/// Runs `f` on the storage of deque `v` (a `_deque`, or an instance of a subclass).
fn with<R>(rt: &mut Runtime, v: &Value, f: impl FnOnce(&mut DequeData) -> R) -> PyResult<R> {
    let target = crate::typeobj::builtin_payload(v).unwrap_or(v);
    if let Some(Kind::Native(_, d)) = target.kind() {
        if let Ok(mut b) = d.try_borrow_mut() {
            if let Some(dq) = b.downcast_mut::<DequeData>() {
                return Ok(f(dq));
            }
        }
    }
    let tn = rt.type_name(v);
    Err(rt.type_error(&format!(
        "descriptor requires a 'collections.deque' object but received a '{tn}'"
    )))
}

fn arg<'a>(rt: &mut Runtime, args: &'a [Value], i: usize, name: &str) -> PyResult<&'a Value> {
    match args.get(i) {
        Some(v) => Ok(v),
        None => Err(rt.type_error(&format!(
            "{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

fn mutated(rt: &mut Runtime) -> crate::object::Exc {
    rt.new_exc("RuntimeError", "deque mutated during iteration")
}

/// Appends `x` at the right (or left) end, dropping from the other end at the bound.
/// Returns what was dropped, to be released after the borrow.
fn push(d: &mut DequeData, x: Value, left: bool) -> Option<Value> {
    if d.maxlen == Some(0) {
        return Some(x);
    }
    let full = d.maxlen.is_some_and(|m| d.items.len() >= m);
    d.state += 1;
    if left {
        let out = if full { d.items.pop_back() } else { None };
        d.items.push_front(x);
        out
    } else {
        let out = if full { d.items.pop_front() } else { None };
        d.items.push_back(x);
        out
    }
}

fn m_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let cls = super::need_cls(rt, args, "deque.__new__")?.clone();
    let base = deque_type_of(&cls);
    let storage = |t: Value| {
        Value::from_obj(Obj::new(Kind::Native(
            t,
            std::cell::RefCell::new(Box::new(DequeData::default())),
        )))
    };
    if cls.is(&base) {
        let v = storage(cls);
        rt.gc.track(&v);
        return Ok(v);
    }
    // A subclass: its instances carry the storage as their payload.
    let payload = storage(base);
    rt.gc.track(&payload);
    crate::typeobj::new_instance_with(rt, &cls, payload)
}

/// The `_deque` type in `cls`'s MRO (`cls` itself when it is that type).
fn deque_type_of(cls: &Value) -> Value {
    if let Some(t) = crate::typeobj::as_type(cls) {
        for b in t.mro.borrow().iter() {
            if let Some(bt) = crate::typeobj::as_type(b) {
                if bt.builtin && *bt.name.borrow() == "_deque" {
                    return b.clone();
                }
            }
        }
    }
    cls.clone()
}

/// `_setup(maxlen)`: empties the deque and sets its bound (checked by the caller).
fn m_setup(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let m = arg(rt, args, 1, "_setup")?.clone();
    let maxlen = match m.as_small_int() {
        Some(n) if n >= 0 => Some(n as usize),
        _ if m.is_none() => None,
        _ => return Err(rt.value_error("maxlen must be non-negative")),
    };
    let old = with(rt, &args[0], |d| {
        d.maxlen = maxlen;
        d.state += 1;
        std::mem::take(&mut d.items)
    })?;
    drop(old);
    Ok(Value::NONE)
}

fn m_maxlen(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let m = with(rt, &args[0], |d| d.maxlen)?;
    Ok(m.map_or(Value::NONE, |n| Value::small_int(n as i64)))
}

fn m_append(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let x = arg(rt, args, 1, "append")?.clone();
    let out = with(rt, &args[0], |d| push(d, x, false))?;
    drop(out);
    Ok(Value::NONE)
}

fn m_appendleft(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let x = arg(rt, args, 1, "appendleft")?.clone();
    let out = with(rt, &args[0], |d| push(d, x, true))?;
    drop(out);
    Ok(Value::NONE)
}

fn pop_end(rt: &mut Runtime, args: &[Value], left: bool) -> PyResult {
    let got = with(rt, &args[0], |d| {
        let x = if left {
            d.items.pop_front()
        } else {
            d.items.pop_back()
        };
        if x.is_some() {
            d.state += 1;
        }
        x
    })?;
    match got {
        Some(x) => Ok(x),
        None => Err(rt.index_error("pop from an empty deque")),
    }
}

fn m_pop(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    pop_end(rt, args, false)
}

fn m_popleft(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    pop_end(rt, args, true)
}

/// `extend` / `extendleft`: one item at a time (the iterable may be any iterator; a deque
/// extended by itself takes a copy first).
fn extend(rt: &mut Runtime, args: &[Value], left: bool) -> PyResult {
    let src = arg(rt, args, 1, if left { "extendleft" } else { "extend" })?.clone();
    let this = &args[0];
    let same = src.is(this)
        || crate::typeobj::builtin_payload(this).is_some_and(|p| p.is(&src))
        || crate::typeobj::builtin_payload(&src).is_some_and(|p| p.is(this));
    let items: Option<Vec<Value>> = match src.kind() {
        Some(Kind::List(l)) => Some(l.borrow().clone()),
        Some(Kind::Tuple(t)) => Some(t.to_vec()),
        _ if same => Some(with(rt, this, |d| d.items.iter().cloned().collect())?),
        _ => None,
    };
    if let Some(items) = items {
        let mut dropped = Vec::new();
        with(rt, this, |d| {
            for x in items {
                if let Some(o) = push(d, x, left) {
                    dropped.push(o);
                }
            }
        })?;
        drop(dropped);
        return Ok(Value::NONE);
    }
    let it = rt.get_iter(&src)?;
    // (Through Runtime::feed: a generator's items in one run of its frame. What the bound
    // pushes out is released after the borrow.)
    let target = crate::typeobj::builtin_payload(this)
        .unwrap_or(this)
        .clone();
    let back = rt.feed(&it, &mut |x| {
        let Some(Kind::Native(_, d)) = target.kind() else {
            return Some(x);
        };
        let out = match d.try_borrow_mut() {
            Ok(mut b) => match b.downcast_mut::<DequeData>() {
                Some(dq) => push(dq, x, left),
                None => return Some(x),
            },
            Err(_) => return Some(x),
        };
        drop(out);
        None
    })?;
    if let Some(x) = back {
        let out = with(rt, this, |d| push(d, x, left))?;
        drop(out);
        while let Some(x) = rt.next(&it)? {
            let out = with(rt, this, |d| push(d, x, left))?;
            drop(out);
        }
    }
    Ok(Value::NONE)
}

fn m_extend(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    extend(rt, args, false)
}

fn m_extendleft(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    extend(rt, args, true)
}

fn m_clear(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let old = with(rt, &args[0], |d| {
        d.state += 1;
        std::mem::take(&mut d.items)
    })?;
    drop(old);
    Ok(Value::NONE)
}

/// `_reset(list)`: the deque's items become the list's (the bound is not applied: the
/// callers keep within it).
fn m_reset(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let src = arg(rt, args, 1, "_reset")?.clone();
    let items = rt.to_vec(&src)?;
    let old = with(rt, &args[0], |d| {
        d.state += 1;
        std::mem::replace(&mut d.items, items.into())
    })?;
    drop(old);
    Ok(Value::NONE)
}

fn m_rotate(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = match args.get(1) {
        Some(v) => rt.index_of(v)?,
        None => 1,
    };
    with(rt, &args[0], |d| {
        let len = d.items.len();
        if len > 1 {
            let k = n.rem_euclid(len as i64) as usize;
            if k != 0 {
                d.items.rotate_right(k);
            }
            d.state += 1;
        }
    })?;
    Ok(Value::NONE)
}

fn m_len(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = with(rt, &args[0], |d| d.items.len())?;
    Ok(Value::small_int(n as i64))
}

fn m_bool(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let e = with(rt, &args[0], |d| d.items.is_empty())?;
    Ok(Value::bool(!e))
}

/// The position of index `i` in a deque of `len` items, or CPython's error.
fn position(rt: &mut Runtime, i: &Value, len: usize) -> PyResult<usize> {
    let n = match i.as_small_int() {
        Some(n) => n,
        None => {
            let t = rt.type_of(i);
            if crate::typeobj::lookup(&t, "__index__").is_none() {
                let tn = rt.type_name(i);
                return Err(rt.type_error(&format!("sequence index must be integer, not '{tn}'")));
            }
            match rt.index_of(i) {
                Ok(n) => n,
                // (Too large for an index: out of range.)
                Err(e) if rt.exc_matches(&e, "OverflowError") => i64::MAX,
                Err(e) => return Err(e),
            }
        }
    };
    let k = if n < 0 { n + len as i64 } else { n };
    if k < 0 || k >= len as i64 {
        return Err(rt.index_error("deque index out of range"));
    }
    Ok(k as usize)
}

fn m_getitem(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let i = arg(rt, args, 1, "__getitem__")?.clone();
    let len = with(rt, &args[0], |d| d.items.len())?;
    let k = position(rt, &i, len)?;
    with(rt, &args[0], |d| d.items.get(k).cloned())?
        .ok_or_else(|| rt.index_error("deque index out of range"))
}

fn m_setitem(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let i = arg(rt, args, 1, "__setitem__")?.clone();
    let v = arg(rt, args, 2, "__setitem__")?.clone();
    let len = with(rt, &args[0], |d| d.items.len())?;
    let k = position(rt, &i, len)?;
    let old = with(rt, &args[0], |d| {
        d.items.get_mut(k).map(|slot| std::mem::replace(slot, v))
    })?;
    drop(old);
    Ok(Value::NONE)
}

fn m_delitem(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let i = arg(rt, args, 1, "__delitem__")?.clone();
    let len = with(rt, &args[0], |d| d.items.len())?;
    let k = position(rt, &i, len)?;
    let old = with(rt, &args[0], |d| {
        d.state += 1;
        d.items.remove(k)
    })?;
    drop(old);
    Ok(Value::NONE)
}

/// Item `k` and the mutation counter, for scans that run Python between items.
fn item_at(rt: &mut Runtime, v: &Value, k: usize) -> PyResult<(Option<Value>, u64)> {
    with(rt, v, |d| (d.items.get(k).cloned(), d.state))
}

/// The position of the first item equal to `x` at or after `start` and before `stop`
/// (None when there is none); a mutation by a comparison raises.
fn find(
    rt: &mut Runtime,
    v: &Value,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let state = with(rt, v, |d| d.state)?;
    let mut k = start;
    while k < stop {
        let (item, now) = item_at(rt, v, k)?;
        if now != state {
            return Err(mutated(rt));
        }
        let Some(item) = item else { break };
        if item.is(x) || rt.eq(&item, x)? {
            return Ok(Some(k));
        }
        if with(rt, v, |d| d.state)? != state {
            return Err(mutated(rt));
        }
        k += 1;
    }
    Ok(None)
}

/// `remove(x)`: the first item equal to `x` goes (CPython raises IndexError when a
/// comparison changed the deque).
fn m_remove(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let x = arg(rt, args, 1, "remove")?.clone();
    let (len, state) = with(rt, &args[0], |d| (d.items.len(), d.state))?;
    for k in 0..len {
        let (item, _) = item_at(rt, &args[0], k)?;
        let Some(item) = item else { break };
        let equal = item.is(&x) || rt.eq(&item, &x)?;
        if with(rt, &args[0], |d| d.state)? != state {
            return Err(rt.index_error("deque mutated during iteration"));
        }
        if equal {
            let old = with(rt, &args[0], |d| {
                d.state += 1;
                d.items.remove(k)
            })?;
            drop(old);
            return Ok(Value::NONE);
        }
    }
    let r = rt.repr_string(&x)?;
    Err(rt.value_error(&format!("{r} is not in deque")))
}

fn m_contains(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let x = arg(rt, args, 1, "__contains__")?.clone();
    let len = with(rt, &args[0], |d| d.items.len())?;
    Ok(Value::bool(find(rt, &args[0], &x, 0, len)?.is_some()))
}

fn m_count(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let x = arg(rt, args, 1, "count")?.clone();
    let (len, state) = with(rt, &args[0], |d| (d.items.len(), d.state))?;
    let mut n = 0;
    for k in 0..len {
        let (item, now) = item_at(rt, &args[0], k)?;
        if now != state {
            return Err(mutated(rt));
        }
        let Some(item) = item else { break };
        if item.is(&x) || rt.eq(&item, &x)? {
            n += 1;
        }
    }
    if with(rt, &args[0], |d| d.state)? != state {
        return Err(mutated(rt));
    }
    Ok(Value::small_int(n))
}

/// `_find(x, start, stop)`: the first index of `x` in `[start, stop)` (clamped), or -1.
fn m_find(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let x = arg(rt, args, 1, "_find")?.clone();
    let (a, b) = (
        arg(rt, args, 2, "_find")?.clone(),
        arg(rt, args, 3, "_find")?.clone(),
    );
    let start = rt.index_of(&a)?.max(0) as usize;
    let stop = rt.index_of(&b)?.max(0) as usize;
    let len = with(rt, &args[0], |d| d.items.len())?;
    Ok(match find(rt, &args[0], &x, start, stop.min(len))? {
        Some(k) => Value::small_int(k as i64),
        None => Value::small_int(-1),
    })
}

/// `_items()`: the items as a new list.
fn m_items(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let items: Vec<Value> = with(rt, &args[0], |d| d.items.iter().cloned().collect())?;
    Ok(rt.new_list(items))
}

fn new_iter(rt: &mut Runtime, args: &[Value], reversed: bool) -> PyResult {
    let (left, state) = with(rt, &args[0], |d| (d.items.len(), d.state))?;
    let t = iter_type(rt, reversed);
    let it = DequeIter {
        deque: args[0].clone(),
        left,
        pos: 0,
        state,
        reversed,
    };
    Ok(Value::from_obj(Obj::new(Kind::Native(
        t,
        std::cell::RefCell::new(Box::new(it)),
    ))))
}

fn m_iter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    new_iter(rt, args, false)
}

fn m_reversed(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    new_iter(rt, args, true)
}

fn it_iter(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    Ok(args[0].clone())
}

fn it_next(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let step = match args[0].kind() {
        Some(Kind::Native(_, d)) => match d.try_borrow_mut() {
            Ok(mut b) => b
                .downcast_mut::<DequeIter>()
                .map(|it| (it.deque.clone(), it.left, it.pos, it.state, it.reversed)),
            Err(_) => None,
        },
        _ => None,
    };
    let Some((deque, left, pos, state, reversed)) = step else {
        return Err(rt.type_error("descriptor '__next__' requires a '_deque_iterator' object"));
    };
    let (item, now) = with(rt, &deque, |d| {
        let len = d.items.len();
        let k = if reversed {
            len.wrapping_sub(pos + 1)
        } else {
            pos
        };
        (d.items.get(k).cloned(), d.state)
    })?;
    let set = |left: usize, pos: usize| {
        if let Some(Kind::Native(_, d)) = args[0].kind() {
            if let Ok(mut b) = d.try_borrow_mut() {
                if let Some(it) = b.downcast_mut::<DequeIter>() {
                    it.left = left;
                    it.pos = pos;
                }
            }
        }
    };
    if now != state {
        set(0, pos);
        return Err(mutated(rt));
    }
    match item {
        Some(x) if left > 0 => {
            set(left - 1, pos + 1);
            Ok(x)
        }
        _ => Err(rt.exc_with_args("StopIteration", Vec::new())),
    }
}

fn it_length_hint(_rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let left = match args[0].kind() {
        Some(Kind::Native(_, d)) => d
            .try_borrow()
            .ok()
            .and_then(|b| b.downcast_ref::<DequeIter>().map(|it| it.left)),
        _ => None,
    };
    Ok(Value::small_int(left.unwrap_or(0) as i64))
}

/// The iterator types, made with the module (kept in it under private names).
fn iter_type(rt: &mut Runtime, reversed: bool) -> Value {
    let key = if reversed {
        "_deque_reverse_iterator"
    } else {
        "_deque_iterator"
    };
    if let Some(t) = rt.native_types.get(key) {
        return t.clone();
    }
    let object = rt.types.object.clone();
    let t = crate::typeobj::new_builtin_type(rt, key, &object, BaseKind::Object);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__iter__", it_iter),
        ("__next__", it_next),
        ("__length_hint__", it_length_hint),
    ];
    super::reg(rt, &t, key, methods);
    set_module(rt, &t);
    rt.native_types.insert(key, t.clone());
    t
}

fn set_module(rt: &mut Runtime, t: &Value) {
    if let Some(tt) = crate::typeobj::as_type(t) {
        let (k, m) = (rt.intern("__module__"), rt.new_str("_collections"));
        tt.dict.borrow_mut().set_str(k, m);
    }
}

/// `_collections`: the `_deque` storage type.
pub fn make_module(rt: &mut Runtime) -> Value {
    let m = crate::modules::new_module(rt, "_collections");
    let object = rt.types.object.clone();
    let t = crate::typeobj::new_builtin_type(rt, "_deque", &object, BaseKind::Object);
    let methods: &[(&'static str, NativeFn)] = &[
        ("_setup", m_setup),
        ("_maxlen", m_maxlen),
        ("_reset", m_reset),
        ("_find", m_find),
        ("_items", m_items),
        ("append", m_append),
        ("appendleft", m_appendleft),
        ("pop", m_pop),
        ("popleft", m_popleft),
        ("extend", m_extend),
        ("extendleft", m_extendleft),
        ("clear", m_clear),
        ("rotate", m_rotate),
        ("count", m_count),
        ("remove", m_remove),
        ("__len__", m_len),
        ("__bool__", m_bool),
        ("__getitem__", m_getitem),
        ("__setitem__", m_setitem),
        ("__delitem__", m_delitem),
        ("__contains__", m_contains),
        ("__iter__", m_iter),
        ("__reversed__", m_reversed),
    ];
    super::reg(rt, &t, "_deque", methods);
    super::reg_staticmethod(rt, &t, "_deque", "__new__", m_new);
    set_module(rt, &t);
    crate::modules::set_attr(rt, &m, "_deque", t);
    m
}
