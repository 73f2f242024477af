//! Reads of one item of a list without RefCell's borrow-count bookkeeping, for the `for`
//! loop's step over a list (`Runtime::next_seq`): the increment and decrement of the count
//! around the read were a tenth of the step's instructions.
//!
//! # Safety invariant
//! `RefCell::try_borrow_unguarded` checks that the cell is not borrowed mutably and gives a
//! shared reference without counting a borrow. That is sound while no mutable borrow is
//! taken before the reference is dropped. `item` holds it only across an index and a
//! clone of the item, which adds to a reference count and runs no other code.

use std::cell::RefCell;

use crate::value::Value;

/// Item `i` of list items `l`, if there is one.
#[inline(always)]
pub fn item(l: &RefCell<Vec<Value>>, i: usize) -> Option<Value> {
    // SAFETY: see the module invariant; the reference lives only in this expression.
    match unsafe { l.try_borrow_unguarded() } {
        Ok(items) => items.get(i).cloned(),
        // (Borrowed mutably: as a counted borrow would, this panics.)
        Err(_) => l.borrow().get(i).cloned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_item_or_none() {
        let l = RefCell::new(vec![Value::small_int(1), Value::NONE]);
        assert_eq!(item(&l, 0).and_then(|v| v.as_small_int()), Some(1));
        assert!(item(&l, 1).is_some_and(|v| v.is_none()));
        assert!(item(&l, 2).is_none());
        // No borrow is left counted.
        assert!(l.try_borrow_mut().is_ok());
    }
}
