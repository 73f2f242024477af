//! Reads of the cells the interpreter's fast paths look into at almost every instruction,
//! without RefCell's borrow-count increment and decrement around each: attribute-site
//! caches and instance attribute storage (`attr_cache::fast_load` / `fast_method` /
//! `fast_store`'s cache), closure cells (`LoadDeref`), and the module and builtins dicts
//! of a cached global read (`interp_support::cached_global`). The bookkeeping was about a
//! sixth of an attribute load's instructions.
//!
//! # Safety invariant
//! `read(cell, f)` hands `f` a shared reference to the cell's contents without taking a
//! RefCell borrow. That is sound while nothing holds or takes a mutable borrow of the cell
//! until `f` returns:
//! 1. The loop calls it at the start of an instruction. No mutable borrow of an
//!    attribute-site cache, an instance's `attrs`, a closure cell or a dict outlives the
//!    Rust function that takes it (attr_cache's slow paths, attribute writes, `StoreDeref`,
//!    dict stores, which look a key up first and borrow only to write), and none is held
//!    across a call into Python code, through which a nested run of the loop could reach
//!    the same cell.
//! 2. The closures given to `read` only compare and copy fields, clone values and take
//!    borrows of *other* cells; a clone adds to a reference count and runs nothing.
//! 3. `peek` is `read` for the fast paths that read an attribute site's memo and the
//!    instance's storage (`attr_cache::memo` and the functions it calls, and
//!    `attr_cache::fast_store`, which borrows only the instance's storage): the references
//!    it gives are used as `read`'s closure uses its argument, by the instruction's fast
//!    path (which only compares, copies and clones), and not after anything takes a
//!    borrow of the cell (`poly_answer` reads, and then promotes with a new `peek`).
//!
//! Builds with debug assertions check (1) at every read (`try_borrow`).

use std::cell::RefCell;

/// `f` of the contents of `cell`, read under the module invariant.
#[inline(always)]
pub(crate) fn read<T, R>(cell: &RefCell<T>, f: impl FnOnce(&T) -> R) -> R {
    debug_assert!(
        cell.try_borrow().is_ok(),
        "a fast-path read of a cell that is borrowed mutably"
    );
    // SAFETY: no mutable borrow of `cell` exists or is taken while `f` runs (see the
    // module invariant), so a shared reference to its contents is valid meanwhile.
    f(unsafe { &*cell.as_ptr() })
}

/// The contents of `cell`, for the reads `read` makes, by a caller as the module
/// invariant (3) describes. (Closures given to `read` were not always inlined: a call per
/// attribute load.)
#[inline(always)]
pub(crate) fn peek<T>(cell: &RefCell<T>) -> &T {
    debug_assert!(
        cell.try_borrow().is_ok(),
        "a fast-path read of a cell that is borrowed mutably"
    );
    // SAFETY: no mutable borrow of `cell` exists or is taken while the reference is used
    // (see the module invariant).
    unsafe { &*cell.as_ptr() }
}
