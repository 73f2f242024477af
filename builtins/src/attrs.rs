//! Instance attribute storage. An instance of a user class keeps its attributes as a
//! vector of values laid out by a `Shape`, the ordered names it was given, shared by every
//! instance of its class that received the same names in the same order (each class has a
//! shape tree of its own, so a shape also identifies the class) (the "hidden class" of the
//! design card): `p.x` is then an index the attribute cache remembers per shape, and an
//! instance costs one vector instead of a dict with its tables. A real `__dict__` is made
//! on demand (reading `__dict__`, `vars()`, deleting an attribute, very many attributes);
//! from then on the instance keeps that dict.
//!
//! An instance of a class whose `__slots__` leave it without a `__dict__` keeps its slot
//! values the same way (`Attrs::Slots`): a vector in the class's slot layout order, unset
//! slots holding `Value::UNBOUND`, under a shape of the class's own that has no names (it
//! only says what the class is), so the attribute caches read and write slots by shape
//! and index as they do inline attributes. (An instance with both slots and a `__dict__`
//! keeps its slots in `InstanceExtra::slots`.)

use std::cell::RefCell;
use std::rc::Rc;

use crate::inst_vals::Vals;

use crate::dict::Dict;
use crate::object::{Instance, Kind, Obj};
use crate::value::Value;

/// More names than this and the instance switches to a dict.
const MAX_INLINE: usize = 48;
/// More distinct successors than this from one shape and new names go to a dict (code
/// that adds attributes with ever-new names does not grow the shape tree without bound).
const MAX_SUCCESSORS: usize = 64;

/// The names an instance's attribute vector holds, in insertion order.
pub struct Shape {
    pub names: Vec<Value>,
    /// The shapes made by adding one name to this one.
    next: RefCell<Vec<(Value, Rc<Shape>)>>,
    /// The most names of any shape in this shape's tree (shared by the tree): an
    /// instance's values are given room for that many when the first is stored, so that
    /// an `__init__` setting several attributes allocates once (`push_value`).
    widest: Rc<std::cell::Cell<usize>>,
}

impl Shape {
    /// The shape with no names (each class keeps one: `TypeObj::root_shape`).
    pub fn root() -> Rc<Shape> {
        Rc::new(Shape {
            names: Vec::new(),
            next: RefCell::new(Vec::new()),
            widest: Rc::new(std::cell::Cell::new(0)),
        })
    }

    /// The most names any shape of this shape's tree has had.
    pub fn widest(&self) -> usize {
        self.widest.get()
    }

    /// Where str `name` is in the vector.
    #[inline]
    pub fn index_of(&self, name: &Value) -> Option<usize> {
        if let Some(i) = self.names.iter().position(|n| n.is(name)) {
            return Some(i);
        }
        let s = str_of(name)?;
        self.index_of_str(s)
    }

    pub fn index_of_str(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| str_of(n) == Some(name))
    }

    /// This shape with `name` added at the end; None when the instance should use a
    /// dict instead.
    pub fn with(self: &Rc<Self>, name: &Value) -> Option<Rc<Shape>> {
        if let Some((_, s)) = self.next.borrow().iter().find(|(n, _)| n.is(name)) {
            return Some(s.clone());
        }
        let text = str_of(name)?;
        if let Some((_, s)) = self
            .next
            .borrow()
            .iter()
            .find(|(n, _)| str_of(n) == Some(text))
        {
            return Some(s.clone());
        }
        if self.names.len() >= MAX_INLINE || self.next.borrow().len() >= MAX_SUCCESSORS {
            return None;
        }
        let mut names = self.names.clone();
        names.push(name.clone());
        self.widest.set(self.widest.get().max(names.len()));
        let s = Rc::new(Shape {
            names,
            next: RefCell::new(Vec::new()),
            widest: self.widest.clone(),
        });
        self.next.borrow_mut().push((name.clone(), s.clone()));
        Some(s)
    }
}

/// Appends `v` to an instance's values as its shape becomes `next`: the first value
/// stored gets room for as many as the widest instance of the class has had.
#[inline]
pub fn push_value(vals: &mut Vals, v: Value, next: &Shape) {
    if vals.len() == vals.capacity() {
        grow_values(vals, next);
    }
    vals.push(v);
}

#[cold]
#[inline(never)]
fn grow_values(vals: &mut Vals, next: &Shape) {
    let len = vals.len();
    let want = if len == 0 {
        next.widest.get().max(1)
    } else {
        (len * 2).min(next.widest.get().max(len + 1))
    };
    vals.reserve_exact(want - len);
}

