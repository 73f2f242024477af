//! The methods of `set` and `frozenset`, the operators `| & - ^` between them
//! (`set_binop`) and their comparisons (`set_compare`, subset order).
//!
//! Results are built in the order CPython 3.12's `setobject.c` builds them (copy of the
//! left operand then the right's elements for `|`, iterating the smaller operand for `&`,
//! a copy of the right operand updated with the left for `^`...), so small-int sets print
//! as CPython prints them.

use std::cell::RefCell;

use super::{no_args, one_arg, reg, Kw};
use crate::object::{Kind, Obj, PyResult};
use crate::ops::cmp::CmpOp;
use crate::set::{self as s, SetTable};
use crate::value::Value;
use crate::Runtime;
use molt_bytecode::opcodes::BinOp;

pub fn register(rt: &mut Runtime) {
    let both: &[(&'static str, crate::object::NativeFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
    ];
    let st = rt.types.set.clone();
    reg(rt, &st, "set", both);
    reg(
        rt,
        &st,
        "set",
        &[
            ("add", set_add),
            ("discard", set_discard),
            ("remove", set_remove),
            ("pop", set_pop),
            ("clear", set_clear),
            ("update", set_update),
            ("intersection_update", set_intersection_update),
            ("difference_update", set_difference_update),
            (
                "symmetric_difference_update",
                set_symmetric_difference_update,
            ),
        ],
    );
    let ft = rt.types.frozenset.clone();
    reg(rt, &ft, "frozenset", both);
}

// ---- table helpers --------------------------------------------------------------------------

/// Whether `v` is a set or frozenset.
pub fn is_anyset(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::Set(_) | Kind::FrozenSet(_)))
}

/// The (hash, key) entries of a set or frozenset in table order.
pub fn entries(v: &Value) -> Vec<(i64, Value)> {
    match v.kind() {
        Some(Kind::Set(t)) => t
            .borrow()
            .iter_hashed()
            .map(|(h, k)| (h, k.clone()))
            .collect(),
        Some(Kind::FrozenSet(t)) => t.iter_hashed().map(|(h, k)| (h, k.clone())).collect(),
        _ => Vec::new(),
    }
}

/// Slot `i` of set `v`: None past the end, Some(None) for an empty slot, else the key
/// with its hash. (Walking a set this way copies nothing, and a comparison that runs
/// Python code meanwhile sees the set as it is.)
fn slot_at(v: &Value, i: usize) -> Option<Option<(i64, Value)>> {
    match v.kind() {
        Some(Kind::Set(t)) => {
            let t = t.borrow();
            (i < t.slots()).then(|| t.hashed_at(i).map(|(h, k)| (h, k.clone())))
        }
        Some(Kind::FrozenSet(t)) => {
            (i < t.slots()).then(|| t.hashed_at(i).map(|(h, k)| (h, k.clone())))
        }
        _ => None,
    }
}

fn set_len(v: &Value) -> usize {
    match v.kind() {
        Some(Kind::Set(t)) => t.borrow().len(),
        Some(Kind::FrozenSet(t)) => t.len(),
        _ => 0,
    }
}

/// A lookup table for a set operand: the set's own cell, or a frozenset's table (which
/// never changes).
enum Lookup<'a> {
    Cell(&'a RefCell<SetTable>),
    Frozen(&'a SetTable),
    Empty,
}

fn lookup_of(v: &Value) -> Lookup<'_> {
    match v.kind() {
        Some(Kind::Set(t)) => Lookup::Cell(t),
        Some(Kind::FrozenSet(t)) => Lookup::Frozen(t),
        _ => Lookup::Empty,
    }
}

/// Adds already-hashed entries to a table in order (CPython's `set_merge` / update loop).
fn merge(rt: &mut Runtime, dst: &RefCell<SetTable>, src: Vec<(i64, Value)>) -> PyResult<()> {
    for (h, k) in src {
        s::add_hashed(rt, dst, k, h)?;
    }
    Ok(())
}

/// `set_merge`: adds every element of a set or frozenset, with CPython's presizing and
/// table copy so the result iterates in CPython's order.
fn merge_set(rt: &mut Runtime, dst: &RefCell<SetTable>, src: &Value) -> PyResult<()> {
    let table = match src.kind() {
        Some(Kind::Set(t)) => t.borrow().clone(),
        Some(Kind::FrozenSet(t)) => (**t).clone(),
        _ => return Ok(()),
    };
    crate::set::merge_table(rt, dst, &table)
}

