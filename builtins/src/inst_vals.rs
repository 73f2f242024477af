//! An instance's attribute values (`Vals`): a vector behind one pointer, to a block that
//! holds its length and capacity before the values, as `thin_vec::ThinVec` is, except that
//! the block may be part of the instance's own allocation (its tail: see
//! crate::objrc::alloc_with_tail). An instance made when its class's instances are known
//! to take some attributes gets room for them after the object itself, so that reading
//! `self.x` touches the object's allocation only, next to the line the object is on,
//! rather than a second allocation elsewhere in memory. A vector that outgrows its tail
//! moves to a heap block of its own (the tail is then left unused until the object is
//! freed).
//!
//! # Safety invariant
//! 1. `ptr` points at a `Header` followed by `cap` values of which the first `len` are
//!    initialised; the block is one of:
//!    - `EMPTY` (len 0, cap 0), never written;
//!    - a heap block allocated here with `block_layout(cap)`, owned by this `Vals`;
//!    - the tail of an object's allocation (cap's `TAIL` flag set), which this `Vals` does
//!      not own: it must not be used or dropped after that object's allocation is freed.
//! 2. A tail `Vals` is made only by `in_tail` for the instance whose allocation holds the
//!    tail, and it stays in that instance's attribute storage: crate::attrs moves the
//!    values out with `take` (never the `Vals` itself) before the storage is replaced, and
//!    drops an old storage while the instance it came from is alive. The instance is
//!    dropped before its allocation is freed (crate::objrc), so its `Vals` is too.

use std::alloc::Layout;
use std::ptr::NonNull;

use crate::attrs::Attrs;
use crate::object::{Kind, Obj};
use crate::value::Value;

/// The length and capacity in front of the values.
#[repr(C, align(8))]
struct Header {
    len: u32,
    /// (With `TAIL` when the block is an object's tail.)
    cap: u32,
}

/// The flag of `Header::cap` that says the block is an object's tail (not freed here).
const TAIL: u32 = 1 << 31;

/// The block of an empty vector with no room (shared; never written: invariant 1).
static EMPTY: Header = Header { len: 0, cap: 0 };

/// The bytes a block for `cap` values takes: the header, then the values.
pub const fn block_bytes(cap: usize) -> usize {
    std::mem::size_of::<Header>() + cap * std::mem::size_of::<Value>()
}

fn block_layout(cap: usize) -> Layout {
    // (Values and the header are 8-aligned; sizes here are at most a few hundred bytes
    // for attributes, and a vector never holds more than the address space.)
    Layout::from_size_align(block_bytes(cap), 8).expect("attribute block size")
}

/// An instance's values (see the module comment).
pub struct Vals {
    ptr: NonNull<Header>,
}

impl Vals {
    /// An empty vector with no room.
    // (No `Default`: `mem::take` would move a tail vector out of its instance, which
    // invariant 2 forbids; the storage code moves the values out with `take` instead.)
    #[allow(clippy::new_without_default)]
    pub fn new() -> Vals {
        Vals {
            ptr: NonNull::from(&EMPTY),
        }
    }

    /// An empty vector in the tail `block` of an object's allocation, with room for `cap`
    /// values.
    ///
    /// # Safety
    /// `block` is 8-aligned, `block_bytes(cap)` bytes, part of the allocation of the
    /// instance this vector is given to, and not used for anything else (invariant 2).
    pub unsafe fn in_tail(block: *mut u8, cap: usize) -> Vals {
        debug_assert!(cap > 0 && cap < TAIL as usize);
        let h = block as *mut Header;
        h.write(Header {
            len: 0,
            cap: cap as u32 | TAIL,
        });
        Vals {
            ptr: NonNull::new_unchecked(h),
        }
    }

    /// `n` copies of `v` in a heap block.
    pub fn filled(n: usize, v: Value) -> Vals {
        let mut out = Vals::new();
        out.reserve_exact(n);
        for _ in 0..n {
            out.push(v.clone());
        }
        out
    }

    #[inline(always)]
    fn header(&self) -> &Header {
        // SAFETY: invariant 1: `ptr` points at a live header.
        unsafe { self.ptr.as_ref() }
    }

    #[inline(always)]
    fn values_ptr(&self) -> *mut Value {
        // SAFETY: the values follow the header in the same block (invariant 1).
        unsafe { (self.ptr.as_ptr() as *mut u8).add(std::mem::size_of::<Header>()) as *mut Value }
    }

    /// How many values fit without moving the block.
    #[inline(always)]
    pub fn capacity(&self) -> usize {
        (self.header().cap & !TAIL) as usize
    }

    /// Whether the values are in their object's tail.
    #[cfg(test)]
    fn in_object(&self) -> bool {
        self.header().cap & TAIL != 0
    }

    #[inline(always)]
    fn set_len(&mut self, n: usize) {
        // SAFETY: callers change the length only of a block with room for it, which is
        // not `EMPTY` (its capacity is 0); `&mut self` makes the write exclusive.
        unsafe { (*self.ptr.as_ptr()).len = n as u32 }
    }

    /// Appends `v`, moving to a block twice as large when full.
    #[inline]
    pub fn push(&mut self, v: Value) {
        let len = self.len();
        if len == self.capacity() {
            self.reserve_exact((len * 2).max(1) - len);
        }
        // SAFETY: `len < capacity` now; the slot is past the initialised values.
        unsafe { self.values_ptr().add(len).write(v) };
        self.set_len(len + 1);
    }

