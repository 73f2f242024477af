//! The methods of `list` (append, extend, insert, remove, pop, clear, index, count, sort,
//! reverse, copy) and the stable sort shared with `sorted()`.
//!
//! No `RefCell` borrow is held while Python code runs: comparisons and `__eq__` calls work
//! on items cloned out of the list, and `sort` takes the vector out of the cell for the
//! duration (detecting modification as CPython does).

use std::cell::RefCell;

use num_traits::{Signed, ToPrimitive};

use super::{check_pos, no_args, one_arg, parse_args, reg, Kw};
use crate::object::{Kind, PyResult};
use crate::ops::num::to_big;
use crate::value::Value;
use crate::Runtime;

/// Appends `x` to a list's items. A short list grows as CPython's do, by about an eighth
/// (not double, as `Vec::push` does), so a small list built by appending carries little
/// spare room. A long one (`LONG` items on) doubles, for fewer regrowths: from 256 KB its
/// buffer is mapped and grown in place (src/allocator.rs), and the room not yet written
/// is not resident.
#[inline]
pub fn push(items: &mut Vec<Value>, x: Value) {
    if items.len() == items.capacity() {
        grow_for_one(items);
    }
    items.push(x);
}

/// The length from which a list's buffer doubles when it grows (8 KB of items).
const LONG: usize = 1024;

#[cold]
#[inline(never)]
fn grow_for_one(items: &mut Vec<Value>) {
    let n = items.len() + 1;
    if n >= LONG {
        items.reserve(1);
    } else {
        let target = (n + (n >> 3) + 6) & !3;
        items.reserve_exact(target - items.len());
    }
}

pub fn register(rt: &mut Runtime) {
    let ty = rt.types.list.clone();
    reg(
        rt,
        &ty,
        "list",
        &[
            ("append", list_append),
            ("extend", list_extend),
            ("insert", list_insert),
            ("remove", list_remove),
            ("pop", list_pop),
            ("clear", list_clear),
            ("index", list_index),
            ("count", list_count),
            ("sort", list_sort),
            ("reverse", list_reverse),
            ("copy", list_copy),
        ],
    );
}

fn this<'a>(rt: &mut Runtime, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    match args.first() {
        None => Err(rt.type_error(&format!("unbound method list.{name}() needs an argument"))),
        Some(v) => match v.kind() {
            Some(Kind::List(l)) => Ok(l),
            _ => {
                let tn = rt.type_name(v);
                Err(rt.type_error(&format!(
                    "descriptor '{name}' for 'list' objects doesn't apply to a '{tn}' object"
                )))
            }
        },
    }
}

/// An index for list.index / tuple.index bounds (no None): clamped like CPython's
/// `_PyEval_SliceIndexNotNone`.
pub fn seq_bound(rt: &mut Runtime, v: &Value) -> PyResult<i64> {
    if let Some(b) = to_big(v) {
        return Ok(b
            .to_i64()
            .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }));
    }
    if let Some(Kind::Instance(_)) = v.kind() {
        if crate::typeobj::lookup(&rt.type_of(v), "__index__").is_some() {
            if let Some(r) = rt.call_dunder(v, "__index__", &[])? {
                if let Some(b) = to_big(&r) {
                    return Ok(b.to_i64().unwrap_or(if b.is_negative() {
                        i64::MIN
                    } else {
                        i64::MAX
                    }));
                }
            }
        }
    }
    Err(rt.type_error("slice indices must be integers or have an __index__ method"))
}

/// Resolves `index(x, start, stop)` bounds against a length.
pub fn index_bounds(rt: &mut Runtime, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let mut start = match args.first() {
        Some(v) => seq_bound(rt, v)?,
        None => 0,
    };
    let mut stop = match args.get(1) {
        Some(v) => seq_bound(rt, v)?,
        None => i64::MAX,
    };
    if start < 0 {
        start = (start.saturating_add(len)).max(0);
    }
    if stop < 0 {
        stop = (stop.saturating_add(len)).max(0);
    }
    Ok((start.min(len) as usize, stop.min(len) as usize))
}

fn list_append(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let l = this(rt, args, "append")?;
    let x = one_arg(rt, "list.append", &args[1..], kw)?;
    push(&mut l.borrow_mut(), x);
    Ok(Value::NONE)
}

fn list_extend(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let l = this(rt, args, "extend")?;
    let it = one_arg(rt, "list.extend", &args[1..], kw)?;
    let items = match it.kind() {
        Some(Kind::List(src)) => src.borrow().clone(),
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => {
            // Items are appended as they come: an error midway keeps the earlier ones.
            // (Through Runtime::feed: a generator's items in one run of its frame.)
            let iter = rt.get_iter(&it)?;
            rt.feed(&iter, &mut |x| {
                l.borrow_mut().push(x);
                None
            })?;
            return Ok(Value::NONE);
        }
    };
    l.borrow_mut().extend(items);
    Ok(Value::NONE)
}

