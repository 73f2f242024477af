//! The class of an instance: one word, replaced whole by `__class__` assignment.
//!
//! A `RefCell<Value>` here cost a second word (its borrow flag) in every instance, and an
//! instance is the largest payload a heap object can hold, so it made every object larger
//! (see docs/architecture.md, "Object size"). The class is only ever read as a whole
//! (cloned or compared) and replaced as a whole, which a `Cell` does without a flag.

use std::cell::Cell;

use crate::value::Value;

pub struct ClassCell(Cell<Value>);

impl ClassCell {
    pub fn new(cls: Value) -> ClassCell {
        ClassCell(Cell::new(cls))
    }

    /// The class (a new reference).
    #[inline]
    pub fn get(&self) -> Value {
        let v = self.0.replace(Value::NONE);
        let c = v.clone();
        self.0.set(v);
        c
    }

    /// Whether the class is `cls`.
    #[inline]
    pub fn is(&self, cls: &Value) -> bool {
        let v = self.0.replace(Value::NONE);
        let same = v.is(cls);
        self.0.set(v);
        same
    }

    /// Makes `cls` the class; the old one is released after the cell holds the new one.
    pub fn set(&self, cls: Value) {
        drop(self.0.replace(cls));
    }

    /// The class, for the instance's owner.
    pub fn get_mut(&mut self) -> &mut Value {
        self.0.get_mut()
    }
}