    /// Makes room for `extra` more values than the vector holds (exactly that many when
    /// it has to move).
    pub fn reserve_exact(&mut self, extra: usize) {
        let len = self.len();
        let want = len + extra;
        if want <= self.capacity() {
            return;
        }
        assert!(want < TAIL as usize, "too many attribute values");
        let layout = block_layout(want);
        // SAFETY: a layout of at least the header's size; the new block gets a header and
        // the values moved bitwise from the old one (which then holds none); the old block
        // is freed only when it is a heap block of this vector (invariant 1).
        unsafe {
            let p = std::alloc::alloc(layout);
            if p.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            let h = p as *mut Header;
            h.write(Header {
                len: len as u32,
                cap: want as u32,
            });
            let vals = p.add(std::mem::size_of::<Header>()) as *mut Value;
            std::ptr::copy_nonoverlapping(self.values_ptr(), vals, len);
            self.release_block();
            self.ptr = NonNull::new_unchecked(h);
        }
    }

    /// Frees the block if it is a heap block (its values already moved or dropped).
    ///
    /// # Safety
    /// The block's values are no longer used; `ptr` is replaced or dropped after.
    unsafe fn release_block(&mut self) {
        let cap = self.header().cap;
        if cap != 0 && cap & TAIL == 0 {
            std::alloc::dealloc(self.ptr.as_ptr() as *mut u8, block_layout(cap as usize));
        }
    }

    /// Moves the values out into a `Vec`, leaving the vector empty (its block stays).
    pub fn take(&mut self) -> Vec<Value> {
        let len = self.len();
        if len == 0 {
            return Vec::new();
        }
        let mut out = Vec::with_capacity(len);
        // SAFETY: the first `len` values are initialised; they are moved bitwise into
        // `out` and the length set to 0, so they are owned once.
        unsafe {
            std::ptr::copy_nonoverlapping(self.values_ptr(), out.as_mut_ptr(), len);
            out.set_len(len);
        }
        self.set_len(0);
        out
    }
}

impl std::ops::Deref for Vals {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        // SAFETY: the first `len` values are initialised (invariant 1); the pointer is
        // 8-aligned and non-null even for `EMPTY` (len 0).
        unsafe { std::slice::from_raw_parts(self.values_ptr(), self.header().len as usize) }
    }
}

impl std::ops::DerefMut for Vals {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as `deref`, and `&mut self` makes the values exclusive (`EMPTY` gives
        // an empty slice, through which nothing is written).
        unsafe { std::slice::from_raw_parts_mut(self.values_ptr(), self.header().len as usize) }
    }
}

impl Drop for Vals {
    fn drop(&mut self) {
        let len = self.len();
        // SAFETY: the values are initialised and owned by this vector; after dropping
        // them the block is freed if it is this vector's heap block (invariant 1).
        unsafe {
            std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(self.values_ptr(), len));
            self.release_block();
        }
    }
}

/// The room an instance is given in its allocation for `want` values (0 for none): `want`
/// rounded up so that the allocation is a multiple of 16 bytes (what an allocator's size
/// classes are), at most what a tail may hold.
pub fn tail_room(want: usize) -> usize {
    if want == 0 {
        return 0;
    }
    let room = want | 1;
    if block_bytes(room) / 8 > crate::objrc::MAX_TAIL_WORDS {
        return 0;
    }
    room
}

/// A new instance value from `obj` (a `Kind::Instance` whose storage is `Inline` or `Slots`
/// with no values) with room for `room` values (from `tail_room`, above 0) in its own
/// allocation, given to its storage.
pub fn alloc_instance(obj: Obj, room: usize) -> Value {
    let words = block_bytes(room) / 8;
    let (v, tail) = Value::from_obj_with_tail(obj, words);
    if let Some(Kind::Instance(i)) = v.kind() {
        if let Attrs::Inline { vals, .. } | Attrs::Slots { vals, .. } = &mut *i.attrs.borrow_mut() {
            if vals.capacity() == 0 {
                // SAFETY: the tail was allocated with this instance for its values
                // (`block_bytes(room)` bytes, 8-aligned after the 64-byte box), and is
                // given to nothing else (invariant 2).
                *vals = unsafe { Vals::in_tail(tail, room) };
            }
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vector_grows_from_empty_and_gives_its_values_back() {
        let mut v = Vals::new();
        assert_eq!(v.len(), 0);
        assert_eq!(v.capacity(), 0);
        for k in 0..10 {
            v.push(Value::small_int(k));
        }
        assert_eq!(v.len(), 10);
        assert_eq!(v[7].as_small_int(), Some(7));
        let heap = Value::from_obj(crate::object::Obj::new(crate::object::Kind::Complex(
            1.0, 2.0,
        )));
        v[3] = heap.clone();
        assert_eq!(heap.refcount(), 2);
        drop(v.take());
        assert_eq!(heap.refcount(), 1);
        v.push(Value::NONE);
        assert!(v[0].is_none());
        assert_eq!(v.take().len(), 1);
        assert_eq!(v.len(), 0);
        assert!(v.take().is_empty());
        let f = Vals::filled(3, Value::UNBOUND);
        assert_eq!(f.len(), 3);
    }

    #[test]
    fn a_tail_vector_moves_to_the_heap_when_it_outgrows_its_tail() {
        let mut block = vec![0u64; block_bytes(2) / 8];
        // SAFETY: an 8-aligned block of the right size, outliving the vector.
        let mut v = unsafe { Vals::in_tail(block.as_mut_ptr() as *mut u8, 2) };
        assert!(v.in_object());
        v.push(Value::small_int(1));
        v.push(Value::small_int(2));
        assert!(v.in_object());
        v.push(Value::small_int(3));
        assert!(!v.in_object());
        assert_eq!(v.iter().map(|x| x.as_small_int().unwrap()).sum::<i64>(), 6);
        drop(v);
        drop(block);
    }
}