fn list_insert(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let l = this(rt, args, "insert")?;
    super::no_kw(rt, "list.insert", kw)?;
    check_pos(rt, "insert", args.len() - 1, 2, 2)?;
    let i = rt.ssize_of(&args[1])?;
    let mut v = l.borrow_mut();
    let n = v.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(at as usize, args[2].clone());
    Ok(Value::NONE)
}

fn list_pop(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let l = this(rt, args, "pop")?;
    super::no_kw(rt, "list.pop", kw)?;
    check_pos(rt, "pop", args.len() - 1, 0, 1)?;
    let i = match args.get(1) {
        Some(v) => rt.ssize_of(v)?,
        None => -1,
    };
    let n = l.borrow().len() as i64;
    if n == 0 {
        return Err(rt.index_error("pop from empty list"));
    }
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        return Err(rt.index_error("pop index out of range"));
    }
    let v = l.borrow_mut().remove(at as usize);
    Ok(v)
}

fn list_clear(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let l = this(rt, args, "clear")?;
    no_args(rt, "list.clear", &args[1..], kw)?;
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(Value::NONE)
}

fn list_copy(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let l = this(rt, args, "copy")?;
    no_args(rt, "list.copy", &args[1..], kw)?;
    let v = l.borrow().clone();
    Ok(rt.new_list(v))
}

fn list_reverse(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let l = this(rt, args, "reverse")?;
    no_args(rt, "list.reverse", &args[1..], kw)?;
    l.borrow_mut().reverse();
    Ok(Value::NONE)
}

/// The item at `i`, cloned out, if the list is still that long.
fn item_at(l: &RefCell<Vec<Value>>, i: usize) -> Option<Value> {
    l.borrow().get(i).cloned()
}

fn list_remove(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let l = this(rt, args, "remove")?;
    let x = one_arg(rt, "list.remove", &args[1..], kw)?;
    let mut i = 0;
    while let Some(item) = item_at(l, i) {
        if rt.eq(&item, &x)? {
            let mut v = l.borrow_mut();
            if i < v.len() {
                v.remove(i);
            }
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(rt.value_error("list.remove(x): x not in list"))
}

fn list_index(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let l = this(rt, args, "index")?;
    super::no_kw(rt, "list.index", kw)?;
    check_pos(rt, "index", args.len() - 1, 1, 3)?;
    let x = args[1].clone();
    let len = l.borrow().len();
    let (start, stop) = index_bounds(rt, &args[2..], len)?;
    let mut i = start;
    while i < stop {
        let Some(item) = item_at(l, i) else { break };
        if rt.eq(&item, &x)? {
            return Ok(Value::small_int(i as i64));
        }
        i += 1;
    }
    let r = rt.repr_string(&x)?;
    Err(rt.value_error(&format!("{r} is not in list")))
}

fn list_count(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let l = this(rt, args, "count")?;
    let x = one_arg(rt, "list.count", &args[1..], kw)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = item_at(l, i) {
        if rt.eq(&item, &x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::small_int(n))
}

// ---- sorting --------------------------------------------------------------------------------

/// Equality of two sort keys decided without Python (same-kind ints, non-NaN floats, strs,
/// and tuples of those); None when Python semantics are needed.
fn fast_key_eq(a: &Value, b: &Value) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(x == y);
    }
    if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        return (!x.is_nan() && !y.is_nan()).then_some(x == y);
    }
    match (a.kind(), b.kind()) {
        (Some(Kind::Str(x)), Some(Kind::Str(y))) => Some(x.s == y.s),
        (Some(Kind::Int(x)), Some(Kind::Int(y))) => Some(x == y),
        (Some(Kind::Int(_)), None) | (None, Some(Kind::Int(_)))
            if a.is_small_int() || b.is_small_int() =>
        {
            Some(false)
        }
        (Some(Kind::Tuple(x)), Some(Kind::Tuple(y))) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !fast_key_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        _ => None,
    }
}

/// `a < b` for sort keys decided without Python, as `fast_key_eq`.
fn fast_key_lt(a: &Value, b: &Value) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(x < y);
    }
    if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        return (!x.is_nan() && !y.is_nan()).then_some(x < y);
    }
    match (a.kind(), b.kind()) {
        (Some(Kind::Str(x)), Some(Kind::Str(y))) => Some(x.py_cmp(y).is_lt()),
        (Some(Kind::Int(_)), _) | (_, Some(Kind::Int(_))) => {
            if crate::ops::num::is_int(a)
                && crate::ops::num::is_int(b)
                && !a.is_bool()
                && !b.is_bool()
            {
                Some(to_big(a)? < to_big(b)?)
            } else {
                None
            }
        }
        (Some(Kind::Tuple(x)), Some(Kind::Tuple(y))) => {
            for (p, q) in x.iter().zip(y.iter()) {
                if !fast_key_eq(p, q)? {
                    return fast_key_lt(p, q);
                }
            }
            Some(x.len() < y.len())
        }
        _ => None,
    }
}

