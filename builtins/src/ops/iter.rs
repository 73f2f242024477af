//! The iteration protocol: `iter()`, `next()`, and the builtin iterators' stepping
//! (sequences, ranges, strings, dict views, sets, enumerate, zip, map, filter, reversed,
//! the `__getitem__` fallback and `iter(callable, sentinel)`).

use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;

use super::num::{int_from_big, int_from_i64, to_big};
use crate::object::{IterState, Kind, Obj, PyResult};
use crate::value::Value;
use crate::Runtime;

fn new_iter(st: IterState) -> Value {
    Value::from_obj(Obj::new(Kind::Iter(crate::object::IterObj::new(st))))
}

/// What `Runtime::next_pair` found.
pub enum PairStep {
    /// The next pair.
    Pair(Value, Value),
    /// The iterator is exhausted.
    Done,
    /// Not an iterator that makes pairs: use `next`.
    NotPaired,
}

impl From<Option<(Value, Value)>> for PairStep {
    fn from(p: Option<(Value, Value)>) -> PairStep {
        match p {
            Some((a, b)) => PairStep::Pair(a, b),
            None => PairStep::Done,
        }
    }
}

impl Runtime {
    pub fn make_iter(&self, st: IterState) -> Value {
        new_iter(st)
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult {
        let st = match v.kind() {
            Some(Kind::List(_)) | Some(Kind::Tuple(_)) => IterState::Seq {
                seq: v.clone(),
                idx: 0,
            },
            Some(Kind::Str(_)) => IterState::Str {
                s: v.clone(),
                pos: 0,
            },
            Some(Kind::Bytes(_)) | Some(Kind::ByteArray(_)) => IterState::Bytes {
                b: v.clone(),
                idx: 0,
            },
            Some(Kind::Range(r)) => {
                // (Small ints are well inside i64: stepping past the end cannot overflow.)
                let small = (
                    r.start.as_small_int(),
                    r.stop.as_small_int(),
                    r.step.as_small_int(),
                );
                if let (Some(cur), Some(stop), Some(step)) = small {
                    return Ok(new_iter(IterState::Range { cur, stop, step }));
                }
                match (
                    to_big(&r.start).and_then(|x| x.to_i64()),
                    to_big(&r.stop).and_then(|x| x.to_i64()),
                    to_big(&r.step).and_then(|x| x.to_i64()),
                ) {
                    (Some(a), Some(b), Some(c))
                        if a.checked_add(c).is_some() && b.checked_add(c).is_some() =>
                    {
                        IterState::Range {
                            cur: a,
                            stop: b,
                            step: c,
                        }
                    }
                    _ => IterState::BigRange(Box::new([
                        to_big(&r.start).unwrap_or_default(),
                        to_big(&r.stop).unwrap_or_default(),
                        to_big(&r.step).unwrap_or_default(),
                    ])),
                }
            }
            Some(Kind::Dict(d)) => IterState::DictKeys {
                dict: v.clone(),
                idx: 0,
                len: d.borrow().len(),
            },
            Some(Kind::DictView(d, k)) => {
                let len = match d.kind() {
                    Some(Kind::Dict(dd)) => dd.borrow().len(),
                    _ => 0,
                };
                match k {
                    0 | 3 => IterState::DictKeys {
                        dict: d.clone(),
                        idx: 0,
                        len,
                    },
                    1 => IterState::DictValues {
                        dict: d.clone(),
                        idx: 0,
                        len,
                    },
                    _ => IterState::DictItems {
                        dict: d.clone(),
                        idx: 0,
                        len,
                    },
                }
            }
            Some(Kind::Set(s)) => IterState::Set {
                set: v.clone(),
                idx: 0,
                len: s.borrow().len(),
            },
            Some(Kind::FrozenSet(s)) => IterState::Set {
                set: v.clone(),
                idx: 0,
                len: s.len(),
            },
            Some(Kind::Iter(_)) => return Ok(v.clone()),
            Some(Kind::Native(..)) if (self.hooks.native_self_iter)(v) => return Ok(v.clone()),
            Some(Kind::Native(..)) | Some(Kind::Instance(_)) | Some(Kind::Type(_)) => {
                // `__iter__ = None` blocks the __getitem__ fallback.
                if crate::typeobj::lookup(&self.type_of(v), "__iter__").is_some_and(|f| f.is_none())
                {
                    return Err(self.not_iterable(v));
                }
                if let Some(r) = self.call_dunder(v, "__iter__", &[])? {
                    if crate::typeobj::lookup(&self.type_of(&r), "__next__").is_none()
                        && !matches!(r.kind(), Some(Kind::Iter(_)))
                    {
                        let msg = format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&r)
                        );
                        return Err(self.type_error(&msg));
                    }
                    return Ok(r);
                }
                if let Some(p) = crate::typeobj::builtin_payload(v).cloned() {
                    return self.get_iter(&p);
                }
                if crate::typeobj::lookup(&self.type_of(v), "__getitem__").is_some() {
                    IterState::GetItem {
                        obj: v.clone(),
                        idx: 0,
                    }
                } else {
                    return Err(self.not_iterable(v));
                }
            }
            _ => return Err(self.not_iterable(v)),
        };
        Ok(new_iter(st))
    }

    pub fn not_iterable(&mut self, v: &Value) -> crate::object::Exc {
        let msg = format!("'{}' object is not iterable", self.type_name(v));
        self.type_error(&msg)
    }

    /// The next item of a range, list or tuple iterator (`for` loops' common case), with
    /// no error possible: Some(Some(item)), Some(None) when it is exhausted, None for any
    /// other iterator (use `next`).
    #[inline(always)]
    pub fn next_seq(it: &Value) -> Option<Option<Value>> {
        let Some(Kind::Iter(cell)) = it.kind() else {
            return None;
        };
        let mut st = cell.borrow_mut();
        let item = match &mut *st {
            IterState::Range { cur, stop, step } => {
                let c = *cur;
                if (*step > 0 && c < *stop) || (*step < 0 && c > *stop) {
                    *cur += *step;
                    return Some(Some(int_from_i64(c)));
                }
                None
            }
            IterState::Seq { seq, idx } => {
                let item = match seq.kind() {
                    Some(Kind::List(l)) => crate::seq_read::item(l, *idx),
                    Some(Kind::Tuple(t)) => t.get(*idx).cloned(),
                    _ => None,
                };
                if item.is_some() {
                    *idx += 1;
                    return Some(item);
                }
                None
            }
            _ => return None,
        };
        // Exhausted: the sequence is let go (after the borrow).
        let old = std::mem::replace(&mut *st, IterState::Exhausted);
        drop(st);
        drop(old);
        Some(item)
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration is not raised).
    #[inline(always)]
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        // Fast, borrow-only cases first.
        if let Some(step) = Self::next_seq(it) {
            return Ok(step);
        }
        if let Some(step) = self.next_char(it) {
            return Ok(step);
        }
        self.next_rest(it)
    }

    /// `next` of an iterator that `next_seq` and `next_char` have already turned down (the
    /// interpreter's `for` tries those first).
    pub fn next_rest(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Some(Kind::Iter(cell)) = it.kind() else {
            return self.next_other(it);
        };
        if let IterState::Exhausted = &*cell.borrow() {
            return Ok(None);
        }
        self.next_in_place(cell)
    }

    /// The next character of a str iterator, as `next_seq` for sequences: Some(Some(the
    /// one-character str)), Some(None) when it is exhausted, None for any other iterator.
    #[inline(always)]
    pub fn next_char(&self, it: &Value) -> Option<Option<Value>> {
        let Some(Kind::Iter(cell)) = it.kind() else {
            return None;
        };
        let mut st = cell.borrow_mut();
        let IterState::Str { s, pos } = &mut *st else {
            return None;
        };
        let c = match s.kind() {
            Some(Kind::Str(ps)) => ps.s[*pos..].chars().next(),
            _ => None,
        };
        Some(match c {
            Some(c) => {
                *pos += c.len_utf8();
                Some(self.char_str(c))
            }
            None => {
                *st = IterState::Exhausted;
                None
            }
        })
    }

    /// `next` of the builtin iterators that never run Python code to step (dict and set
    /// iteration, reversed lists): updated where they are, without moving the state.
    #[inline(never)]
    fn next_in_place(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let mut st = cell.borrow_mut();
        match &mut *st {
            IterState::DictKeys { .. }
            | IterState::DictValues { .. }
            | IterState::DictItems { .. } => {
                let step = self.dict_step(&mut st)?;
                drop(st);
                Ok(match step {
                    Some((k, _, 0)) => Some(k),
                    Some((_, v, 1)) => Some(v),
                    Some((k, v, _)) => Some(self.new_tuple_items(smallvec::smallvec![k, v])),
                    None => None,
                })
            }
            IterState::Set { set, idx, len } => {
                // The next key from slot `idx` on, and the set's size now.
                let scan = |t: &crate::set::SetTable, idx: &mut usize| {
                    let mut f = None;
                    while *idx < t.slots() {
                        let k = t.key_at(*idx);
                        *idx += 1;
                        if let Some(k) = k {
                            f = Some(k.clone());
                            break;
                        }
                    }
                    (f, t.len())
                };
                let (found, cur_len) = match set.kind() {
                    Some(Kind::Set(s)) => scan(&s.borrow(), idx),
                    Some(Kind::FrozenSet(t)) => scan(t, idx),
                    _ => (None, *len),
                };
                if cur_len != *len {
                    drop(st);
                    return Err(self.new_exc("RuntimeError", "Set changed size during iteration"));
                }
                if found.is_none() {
                    *st = IterState::Exhausted;
                }
                Ok(found)
            }
            IterState::Reversed { seq, idx }
                if matches!(seq.kind(), Some(Kind::List(_) | Kind::Tuple(_))) =>
            {
                let item = match seq.kind() {
                    Some(Kind::List(l)) if *idx > 0 => l.borrow().get(*idx - 1).cloned(),
                    Some(Kind::Tuple(t)) if *idx > 0 => t.get(*idx - 1).cloned(),
                    _ => None,
                };
                match item {
                    Some(_) => *idx -= 1,
                    None => *st = IterState::Exhausted,
                }
                Ok(item)
            }
            IterState::Enumerate { it, count } => {
                // (The borrow ends before the inner iterator runs: it may be Python code
                // that uses this iterator.)
                let (inner, c) = (it.clone(), count.clone());
                drop(st);
                Ok(self
                    .enumerate_step(cell, &inner, c)?
                    .map(|(c, x)| self.new_tuple_items(smallvec::smallvec![c, x])))
            }
            IterState::Zip { its, strict } => {
                let (n, strict) = (its.len(), *strict);
                drop(st);
                Ok(self
                    .zip_step(cell, n, strict)?
                    .map(|items| self.new_tuple_items(items)))
            }
            _ => {
                drop(st);
                self.next_slow(cell)
            }
        }
    }

    /// `next()` of anything but a builtin iterator: a generator, or `__next__`.
    #[inline(never)]
    fn next_other(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(Kind::Native(..)) = it.kind() {
            if let Some(r) = (self.hooks.native_next)(self, it) {
                return r;
            }
        }
        if let Some(r) = self.call_dunder_next(it)? {
            return Ok(r);
        }
        let msg = format!("'{}' object is not an iterator", self.type_name(it));
        Err(self.type_error(&msg))
    }

    #[cold]
    fn call_dunder_next(&mut self, it: &Value) -> PyResult<Option<Option<Value>>> {
        if !matches!(it.kind(), Some(Kind::Instance(_)) | Some(Kind::Native(..))) {
            return Ok(None);
        }
        match self.call_dunder(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(Some(v))),
            Ok(None) => Ok(None),
            Err(e) if self.exc_matches(&e, "StopIteration") => Ok(Some(None)),
            Err(e) => Err(e),
        }
    }

    /// `next(it)` unpacked into two values, for `for a, b in it` over the iterators that
    /// build a pair per step (enumerate, dict items, zip of two): the pair without its
    /// tuple (see `PairStep`).
    /// A step of `it` when it is an `enumerate` of a list, tuple or range with an inline
    /// count: both step in place (no Python code can run, so the state stays borrowed).
    /// None for any other iterator.
    #[inline(always)]
    pub fn enumerate_seq_pair(it: &Value) -> Option<PairStep> {
        let Some(Kind::Iter(cell)) = it.kind() else {
            return None;
        };
        let mut st = cell.borrow_mut();
        let IterState::Enumerate { it: inner, count } = &mut *st else {
            return None;
        };
        let c = count.as_small_int()?;
        Some(match Self::next_seq(inner)? {
            Some(x) => {
                let next = int_from_i64(c + 1);
                PairStep::Pair(std::mem::replace(count, next), x)
            }
            None => {
                // (The inner iterator is let go after the borrow.)
                let old = std::mem::replace(&mut *st, IterState::Exhausted);
                drop(st);
                drop(old);
                PairStep::Done
            }
        })
    }

    /// One step of `it` as a pair when it is an `enumerate`, a dict items iterator or a
    /// two-way `zip`. (The interpreter tries `enumerate_seq_pair` first, for an
    /// `enumerate` of a sequence.)
    pub fn next_pair(&mut self, it: &Value) -> PyResult<PairStep> {
        let Some(Kind::Iter(cell)) = it.kind() else {
            return Ok(PairStep::NotPaired);
        };
        let mut st = cell.borrow_mut();
        match &*st {
            IterState::Enumerate { it: inner, count } => {
                let (inner, c) = (inner.clone(), count.clone());
                drop(st);
                Ok(PairStep::from(self.enumerate_step(cell, &inner, c)?))
            }
            IterState::DictItems { .. } => {
                let step = self.dict_step(&mut st)?;
                Ok(PairStep::from(step.map(|(k, v, _)| (k, v))))
            }
            // (A plain zip of two steps its iterators directly; a strict one checks lengths.)
            IterState::Zip { its, strict: false } if its.len() == 2 => {
                let (x, y) = (its[0].clone(), its[1].clone());
                drop(st);
                let pair = match self.next(&x)? {
                    Some(a) => self.next(&y)?.map(|b| (a, b)),
                    None => None,
                };
                if pair.is_none() {
                    *cell.borrow_mut() = IterState::Exhausted;
                }
                Ok(PairStep::from(pair))
            }
            IterState::Zip { its, strict: true } if its.len() == 2 => {
                drop(st);
                let pair = self.zip_step(cell, 2, true)?.map(|items| {
                    let mut items = items.into_iter();
                    let a = items.next().unwrap_or(Value::NONE);
                    (a, items.next().unwrap_or(Value::NONE))
                });
                Ok(PairStep::from(pair))
            }
            _ => Ok(PairStep::NotPaired),
        }
    }

    /// One step of a dict keys/values/items iterator: the next key and value, and which
    /// of the three the iterator gives (0, 1, 2). (No Python code runs meanwhile, so the
    /// caller keeps the state borrowed.)
    #[inline(always)]
    fn dict_step(&mut self, st: &mut IterState) -> PyResult<Option<(Value, Value, u8)>> {
        let (dict, idx, len, which) = match st {
            IterState::DictKeys { dict, idx, len } => (dict, idx, len, 0),
            IterState::DictValues { dict, idx, len } => (dict, idx, len, 1),
            IterState::DictItems { dict, idx, len } => (dict, idx, len, 2),
            _ => return Ok(None),
        };
        let Some(Kind::Dict(d)) = dict.kind() else {
            return Ok(None);
        };
        let db = d.borrow();
        if db.len() != *len {
            drop(db);
            return Err(self.new_exc("RuntimeError", "dictionary changed size during iteration"));
        }
        while *idx < db.slots() {
            let e = db.entry_at(*idx);
            *idx += 1;
            if let Some(e) = e {
                return Ok(Some((e.key.clone(), e.value.clone(), which)));
            }
        }
        drop(db);
        *st = IterState::Exhausted;
        Ok(None)
    }

    /// One step of `enumerate`: the (count, item) pair. An error from the inner iterator
    /// leaves the count as it was.
    #[inline(always)]
    fn enumerate_step(
        &mut self,
        cell: &RefCell<IterState>,
        inner: &Value,
        c: Value,
    ) -> PyResult<Option<(Value, Value)>> {
        match self.next(inner)? {
            Some(x) => {
                let next = self.count_after(&c)?;
                if let IterState::Enumerate { count, .. } = &mut *cell.borrow_mut() {
                    *count = next;
                }
                Ok(Some((c, x)))
            }
            None => {
                *cell.borrow_mut() = IterState::Exhausted;
                Ok(None)
            }
        }
    }

    /// An `enumerate`'s count after `c` (a big int past the inline range).
    #[inline]
    fn count_after(&mut self, c: &Value) -> PyResult<Value> {
        match c.as_small_int() {
            Some(i) => Ok(int_from_i64(i + 1)),
            None => self.binary_op(molt_bytecode::opcodes::BinOp::Add, c, &Value::small_int(1)),
        }
    }

    /// For an `enumerate` iterator `it` whose inner iterator has just given an item by
    /// other means (its generator's step run in the interpreter's loop): the count that
    /// goes with the item, the enumerate's count moved on. None when `it` is not an
    /// `enumerate`.
    pub fn enumerate_advance(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Some(Kind::Iter(io)) = it.kind() else {
            return Ok(None);
        };
        let c = match &*io.state.borrow() {
            IterState::Enumerate { count, .. } => count.clone(),
            _ => return Ok(None),
        };
        let next = self.count_after(&c)?;
        if let IterState::Enumerate { count, .. } = &mut *io.state.borrow_mut() {
            *count = next;
        }
        Ok(Some(c))
    }

    /// One step of a `zip` of `n` iterators: their items (strict: unequal lengths raise
    /// ValueError).
    fn zip_step(
        &mut self,
        cell: &RefCell<IterState>,
        n: usize,
        strict: bool,
    ) -> PyResult<Option<crate::object::TupleItems>> {
        let mut items = crate::object::TupleItems::with_capacity(n);
        let mut done = false;
        let plural = |i: usize| {
            (
                if i > 1 { "s" } else { "" },
                if i > 1 {
                    format!("-{}", i)
                } else {
                    String::new()
                },
            )
        };
        for i in 0..n {
            // (Each iterator is fetched without holding the zip's state: it may run
            // Python code that uses the zip.)
            let it = match &*cell.borrow() {
                IterState::Zip { its, .. } => its.get(i).cloned(),
                _ => None,
            };
            let Some(it) = it else {
                return Ok(None);
            };
            match self.next(&it)? {
                Some(x) => {
                    if done && strict {
                        let (s, r) = plural(i);
                        let msg =
                            format!("zip() argument {} is longer than argument{s} 1{r}", i + 1);
                        return Err(self.value_error(&msg));
                    }
                    items.push(x)
                }
                None => {
                    if strict && i > 0 && !done {
                        let (s, r) = plural(i);
                        let msg =
                            format!("zip() argument {} is shorter than argument{s} 1{r}", i + 1);
                        return Err(self.value_error(&msg));
                    }
                    done = true;
                    if !strict {
                        break;
                    }
                }
            }
        }
        if done || n == 0 {
            *cell.borrow_mut() = IterState::Exhausted;
            return Ok(None);
        }
        Ok(Some(items))
    }

    #[inline(never)]
    fn next_slow(&mut self, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let st = std::mem::replace(&mut *cell.borrow_mut(), IterState::Exhausted);
        let (out, next_state) = match st {
            IterState::BigRange(mut r) => {
                let [cur, stop, step] = &mut *r;
                if (step.is_positive() && *cur < *stop) || (step.is_negative() && *cur > *stop) {
                    let next = &*cur + &*step;
                    let item = std::mem::replace(cur, next);
                    (Some(int_from_big(item)), IterState::BigRange(r))
                } else {
                    (None, IterState::Exhausted)
                }
            }
            IterState::Bytes { b, idx } => {
                let x = match b.kind() {
                    Some(Kind::Bytes(bb)) => bb.get(idx).copied(),
                    Some(Kind::ByteArray(bb)) => bb.borrow().get(idx).copied(),
                    _ => None,
                };
                match x {
                    Some(x) => (
                        Some(Value::small_int(x as i64)),
                        IterState::Bytes { b, idx: idx + 1 },
                    ),
                    None => (None, IterState::Exhausted),
                }
            }
            IterState::DictRev { src, mut idx, len } => {
                let (dict, which) = match src.kind() {
                    Some(Kind::DictView(d, w)) => (d, *w),
                    _ => (&src, 0),
                };
                let Some(Kind::Dict(d)) = dict.kind() else {
                    return Ok(None);
                };
                let found = {
                    let db = d.borrow();
                    if db.len() != len {
                        drop(db);
                        return Err(self
                            .new_exc("RuntimeError", "dictionary changed size during iteration"));
                    }
                    let mut found = None;
                    while idx > 0 {
                        idx -= 1;
                        if let Some(e) = db.entry_at(idx) {
                            found = Some((e.key.clone(), e.value.clone()));
                            break;
                        }
                    }
                    found
                };
                match found {
                    Some((k, v)) => {
                        let out = match which {
                            0 => k,
                            1 => v,
                            _ => self.new_tuple_items(smallvec::smallvec![k, v]),
                        };
                        let ns = IterState::DictRev {
                            src: src.clone(),
                            idx,
                            len,
                        };
                        (Some(out), ns)
                    }
                    None => (None, IterState::Exhausted),
                }
            }
            IterState::Reversed { seq, idx } => {
                if idx == 0 {
                    (None, IterState::Exhausted)
                } else {
                    let item = match seq.kind() {
                        Some(Kind::List(l)) => l.borrow().get(idx - 1).cloned(),
                        Some(Kind::Tuple(t)) => t.get(idx - 1).cloned(),
                        _ => Some(self.getitem(&seq, &Value::small_int(idx as i64 - 1))?),
                    };
                    match item {
                        Some(x) => (Some(x), IterState::Reversed { seq, idx: idx - 1 }),
                        None => (None, IterState::Exhausted),
                    }
                }
            }
            IterState::Map { f, its } => {
                // An exception from an iterator or the function leaves the map usable, as
                // in CPython.
                let keep = |cell: &RefCell<IterState>, f: &Value, its: &[Value]| {
                    *cell.borrow_mut() = IterState::Map {
                        f: f.clone(),
                        its: its.into(),
                    };
                };
                let mut args = Vec::with_capacity(its.len());
                let mut done = false;
                for it in its.iter() {
                    match self.next(it).inspect_err(|_| keep(cell, &f, &its))? {
                        Some(x) => args.push(x),
                        None => {
                            done = true;
                            break;
                        }
                    }
                }
                if done {
                    (None, IterState::Exhausted)
                } else {
                    let r = self
                        .call(&f, &args, &[])
                        .inspect_err(|_| keep(cell, &f, &its))?;
                    (Some(r), IterState::Map { f, its })
                }
            }
            IterState::Filter { f, it } => {
                let restore = |cell: &RefCell<IterState>, f: &Value, it: &Value| {
                    *cell.borrow_mut() = IterState::Filter {
                        f: f.clone(),
                        it: it.clone(),
                    };
                };
                let mut out = None;
                while let Some(x) = self.next(&it).inspect_err(|_| restore(cell, &f, &it))? {
                    let keep = if f.is_none() {
                        self.truthy(&x).inspect_err(|_| restore(cell, &f, &it))?
                    } else {
                        let r = self
                            .call(&f, std::slice::from_ref(&x), &[])
                            .inspect_err(|_| restore(cell, &f, &it))?;
                        self.truthy(&r).inspect_err(|_| restore(cell, &f, &it))?
                    };
                    if keep {
                        out = Some(x);
                        break;
                    }
                }
                match out {
                    Some(x) => (Some(x), IterState::Filter { f, it }),
                    None => (None, IterState::Exhausted),
                }
            }
            IterState::GetItem { obj, idx } => {
                match self.getitem(&obj, &Value::small_int(idx as i64)) {
                    Ok(x) => (Some(x), IterState::GetItem { obj, idx: idx + 1 }),
                    Err(e)
                        if self.exc_matches(&e, "IndexError")
                            || self.exc_matches(&e, "StopIteration") =>
                    {
                        (None, IterState::Exhausted)
                    }
                    Err(e) => return Err(e),
                }
            }
            IterState::Callable { f, sentinel } => {
                // A StopIteration from the callable ends the iteration (CPython's
                // callable_iterator); other errors leave it usable.
                let r = match self.call(&f, &[], &[]) {
                    Ok(r) => r,
                    Err(e) if self.exc_matches(&e, "StopIteration") => {
                        *cell.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                    Err(e) => {
                        *cell.borrow_mut() = IterState::Callable { f, sentinel };
                        return Err(e);
                    }
                };
                if self.eq(&r, &sentinel)? {
                    (None, IterState::Exhausted)
                } else {
                    (Some(r), IterState::Callable { f, sentinel })
                }
            }
            // (Stepped by `next` and `next_in_place`, which never send them here.)
            other @ (IterState::Range { .. }
            | IterState::Seq { .. }
            | IterState::Str { .. }
            | IterState::DictKeys { .. }
            | IterState::DictValues { .. }
            | IterState::DictItems { .. }
            | IterState::Set { .. }
            | IterState::Enumerate { .. }
            | IterState::Zip { .. }
            | IterState::Exhausted) => {
                *cell.borrow_mut() = other;
                return Ok(None);
            }
        };
        *cell.borrow_mut() = next_state;
        Ok(out)
    }

    /// Collects an iterable into a Vec.
    pub fn to_vec(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.kind() {
            Some(Kind::List(l)) => return Ok(l.borrow().clone()),
            Some(Kind::Tuple(t)) => return Ok(t.to_vec()),
            // A range's length is known: refuse what CPython refuses before iterating.
            Some(Kind::Range(r)) => {
                let n = crate::types::range::range_len(r);
                match n.to_i64() {
                    None => {
                        return Err(
                            self.overflow_error("Python int too large to convert to C ssize_t")
                        )
                    }
                    Some(n) if n > crate::types::str::MAX_TEXT => {
                        return Err(self.new_exc("MemoryError", ""))
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        // (Nothing happens between the items here: a generator runs to its end in one go.)
        self.feed(&it, &mut |x| {
            out.push(x);
            None
        })?;
        Ok(out)
    }

    /// Offers the items of iterator `it` to `take` until it gives one back or `it` ends:
    /// the item given back (None at the end). A generator's items come from one run of its
    /// frame (see the `native_feed` hook), so `take` must not run Python code: it runs
    /// while the generator is between a `yield` and its resumption.
    pub fn feed(
        &mut self,
        it: &Value,
        take: &mut dyn FnMut(Value) -> Option<Value>,
    ) -> PyResult<Option<Value>> {
        if let Some(Kind::Native(..)) = it.kind() {
            if let Some(r) = (self.hooks.native_feed)(self, it, &mut *take) {
                return r;
            }
        }
        while let Some(x) = self.next(it)? {
            if let Some(back) = take(x) {
                return Ok(Some(back));
            }
        }
        Ok(None)
    }
}