/// `set_update_internal`: adds the elements of any iterable.
pub fn update_internal(rt: &mut Runtime, dst: &RefCell<SetTable>, other: &Value) -> PyResult<()> {
    if is_anyset(other) {
        return merge_set(rt, dst, other);
    }
    if let Some(Kind::Dict(d)) = other.kind() {
        let keys: Vec<(i64, Value)> = {
            let d = d.borrow();
            (0..d.slots())
                .filter_map(|i| d.entry_at(i).map(|e| (e.hash, e.key.clone())))
                .collect()
        };
        dst.borrow_mut().presize(keys.len());
        return merge(rt, dst, keys);
    }
    if let Some(Kind::List(l)) = other.kind() {
        return update_from_list(rt, dst, l);
    }
    let it = rt.get_iter(other)?;
    loop {
        // Items whose hash and comparisons run no Python code are added as they are
        // offered (through Runtime::feed: a generator's in one run of its frame).
        let back = rt.feed(&it, &mut |x| match crate::dict::pure_hash(&x) {
            Some(h) => s::add_plain(dst, x, h).err(),
            None => Some(x),
        })?;
        let Some(x) = back else { break };
        s::add(rt, dst, x)?;
    }
    Ok(())
}

/// `update_internal` from a list: its items read in place while hashing and comparing
/// them needs no Python (which could change the list), the others added one at a time,
/// each read afresh at its index as the list's iterator would.
fn update_from_list(
    rt: &mut Runtime,
    dst: &RefCell<SetTable>,
    l: &RefCell<Vec<Value>>,
) -> PyResult<()> {
    let mut i = 0;
    loop {
        {
            let items = l.borrow();
            let mut t = dst.borrow_mut();
            while let Some(x) = items.get(i) {
                let Some(h) = crate::dict::pure_hash(x) else {
                    break;
                };
                if s::add_plain_ref(&mut t, x, h).is_none() {
                    break;
                }
                i += 1;
            }
        }
        let x = match l.borrow().get(i) {
            Some(x) => x.clone(),
            None => return Ok(()),
        };
        s::add(rt, dst, x)?;
        i += 1;
    }
}

/// A new table holding the elements of an iterable (`make_new_set`).
pub fn table_from(rt: &mut Runtime, it: &Value) -> PyResult<SetTable> {
    let cell = RefCell::new(SetTable::new());
    update_internal(rt, &cell, it)?;
    Ok(cell.into_inner())
}

pub fn new_set(t: SetTable) -> Value {
    Value::from_obj(Obj::new(Kind::Set(Box::new(RefCell::new(t)))))
}

pub fn new_frozenset(t: SetTable) -> Value {
    Value::from_obj(Obj::new(Kind::FrozenSet(Box::new(t))))
}

/// A set or frozenset like `like` holding `t`.
fn wrap_like(like: &Value, t: SetTable) -> Value {
    match like.kind() {
        Some(Kind::FrozenSet(_)) => new_frozenset(t),
        _ => new_set(t),
    }
}

/// A copy of a set's table (`set_copy`).
fn copy_table(rt: &mut Runtime, v: &Value) -> PyResult<SetTable> {
    let cell = RefCell::new(SetTable::new());
    merge_set(rt, &cell, v)?;
    Ok(cell.into_inner())
}

/// The operand as a set value: itself if a set/frozenset, else a new set from the iterable.
fn as_set(rt: &mut Runtime, v: &Value) -> PyResult<Value> {
    if is_anyset(v) {
        return Ok(v.clone());
    }
    let t = table_from(rt, v)?;
    Ok(new_set(t))
}

/// Whether `key` (with `hash`) is in set `v`.
fn contains_in(rt: &mut Runtime, look: &Lookup, key: &Value, hash: i64) -> PyResult<bool> {
    match look {
        Lookup::Cell(c) => s::contains_hashed(rt, c, key, hash),
        Lookup::Frozen(t) => s::table_contains_hashed(rt, t, key, hash),
        Lookup::Empty => Ok(false),
    }
}

/// The hash of a set-method key, with a set key looked up as the equal frozenset.
fn key_for_lookup(rt: &mut Runtime, key: &Value) -> PyResult<(Value, i64)> {
    match rt.hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) => {
            if let Some(Kind::Set(t)) = key.kind() {
                if rt.exc_matches(&e, "TypeError") {
                    let fs = new_frozenset(t.borrow().clone());
                    let h = rt.hash(&fs)?;
                    return Ok((fs, h));
                }
            }
            Err(e)
        }
    }
}

