//! The set table, following CPython 3.12's algorithm (same table sizes, linear probing of
//! nine slots then perturbed jumps, same resize rule), so a set of ints iterates — and
//! prints — in exactly CPython's order.
//!
//! As with dicts, a probe that needs a Python `__eq__` runs on a table taken out of its
//! `RefCell` (see `crate::dict`).

use std::cell::RefCell;

use crate::dict::fast_eq;
use crate::object::PyResult;
use crate::value::Value;
use crate::Runtime;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Default)]
struct Slot {
    /// 0 with no key: never used; -1 with no key: a deleted entry (dummy).
    hash: i64,
    key: SlotKey,
}

/// A slot's key, `Value::UNBOUND` for none (never a Python value): a slot is then 16
/// bytes, as in CPython, rather than the 24 of an `Option<Value>`.
#[derive(Clone)]
struct SlotKey(Value);

impl Default for SlotKey {
    fn default() -> SlotKey {
        SlotKey(Value::UNBOUND)
    }
}

impl SlotKey {
    #[inline]
    fn as_ref(&self) -> Option<&Value> {
        (!self.0.is_unbound()).then_some(&self.0)
    }
    #[inline]
    fn is_none(&self) -> bool {
        self.0.is_unbound()
    }
    fn take(&mut self) -> Option<Value> {
        let v = std::mem::replace(&mut self.0, Value::UNBOUND);
        (!v.is_unbound()).then_some(v)
    }
    fn into_option(self) -> Option<Value> {
        (!self.0.is_unbound()).then_some(self.0)
    }
}

#[derive(Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable::new()
    }
}

enum Found {
    Active(usize),
    Free(usize),
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            table: vec![Slot::default(); MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    fn mask(&self) -> usize {
        self.table.len() - 1
    }
    /// Keys in table order (CPython's iteration order).
    pub fn keys(&self) -> Vec<Value> {
        self.table
            .iter()
            .filter_map(|s| s.key.as_ref().cloned())
            .collect()
    }
    pub fn slots(&self) -> usize {
        self.table.len()
    }
    pub fn key_at(&self, i: usize) -> Option<&Value> {
        self.table.get(i).and_then(|s| s.key.as_ref())
    }
    /// The key in slot `i` with its hash (None for an empty slot or past the end).
    pub fn hashed_at(&self, i: usize) -> Option<(i64, &Value)> {
        self.table
            .get(i)
            .and_then(|s| s.key.as_ref().map(|k| (s.hash, k)))
    }
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table
            .iter()
            .filter_map(|s| s.key.as_ref().map(|k| (s.hash, k)))
    }