/// `a < b` for sorting: natively when possible, else through Python.
#[inline]
fn key_lt(rt: &mut Runtime, a: &Value, b: &Value) -> PyResult<bool> {
    match fast_key_lt(a, b) {
        Some(r) => Ok(r),
        None => rt.lt(a, b),
    }
}

/// A stable sort of `idx` by `keys[idx[..]]` using Python `<`: binary insertion sort on
/// short runs, then bottom-up merging. Stops at the first comparison error.
fn sort_indices(rt: &mut Runtime, keys: &[Value], idx: &mut [usize]) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    // Homogeneous fast paths (comparisons without Python).
    if keys.iter().all(Value::is_small_int) {
        idx.sort_by_key(|&i| keys[i].as_small_int());
        return Ok(());
    }
    if keys.iter().all(|k| matches!(k.kind(), Some(Kind::Str(_)))) {
        idx.sort_by(|&a, &b| match (keys[a].kind(), keys[b].kind()) {
            (Some(Kind::Str(x)), Some(Kind::Str(y))) => x.py_cmp(y),
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(());
    }
    if keys
        .iter()
        .all(|k| k.as_float().is_some_and(|f| !f.is_nan()))
    {
        idx.sort_by(|&a, &b| {
            let (x, y) = (
                keys[a].as_float().unwrap_or(0.0),
                keys[b].as_float().unwrap_or(0.0),
            );
            x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal)
        });
        return Ok(());
    }
    const RUN: usize = 16;
    // Binary insertion sort of each run.
    let mut lo = 0;
    while lo < n {
        let hi = (lo + RUN).min(n);
        for i in lo + 1..hi {
            let pivot = idx[i];
            let (mut l, mut r) = (lo, i);
            while l < r {
                let mid = (l + r) / 2;
                // Insert after equal elements (stability): go right unless pivot < mid.
                if key_lt(rt, &keys[pivot], &keys[idx[mid]])? {
                    r = mid;
                } else {
                    l = mid + 1;
                }
            }
            idx.copy_within(l..i, l + 1);
            idx[l] = pivot;
        }
        lo = hi;
    }
    let mut buf = vec![0usize; n];
    let mut width = RUN;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            if mid < end && key_lt(rt, &keys[idx[mid]], &keys[idx[mid - 1]])? {
                let (mut a, mut b, mut k) = (start, mid, start);
                while a < mid && b < end {
                    if key_lt(rt, &keys[idx[b]], &keys[idx[a]])? {
                        buf[k] = idx[b];
                        b += 1;
                    } else {
                        buf[k] = idx[a];
                        a += 1;
                    }
                    k += 1;
                }
                buf[k..k + (mid - a)].copy_from_slice(&idx[a..mid]);
                k += mid - a;
                buf[k..k + (end - b)].copy_from_slice(&idx[b..end]);
                idx[start..end].copy_from_slice(&buf[start..end]);
            }
            start = end;
        }
        width *= 2;
    }
    Ok(())
}

/// Sorts `items` stably by `keys` (the items themselves when None); `reverse` keeps equal
/// items in their original order, as CPython does.
pub fn sort_values(
    rt: &mut Runtime,
    items: &mut Vec<Value>,
    keys: Option<Vec<Value>>,
    reverse: bool,
) -> PyResult<()> {
    let mut keys = keys.unwrap_or_else(|| items.clone());
    if reverse {
        items.reverse();
        keys.reverse();
    }
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let r = sort_indices(rt, &keys, &mut idx);
    if let Err(e) = r {
        if reverse {
            items.reverse();
        }
        return Err(e);
    }
    let mut sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    if reverse {
        sorted.reverse();
    }
    *items = sorted;
    Ok(())
}

/// Parses `key=`/`reverse=` (as `list.sort` and `sorted` take them) and sorts `items`.
pub fn sort_kw(rt: &mut Runtime, items: &mut Vec<Value>, kw: Kw) -> PyResult<()> {
    let p = parse_args(rt, "sort", &[], kw, &["key", "reverse"], 0, 0, 0)?;
    sort_with(rt, items, p[0].clone(), p[1].clone())
}

fn sort_with(
    rt: &mut Runtime,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: Option<Value>,
) -> PyResult<()> {
    let reverse = match reverse {
        // Any object: its truth value (3.12's `reverse` is a bool converter).
        Some(r) => rt.truthy(&r)?,
        None => false,
    };
    let keys = match key {
        Some(k) if !k.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for x in items.iter() {
                ks.push(rt.call(&k, std::slice::from_ref(x), &[])?);
            }
            Some(ks)
        }
        _ => None,
    };
    sort_values(rt, items, keys, reverse)
}

fn list_sort(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let l = this(rt, args, "sort")?;
    let p = parse_args(rt, "sort", &args[1..], kw, &["key", "reverse"], 0, 0, 0)?;
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = sort_with(rt, &mut items, p[0].clone(), p[1].clone());
    let modified = !l.borrow().is_empty();
    let discarded = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(discarded);
    r?;
    if modified {
        return Err(rt.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}
