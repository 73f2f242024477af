//! A read of an instance's attribute storage (crate::attrs's `Attrs`) for the attribute
//! caches' fast paths, which asks only "is it laid out by this shape?", without first
//! testing which kind of storage it is: one comparison of the storage's first word with
//! the shape's address, where a `match` would test the tag first (four machine
//! instructions of the sixty an attribute load costs).
//!
//! # Safety invariant
//! `Attrs` is `#[repr(C, u8)]` (RFC 2195): a `u8` tag, then at offset 8 a union of its
//! variants' fields, each variant laid out as a `repr(C)` struct. So:
//! 1. the word at offset 8 is initialised in every variant: the shape pointer of `Inline`
//!    and `Slots` (their first field), the dict's `Value` bits in `Dict`, and
//!    `ABSENT_WORD` (1) in `Absent`;
//! 2. in `Inline` and `Slots` the word at offset 16 is their `Vals` of values.
//!
//! An `Rc<Shape>` is one pointer to its allocation (checked below: one word; `rc_word`
//! reads it). A shape that the caller holds an `Rc` of is a live allocation, so that word
//! is not 0, not 1, and not the address of any live object (which is what a `Dict`'s value
//! holds, the dict being alive while the storage holds it). Hence when the first word
//! equals the `rc_word` of such a shape, the storage is `Inline` or `Slots` with that
//! shape, and fact 2 gives its values. The layout is checked by the tests below.

use std::rc::Rc;

use crate::inst_vals::Vals;

use crate::attrs::{Attrs, Shape};

/// The word `Attrs::Absent` holds where the other kinds hold a pointer (fact 1).
pub const ABSENT_WORD: usize = 1;

// (An `Rc<Shape>` is a single pointer: see the module invariant.)
const _: () = assert!(std::mem::size_of::<Rc<Shape>>() == std::mem::size_of::<usize>());

/// The word an `Rc` of `shape` is (the address of the shape's allocation): what the first
/// word of storage laid out by that shape holds.
#[inline(always)]
pub fn rc_word(shape: &Rc<Shape>) -> usize {
    // SAFETY: an `Rc<Shape>` is one initialised word (the assertion above), read as a
    // usize; nothing is dereferenced.
    unsafe { std::mem::transmute_copy::<Rc<Shape>, usize>(shape) }
}

/// The storage's first word (fact 1): the `rc_word` of its shape when it has one.
#[inline(always)]
pub fn shape_word(a: &Attrs) -> usize {
    // SAFETY: fact 1: the word at offset 8 is initialised in every variant, and any
    // initialised word may be read as a usize.
    unsafe {
        (a as *const Attrs as *const u8)
            .add(8)
            .cast::<usize>()
            .read()
    }
}

/// The values of storage `a` when it is laid out by `shape` (`Inline` or `Slots` with that
/// shape); None otherwise, and always when `shape` is None.
#[inline(always)]
pub fn values_if<'a>(a: &'a Attrs, shape: Option<&Rc<Shape>>) -> Option<&'a Vals> {
    let want = shape.map_or(0, rc_word);
    if shape_word(a) != want {
        return None;
    }
    // SAFETY: `want` is the `rc_word` of a shape the caller holds (a None shape gives 0,
    // which no storage's first word is), so by the module invariant `a` is `Inline` or
    // `Slots`, whose word at offset 16 is its values (fact 2), borrowed as long as `a`.
    Some(unsafe { &*(a as *const Attrs as *const u8).add(16).cast::<Vals>() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Value;

    #[test]
    fn every_kind_of_storage_is_read_as_the_module_says() {
        let shape = Shape::root();
        let other = Shape::root();
        let mut vals = Vals::new();
        vals.push(Value::NONE);
        let a = Attrs::Inline {
            shape: shape.clone(),
            vals,
        };
        assert_eq!(shape_word(&a), rc_word(&shape));
        assert_eq!(values_if(&a, Some(&shape)).map(|v| v.len()), Some(1));
        assert!(values_if(&a, Some(&other)).is_none());
        assert!(values_if(&a, None).is_none());
        let s = Attrs::Slots {
            shape: other.clone(),
            vals: Vals::new(),
        };
        assert_eq!(values_if(&s, Some(&other)).map(|v| v.len()), Some(0));
        assert!(values_if(&s, Some(&shape)).is_none());
        let absent = Attrs::ABSENT;
        assert_eq!(shape_word(&absent), ABSENT_WORD);
        assert!(values_if(&absent, None).is_none());
        assert!(values_if(&absent, Some(&shape)).is_none());
        let d = Attrs::Dict(Value::NONE);
        assert_eq!(shape_word(&d), Value::NONE.bits() as usize);
        assert!(values_if(&d, Some(&shape)).is_none());
    }
}
