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
//! 4. `memo_shape` and `memo_method` give references into an attribute site's shape memo
//!    (molt_builtins::object::SiteMemo, whose fields are Cells), which only
//!    `SiteMemo::set`, `shape_clone`, `method_clone` and Cell writes replace: the
//!    references are used as `peek`'s are, by a fast path before anything writes the
//!    memo, or by a slow path before it writes the memo (attr_cache), and not across a
//!    call into Python code.
//!
//! Builds with debug assertions check (1) at every read (`try_borrow`).

use std::cell::RefCell;
use std::rc::Rc;

use molt_builtins::attrs::Shape;
use molt_builtins::object::SiteMemo;
use molt_builtins::Value;

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

/// The shape of memo `m`, read in place under the module invariant (4).
#[inline(always)]
pub(crate) fn memo_shape(m: &SiteMemo) -> Option<&Rc<Shape>> {
    // SAFETY: nothing replaces the field while the reference is used (invariant 4).
    unsafe { &*m.shape.as_ptr() }.as_ref()
}

/// The method of memo `m` (`Value::UNBOUND` for none), read in place under the module
/// invariant (4).
#[inline(always)]
pub(crate) fn memo_method(m: &SiteMemo) -> &Value {
    // SAFETY: nothing replaces the field while the reference is used (invariant 4).
    unsafe { &*m.method.as_ptr() }
}
