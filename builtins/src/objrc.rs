//! The allocation behind every heap value: an object with its strong and weak reference
//! counts in one 8-byte header (two `u32`s), where `std::rc::Rc` spends 16 (two `usize`s).
//! With the 56-byte `Kind` that makes an object 64 bytes, one mimalloc size class below the
//! 80 that `Rc` needed (see docs/architecture.md, "Object size").
//!
//! The counts behave as `Rc`'s do: the strong count is the number of `Value`s holding the
//! object; the weak count is the number of `WeakObj`s plus one shared by all the strong
//! references. The object is dropped when the strong count reaches zero, and the
//! allocation freed when the weak count does.
//!
//! # Safety invariant
//! Every pointer this module hands out (`alloc`) points at the `obj` field of an `ObjBox`
//! allocated here by `Box`, and stays valid while its strong count is above zero; a
//! `WeakObj` keeps the allocation (not the object) valid while it lives. Callers (value.rs)
//! pass to `inc_strong`, `dec_strong`, `strong_count` and `downgrade` only pointers that
//! own or borrow a strong count.
//!
//! A strong count that would pass `u32::MAX` (4 billion references to one object, 32 GB of
//! them) makes the object immortal, as CPython 3.12 makes some objects: a flag in the weak
//! count marks it, and it is never dropped (its strong count, if it ever comes down to
//! zero, is set back up instead). The test for the flag is on the cold paths only (a
//! count wrapping to zero on the way up, an object about to be dropped), so the hot
//! increments and decrements cost what `Rc`'s do. A weak count that reaches its top
//! (2^24 less one) stays there, and the allocation is never freed. A leak of one object,
//! rather than an abort or a count that wraps and frees an object still in use.
//!
//! An allocation may have a tail: words after the object that its kind uses (an
//! instance's attribute values: crate::inst_vals). Six bits of the weak word, above the
//! count, say how many (`alloc_with_tail`), so that the allocation is freed with the
//! layout it was made with, after the object itself is gone.
//!
//! While the cycle collector runs, the weak word of each member of its working set holds
//! the member's position instead (`gc_mark`, `gc_position`, `gc_unmark`): a lookup by
//! identity that reads the object's own header, next to the count the collector reads
//! anyway, rather than a hash table.

use std::cell::Cell;
use std::ptr::NonNull;

use crate::object::Obj;

#[repr(C)]
struct ObjBox {
    strong: Cell<u32>,
    weak: Cell<u32>,
    obj: Obj,
}

/// The box around an object, from a pointer to the object.
#[inline(always)]
fn header(p: *const Obj) -> *const ObjBox {
    // (`obj` follows the two counts: repr(C), and `Obj` is 8-aligned.)
    (p as *const u8).wrapping_sub(std::mem::offset_of!(ObjBox, obj)) as *const ObjBox
}

/// The weak count's flag of an immortal object (see the module comment).
const IMMORTAL: u32 = 1 << 31;
/// The weak word's flag of a member of a running collection's working set (see
/// `gc_mark`); no weak count reaches it.
const GC_MARK: u32 = 1 << 30;
/// Where the weak word keeps the size of the allocation's tail, in words (see
/// `alloc_with_tail`): six bits above the count.
const TAIL_SHIFT: u32 = 24;
const TAIL_BITS: u32 = 0x3F << TAIL_SHIFT;
/// The most words a tail may have.
pub const MAX_TAIL_WORDS: usize = 0x3F;
/// The largest weak count; one that reaches it stays.
const WEAK_TOP: u32 = (1 << TAIL_SHIFT) - 1;
/// The largest working-set position `gc_mark` can record.
pub const GC_MAX_POSITION: usize = (GC_MARK - 1) as usize;
/// The strong count an immortal object is given back whenever it reaches 0 or wraps.
const RESET: u32 = 1 << 30;

/// Adds a weak reference (the count sticks at its top).
#[inline]
fn inc_weak(c: &Cell<u32>) {
    let w = c.get();
    if w & WEAK_TOP != WEAK_TOP {
        c.set(w + 1);
    }
}

/// Makes the object immortal: its strong count wrapped.
#[cold]
#[inline(never)]
fn make_immortal(b: &ObjBox) {
    b.strong.set(RESET);
    b.weak.set(b.weak.get() | IMMORTAL);
}

/// A new object with one strong reference: the pointer to it.
#[inline]
pub fn alloc(obj: Obj) -> *const Obj {
    let b = Box::new(ObjBox {
        strong: Cell::new(1),
        weak: Cell::new(1),
        obj,
    });
    let p = Box::into_raw(b);
    // SAFETY: `p` is a valid, just-allocated box.
    unsafe { std::ptr::addr_of!((*p).obj) }
}

