//! Instruction fetch for the interpreter loop without a bounds check, and likewise the
//! fetch of an instruction's cache and shape memo.
//!
//! The loop reads `instrs[pc]` once per instruction; the bounds check was two machine
//! instructions of the dozen or so a dispatch costs.
//!
//! # Safety invariant
//! Every pc the loop fetches at is below the code's instruction count, because:
//! 1. `molt_bytecode::snapshot::verify`, run on every code object (loaded from a snapshot,
//!    or made by the compiler, whose `finish` refuses one that fails it), checks that the
//!    code is not empty, that every jump target and exception handler is an instruction,
//!    and that the last instruction is a Return, Jump, Raise or Reraise, none of which goes
//!    on to the next one.
//! 2. The loop sets pc only to: 0; a jump target or handler (fact 1); one past an
//!    instruction that went on, which is therefore not the last; two past an instruction
//!    whose next one it fetched (with a bounds check) and executed with it, which is
//!    likewise not the last; or a pc saved in a frame record or a generator, which was one
//!    of these (a generator saves its `yield`'s own pc and resumes one past it).
//!
//! An attribute instruction's site number indexes the caches' shape memos likewise:
//! `verify` (fact 1) requires the sites to be numbered in order, and the caches have a
//! memo for each number (molt_builtins::object::SiteCaches).

use std::cell::RefCell;

use molt_builtins::object::{AttrCache, SiteCaches, SiteMemo};
use molt_bytecode::opcodes::{Imm, Instr, MAX_ATTR_SITE};

/// `&instrs[pc]`, for a pc as the module invariant describes.
#[inline(always)]
pub(crate) fn at(instrs: &[Instr], pc: usize) -> &Instr {
    debug_assert!(
        pc < instrs.len(),
        "pc {pc} past the code ({})",
        instrs.len()
    );
    // SAFETY: `pc < instrs.len()` by the module invariant.
    unsafe { instrs.get_unchecked(pc) }
}

/// The cache of the instruction at `pc` (`SiteCaches::at`), for a pc as the module
/// invariant describes and the caches of the code being run, which hold one cell per
/// instruction (`SiteCaches::new`, the only constructor, makes them so).
#[inline(always)]
pub(crate) fn site(caches: &SiteCaches, pc: usize) -> &RefCell<AttrCache> {
    let cells = caches.cells();
    debug_assert!(
        pc < cells.len(),
        "pc {pc} past the caches ({})",
        cells.len()
    );
    // SAFETY: `pc < instrs.len() == cells.len()` by the module invariant and the above.
    match unsafe { cells.get_unchecked(pc) }.get() {
        Some(c) => c,
        None => caches.make(pc),
    }
}

/// An attribute instruction's caches: its shape memo, which the fast paths read, and the
/// rest (`cache`), fetched only when needed.
#[derive(Clone, Copy)]
pub(crate) struct Site<'a> {
    caches: &'a SiteCaches,
    pc: usize,
    site: u16,
}

/// The caches of the attribute instruction at `pc`, whose site number is `site`, for a pc
/// and caches as `site` requires.
#[inline(always)]
pub(crate) fn site_at(caches: &SiteCaches, pc: usize, site: Imm) -> Site<'_> {
    Site {
        caches,
        pc,
        site: site.0,
    }
}

impl<'a> Site<'a> {
    /// The instruction's shape memo, for the fast paths (for a site past
    /// `MAX_ATTR_SITE`, one that never matches).
    #[inline(always)]
    pub(crate) fn memo_to_read(self) -> &'a SiteMemo {
        let (k, memos) = (self.site as usize, self.caches.memos());
        debug_assert!(k < memos.len());
        // SAFETY: the caches have `attr_memo_count` memos, one more than the site numbers
        // of the code's instructions go up to (snapshot::verify, run on every code
        // object, requires them to be numbered in order).
        unsafe { memos.get_unchecked(k) }
    }

    /// The instruction's shape memo, to read or write (None for a site past
    /// `MAX_ATTR_SITE`, whose memo stays empty).
    #[inline(always)]
    pub(crate) fn memo(self) -> Option<&'a SiteMemo> {
        (self.site < MAX_ATTR_SITE).then(|| self.memo_to_read())
    }

    /// The rest of the instruction's cache (`site`).
    #[inline(always)]
    pub(crate) fn cache(self) -> &'a RefCell<AttrCache> {
        site(self.caches, self.pc)
    }
}
