//! Subscription and containment: `obj[key]`, `obj[key] = v`, `del obj[key]`, `x in obj`,
//! including slices with steps and slice assignment.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::num::{int_from_big, is_int, to_big};
use crate::object::{Kind, Obj, PyResult};
use crate::value::Value;
use crate::Runtime;

/// CPython's PySlice_GetIndicesEx: (start, stop, step, length) for a sequence of `len`.
/// A slice's (start, stop, step) for a sequence of length `len`, in big ints (CPython's
/// `_PySlice_GetLongIndices`).
fn big_slice_indices(
    rt: &mut Runtime,
    slice: &Value,
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let Some(Kind::Slice(s)) = slice.kind() else {
        return Err(rt.type_error("expected a slice"));
    };
    let s = s.clone();
    let get = |rt: &mut Runtime, v: &Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        if let Some(b) = to_big(v) {
            return Ok(Some(b));
        }
        match rt.call_dunder(v, "__index__", &[])? {
            Some(r) => match to_big(&r) {
                Some(b) => Ok(Some(b)),
                None => {
                    let tn = rt.type_name(&r);
                    Err(rt.type_error(&format!("__index__ returned non-int (type {tn})")))
                }
            },
            None => Err(
                rt.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = get(rt, &s[2])?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(rt.value_error("slice step cannot be zero"));
    }
    let back = step.is_negative();
    let (lower, upper) = if back {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::from(0), len.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(mut x) => {
                if x.is_negative() {
                    x += len;
                    if x < lower {
                        x = lower.clone();
                    }
                } else if x > upper {
                    x = upper.clone();
                }
                x
            }
        }
    };
    let start = clamp(get(rt, &s[0])?, if back { &upper } else { &lower });
    let stop = clamp(get(rt, &s[1])?, if back { &lower } else { &upper });
    Ok((start, stop, step))
}

pub fn slice_indices(
    rt: &mut Runtime,
    slice: &Value,
    len: i64,
) -> PyResult<(i64, i64, i64, usize)> {
    let Some(Kind::Slice(s)) = slice.kind() else {
        return Err(rt.type_error("expected a slice"));
    };
    // (Small ints and None, the common case: read in place, without the general
    // conversion below.)
    let small = |v: &Value| -> Option<Option<i64>> {
        if v.is_none() {
            Some(None)
        } else {
            v.as_small_int().map(Some)
        }
    };
    if let (Some(a), Some(b), Some(c)) = (small(&s[0]), small(&s[1]), small(&s[2])) {
        if c != Some(0) {
            return Ok(slice_span(a, b, c.unwrap_or(1), len));
        }
    }
    let get = |rt: &mut Runtime, v: &Value| -> PyResult<Option<i64>> {
        if v.is_none() {
            return Ok(None);
        }
        if let Some(b) = to_big(v) {
            // Clamp huge values instead of failing, as CPython does.
            return Ok(Some(b.to_i64().unwrap_or(if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })));
        }
        match rt.call_dunder(v, "__index__", &[])? {
            Some(r) if !is_int(&r) => {
                let tn = rt.type_name(&r);
                Err(rt.type_error(&format!("__index__ returned non-int (type {tn})")))
            }
            Some(r) => Ok(to_big(&r).map(|b| {
                b.to_i64().unwrap_or(if b.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })
            })),
            None => Err(
                rt.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = get(rt, &s[2])?.unwrap_or(1);
    if step == 0 {
        return Err(rt.value_error("slice step cannot be zero"));
    }
    let start = get(rt, &s[0])?;
    let stop = get(rt, &s[1])?;
    Ok(slice_span(start, stop, step, len))
}

/// `slice_indices` once the slice's parts are numbers: (start, stop, step, length) for a
/// sequence of `len` items (`step` is not 0).
#[inline]
fn slice_span(
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
    len: i64,
) -> (i64, i64, i64, usize) {
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let norm = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start = norm(start, if step < 0 { upper } else { lower });
    let stop = norm(stop, if step < 0 { lower } else { upper });
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, n as usize)
}

