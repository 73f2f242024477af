//! Reads of attribute-site caches and of instance attribute storage in the interpreter's
//! attribute fast paths (`attr_cache::fast_load` / `fast_method`), without RefCell's
//! borrow-count increment and decrement around each: two of them per `obj.x`, about a
//! sixth of the fast path's instructions.
//!
//! # Safety invariant
//! `read(cell, f)` hands `f` a shared reference to the cell's contents without taking a
//! RefCell borrow. That is sound while nothing holds or takes a mutable borrow of the cell
//! until `f` returns:
//! 1. The fast paths call it from the interpreter loop at the start of an attribute
//!    instruction. No mutable borrow of an attribute-site cache or of an instance's
//!    `attrs` outlives the Rust function that takes it (attr_cache's slow paths, attribute
//!    writes), and none is held across a call into Python code, through which a nested
//!    run of the loop could reach the same cell.
//! 2. The closures given to `read` only compare and copy fields and clone values; a clone
//!    adds to a reference count and runs nothing.
//!
//! Builds with debug assertions check (1) at every read (`try_borrow`).

use std::cell::RefCell;

/// `f` of the contents of `cell`, read under the module invariant.
#[inline(always)]
pub(crate) fn read<T, R>(cell: &RefCell<T>, f: impl FnOnce(&T) -> R) -> R {
    debug_assert!(
        cell.try_borrow().is_ok(),
        "an attribute fast path read a cell that is borrowed mutably"
    );
    // SAFETY: no mutable borrow of `cell` exists or is taken while `f` runs (see the
    // module invariant), so a shared reference to its contents is valid meanwhile.
    f(unsafe { &*cell.as_ptr() })
}
