//! The dict: an insertion-ordered compact table — an entry array plus an index table on
//! hashbrown's `HashTable` — with hash and equality that may call Python and may raise.
//!
//! Lookups first try a fast probe that compares keys without Python (str, int, float,
//! bool, None, tuples of those, identical objects). Only when a candidate needs a Python
//! `__eq__` does the caller take the table out of its `RefCell` and probe again with
//! callbacks, so Python code never runs while a borrow is held.

use hashbrown::HashTable;
use std::cell::RefCell;
use thin_vec::ThinVec;

use crate::object::{Kind, PyResult};
use crate::value::Value;
use crate::Runtime;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// An entry slot: a live entry, or a deleted one (its key `Value::UNBOUND`, never a Python
/// value), so a slot is the 24 bytes of its entry rather than the 32 of an `Option<Entry>`.
#[derive(Clone)]
struct Slot(Entry);

impl Slot {
    #[inline]
    fn live(e: Entry) -> Slot {
        Slot(e)
    }
    #[inline]
    fn as_ref(&self) -> Option<&Entry> {
        (!self.0.key.is_unbound()).then_some(&self.0)
    }
    #[inline]
    fn as_mut(&mut self) -> Option<&mut Entry> {
        (!self.0.key.is_unbound()).then_some(&mut self.0)
    }
    #[inline]
    fn is_some(&self) -> bool {
        !self.0.key.is_unbound()
    }
    /// The entry, leaving the slot deleted.
    fn take(&mut self) -> Option<Entry> {
        if self.0.key.is_unbound() {
            return None;
        }
        Some(std::mem::replace(
            &mut self.0,
            Entry {
                hash: 0,
                key: Value::UNBOUND,
                value: Value::UNBOUND,
            },
        ))
    }
}

// (40 bytes, so a dict sits in its object without a box: the entries a ThinVec, one
// pointer to a block holding their count, and the index table boxed, only large dicts
// having one.)
#[derive(Default, Clone)]
pub struct Dict {
    entries: ThinVec<Slot>,
    /// Positions in `entries` (u32: half the index memory of a small dict; a dict of
    /// 2^32 entries would need over 100 GB for them). Kept only while `entries` has more
    /// than `SMALL` slots (it then holds exactly the live entries); a smaller dict is
    /// searched by its entries' hashes, and has no index memory.
    indices: Option<Box<HashTable<u32>>>,
    used: usize,
    /// Bumped on every insertion of a new key and every deletion.
    pub version: u64,
}

/// The hash the index table is given for a Python hash. Python hashes small ints and
/// object ids to themselves (high bits zero, low bits often those of an aligned address),
/// while the table takes a 7-bit tag from a hash's top bits and the bucket from its low
/// bits: spread first, an int- or id-keyed dict would compare every key of a probe group.
#[inline(always)]
fn spread(hash: i64) -> u64 {
    let h = (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^ (h >> 29)
}

/// The most entry slots a dict has without an index table: a scan of up to 8 hashes
/// (three cache lines) costs about what a probe of the table does, and most dicts (records,
/// keyword arguments, small caches) then need one allocation fewer.
const SMALL: usize = 8;

/// The positions of the live entries whose key has a given hash: from the index table,
/// or for a small dict by scanning the entries.
enum Candidates<'a> {
    Scan {
        entries: std::iter::Enumerate<std::slice::Iter<'a, Slot>>,
        hash: i64,
    },
    Indexed(hashbrown::hash_table::IterHash<'a, u32>),
}

impl Iterator for Candidates<'_> {
    type Item = usize;
    #[inline]
    fn next(&mut self) -> Option<usize> {
        match self {
            Candidates::Scan { entries, hash } => {
                entries.find_map(|(i, s)| (s.0.hash == *hash && s.is_some()).then_some(i))
            }
            Candidates::Indexed(it) => it.next().map(|&i| i as usize),
        }
    }
}

/// The outcome of a probe that may not call Python.
pub enum Probe {
    Found(usize),
    Absent,
    NeedSlow,
}