/// A new object with one strong reference and a tail of `words` more words after it in
/// the same allocation (at most `MAX_TAIL_WORDS`, and above 0): the pointer to the object
/// and the tail's address. The tail is uninitialised; the object's own code gives it a
/// meaning (crate::inst_vals).
pub fn alloc_with_tail(obj: Obj, words: usize) -> (*const Obj, *mut u8) {
    debug_assert!(words > 0 && words <= MAX_TAIL_WORDS);
    let layout = box_layout(words);
    // SAFETY: a layout larger than an `ObjBox` with its alignment; the box is written
    // whole before any pointer to it is handed out, and the tail is past it.
    unsafe {
        let b = std::alloc::alloc(layout) as *mut ObjBox;
        if b.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        b.write(ObjBox {
            strong: Cell::new(1),
            weak: Cell::new(1 | (words as u32) << TAIL_SHIFT),
            obj,
        });
        let tail = (b as *mut u8).add(std::mem::size_of::<ObjBox>());
        (std::ptr::addr_of!((*b).obj), tail)
    }
}

/// The layout of a box with a tail of `words` words (0: a plain `ObjBox`).
fn box_layout(words: usize) -> std::alloc::Layout {
    let size = std::mem::size_of::<ObjBox>() + words * std::mem::size_of::<usize>();
    // (At most 64 + 63 * 8 bytes.)
    std::alloc::Layout::from_size_align(size, std::mem::align_of::<ObjBox>())
        .expect("object layout")
}

/// Adds a strong reference.
///
/// # Safety
/// `p` came from `alloc` and its caller holds a strong count.
#[inline(always)]
pub unsafe fn inc_strong(p: *const Obj) {
    let b = &*header(p);
    let n = b.strong.get().wrapping_add(1);
    b.strong.set(n);
    if n == 0 {
        make_immortal(b);
    }
}

/// Releases a strong reference: the last one drops the object, and frees its allocation
/// unless a `WeakObj` still refers to it.
///
/// # Safety
/// `p` came from `alloc` and its caller owns the strong count released here.
#[inline(always)]
pub unsafe fn dec_strong(p: *const Obj) {
    let b = header(p);
    let n = (*b).strong.get() - 1;
    (*b).strong.set(n);
    if n == 0 {
        drop_object(b as *mut ObjBox);
    }
}

/// The object's drop and the release of the weak count the strong ones shared.
#[inline(never)]
unsafe fn drop_object(b: *mut ObjBox) {
    if (*b).weak.get() & IMMORTAL != 0 {
        (*b).strong.set(RESET);
        return;
    }
    // (A weak reference upgraded while the object's fields are dropped finds the strong
    // count zero and gets nothing.)
    std::ptr::drop_in_place(std::ptr::addr_of_mut!((*b).obj));
    dec_weak(b);
}

#[inline]
unsafe fn dec_weak(b: *mut ObjBox) {
    // (An immortal object's weak count keeps its flag, so it never comes to zero.)
    let w = (*b).weak.get();
    if w & WEAK_TOP == WEAK_TOP {
        return;
    }
    (*b).weak.set(w - 1);
    if w & !TAIL_BITS == 1 {
        // The object was dropped already (its strong count reached zero first), so only
        // the memory is left to free, with the tail it was allocated with.
        let words = ((w & TAIL_BITS) >> TAIL_SHIFT) as usize;
        std::alloc::dealloc(b as *mut u8, box_layout(words));
    }
}

/// The strong count.
///
/// # Safety
/// `p` came from `alloc` and its caller holds a strong count.
#[inline]
pub unsafe fn strong_count(p: *const Obj) -> usize {
    count_of(&*header(p))
}

/// The strong count, as large as can be for an immortal object (the cycle collector
/// then counts it referenced from outside, whatever its count reads).
#[inline]
fn count_of(b: &ObjBox) -> usize {
    if b.weak.get() & IMMORTAL != 0 {
        usize::MAX >> 1
    } else {
        b.strong.get() as usize
    }
}

/// A weak reference to the object.
///
/// # Safety
/// `p` came from `alloc` and its caller holds a strong count.
#[inline]
pub unsafe fn downgrade(p: *const Obj) -> WeakObj {
    let b = header(p) as *mut ObjBox;
    inc_weak(&(*b).weak);
    WeakObj(NonNull::new_unchecked(b))
}

/// Marks the object as member `pos` (at most `GC_MAX_POSITION`) of the cycle collector's
/// working set: its weak word holds the position (with `GC_MARK`) until `gc_unmark` puts
/// back the word returned here. None, and nothing changed, if it is marked already.
///
/// While it is marked, its weak count must not change (no `WeakObj` of it is made or
/// dropped), nor its strong count reach zero: the collector holds a strong reference to
/// each member and, between marking and unmarking, makes or drops no weak references.
/// (Its strong count, read by the collector, is untouched.)
///
/// # Safety
/// `p` came from `alloc` and its caller holds a strong count.
#[inline]
pub unsafe fn gc_mark(p: *const Obj, pos: usize) -> Option<u32> {
    debug_assert!(pos <= GC_MAX_POSITION);
    let b = &*header(p);
    let w = b.weak.get();
    if w & GC_MARK != 0 {
        return None;
    }
    b.weak.set(GC_MARK | pos as u32);
    Some(w)
}

/// The working-set position `gc_mark` gave the object, if it is marked.
///
/// # Safety
/// `p` came from `alloc` and its caller holds a strong count.
#[inline(always)]
pub unsafe fn gc_position(p: *const Obj) -> Option<usize> {
    let w = (*header(p)).weak.get();
    (w & GC_MARK != 0).then_some((w & !GC_MARK) as usize)
}

