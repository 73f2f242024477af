//! The global allocator: mimalloc, called through its plain entry points when Rust asks for
//! no more than 8-byte alignment.
//!
//! The `mimalloc` crate's allocator passes every request to `mi_malloc_aligned`, whose fast
//! path first checks the alignment and the size class and then finds the page itself: about
//! twice the instructions of `mi_malloc` for the small objects the interpreter allocates
//! all the time (most Python objects, their boxes and vectors ask for 8). Larger alignments
//! still go to the aligned entry points.
//!
//! On Linux, blocks of `BIG` bytes and more (a long list's or a large dict's table, a big
//! str or bytes) are mapped from the system directly, as glibc's malloc (and so CPython)
//! does: they grow in place through `mremap`, without a copy, and go back to the system
//! when freed. From mimalloc, each regrowth of a large buffer left the old one resident
//! until the purge delay passed, so a structure grown by doubling held about twice its
//! size at its peak.
//!
//! # Safety invariant
//! mimalloc returns blocks aligned to at least 8 bytes for every size (its size classes
//! are multiples of the word), so `mi_malloc`, `mi_zalloc` and `mi_realloc` meet any
//! `Layout` whose alignment is at most 8. Every mimalloc block, however allocated, is
//! freed by `mi_free`, which accepts both kinds. Whether a block is mapped is decided by
//! its layout alone (`is_big`), and Rust passes a block's own layout to `dealloc` and
//! `realloc`: so a mapped block is always unmapped or remapped with its length, and a
//! mimalloc block always goes back to mimalloc. Mapped blocks are page-aligned, which
//! meets every alignment `is_big` admits, and come zeroed from the system.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// Alignment every mimalloc block has.
const PLAIN_ALIGN: usize = 8;

/// The size from which a block is mapped from the system (Linux; elsewhere no size is).
#[cfg(target_os = "linux")]
const BIG: usize = 256 * 1024;
#[cfg(not(target_os = "linux"))]
const BIG: usize = usize::MAX;
/// The alignment every mapping has.
const PAGE_ALIGN: usize = 4096;

pub struct Molt;

/// Whether a block of this layout is mapped from the system rather than from mimalloc.
#[inline(always)]
fn is_big(size: usize, align: usize) -> bool {
    size >= BIG && align <= PAGE_ALIGN
}

/// Mapping, remapping and unmapping big blocks (Linux only; `is_big` is false elsewhere).
#[cfg(target_os = "linux")]
mod big {
    use std::ptr::null_mut;

    pub unsafe fn alloc(size: usize) -> *mut u8 {
        let p = libc::mmap(
            null_mut(),
            size,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        if p == libc::MAP_FAILED {
            null_mut()
        } else {
            p as *mut u8
        }
    }

    pub unsafe fn free(p: *mut u8, size: usize) {
        libc::munmap(p as *mut libc::c_void, size);
    }

    pub unsafe fn realloc(p: *mut u8, old: usize, new: usize) -> *mut u8 {
        let q = libc::mremap(p as *mut libc::c_void, old, new, libc::MREMAP_MAYMOVE);
        if q == libc::MAP_FAILED {
            null_mut()
        } else {
            q as *mut u8
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod big {
    pub unsafe fn alloc(_: usize) -> *mut u8 {
        unreachable!("big blocks are mapped on Linux only")
    }
    pub unsafe fn free(_: *mut u8, _: usize) {
        unreachable!("big blocks are mapped on Linux only")
    }
    pub unsafe fn realloc(_: *mut u8, _: usize, _: usize) -> *mut u8 {
        unreachable!("big blocks are mapped on Linux only")
    }
}

/// A mimalloc block of `size` bytes aligned to `align`.
#[inline(always)]
unsafe fn mi_alloc(size: usize, align: usize) -> *mut u8 {
    if align <= PLAIN_ALIGN {
        mi::mi_malloc(size) as *mut u8
    } else {
        mi::mi_malloc_aligned(size, align) as *mut u8
    }
}

// SAFETY: see the module invariant; each method returns null on failure as GlobalAlloc
// requires, since mimalloc does. (Each method tests only the size inline, `>= BIG`, and
// leaves the rest to an out-of-line function: the allocator is inlined into many call
// sites, and the common path stays as small as mimalloc's own.)
unsafe impl GlobalAlloc for Molt {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.size() >= BIG {
            return alloc_large(layout);
        }
        mi_alloc(layout.size(), layout.align())
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.size() >= BIG {
            // (Mappings come zeroed.)
            return alloc_large(layout);
        }
        if layout.align() <= PLAIN_ALIGN {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if layout.size() >= BIG {
            return dealloc_large(ptr, layout);
        }
        mi::mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.size() >= BIG || new_size >= BIG {
            return realloc_large(ptr, layout, new_size);
        }
        if layout.align() <= PLAIN_ALIGN {
            mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}

/// `alloc` of a block of `BIG` bytes or more: mapped, unless its alignment exceeds a page's.
#[cold]
#[inline(never)]
unsafe fn alloc_large(layout: Layout) -> *mut u8 {
    if is_big(layout.size(), layout.align()) {
        big::alloc(layout.size())
    } else {
        // (Zeroed: alloc_zeroed comes here too.)
        mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
    }
}

/// `dealloc` of a block of `BIG` bytes or more.
#[cold]
#[inline(never)]
unsafe fn dealloc_large(ptr: *mut u8, layout: Layout) {
    if is_big(layout.size(), layout.align()) {
        big::free(ptr, layout.size());
    } else {
        mi::mi_free(ptr as *mut c_void);
    }
}

/// `realloc` where the old or the new size is `BIG` bytes or more.
#[cold]
#[inline(never)]
unsafe fn realloc_large(ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
    let align = layout.align();
    match (is_big(layout.size(), align), is_big(new_size, align)) {
        (true, true) => big::realloc(ptr, layout.size(), new_size),
        (false, false) => mi::mi_realloc_aligned(ptr as *mut c_void, new_size, align) as *mut u8,
        (old_big, _) => {
            // Between the two kinds of block: a new block, the contents copied over.
            let new = if old_big {
                mi_alloc(new_size, align)
            } else {
                big::alloc(new_size)
            };
            if !new.is_null() {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                dealloc_large(ptr, layout);
            }
            new
        }
    }
}