    /// Probes for `key`; `eq` decides equality of same-hash candidates.
    fn probe(
        &self,
        key: &Value,
        hash: i64,
        eq: &mut impl FnMut(&Value, &Value) -> PyResult<Option<bool>>,
    ) -> PyResult<Option<Found>> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let s = &self.table[j];
                match s.key.as_ref() {
                    None if s.hash == 0 => {
                        return Ok(Some(Found::Free(freeslot.unwrap_or(j))));
                    }
                    // A deleted slot: CPython 3.12 inserts into the last one it passed.
                    None => freeslot = Some(j),
                    Some(k) => {
                        if s.hash == hash {
                            match eq(k, key)? {
                                Some(true) => return Ok(Some(Found::Active(j))),
                                Some(false) => {}
                                None => return Ok(None),
                            }
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn probe_fast(&self, key: &Value, hash: i64) -> Option<Found> {
        self.probe(key, hash, &mut |a, b| Ok(fast_eq(a, b)))
            .ok()
            .flatten()
    }

    fn probe_slow(&self, rt: &mut Runtime, key: &Value, hash: i64) -> PyResult<Found> {
        let r = self.probe(key, hash, &mut |a, b| {
            let a = a.clone();
            Ok(Some(match fast_eq(&a, b) {
                Some(x) => x,
                None => rt.eq(&a, b)?,
            }))
        })?;
        Ok(r.expect("slow probes always decide"))
    }

    fn insert_at(&mut self, found: Found, key: Value, hash: i64) -> bool {
        match found {
            Found::Active(_) => false,
            Found::Free(j) => {
                let was_unused = self.table[j].hash == 0;
                self.table[j] = Slot {
                    hash,
                    key: SlotKey(key),
                };
                self.used += 1;
                if was_unused {
                    self.fill += 1;
                    if self.fill * 5 >= self.mask() * 3 {
                        let minused = if self.used > 50000 {
                            self.used * 2
                        } else {
                            self.used * 4
                        };
                        self.resize(minused);
                    }
                }
                true
            }
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::default(); newsize]);
        self.fill = self.used;
        for s in old {
            if let Some(k) = s.key.into_option() {
                self.insert_clean(k, s.hash);
            }
        }
    }

    /// Inserts into a table known to hold no equal key and no dummies.
    fn insert_clean(&mut self, key: Value, hash: i64) {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if self.table[j].key.is_none() {
                    self.table[j] = Slot {
                        hash,
                        key: SlotKey(key),
                    };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_merge`'s one big resize before adding `n` keys.
    pub fn presize(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Adds a key whose equality is decided without Python (used when copying tables).
    pub fn add_fast(&mut self, key: Value, hash: i64) -> bool {
        match self.probe_fast(&key, hash) {
            Some(f) => self.insert_at(f, key, hash),
            None => false,
        }
    }

    fn remove_slot(&mut self, j: usize) -> Value {
        let k = self.table[j].key.take().expect("active slot");
        self.table[j].hash = -1;
        self.used -= 1;
        k
    }

    pub fn clear(&mut self) {
        *self = SetTable::new();
    }

    /// Removes an arbitrary element, as `set.pop()` does (scanning from a finger).
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.table[i].key.is_none() {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        Some(self.remove_slot(i))
    }
}

// ---- Python-aware operations on a table in its cell -----------------------------------

/// CPython's `set_merge`: presize, copy the table outright when the target is empty and the
/// same size, insert cleanly when it is empty, else add key by key.
pub fn merge_table(rt: &mut Runtime, cell: &RefCell<SetTable>, other: &SetTable) -> PyResult<()> {
    {
        let mut so = cell.borrow_mut();
        so.presize(other.used);
        let other_clean = other.fill == other.used;
        if so.fill == 0 && so.mask() == other.mask() && other_clean {
            so.table = other.table.clone();
            so.fill = other.fill;
            so.used = other.used;
            return Ok(());
        }
        if so.fill == 0 {
            so.fill = other.used;
            so.used = other.used;
            for s in &other.table {
                if let Some(k) = s.key.as_ref() {
                    so.insert_clean(k.clone(), s.hash);
                }
            }
            return Ok(());
        }
    }
    for (h, k) in other.iter_hashed() {
        add_hashed(rt, cell, k.clone(), h)?;
    }
    Ok(())
}

/// A frozenset constant as CPython's compiler makes it: built from the items in order, then
/// rebuilt from its own iteration order (the constant-merging pass does this).
pub fn frozenset_constant(rt: &mut Runtime, items: Vec<Value>) -> PyResult<SetTable> {
    let first = RefCell::new(SetTable::new());
    for x in items {
        add(rt, &first, x)?;
    }
    let keys = first.into_inner().keys();
    let second = RefCell::new(SetTable::new());
    for x in keys {
        add(rt, &second, x)?;
    }
    Ok(second.into_inner())
}

fn find(
    rt: &mut Runtime,
    cell: &RefCell<SetTable>,
    key: &Value,
    hash: i64,
) -> PyResult<Option<usize>> {
    if let Some(f) = cell.borrow().probe_fast(key, hash) {
        return Ok(match f {
            Found::Active(j) => Some(j),
            Found::Free(_) => None,
        });
    }
    let t = cell.take();
    let r = t.probe_slow(rt, key, hash);
    *cell.borrow_mut() = t;
    Ok(match r? {
        Found::Active(j) => Some(j),
        Found::Free(_) => None,
    })
}

pub fn add(rt: &mut Runtime, cell: &RefCell<SetTable>, key: Value) -> PyResult<bool> {
    let hash = rt.hash(&key)?;
    add_hashed(rt, cell, key, hash)
}

/// Adds `key` (of hash `hash`) to a table the caller holds when finding its place runs no
/// Python code (a clone of `key` is stored only when it is new): whether it was new; None
/// when it would run Python code.
pub fn add_plain_ref(t: &mut SetTable, key: &Value, hash: i64) -> Option<bool> {
    let f = t.probe_fast(key, hash)?;
    Some(t.insert_at(f, key.clone(), hash))
}

/// Adds `key` (of hash `hash`) when finding its place runs no Python code; otherwise
/// gives it back.
pub fn add_plain(cell: &RefCell<SetTable>, key: Value, hash: i64) -> Result<bool, Value> {
    let fast = cell.borrow().probe_fast(&key, hash);
    match fast {
        Some(f) => Ok(cell.borrow_mut().insert_at(f, key, hash)),
        None => Err(key),
    }
}

pub fn add_hashed(
    rt: &mut Runtime,
    cell: &RefCell<SetTable>,
    key: Value,
    hash: i64,
) -> PyResult<bool> {
    let fast = cell.borrow().probe_fast(&key, hash);
    match fast {
        Some(f) => Ok(cell.borrow_mut().insert_at(f, key, hash)),
        None => {
            let mut t = cell.take();
            let r = t.probe_slow(rt, &key, hash);
            let out = match r {
                Ok(f) => Ok(t.insert_at(f, key, hash)),
                Err(e) => Err(e),
            };
            *cell.borrow_mut() = t;
            out
        }
    }
}

/// Membership in a table that is not in a cell (frozensets): Python `__eq__` may run.
pub fn table_contains(rt: &mut Runtime, t: &SetTable, key: &Value) -> PyResult<bool> {
    let hash = rt.hash(key)?;
    table_contains_hashed(rt, t, key, hash)
}

/// `table_contains` with the key's hash known (a frozenset's table, which nothing can
/// change meanwhile).
pub fn table_contains_hashed(
    rt: &mut Runtime,
    t: &SetTable,
    key: &Value,
    hash: i64,
) -> PyResult<bool> {
    let found = match t.probe_fast(key, hash) {
        Some(f) => f,
        None => t.probe_slow(rt, key, hash)?,
    };
    Ok(matches!(found, Found::Active(_)))
}

impl SetTable {
    /// `key in s` for a key with a pure hash (crate::dict::pure_hash); None when the
    /// answer needs Python (an entry with that hash compares through `__eq__`).
    #[inline]
    pub fn contains_pure(&self, key: &Value, hash: i64) -> Option<bool> {
        self.probe_fast(key, hash)
            .map(|f| matches!(f, Found::Active(_)))
    }
}

pub fn contains(rt: &mut Runtime, cell: &RefCell<SetTable>, key: &Value) -> PyResult<bool> {
    let hash = rt.hash(key)?;
    Ok(find(rt, cell, key, hash)?.is_some())
}

pub fn contains_hashed(
    rt: &mut Runtime,
    cell: &RefCell<SetTable>,
    key: &Value,
    hash: i64,
) -> PyResult<bool> {
    Ok(find(rt, cell, key, hash)?.is_some())
}

pub fn discard(rt: &mut Runtime, cell: &RefCell<SetTable>, key: &Value) -> PyResult<bool> {
    let hash = rt.hash(key)?;
    match find(rt, cell, key, hash)? {
        Some(j) => {
            cell.borrow_mut().remove_slot(j);
            Ok(true)
        }
        None => Ok(false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_int_order_matches_cpython() {
        // CPython 3.12: print({5, 3, 1024, 7}) -> {1024, 3, 5, 7}
        let mut t = SetTable::new();
        for i in [5i64, 3, 1024, 7] {
            t.add_fast(Value::small_int(i), i);
        }
        let got: Vec<i64> = t.keys().iter().map(|v| v.as_small_int().unwrap()).collect();
        assert_eq!(got, [1024, 3, 5, 7]);
    }

    #[test]
    fn growth_keeps_every_key() {
        let mut t = SetTable::new();
        for i in 0..1000i64 {
            assert!(t.add_fast(Value::small_int(i * 7), i * 7));
        }
        assert!(!t.add_fast(Value::small_int(7), 7));
        assert_eq!(t.len(), 1000);
        // CPython: list(set(range(20, 0, -1)))[:3] == [1, 2, 3]
        let mut u = SetTable::new();
        for i in (1..=20i64).rev() {
            u.add_fast(Value::small_int(i), i);
        }
        let got: Vec<i64> = u
            .keys()
            .iter()
            .take(3)
            .map(|v| v.as_small_int().unwrap())
            .collect();
        assert_eq!(got, [1, 2, 3]);
    }
}