fn seq_index(rt: &mut Runtime, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = if let Some(i) = key.as_small_int() {
        i
    } else if is_int(key) {
        match to_big(key).and_then(|b| b.to_i64()) {
            Some(i) => i,
            None => {
                let msg = format!(
                    "cannot fit '{}' into an index-sized integer",
                    rt.type_name(key)
                );
                return Err(rt.index_error(&msg));
            }
        }
    } else {
        match rt.call_dunder(key, "__index__", &[])? {
            Some(r) if !is_int(&r) => {
                let tn = rt.type_name(&r);
                return Err(rt.type_error(&format!("__index__ returned non-int (type {tn})")));
            }
            Some(r) => rt.index_of(&r)?,
            None => {
                let msg = if what == "string" {
                    format!(
                        "string indices must be integers, not '{}'",
                        rt.type_name(key)
                    )
                } else {
                    let kind = match what {
                        "bytes" => "byte",
                        "list assignment" => "list",
                        w => w,
                    };
                    format!(
                        "{kind} indices must be integers or slices, not {}",
                        rt.type_name(key)
                    )
                };
                return Err(rt.type_error(&msg));
            }
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        let msg = if what == "bytes" {
            "index out of range".to_string()
        } else {
            format!("{what} index out of range")
        };
        return Err(rt.index_error(&msg));
    }
    Ok(j as usize)
}

fn pick<T: Clone>(items: &[T], start: i64, step: i64, n: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        out.push(items[i as usize].clone());
        i += step;
    }
    out
}