/// Equality without Python: `Some(answer)` when both sides are of kinds compared natively.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        // NaN is not equal to itself, but containers treat identity as equality.
        return Some(true);
    }
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(x == y);
    }
    // (Two strs, the commonest keys, before the numeric cases: neither is a number.)
    if let (Some(Kind::Str(x)), Some(Kind::Str(y))) = (a.kind(), b.kind()) {
        return Some(x.s == y.s);
    }
    let num = |v: &Value| -> Option<f64> {
        if let Some(f) = v.as_float() {
            Some(f)
        } else if let Some(i) = v.as_small_int() {
            Some(i as f64)
        } else {
            v.as_bool().map(|b| b as i64 as f64)
        }
    };
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        if a.is_small_int() && b.is_float() || a.is_float() && b.is_small_int() {
            let (i, f) = if let Some(i) = a.as_small_int() {
                (i, y)
            } else {
                (b.as_small_int()?, x)
            };
            return Some(f.fract() == 0.0 && f == i as f64 && (f as i64) == i);
        }
        return Some(x == y);
    }
    match (a.kind(), b.kind()) {
        (Some(Kind::Int(x)), Some(Kind::Int(y))) => Some(x == y),
        (Some(Kind::Bytes(x)), Some(Kind::Bytes(y))) => Some(x == y),
        (Some(Kind::Tuple(x)), Some(Kind::Tuple(y))) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                match fast_eq(p, q)? {
                    true => {}
                    false => return Some(false),
                }
            }
            Some(true)
        }
        // (Two different classes of metaclass `type`: `type.__eq__` is identity.)
        (Some(Kind::Type(x)), Some(Kind::Type(y))) if plain_class(x) && plain_class(y) => {
            Some(false)
        }
        (Some(Kind::Instance(_)), _) | (_, Some(Kind::Instance(_))) => None,
        (Some(Kind::Str(_)), _) | (_, Some(Kind::Str(_))) => Some(false),
        (None, Some(Kind::Tuple(_))) | (Some(Kind::Tuple(_)), None) => Some(false),
        (None, None) => Some(false),
        _ => None,
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }
    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: ThinVec::with_capacity(n),
            indices: (n > SMALL).then(|| Box::new(HashTable::with_capacity(n))),
            used: 0,
            version: 0,
        }
    }
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    /// Entry slots including holes (for index-based iteration).
    pub fn slots(&self) -> usize {
        self.entries.len()
    }
    pub fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries
            .iter()
            .filter_map(Slot::as_ref)
            .map(|e| (&e.key, &e.value))
    }
    pub fn keys(&self) -> Vec<Value> {
        self.entries
            .iter()
            .filter_map(Slot::as_ref)
            .map(|e| e.key.clone())
            .collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.entries
            .iter()
            .filter_map(Slot::as_ref)
            .map(|e| e.value.clone())
            .collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.entries
            .iter()
            .filter_map(Slot::as_ref)
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
    pub fn value_at(&self, i: usize) -> Value {
        self.entries[i].as_ref().expect("live entry").value.clone()
    }
    pub fn set_value_at(&mut self, i: usize, v: Value) {
        if let Some(e) = self.entries[i].as_mut() {
            e.value = v;
        }
    }

    /// The positions of the live entries whose key's hash is `hash` (and perhaps others).
    #[inline]
    fn candidates(&self, hash: i64) -> Candidates<'_> {
        match &self.indices {
            Some(ix) if self.entries.len() > SMALL => {
                Candidates::Indexed(ix.iter_hash(spread(hash)))
            }
            // (A scan is right for any dict.)
            _ => Candidates::Scan {
                entries: self.entries.iter().enumerate(),
                hash,
            },
        }
    }

    /// Makes the index table hold exactly the live entries (a dict growing past `SMALL`).
    fn rebuild_index(&mut self) {
        let ix = self.indices.get_or_insert_with(Default::default);
        ix.clear();
        let entries = &self.entries;
        for (i, s) in entries.iter().enumerate() {
            if let Some(e) = s.as_ref() {
                ix.insert_unique(spread(e.hash), i as u32, |&j| {
                    entries[j as usize].as_ref().map_or(0, |e| spread(e.hash))
                });
            }
        }
    }

    pub fn probe_fast(&self, key: &Value, hash: i64) -> Probe {
        let mut need_slow = false;
        for i in self.candidates(hash) {
            let e = self.entries[i].as_ref().expect("indexed entry is live");
            if e.hash != hash {
                continue;
            }
            match fast_eq(&e.key, key) {
                Some(true) => return Probe::Found(i),
                Some(false) => {}
                None => need_slow = true,
            }
        }
        if need_slow {
            Probe::NeedSlow
        } else {
            Probe::Absent
        }
    }

    /// A probe that may call Python `__eq__`. Call it on a table taken out of its cell.
    pub fn probe_slow(&self, rt: &mut Runtime, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let cands: Vec<usize> = self.candidates(hash).collect();
        for i in cands {
            let e = self.entries[i].as_ref().expect("indexed entry is live");
            if e.hash != hash {
                continue;
            }
            let k = e.key.clone();
            let eq = match fast_eq(&k, key) {
                Some(b) => b,
                None => rt.eq(&k, key)?,
            };
            if eq {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// Appends a key known to be absent.
    pub fn push_new(&mut self, key: Value, value: Value, hash: i64) {
        if self.entries.len() > 16 && self.entries.len() > 2 * self.used + 8 {
            self.compact();
        }
        let idx = self.entries.len();
        self.entries.push(Slot::live(Entry { hash, key, value }));
        if idx > SMALL {
            match &mut self.indices {
                Some(ix) => {
                    let entries = &self.entries;
                    ix.insert_unique(spread(hash), idx as u32, |&i| {
                        entries[i as usize].as_ref().map_or(0, |e| spread(e.hash))
                    });
                }
                None => self.rebuild_index(),
            }
        } else if idx == SMALL {
            self.rebuild_index();
        }
        self.used += 1;
        self.version += 1;
    }

    pub fn remove_at(&mut self, idx: usize) -> Entry {
        let indexed = self.entries.len() > SMALL;
        let e = self.entries[idx].take().expect("live entry");
        if let (true, Some(ix)) = (indexed, &mut self.indices) {
            if let Ok(slot) = ix.find_entry(spread(e.hash), |&i| i as usize == idx) {
                slot.remove();
            }
        }
        self.used -= 1;
        self.version += 1;
        // Trailing holes can go at once; interior ones wait for compaction.
        while self.entries.last().is_some_and(|s| !s.is_some()) {
            self.entries.pop();
        }
        e
    }

    fn compact(&mut self) {
        let live: Vec<Entry> = self
            .entries
            .drain(..)
            .filter_map(|mut s| s.take())
            .collect();
        self.entries = live.into_iter().map(Slot::live).collect();
        if self.entries.len() > SMALL {
            self.rebuild_index();
        } else {
            self.indices = None;
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices = None;
        self.used = 0;
        self.version += 1;
    }

    /// Removes and returns the last item (for `popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let idx = self.entries.iter().rposition(|e| e.is_some())?;
        Some(self.remove_at(idx))
    }

    // ---- str-keyed fast paths (namespaces, attribute dicts, kwargs) -------------------

    /// Looks up a str key without Python.
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        self.get_str_hashed(key, crate::hash::name_hash(key))
    }

    /// `get_str` with the key's hash already computed (`hash::name_hash(key)`), for
    /// callers that look one name up in several dicts (a class's MRO).
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<&Value> {
        for i in self.candidates(hash) {
            let e = self.entries[i].as_ref().expect("live");
            if e.hash == hash {
                if let Some(Kind::Str(s)) = e.key.kind() {
                    if &*s.s == key {
                        return Some(&e.value);
                    }
                }
            }
        }
        None
    }

    /// Looks up a str value key (using its cached hash).
    pub fn get_strv(&self, key: &Value) -> Option<&Value> {
        let Some(Kind::Str(k)) = key.kind() else {
            return None;
        };
        let hash = crate::hash::pystr_hash(k);
        for i in self.candidates(hash) {
            let e = self.entries[i].as_ref().expect("live");
            if e.hash == hash {
                if e.key.is(key) {
                    return Some(&e.value);
                }
                if let Some(Kind::Str(s)) = e.key.kind() {
                    if s.s == k.s {
                        return Some(&e.value);
                    }
                }
            }
        }
        None
    }

    /// The entry index of a str value key (using its cached hash).
    pub fn find_strv(&self, key: &Value) -> Option<usize> {
        let Some(Kind::Str(k)) = key.kind() else {
            return None;
        };
        let hash = crate::hash::pystr_hash(k);
        for i in self.candidates(hash) {
            let e = self.entries[i].as_ref().expect("live");
            if e.hash == hash {
                if e.key.is(key) {
                    return Some(i);
                }
                if let Some(Kind::Str(s)) = e.key.kind() {
                    if s.s == k.s {
                        return Some(i);
                    }
                }
            }
        }
        None
    }

    /// The value at entry `i` if that entry's key is exactly `key` (the same object).
    #[inline]
    pub fn value_if_key_is(&self, i: usize, key: &Value) -> Option<&Value> {
        // (A deleted slot's key is UNBOUND, which no key is.)
        match self.entries.get(i) {
            Some(Slot(e)) if e.key.is(key) => Some(&e.value),
            _ => None,
        }
    }

    /// Replaces the value at entry `i` if that entry's key is exactly `key`.
    #[inline]
    pub fn set_if_key_is(&mut self, i: usize, key: &Value, v: Value) -> Option<Value> {
        match self.entries.get_mut(i) {
            Some(Slot(e)) if e.key.is(key) => Some(std::mem::replace(&mut e.value, v)),
            _ => None,
        }
    }

    /// The value of a live entry (for caches holding an index under an unchanged version).
    pub fn value_ref(&self, i: usize) -> Option<&Value> {
        self.entries
            .get(i)
            .and_then(|e| e.as_ref())
            .map(|e| &e.value)
    }

    /// Inserts or replaces under a str key without Python.
    pub fn set_str(&mut self, key: Value, value: Value) {
        let hash = match key.kind() {
            Some(Kind::Str(s)) => crate::hash::pystr_hash(s),
            _ => panic!("set_str needs a str key"),
        };
        match self.probe_fast(&key, hash) {
            Probe::Found(i) => self.set_value_at(i, value),
            _ => self.push_new(key, value, hash),
        }
    }

    pub fn del_str(&mut self, key: &str) -> Option<Value> {
        let hash = crate::hash::name_hash(key);
        let mut found = None;
        for i in self.candidates(hash) {
            let e = self.entries[i].as_ref().expect("live");
            if let Some(Kind::Str(s)) = e.key.kind() {
                if &*s.s == key {
                    found = Some(i);
                }
            }
        }
        found.map(|i| self.remove_at(i).value)
    }
}

// ---- keys that need no Python ------------------------------------------------------

/// Whether class `t`'s metaclass is `type` (the only builtin metaclass): such a class
/// hashes and compares by identity.
#[inline]
fn plain_class(t: &crate::object::TypeObj) -> bool {
    matches!(t.metaclass.borrow().kind(), Some(Kind::Type(m)) if m.builtin)
}

/// The hash of a key whose hashing and comparison with any other key run no Python code
/// (small int, float, bool, exact str, a class whose metaclass is `type`); None for any
/// other key.
#[inline(always)]
pub fn pure_hash(key: &Value) -> Option<i64> {
    if let Some(i) = key.as_small_int() {
        return Some(crate::hash::int_hash(i));
    }
    match key.kind() {
        Some(Kind::Str(s)) => return Some(crate::hash::pystr_hash(s)),
        Some(Kind::Type(t)) if plain_class(t) => return Some(crate::hash::identity_hash(key.id())),
        _ => {}
    }
    if let Some(f) = key.as_float() {
        return Some(crate::hash::float_hash(f));
    }
    key.as_bool().map(|b| b as i64)
}

impl Dict {
    /// `d[key]` for a key with a pure hash (see `pure_hash`): Some(found value or None
    /// when absent), or None when answering needs Python (an entry with that hash whose
    /// key compares through `__eq__`).
    #[inline]
    pub fn lookup_pure(&self, key: &Value, hash: i64) -> Option<Option<&Value>> {
        match self.probe_fast(key, hash) {
            Probe::Found(i) => Some(self.value_ref(i)),
            Probe::Absent => Some(None),
            Probe::NeedSlow => None,
        }
    }

    /// `d[key] = v` for a key with a pure hash: the replaced value (None when the key was
    /// added), or Err(v) when the store needs Python.
    #[inline]
    pub fn store_pure(&mut self, key: &Value, hash: i64, v: Value) -> Result<Option<Value>, Value> {
        match self.probe_fast(key, hash) {
            Probe::Found(i) => match self.entries[i].as_mut() {
                Some(e) => Ok(Some(std::mem::replace(&mut e.value, v))),
                None => Err(v),
            },
            Probe::Absent => {
                self.push_new(key.clone(), v, hash);
                Ok(None)
            }
            Probe::NeedSlow => Err(v),
        }
    }
}

// ---- Python-aware operations on a dict in its cell -----------------------------------

/// Finds `key`'s entry index, calling Python `__eq__` only when needed.
fn find(rt: &mut Runtime, cell: &RefCell<Dict>, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    match cell.borrow().probe_fast(key, hash) {
        Probe::Found(i) => return Ok(Some(i)),
        Probe::Absent => return Ok(None),
        Probe::NeedSlow => {}
    }
    let d = cell.take();
    let r = d.probe_slow(rt, key, hash);
    *cell.borrow_mut() = d;
    r
}

pub fn get(rt: &mut Runtime, cell: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    let hash = rt.hash(key)?;
    get_hashed(rt, cell, key, hash)
}

pub fn get_hashed(
    rt: &mut Runtime,
    cell: &RefCell<Dict>,
    key: &Value,
    hash: i64,
) -> PyResult<Option<Value>> {
    Ok(find(rt, cell, key, hash)?.map(|i| cell.borrow().value_at(i)))
}

pub fn set(rt: &mut Runtime, cell: &RefCell<Dict>, key: Value, value: Value) -> PyResult<()> {
    let hash = rt.hash(&key)?;
    set_hashed(rt, cell, key, value, hash)
}

pub fn set_hashed(
    rt: &mut Runtime,
    cell: &RefCell<Dict>,
    key: Value,
    value: Value,
    hash: i64,
) -> PyResult<()> {
    match find(rt, cell, &key, hash)? {
        Some(i) => cell.borrow_mut().set_value_at(i, value),
        None => cell.borrow_mut().push_new(key, value, hash),
    }
    Ok(())
}

pub fn remove(rt: &mut Runtime, cell: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    let hash = rt.hash(key)?;
    Ok(find(rt, cell, key, hash)?.map(|i| cell.borrow_mut().remove_at(i).value))
}

pub fn contains(rt: &mut Runtime, cell: &RefCell<Dict>, key: &Value) -> PyResult<bool> {
    let hash = rt.hash(key)?;
    Ok(find(rt, cell, key, hash)?.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::{Obj, PyStr};

    fn s(x: &str) -> Value {
        Value::from_obj(Obj::new(Kind::Str(PyStr::new(x))))
    }

    #[test]
    fn insertion_order_and_replace() {
        let mut d = Dict::new();
        for (i, k) in ["b", "a", "c"].iter().enumerate() {
            d.set_str(s(k), Value::small_int(i as i64));
        }
        d.set_str(s("a"), Value::small_int(10));
        let keys: Vec<String> = d
            .keys()
            .iter()
            .map(|k| match k.kind() {
                Some(Kind::Str(p)) => p.s.as_str().to_owned(),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(keys, ["b", "a", "c"]);
        assert_eq!(d.get_str("a").and_then(|v| v.as_small_int()), Some(10));
        assert_eq!(d.len(), 3);
    }

    #[test]
    fn small_dicts_scan_and_grow_an_index_and_shrink_back() {
        // Around SMALL: growing past it builds the index, trailing deletions take the dict
        // back under it, and growing again rebuilds the index from the live entries.
        let mut d = Dict::new();
        let check = |d: &Dict, live: &[i64]| {
            for i in 0..40 {
                let got = d.get_str(&format!("k{i}")).and_then(|v| v.as_small_int());
                assert_eq!(got, live.contains(&i).then_some(i), "key k{i}");
            }
            assert_eq!(d.len(), live.len());
        };
        let mut live: Vec<i64> = Vec::new();
        for i in 0..(SMALL as i64 + 4) {
            d.set_str(s(&format!("k{i}")), Value::small_int(i));
            live.push(i);
            check(&d, &live);
        }
        // An interior hole, then the tail: the entries shrink under SMALL.
        assert!(d.del_str("k3").is_some());
        live.retain(|&i| i != 3);
        for i in (5..(SMALL as i64 + 4)).rev() {
            assert!(d.del_str(&format!("k{i}")).is_some());
            live.retain(|&j| j != i);
            check(&d, &live);
        }
        for i in 20..(20 + SMALL as i64 + 3) {
            d.set_str(s(&format!("k{i}")), Value::small_int(i));
            live.push(i);
            check(&d, &live);
        }
        d.clear();
        check(&d, &[]);
    }

    #[test]
    fn delete_and_compact_keep_lookups_working() {
        let mut d = Dict::new();
        for i in 0..200 {
            d.set_str(s(&format!("k{i}")), Value::small_int(i));
        }
        for i in (0..200).step_by(2) {
            assert!(d.del_str(&format!("k{i}")).is_some());
        }
        for i in 200..300 {
            d.set_str(s(&format!("k{i}")), Value::small_int(i));
        }
        assert_eq!(d.len(), 200);
        for i in (1..200).step_by(2) {
            assert_eq!(
                d.get_str(&format!("k{i}")).and_then(|v| v.as_small_int()),
                Some(i)
            );
        }
        assert!(d.get_str("k0").is_none());
    }

    #[test]
    fn fast_eq_numbers_across_types() {
        assert_eq!(
            fast_eq(&Value::small_int(1), &Value::float(1.0)),
            Some(true)
        );
        assert_eq!(fast_eq(&Value::TRUE, &Value::small_int(1)), Some(true));
        assert_eq!(
            fast_eq(&Value::float(0.5), &Value::small_int(0)),
            Some(false)
        );
        assert_eq!(fast_eq(&s("a"), &Value::small_int(1)), Some(false));
    }
}