// ---- the core operations --------------------------------------------------------------------

/// `a & b` (`set_intersection`): iterates the smaller set, keeping its keys.
fn intersection(rt: &mut Runtime, a: &Value, other: &Value) -> PyResult<SetTable> {
    let out = RefCell::new(SetTable::new());
    if a.is(other) {
        return copy_table(rt, a);
    }
    if is_anyset(other) {
        let (big, small) = if set_len(other) > set_len(a) {
            (other, a)
        } else {
            (a, other)
        };
        let look = lookup_of(big);
        let mut i = 0;
        while let Some(slot) = slot_at(small, i) {
            i += 1;
            let Some((h, k)) = slot else { continue };
            if contains_in(rt, &look, &k, h)? {
                s::add_hashed(rt, &out, k, h)?;
            }
        }
        return Ok(out.into_inner());
    }
    let look = lookup_of(a);
    let it = rt.get_iter(other)?;
    while let Some(k) = rt.next(&it)? {
        let h = rt.hash(&k)?;
        if contains_in(rt, &look, &k, h)? {
            s::add_hashed(rt, &out, k, h)?;
        }
    }
    Ok(out.into_inner())
}

/// Discards from `dst` every element of `other` (`set_difference_update_internal`).
fn difference_update_internal(
    rt: &mut Runtime,
    dst: &RefCell<SetTable>,
    dst_val: &Value,
    other: &Value,
) -> PyResult<()> {
    if dst_val.is(other) {
        dst.borrow_mut().clear();
        return Ok(());
    }
    if is_anyset(other) {
        for (_, k) in entries(other) {
            s::discard(rt, dst, &k)?;
        }
        return Ok(());
    }
    let it = rt.get_iter(other)?;
    while let Some(k) = rt.next(&it)? {
        s::discard(rt, dst, &k)?;
    }
    Ok(())
}

/// `a - b` (`set_difference`).
fn difference(rt: &mut Runtime, a: &Value, other: &Value) -> PyResult<SetTable> {
    let other_size = match other.kind() {
        Some(Kind::Set(_) | Kind::FrozenSet(_)) => Some(set_len(other)),
        Some(Kind::Dict(d)) => Some(d.borrow().len()),
        _ => None,
    };
    let copy_then_discard = match other_size {
        None => true,
        Some(n) => (set_len(a) >> 2) > n,
    };
    if copy_then_discard {
        let cell = RefCell::new(copy_table(rt, a)?);
        let tmp = new_set(SetTable::new());
        difference_update_internal(rt, &cell, &tmp, other)?;
        return Ok(cell.into_inner());
    }
    let out = RefCell::new(SetTable::new());
    if let Some(Kind::Dict(d)) = other.kind() {
        for (h, k) in entries(a) {
            if crate::dict::get_hashed(rt, d, &k, h)?.is_none() {
                s::add_hashed(rt, &out, k, h)?;
            }
        }
        return Ok(out.into_inner());
    }
    let look = lookup_of(other);
    for (h, k) in entries(a) {
        if !contains_in(rt, &look, &k, h)? {
            s::add_hashed(rt, &out, k, h)?;
        }
    }
    Ok(out.into_inner())
}

/// `set_symmetric_difference_update` on `dst` with the elements of `other`.
fn symmetric_update(
    rt: &mut Runtime,
    dst: &RefCell<SetTable>,
    other_entries: Vec<(i64, Value)>,
) -> PyResult<()> {
    for (h, k) in other_entries {
        // Discard if present, else add.
        let present = s::contains_hashed(rt, dst, &k, h)?;
        if present {
            s::discard(rt, dst, &k)?;
        } else {
            s::add_hashed(rt, dst, k, h)?;
        }
    }
    Ok(())
}

/// `a ^ b` (`set_symmetric_difference`): a copy of `b` updated with `a`.
fn symmetric_difference(rt: &mut Runtime, a: &Value, other: &Value) -> PyResult<SetTable> {
    let b = as_set(rt, other)?;
    let cell = RefCell::new(copy_table(rt, &b)?);
    if a.is(other) {
        return Ok(SetTable::new());
    }
    symmetric_update(rt, &cell, entries(a))?;
    Ok(cell.into_inner())
}