impl Runtime {
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult {
        let is_slice = matches!(key.kind(), Some(Kind::Slice(_)));
        match obj.kind() {
            Some(Kind::DictView(d, 3)) => {
                let d = d.clone();
                return self.getitem(&d, key);
            }
            Some(Kind::List(l)) => {
                if is_slice {
                    let len = l.borrow().len();
                    let (start, _, step, n) = slice_indices(self, key, len as i64)?;
                    let v = pick(&l.borrow(), start, step, n);
                    return Ok(self.new_list(v));
                }
                let len = l.borrow().len();
                let i = seq_index(self, key, len, "list")?;
                // __index__ may have shrunk the list: check again.
                let item = l.borrow().get(i).cloned();
                return item.ok_or_else(|| self.index_error("list index out of range"));
            }
            Some(Kind::Tuple(t)) => {
                if is_slice {
                    let (start, _, step, n) = slice_indices(self, key, t.len() as i64)?;
                    if start == 0 && step == 1 && n == t.len() {
                        return Ok(obj.clone());
                    }
                    return Ok(self.new_tuple(pick(t, start, step, n)));
                }
                let i = seq_index(self, key, t.len(), "tuple")?;
                return Ok(t[i].clone());
            }
            Some(Kind::Str(s)) => {
                if is_slice {
                    let (start, _, step, n) = slice_indices(self, key, s.chars as i64)?;
                    // The whole str is the str itself (as in CPython: `s[:] is s`).
                    if start == 0 && step == 1 && n == s.chars {
                        return Ok(obj.clone());
                    }
                    if s.is_ascii() {
                        let b = s.s.as_bytes();
                        if step == 1 {
                            let a = start as usize;
                            return Ok(self.new_str(&s.s[a..a + n]));
                        }
                        let mut out = String::with_capacity(n);
                        let mut i = start;
                        for _ in 0..n {
                            out.push(b[i as usize] as char);
                            i += step;
                        }
                        return Ok(self.new_string(out));
                    }
                    if n == 0 {
                        return Ok(self.new_str(""));
                    }
                    if step == 1 {
                        let (a, b) = (s.byte_at(start as usize), s.byte_at(start as usize + n));
                        return Ok(self.new_str(&s.s[a..b]));
                    }
                    // (Walk from the first character picked, not from the start.)
                    let mut out = String::new();
                    if step > 0 {
                        let from = s.byte_at(start as usize);
                        for c in s.s[from..].chars().step_by(step as usize).take(n) {
                            out.push(c);
                        }
                    } else {
                        let last = start as usize;
                        let first = last - (n - 1) * (-step) as usize;
                        let (a, b) = (s.byte_at(first), s.byte_at(last + 1));
                        let picked: Vec<char> =
                            s.s[a..b].chars().rev().step_by((-step) as usize).collect();
                        out.extend(picked);
                    }
                    return Ok(self.new_string(out));
                }
                let i = seq_index(self, key, s.chars, "string")?;
                let c = if s.is_ascii() {
                    s.s.as_bytes()[i] as char
                } else {
                    let b = s.byte_at(i);
                    s.s[b..].chars().next().unwrap_or_default()
                };
                return Ok(self.char_str(c));
            }
            Some(Kind::Bytes(b)) => {
                if is_slice {
                    let (start, _, step, n) = slice_indices(self, key, b.len() as i64)?;
                    // (The whole of a bytes is itself, as in CPython.)
                    if start == 0 && step == 1 && n == b.len() {
                        return Ok(obj.clone());
                    }
                    return Ok(self.new_bytes(pick(b, start, step, n)));
                }
                let i = seq_index(self, key, b.len(), "bytes")?;
                return Ok(Value::small_int(b[i] as i64));
            }
            Some(Kind::ByteArray(b)) => {
                if is_slice {
                    let len = b.borrow().len();
                    let (start, _, step, n) = slice_indices(self, key, len as i64)?;
                    let v = pick(&b.borrow(), start, step, n);
                    return Ok(Value::from_obj(Obj::new(Kind::ByteArray(
                        std::cell::RefCell::new(v),
                    ))));
                }
                let len = b.borrow().len();
                let i = seq_index(self, key, len, "bytearray")?;
                let x = b.borrow().get(i).copied();
                return x
                    .map(|x| Value::small_int(x as i64))
                    .ok_or_else(|| self.index_error("bytearray index out of range"));
            }
            Some(Kind::Dict(d)) => {
                if let Some(v) = crate::dict::get(self, d, key)? {
                    return Ok(v);
                }
                return Err(self.key_error(key.clone()));
            }
            Some(Kind::Range(r)) => {
                let len = crate::types::range::range_len(r);
                if is_slice {
                    // Exact (big-int) slice indices, as CPython's range slicing computes.
                    let (start, stop, step) = big_slice_indices(self, key, &len)?;
                    let (s0, st) = (
                        to_big(&r.start).unwrap_or_default(),
                        to_big(&r.step).unwrap_or_default(),
                    );
                    let new_start = &s0 + &st * start;
                    let new_stop = &s0 + &st * stop;
                    let new_step = st * step;
                    return Ok(Value::from_obj(Obj::new(Kind::Range(
                        crate::object::Range {
                            start: int_from_big(new_start),
                            stop: int_from_big(new_stop),
                            step: int_from_big(new_step),
                        },
                    ))));
                }
                let index = match to_big(key) {
                    Some(i) => Some(i),
                    // An object with __index__.
                    None if matches!(key.kind(), Some(Kind::Instance(_)))
                        && crate::typeobj::lookup(&self.type_of(key), "__index__").is_some() =>
                    {
                        let r = self
                            .call_dunder(key, "__index__", &[])?
                            .unwrap_or(Value::NONE);
                        to_big(&r)
                    }
                    None => None,
                };
                let Some(mut i) = index else {
                    let msg = format!(
                        "range indices must be integers or slices, not {}",
                        self.type_name(key)
                    );
                    return Err(self.type_error(&msg));
                };
                if i.is_negative() {
                    i += &len;
                }
                if i.is_negative() || i >= len {
                    return Err(self.index_error("range object index out of range"));
                }
                let v =
                    to_big(&r.start).unwrap_or_default() + to_big(&r.step).unwrap_or_default() * i;
                return Ok(int_from_big(v));
            }
            Some(Kind::Type(_)) => {
                // A metaclass's __getitem__ comes before __class_getitem__.
                let meta = self.type_of(obj);
                if !meta.is(&self.types.type_) {
                    if let Some(r) =
                        self.call_dunder(obj, "__getitem__", std::slice::from_ref(key))?
                    {
                        return Ok(r);
                    }
                }
                if let Some(f) = crate::typeobj::lookup(obj, "__class_getitem__") {
                    let b = self.bind_descriptor(&f, None, obj)?;
                    return self.call(&b, std::slice::from_ref(key), &[]);
                }
                // `type[int]`: type itself has no __class_getitem__ (its instances would
                // inherit it), so CPython special-cases it.
                if obj.is(&self.types.type_) {
                    let types = (self.hooks.import)(self, "types")?;
                    let ga = self.getattr(&types, "GenericAlias")?;
                    return self.call(&ga, &[obj.clone(), key.clone()], &[]);
                }
            }
            _ => {}
        }
        if let Some(r) = self.call_dunder(obj, "__getitem__", std::slice::from_ref(key))? {
            return Ok(r);
        }
        if let Some(p) = crate::typeobj::builtin_payload(obj).cloned() {
            return match self.getitem(&p, key) {
                // dict subclasses: a missing key goes to __missing__.
                Err(e)
                    if matches!(p.kind(), Some(Kind::Dict(_)))
                        && self.exc_matches(&e, "KeyError") =>
                {
                    match self.call_dunder(obj, "__missing__", std::slice::from_ref(key))? {
                        Some(v) => Ok(v),
                        None => Err(e),
                    }
                }
                r => r,
            };
        }
        let msg = if matches!(obj.kind(), Some(Kind::Type(_))) {
            format!(
                "type '{}' is not subscriptable",
                crate::typeobj::type_name(obj)
            )
        } else {
            format!("'{}' object is not subscriptable", self.type_name(obj))
        };
        Err(self.type_error(&msg))
    }