fn str_of(v: &Value) -> Option<&str> {
    match v.kind() {
        Some(Kind::Str(s)) => Some(&s.s),
        _ => None,
    }
}

/// The instance has no `__dict__` to store an attribute in.
#[derive(Debug)]
pub struct NoDict;

/// Where an instance's attributes are.
// (24 bytes: the values are a `Vals`, one pointer to a block holding their length and
// capacity, in the instance's own allocation or on the heap, so that an instance fits a
// 64-byte object. Both kinds of values declare the
// same fields in the same order, and every kind has a word first, in a layout fixed by
// `repr(C, u8)`, so that the attribute caches can read either kind of values with the same
// code, after one comparison of that word: see crate::attrs_peek.)
#[repr(C, u8)]
pub enum Attrs {
    /// The instance has no `__dict__` (a class with `__slots__` only, `object()`).
    /// (Made as `Attrs::ABSENT`.)
    Absent(AbsentWord),
    /// Values laid out by a shape.
    Inline { shape: Rc<Shape>, vals: Vals },
    /// No `__dict__`, and the `__slots__` values in the class's layout order (UNBOUND
    /// while unset) with the class's slot shape (`TypeObj::slot_shape`: no names).
    Slots { shape: Rc<Shape>, vals: Vals },
    /// A real dict (made on demand, or assigned to `__dict__`).
    Dict(Value),
}

const _: () = assert!(std::mem::size_of::<Attrs>() <= 24);

