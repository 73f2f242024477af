//! The global allocator: mimalloc, called through its plain entry points when Rust asks for
//! no more than 8-byte alignment.
//!
//! The `mimalloc` crate's allocator passes every request to `mi_malloc_aligned`, whose fast
//! path first checks the alignment and the size class and then finds the page itself: about
//! twice the instructions of `mi_malloc` for the small objects the interpreter allocates
//! all the time (most Python objects, their boxes and vectors ask for 8). Larger alignments
//! still go to the aligned entry points.
//!
//! # Safety invariant
//! mimalloc returns blocks aligned to at least 8 bytes for every size (its size classes
//! are multiples of the word), so `mi_malloc`, `mi_zalloc` and `mi_realloc` meet any
//! `Layout` whose alignment is at most 8. Every block, however allocated, is freed by
//! `mi_free`, which accepts both kinds.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// Alignment every mimalloc block has.
const PLAIN_ALIGN: usize = 8;

pub struct Molt;

// SAFETY: see the module invariant; each method returns null on failure as GlobalAlloc
// requires, since mimalloc does.
unsafe impl GlobalAlloc for Molt {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi::mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= PLAIN_ALIGN {
            mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}