    pub fn setitem(&mut self, obj: &Value, key: &Value, val: &Value) -> PyResult<()> {
        match obj.kind() {
            Some(Kind::List(l)) => {
                if let Some(Kind::Slice(sl)) = key.kind() {
                    if self.get_iter(val).is_err() {
                        let stepped = !sl[2].is_none() && sl[2].as_small_int() != Some(1);
                        return Err(self.type_error(if stepped {
                            "must assign iterable to extended slice"
                        } else {
                            "can only assign an iterable"
                        }));
                    }
                    let items = self.to_vec(val)?;
                    let len = l.borrow().len();
                    let (start, stop, step, n) = slice_indices(self, key, len as i64)?;
                    let mut v = l.borrow_mut();
                    if step == 1 {
                        let stop = stop.max(start);
                        v.splice(start as usize..stop as usize, items);
                    } else {
                        if items.len() != n {
                            drop(v);
                            let msg = format!("attempt to assign sequence of size {} to extended slice of size {}", items.len(), n);
                            return Err(self.value_error(&msg));
                        }
                        let mut i = start;
                        for it in items {
                            v[i as usize] = it;
                            i += step;
                        }
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = seq_index(self, key, len, "list assignment")?;
                match l.borrow_mut().get_mut(i) {
                    Some(slot) => *slot = val.clone(),
                    None => return Err(self.index_error("list assignment index out of range")),
                }
                return Ok(());
            }
            Some(Kind::Dict(d)) => return crate::dict::set(self, d, key.clone(), val.clone()),
            Some(Kind::ByteArray(b)) => {
                if matches!(key.kind(), Some(Kind::Slice(_))) {
                    // b[i:j] = bytes-like or iterable of ints (an int or a str is refused).
                    if crate::ops::num::is_int(val) || matches!(val.kind(), Some(Kind::Str(_))) {
                        return Err(self.type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    }
                    let items = crate::types::bytes::bytes_from_iterable(self, val)?;
                    let len = b.borrow().len();
                    let (start, stop, step, n) = slice_indices(self, key, len as i64)?;
                    if step == 1 && items.len() as i64 != (stop - start).max(0) {
                        crate::types::memoryview::check_resizable(self, obj)?;
                    }
                    let mut v = b.borrow_mut();
                    if step == 1 {
                        let stop = stop.max(start);
                        v.splice(start as usize..stop as usize, items);
                    } else {
                        if items.len() != n {
                            drop(v);
                            let msg = format!(
                                "attempt to assign bytes of size {} to extended slice of size {}",
                                items.len(),
                                n
                            );
                            return Err(self.value_error(&msg));
                        }
                        let mut i = start;
                        for it in items {
                            v[i as usize] = it;
                            i += step;
                        }
                    }
                    return Ok(());
                }
                let len = b.borrow().len();
                let i = seq_index(self, key, len, "bytearray")?;
                let x = self.index_of(val)?;
                if !(0..256).contains(&x) {
                    return Err(self.value_error("byte must be in range(0, 256)"));
                }
                match b.borrow_mut().get_mut(i) {
                    Some(slot) => *slot = x as u8,
                    None => return Err(self.index_error("bytearray index out of range")),
                }
                return Ok(());
            }
            _ => {}
        }
        if self
            .call_dunder(obj, "__setitem__", &[key.clone(), val.clone()])?
            .is_some()
        {
            return Ok(());
        }
        if let Some(p) = crate::typeobj::builtin_payload(obj).cloned() {
            // Only mutable containers take the assignment (a tuple subclass refuses it
            // under its own name).
            if matches!(
                p.kind(),
                Some(Kind::List(_) | Kind::Dict(_) | Kind::ByteArray(_))
            ) {
                return self.setitem(&p, key, val);
            }
        }
        let msg = format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        );
        Err(self.type_error(&msg))
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj.kind() {
            Some(Kind::List(l)) => {
                if matches!(key.kind(), Some(Kind::Slice(_))) {
                    let len = l.borrow().len();
                    let (start, _, step, n) = slice_indices(self, key, len as i64)?;
                    let mut idx: Vec<usize> =
                        (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                    idx.sort_unstable();
                    let mut v = l.borrow_mut();
                    for i in idx.into_iter().rev() {
                        v.remove(i);
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = seq_index(self, key, len, "list assignment")?;
                if i >= l.borrow().len() {
                    return Err(self.index_error("list assignment index out of range"));
                }
                l.borrow_mut().remove(i);
                return Ok(());
            }
            Some(Kind::Dict(d)) => {
                if crate::dict::remove(self, d, key)?.is_none() {
                    return Err(self.key_error(key.clone()));
                }
                return Ok(());
            }
            Some(Kind::ByteArray(b)) => {
                let len = b.borrow().len();
                if matches!(key.kind(), Some(Kind::Slice(_))) {
                    let (start, _, step, n) = slice_indices(self, key, len as i64)?;
                    if n > 0 {
                        crate::types::memoryview::check_resizable(self, obj)?;
                    }
                    let mut idx: Vec<usize> =
                        (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                    idx.sort_unstable();
                    let mut v = b.borrow_mut();
                    for i in idx.into_iter().rev() {
                        v.remove(i);
                    }
                    return Ok(());
                }
                let i = seq_index(self, key, len, "bytearray")?;
                if i >= len {
                    return Err(self.index_error("bytearray index out of range"));
                }
                crate::types::memoryview::check_resizable(self, obj)?;
                b.borrow_mut().remove(i);
                return Ok(());
            }
            _ => {}
        }
        if self
            .call_dunder(obj, "__delitem__", std::slice::from_ref(key))?
            .is_some()
        {
            return Ok(());
        }
        if let Some(p) = crate::typeobj::builtin_payload(obj).cloned() {
            return self.delitem(&p, key);
        }
        let msg = format!(
            "'{}' object doesn't support item deletion",
            self.type_name(obj)
        );
        Err(self.type_error(&msg))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container.kind() {
            Some(Kind::Str(s)) => {
                let Some(Kind::Str(i)) = item.kind() else {
                    let msg = format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.type_name(item)
                    );
                    return Err(self.type_error(&msg));
                };
                return Ok(str_contains(&s.s, &i.s));
            }
            Some(Kind::Dict(d)) => return crate::dict::contains(self, d, item),
            // A set is looked up as the frozenset with its elements (`{1} in {frozenset({1})}`).
            Some(Kind::Set(_) | Kind::FrozenSet(_))
                if matches!(item.kind(), Some(Kind::Set(_))) =>
            {
                let Some(Kind::Set(t)) = item.kind() else {
                    unreachable!()
                };
                let fs = crate::types::set::new_frozenset(t.borrow().clone());
                return self.contains(container, &fs);
            }
            Some(Kind::Set(s)) => return crate::set::contains(self, s, item),
            Some(Kind::FrozenSet(s)) => return crate::set::table_contains(self, s, item),
            Some(Kind::DictView(d, 0 | 3)) => {
                if let Some(Kind::Dict(d)) = d.kind() {
                    return crate::dict::contains(self, d, item);
                }
            }
            Some(Kind::List(l)) => {
                let mut i = 0;
                loop {
                    let x = match l.borrow().get(i) {
                        Some(x) => x.clone(),
                        None => return Ok(false),
                    };
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Some(Kind::Tuple(t)) => {
                for x in t.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Some(Kind::Range(r)) => {
                if let Some(x) = to_big(item) {
                    if item.is_bool() || is_int(item) {
                        let (start, stop, step) = (
                            to_big(&r.start).unwrap_or_default(),
                            to_big(&r.stop).unwrap_or_default(),
                            to_big(&r.step).unwrap_or_default(),
                        );
                        let inside = if step.is_positive() {
                            x >= start && x < stop
                        } else {
                            x <= start && x > stop
                        };
                        return Ok(inside && ((&x - &start) % &step).is_zero());
                    }
                }
            }
            Some(Kind::Bytes(_) | Kind::ByteArray(_)) => {
                let b = crate::types::bytes_like(container).unwrap_or_default();
                if super::num::is_int(item) {
                    let i = self.index_of(item)?;
                    if !(0..256).contains(&i) {
                        return Err(self.value_error("byte must be in range(0, 256)"));
                    }
                    return Ok(b.contains(&(i as u8)));
                }
                let Some(sub) = crate::types::bytes_like(item) else {
                    let msg = format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name(item)
                    );
                    return Err(self.type_error(&msg));
                };
                return Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]));
            }
            _ => {}
        }
        if matches!(container.kind(), Some(Kind::Instance(_))) {
            let t = self.type_of(container);
            if crate::typeobj::lookup(&t, "__contains__").is_some_and(|f| f.is_none()) {
                let msg = format!("'{}' object is not a container", self.type_name(container));
                return Err(self.type_error(&msg));
            }
        }
        if let Some(r) = self.call_dunder(container, "__contains__", std::slice::from_ref(item))? {
            return self.truthy(&r);
        }
        if let Some(p) = crate::typeobj::builtin_payload(container).cloned() {
            return self.contains(&p, item);
        }
        // Fall back to iteration.
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(_) => {
                let msg = format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                );
                return Err(self.type_error(&msg));
            }
        };
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// `needle in haystack` for two strs. One ASCII character, the common `ch in "aeiou"`,
/// is a byte scan (an ASCII byte in UTF-8 text is always that character), where a
/// substring search first sets up its searcher.
#[inline]
// (A plain loop: `contains` on bytes calls memchr, whose setup costs more than the scan of
// the short strs such tests mostly search.)
#[allow(clippy::manual_contains)]
pub fn str_contains(haystack: &str, needle: &str) -> bool {
    if let &[b] = needle.as_bytes() {
        if b.is_ascii() {
            return haystack.as_bytes().iter().any(|&c| c == b);
        }
    }
    haystack.contains(needle)
}