/// What `Attrs::Absent` holds: the word crate::attrs_peek reads there (read only through
/// that module's pointer, never by name).
pub struct AbsentWord(#[allow(dead_code)] usize);

impl Attrs {
    /// Storage of an instance with no `__dict__`.
    pub const ABSENT: Attrs = Attrs::Absent(AbsentWord(crate::attrs_peek::ABSENT_WORD));

    pub fn new_inline(root: &Rc<Shape>) -> Attrs {
        Attrs::Inline {
            shape: root.clone(),
            vals: Vals::new(),
        }
    }
}

impl Instance {
    /// Whether the instance has a `__dict__` (inline or real).
    pub fn has_dict(&self) -> bool {
        !matches!(
            &*self.attrs.borrow(),
            Attrs::Absent(_) | Attrs::Slots { .. }
        )
    }

    /// The value of `__slots__` entry `k`: None when the instance has no such slot,
    /// Some(None) when the slot is unset.
    pub fn slot_get(&self, k: usize) -> Option<Option<Value>> {
        if let Attrs::Slots { vals, .. } = &*self.attrs.borrow() {
            return vals.get(k).map(|v| (!v.is_unbound()).then(|| v.clone()));
        }
        let cell = self.extra_slots()?.get(k)?;
        let v = cell.borrow().clone();
        Some(v)
    }

    /// Sets (`Some`) or clears (`None`) `__slots__` entry `k`. Returns None when the
    /// instance has no such slot, else Some(the value replaced, if the slot was set), for
    /// the caller to drop once no borrow is held.
    pub fn slot_replace(&self, k: usize, v: Option<Value>) -> Option<Option<Value>> {
        if let Attrs::Slots { vals, .. } = &mut *self.attrs.borrow_mut() {
            let slot = vals.get_mut(k)?;
            let old = std::mem::replace(slot, v.unwrap_or(Value::UNBOUND));
            return Some((!old.is_unbound()).then_some(old));
        }
        let cell = self.extra_slots()?.get(k)?;
        let old = std::mem::replace(&mut *cell.borrow_mut(), v);
        Some(old)
    }

    /// The values of the instance's `__slots__` entries, None for each unset one.
    pub fn slot_values(&self) -> Vec<Option<Value>> {
        if let Attrs::Slots { vals, .. } = &*self.attrs.borrow() {
            return vals
                .iter()
                .map(|v| (!v.is_unbound()).then(|| v.clone()))
                .collect();
        }
        self.extra_slots()
            .map(|s| s.iter().map(|c| c.borrow().clone()).collect())
            .unwrap_or_default()
    }

    /// The value of attribute `name` in the instance's own storage.
    pub fn attr_get_str(&self, name: &str) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Absent(_) | Attrs::Slots { .. } => None,
            Attrs::Inline { shape, vals } => shape.index_of_str(name).map(|i| vals[i].clone()),
            Attrs::Dict(d) => match d.kind() {
                Some(Kind::Dict(dd)) => dd.borrow().get_str(name).cloned(),
                _ => None,
            },
        }
    }

    /// Sets attribute `name` (a str value) in the instance's own storage. Returns the
    /// value replaced, for the caller to drop once no borrow is held (its `__del__` may
    /// touch this instance); Err(NoDict) when the instance has no `__dict__`.
    pub fn attr_set(&self, name: Value, v: Value) -> Result<Option<Value>, NoDict> {
        let mut a = self.attrs.borrow_mut();
        match &mut *a {
            Attrs::Absent(_) | Attrs::Slots { .. } => Err(NoDict),
            Attrs::Inline { shape, vals } => {
                if let Some(i) = shape.index_of(&name) {
                    return Ok(Some(std::mem::replace(&mut vals[i], v)));
                }
                if let Some(next) = shape.with(&name) {
                    push_value(vals, v, &next);
                    *shape = next;
                    return Ok(None);
                }
                let d = materialize(shape, vals.take());
                let old = match d.kind() {
                    Some(Kind::Dict(dd)) => {
                        dd.borrow_mut().set_str(name, v);
                        None
                    }
                    _ => None,
                };
                *a = Attrs::Dict(d);
                Ok(old)
            }
            Attrs::Dict(d) => match d.kind() {
                Some(Kind::Dict(dd)) => {
                    let mut db = dd.borrow_mut();
                    let old = db.get_strv(&name).cloned();
                    db.set_str(name, v);
                    Ok(old)
                }
                _ => Err(NoDict),
            },
        }
    }

    /// The instance's attributes as (name, value) pairs in order when they are stored
    /// inline (read without making a `__dict__` of them, which asking for `__dict__`
    /// would); None when the instance has a real dict or none.
    pub fn inline_items(&self) -> Option<Vec<(Value, Value)>> {
        match &*self.attrs.borrow() {
            Attrs::Inline { shape, vals } => Some(
                shape
                    .names
                    .iter()
                    .cloned()
                    .zip(vals.iter().cloned())
                    .collect(),
            ),
            _ => None,
        }
    }

    /// The instance's `__dict__`, made from its inline values when asked for the first
    /// time; None when it has none.
    pub fn dict_value(&self) -> Option<Value> {
        let mut a = self.attrs.borrow_mut();
        match &mut *a {
            Attrs::Absent(_) | Attrs::Slots { .. } => None,
            Attrs::Dict(d) => Some(d.clone()),
            Attrs::Inline { shape, vals } => {
                let d = materialize(shape, vals.take());
                *a = Attrs::Dict(d.clone());
                Some(d)
            }
        }
    }

    /// Replaces the storage with dict `d` (`obj.__dict__ = d`); returns what the old
    /// storage held (its values, or its dict), to be dropped by the caller after the
    /// borrow. (The values are moved out of their block first, which may be this
    /// instance's own: crate::inst_vals, invariant 2.)
    pub fn set_dict(&self, d: Value) -> Vec<Value> {
        let mut a = self.attrs.borrow_mut();
        let mut out = match &mut *a {
            Attrs::Inline { vals, .. } | Attrs::Slots { vals, .. } => vals.take(),
            Attrs::Absent(_) | Attrs::Dict(_) => Vec::new(),
        };
        if let Attrs::Dict(old) = std::mem::replace(&mut *a, Attrs::Dict(d)) {
            out.push(old);
        }
        out
    }

    /// Takes every value out of the storage, leaving none (the collector breaking a
    /// cycle). (Slots stay, unset.)
    pub fn take_attrs(&self, out: &mut Vec<Value>) {
        if let Ok(mut a) = self.attrs.try_borrow_mut() {
            if let Attrs::Slots { vals, .. } = &mut *a {
                for v in vals.iter_mut() {
                    let v = std::mem::replace(v, Value::UNBOUND);
                    if !v.is_unbound() {
                        out.push(v);
                    }
                }
                return;
            }
            // (The values are moved out of their block, which may be this instance's own,
            // before the storage is replaced: crate::inst_vals, invariant 2.)
            if let Attrs::Inline { vals, .. } = &mut *a {
                out.extend(vals.take());
            }
            if let Attrs::Dict(d) = std::mem::replace(&mut *a, Attrs::ABSENT) {
                out.push(d);
            }
        }
        if let Some(slots) = self.extra_slots() {
            for s in slots.iter() {
                if let Ok(mut s) = s.try_borrow_mut() {
                    out.extend(s.take());
                }
            }
        }
    }
}

/// A dict holding `vals` under the names of `shape`.
fn materialize(shape: &Shape, vals: Vec<Value>) -> Value {
    let mut d = Dict::with_capacity(vals.len().max(4));
    for (n, v) in shape.names.iter().zip(vals) {
        d.set_str(n.clone(), v);
    }
    Value::from_obj(Obj::new(Kind::Dict(RefCell::new(d))))
}