/// `a <= b` (`set_issubset`) for two set values.
fn issubset(rt: &mut Runtime, a: &Value, b: &Value) -> PyResult<bool> {
    if set_len(a) > set_len(b) {
        return Ok(false);
    }
    let look = lookup_of(b);
    let mut i = 0;
    while let Some(slot) = slot_at(a, i) {
        i += 1;
        let Some((h, k)) = slot else { continue };
        if !contains_in(rt, &look, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a <op> b` for two sets/frozensets; the result has the left operand's type.
pub fn set_binop(rt: &mut Runtime, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(None);
    }
    let t = match op {
        BinOp::Or => {
            let cell = RefCell::new(copy_table(rt, a)?);
            merge_set(rt, &cell, b)?;
            cell.into_inner()
        }
        BinOp::And => intersection(rt, a, b)?,
        BinOp::Sub => difference(rt, a, b)?,
        BinOp::Xor => symmetric_difference(rt, a, b)?,
        _ => return Ok(None),
    };
    Ok(Some(wrap_like(a, t)))
}

/// Rich comparison of two sets/frozensets (subset order).
pub fn set_compare(rt: &mut Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (la, lb) = (set_len(a), set_len(b));
    Ok(match op {
        CmpOp::Eq => la == lb && issubset(rt, a, b)?,
        CmpOp::Ne => !(la == lb && issubset(rt, a, b)?),
        CmpOp::Le => issubset(rt, a, b)?,
        CmpOp::Lt => la < lb && issubset(rt, a, b)?,
        CmpOp::Ge => issubset(rt, b, a)?,
        CmpOp::Gt => la > lb && issubset(rt, b, a)?,
    })
}

// ---- dict views as sets -----------------------------------------------------------------------

/// Whether `v` is a set-like dict view (keys or items).
pub fn is_setlike_view(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::DictView(_, 0 | 2)))
}

/// A new set holding the elements of a keys/items view (or any iterable).
fn set_of(rt: &mut Runtime, v: &Value) -> PyResult<Value> {
    let t = table_from(rt, v)?;
    Ok(new_set(t))
}

/// `a <op> b` where either side is a keys/items view (CPython's `dictviews_or` and
/// friends); the result is always a set. None when the operator does not apply.
pub fn view_binop(rt: &mut Runtime, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_setlike_view(a) && !is_setlike_view(b) {
        return Ok(None);
    }
    // As CPython's view slots do, the other operand is iterated, whatever it is (a
    // non-iterable raises "'int' object is not iterable").
    let result = match op {
        BinOp::Or => {
            let r = set_of(rt, a)?;
            if let Some(Kind::Set(t)) = r.kind() {
                update_internal(rt, t, b)?;
            }
            r
        }
        BinOp::Sub => {
            let r = set_of(rt, a)?;
            if let Some(Kind::Set(t)) = r.kind() {
                let tmp = new_set(SetTable::new());
                difference_update_internal(rt, t, &tmp, b)?;
            }
            r
        }
        BinOp::Xor => {
            let r = set_of(rt, a)?;
            let other = as_set(rt, b)?;
            if let Some(Kind::Set(t)) = r.kind() {
                symmetric_update(rt, t, entries(&other))?;
            }
            r
        }
        BinOp::And => {
            // Iterate the non-view (or smaller view) operand, keeping members of the view.
            let (view, other) = if is_setlike_view(a) { (a, b) } else { (b, a) };
            let look = set_of(rt, view)?;
            let t = intersection(rt, &look, other)?;
            new_set(t)
        }
        _ => return Ok(None),
    };
    Ok(Some(result))
}

/// Rich comparison of a keys/items view with a set or another such view. None when the
/// other operand is not set-like (CPython returns NotImplemented).
pub fn view_compare(rt: &mut Runtime, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    let setlike = |v: &Value| is_anyset(v) || is_setlike_view(v);
    if !setlike(a) || !setlike(b) || !(is_setlike_view(a) || is_setlike_view(b)) {
        return Ok(None);
    }
    // As CPython's dictview_richcompare: sizes first, then every item of one side must be
    // `in` the other (so items views with unhashable values compare by key lookup + ==).
    let (la, lb) = (rt.len(a)?, rt.len(b)?);
    let (size_ok, sub, sup) = match op {
        CmpOp::Eq | CmpOp::Ne => (la == lb, a, b),
        CmpOp::Lt => (la < lb, a, b),
        CmpOp::Le => (la <= lb, a, b),
        CmpOp::Gt => (la > lb, b, a),
        CmpOp::Ge => (la >= lb, b, a),
    };
    let mut holds = size_ok;
    if holds {
        for item in rt.to_vec(sub)? {
            if !rt.contains(sup, &item)? {
                holds = false;
                break;
            }
        }
    }
    Ok(Some(if op == CmpOp::Ne { !holds } else { holds }))
}

// ---- methods --------------------------------------------------------------------------------

fn this<'a>(rt: &mut Runtime, args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(v) if is_anyset(v) => Ok(v),
        Some(v) => {
            let tn = rt.type_name(v);
            Err(rt.type_error(&format!(
                "descriptor '{name}' for 'set' objects doesn't apply to a '{tn}' object"
            )))
        }
        None => Err(rt.type_error(&format!("unbound method set.{name}() needs an argument"))),
    }
}

fn this_mut<'a>(
    rt: &mut Runtime,
    args: &'a [Value],
    name: &str,
) -> PyResult<&'a RefCell<SetTable>> {
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::Set(t)) => Ok(t),
        _ => {
            let tn = args.first().map(|v| rt.type_name(v)).unwrap_or_default();
            Err(rt.type_error(&format!(
                "descriptor '{name}' for 'set' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

fn qual(v: &Value) -> &'static str {
    match v.kind() {
        Some(Kind::FrozenSet(_)) => "frozenset",
        _ => "set",
    }
}

fn set_add(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let t = this_mut(rt, args, "add")?;
    let x = one_arg(rt, "set.add", &args[1..], kw)?;
    s::add(rt, t, x)?;
    Ok(Value::NONE)
}

fn set_discard(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let t = this_mut(rt, args, "discard")?;
    let x = one_arg(rt, "set.discard", &args[1..], kw)?;
    let (k, _) = key_for_lookup(rt, &x)?;
    s::discard(rt, t, &k)?;
    Ok(Value::NONE)
}

fn set_remove(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let t = this_mut(rt, args, "remove")?;
    let x = one_arg(rt, "set.remove", &args[1..], kw)?;
    let (k, _) = key_for_lookup(rt, &x)?;
    if !s::discard(rt, t, &k)? {
        return Err(rt.key_error(x));
    }
    Ok(Value::NONE)
}

fn set_pop(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let t = this_mut(rt, args, "pop")?;
    no_args(rt, "set.pop", &args[1..], kw)?;
    let r = t.borrow_mut().pop();
    match r {
        Some(v) => Ok(v),
        None => {
            let m = rt.new_str("pop from an empty set");
            Err(rt.key_error(m))
        }
    }
}

fn set_clear(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let t = this_mut(rt, args, "clear")?;
    no_args(rt, "set.clear", &args[1..], kw)?;
    let old = std::mem::take(&mut *t.borrow_mut());
    drop(old);
    Ok(Value::NONE)
}

fn set_copy(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = this(rt, args, "copy")?;
    if args.len() > 1 || !kw.is_empty() {
        no_args(rt, &format!("{}.copy", qual(a)), &args[1..], kw)?;
    }
    if let Some(Kind::FrozenSet(_)) = a.kind() {
        return Ok(a.clone());
    }
    let t = copy_table(rt, a)?;
    Ok(new_set(t))
}

fn set_union(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = this(rt, args, "union")?;
    // (The name is formatted only for the error.)
    if !kw.is_empty() {
        super::no_kw(rt, &format!("{}.union", qual(a)), kw)?;
    }
    let cell = RefCell::new(copy_table(rt, a)?);
    for o in &args[1..] {
        update_internal(rt, &cell, o)?;
    }
    Ok(wrap_like(a, cell.into_inner()))
}

fn set_intersection(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = this(rt, args, "intersection")?;
    // (The name is formatted only for the error.)
    if !kw.is_empty() {
        super::no_kw(rt, &format!("{}.intersection", qual(a)), kw)?;
    }
    if args.len() == 1 {
        let t = copy_table(rt, a)?;
        return Ok(wrap_like(a, t));
    }
    let mut cur = a.clone();
    for o in &args[1..] {
        let t = intersection(rt, &cur, o)?;
        cur = wrap_like(a, t);
    }
    Ok(cur)
}

fn set_difference(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = this(rt, args, "difference")?;
    // (The name is formatted only for the error.)
    if !kw.is_empty() {
        super::no_kw(rt, &format!("{}.difference", qual(a)), kw)?;
    }
    if args.len() == 1 {
        let t = copy_table(rt, a)?;
        return Ok(wrap_like(a, t));
    }
    let t = difference(rt, a, &args[1])?;
    let cell = RefCell::new(t);
    let tmp = new_set(SetTable::new());
    for o in &args[2..] {
        difference_update_internal(rt, &cell, &tmp, o)?;
    }
    Ok(wrap_like(a, cell.into_inner()))
}

fn set_symmetric_difference(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = this(rt, args, "symmetric_difference")?;
    let o = one_arg(
        rt,
        &format!("{}.symmetric_difference", qual(a)),
        &args[1..],
        kw,
    )?;
    let t = symmetric_difference(rt, a, &o)?;
    Ok(wrap_like(a, t))
}

fn set_update(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let t = this_mut(rt, args, "update")?;
    super::no_kw(rt, "set.update", kw)?;
    for o in &args[1..] {
        if o.is(&args[0]) {
            continue;
        }
        update_internal(rt, t, o)?;
    }
    Ok(Value::NONE)
}

fn set_intersection_update(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let t = this_mut(rt, args, "intersection_update")?;
    super::no_kw(rt, "set.intersection_update", kw)?;
    let mut cur = args[0].clone();
    for o in &args[1..] {
        let r = intersection(rt, &cur, o)?;
        cur = new_set(r);
    }
    if !cur.is(&args[0]) {
        if let Some(Kind::Set(r)) = cur.kind() {
            let new = r.borrow().clone();
            let old = std::mem::replace(&mut *t.borrow_mut(), new);
            drop(old);
        }
    }
    Ok(Value::NONE)
}

fn set_difference_update(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let t = this_mut(rt, args, "difference_update")?;
    super::no_kw(rt, "set.difference_update", kw)?;
    for o in &args[1..] {
        difference_update_internal(rt, t, &args[0], o)?;
    }
    Ok(Value::NONE)
}

fn set_symmetric_difference_update(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let t = this_mut(rt, args, "symmetric_difference_update")?;
    let o = one_arg(rt, "set.symmetric_difference_update", &args[1..], kw)?;
    if o.is(&args[0]) {
        t.borrow_mut().clear();
        return Ok(Value::NONE);
    }
    let src = if is_anyset(&o) {
        entries(&o)
    } else {
        let tmp = as_set(rt, &o)?;
        entries(&tmp)
    };
    symmetric_update(rt, t, src)?;
    Ok(Value::NONE)
}

fn set_issubset(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = this(rt, args, "issubset")?;
    let o = if args.len() == 2 && kw.is_empty() {
        args[1].clone()
    } else {
        one_arg(rt, &format!("{}.issubset", qual(a)), &args[1..], kw)?
    };
    let b = as_set(rt, &o)?;
    Ok(Value::bool(issubset(rt, a, &b)?))
}

fn set_issuperset(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = this(rt, args, "issuperset")?;
    let o = if args.len() == 2 && kw.is_empty() {
        args[1].clone()
    } else {
        one_arg(rt, &format!("{}.issuperset", qual(a)), &args[1..], kw)?
    };
    if is_anyset(&o) {
        return Ok(Value::bool(issubset(rt, &o, a)?));
    }
    let look = lookup_of(a);
    let it = rt.get_iter(&o)?;
    while let Some(k) = rt.next(&it)? {
        let h = rt.hash(&k)?;
        if !contains_in(rt, &look, &k, h)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn set_isdisjoint(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let a = this(rt, args, "isdisjoint")?;
    let o = if args.len() == 2 && kw.is_empty() {
        args[1].clone()
    } else {
        one_arg(rt, &format!("{}.isdisjoint", qual(a)), &args[1..], kw)?
    };
    if a.is(&o) {
        return Ok(Value::bool(set_len(a) == 0));
    }
    if is_anyset(&o) {
        let (big, small) = if set_len(&o) > set_len(a) {
            (&o, a)
        } else {
            (a, &o)
        };
        let look = lookup_of(big);
        let mut i = 0;
        while let Some(slot) = slot_at(small, i) {
            i += 1;
            let Some((h, k)) = slot else { continue };
            if contains_in(rt, &look, &k, h)? {
                return Ok(Value::FALSE);
            }
        }
        return Ok(Value::TRUE);
    }
    let look = lookup_of(a);
    let it = rt.get_iter(&o)?;
    while let Some(k) = rt.next(&it)? {
        let h = rt.hash(&k)?;
        if contains_in(rt, &look, &k, h)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
