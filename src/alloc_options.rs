//! Tuning of the memory allocator (mimalloc) at start-up.
//!
//! mimalloc 3 keeps freed pages committed for a second before giving them back to the
//! system. A Python program that builds one large structure after another (a big set,
//! then many tuples...) then holds the memory of all of them at its peak, since each
//! size class has pages of its own. Purging after 10 ms (the delay mimalloc 2 used) keeps
//! the peak near the largest live set for a cost within the noise of bench/ (deltablue
//! 36 -> 24 MB, generators 111 -> 81 MB).

/// mimalloc's `mi_option_purge_delay` (its position in `mi_option_t`, mimalloc 3).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Sets the allocator options; call once, first thing in `main`.
pub fn configure() {
    // SAFETY: mi_option_set only stores an integer in mimalloc's option table; it has no
    // preconditions and may be called at any time (mimalloc reads options lazily). This
    // runs before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 10) };
}