/// Ends the mark `gc_mark` made, putting back the weak word it returned.
///
/// # Safety
/// `p` came from `alloc` and its caller holds a strong count; `saved` is what `gc_mark`
/// returned for it.
#[inline]
pub unsafe fn gc_unmark(p: *const Obj, saved: u32) {
    let b = &*header(p);
    debug_assert!(b.weak.get() & GC_MARK != 0);
    b.weak.set(saved);
}

/// A weak reference: keeps the allocation, not the object, alive.
pub struct WeakObj(NonNull<ObjBox>);

impl WeakObj {
    /// A new strong reference (as the pointer `alloc` gave), if the object is alive.
    #[inline]
    pub fn upgrade(&self) -> Option<*const Obj> {
        // SAFETY: a WeakObj keeps its allocation valid (module invariant).
        unsafe {
            let b = self.0.as_ptr();
            let n = (*b).strong.get();
            if n == 0 {
                return None;
            }
            let p = std::ptr::addr_of!((*b).obj);
            inc_strong(p);
            Some(p)
        }
    }

    /// The object's strong count (0 once it has been dropped).
    #[inline]
    pub fn strong_count(&self) -> usize {
        // SAFETY: a WeakObj keeps its allocation valid.
        unsafe { count_of(&*self.0.as_ptr()) }
    }

    /// Whether two weak references are to the same object.
    #[inline]
    pub fn ptr_eq(a: &WeakObj, b: &WeakObj) -> bool {
        a.0 == b.0
    }
}

impl Clone for WeakObj {
    fn clone(&self) -> WeakObj {
        // SAFETY: a WeakObj keeps its allocation valid; the new one adds its own count.
        unsafe { inc_weak(&(*self.0.as_ptr()).weak) };
        WeakObj(self.0)
    }
}

impl Drop for WeakObj {
    fn drop(&mut self) {
        // SAFETY: this WeakObj owns one weak count, released exactly once here.
        unsafe { dec_weak(self.0.as_ptr()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::Kind;

    #[test]
    fn a_collection_mark_holds_a_position_and_puts_the_weak_count_back() {
        let p = alloc(Obj::new(Kind::Ellipsis));
        unsafe {
            let w = downgrade(p);
            assert_eq!(gc_position(p), None);
            let saved = gc_mark(p, 12345).expect("not marked yet");
            assert_eq!(gc_position(p), Some(12345));
            assert_eq!(gc_mark(p, 7), None);
            // (The strong count is untouched while marked.)
            assert_eq!(strong_count(p), 1);
            gc_unmark(p, saved);
            assert_eq!(gc_position(p), None);
            assert_eq!(w.strong_count(), 1);
            drop(w);
            dec_strong(p);
        }
    }

    #[test]
    fn strong_and_weak_counts_free_once() {
        let p = alloc(Obj::new(Kind::Ellipsis));
        unsafe {
            assert_eq!(strong_count(p), 1);
            inc_strong(p);
            assert_eq!(strong_count(p), 2);
            let w = downgrade(p);
            let w2 = w.clone();
            dec_strong(p);
            assert_eq!(w.strong_count(), 1);
            let q = w.upgrade().expect("alive");
            assert_eq!(q, p);
            dec_strong(q);
            dec_strong(p);
            // Dropped; the weak references still hold the allocation.
            assert_eq!(w.strong_count(), 0);
            assert!(w.upgrade().is_none());
            assert!(WeakObj::ptr_eq(&w, &w2));
        }
    }

    #[test]
    fn a_strong_count_that_wraps_makes_the_object_immortal() {
        let p = alloc(Obj::new(Kind::Ellipsis));
        unsafe {
            (*header(p)).strong.set(u32::MAX);
            inc_strong(p);
            assert_eq!((*header(p)).strong.get(), RESET);
            assert_eq!(strong_count(p), usize::MAX >> 1);
            // Down to zero and past: never dropped.
            (*header(p)).strong.set(1);
            dec_strong(p);
            assert_eq!((*header(p)).strong.get(), RESET);
            let w = downgrade(p);
            assert!(w.upgrade().is_some());
            // (Immortal: leaked, as intended.)
        }
    }

    #[test]
    fn an_object_with_a_tail_is_freed_after_its_last_weak_reference() {
        let (p, tail) = alloc_with_tail(Obj::new(Kind::Ellipsis), MAX_TAIL_WORDS);
        unsafe {
            // The tail is the object's to use, all of it.
            std::ptr::write_bytes(tail, 0xAB, MAX_TAIL_WORDS * 8);
            let w = downgrade(p);
            let w2 = w.clone();
            dec_strong(p);
            assert!(w.upgrade().is_none());
            drop(w);
            drop(w2);
        }
        // (The allocation is freed once, by the last weak reference, with the layout its
        // tail size gives.)
    }

    #[test]
    fn an_object_is_64_bytes() {
        assert_eq!(std::mem::size_of::<ObjBox>(), 64);
    }
}
