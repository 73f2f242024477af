//! Register access for the interpreter loop without bounds checks.
//!
//! Every instruction names its registers by number, and the loop reads and writes
//! `stack[base + r]` (or a register a few past `r`: `r + 1` .. `r + MAX_OFFSET`) several
//! times per instruction. Checking each index against the stack's length was about a sixth
//! of all machine instructions on call-heavy programs; these accessors skip the check.
//!
//! # Safety invariant
//! Two facts, each kept by one place, make every such index in bounds:
//! 1. Every register operand `r` of a code object the loop runs satisfies `r <= nregs`
//!    (`molt_bytecode::snapshot::verify`, run on every code object, whether loaded from a
//!    snapshot or made by the compiler, whose `finish` refuses one that fails it).
//! 2. While a frame of a code object with `nregs` registers runs at `base`, the register
//!    stack holds at least `base + nregs + PAD` values: frames are entered through
//!    `interp_support::alloc_regs`, the loop's entry frame is padded in `interp::run_inner`,
//!    and the stack never shrinks while the loop runs (`free_regs` only unbinds).
//!
//! So `base + r + k < stack.len()` for every `k <= MAX_OFFSET < PAD`.
//!
//! And a frame's registers as a whole (`frame_mut`): the stack pointer `sp` is the top
//! of the running frame's registers (`alloc_regs` sets it to `base + nregs` and grows
//! the stack past it; a return sets it back to the returning frame's base), so
//! `base <= sp <= stack.len()` for the running frame's `base`.

use molt_builtins::Value;

/// Registers past a frame's last one that always exist.
pub(crate) const PAD: usize = 4;
/// The largest `k` the loop reads at `r + k` for a register operand `r`.
pub(crate) const MAX_OFFSET: usize = 3;
const _: () = assert!(MAX_OFFSET < PAD);

/// `stack[i]`, for `i = base + r (+ k)` as the module invariant describes.
#[inline(always)]
pub(crate) fn get(stack: &[Value], i: usize) -> &Value {
    debug_assert!(
        i < stack.len(),
        "register {i} past the stack ({})",
        stack.len()
    );
    // SAFETY: `i < stack.len()` by the module invariant.
    unsafe { stack.get_unchecked(i) }
}

/// `&mut stack[i]`, as `get`.
#[inline(always)]
pub(crate) fn get_mut(stack: &mut [Value], i: usize) -> &mut Value {
    debug_assert!(
        i < stack.len(),
        "register {i} past the stack ({})",
        stack.len()
    );
    // SAFETY: `i < stack.len()` by the module invariant.
    unsafe { stack.get_unchecked_mut(i) }
}

/// `&mut stack[base..sp]`: the registers of the running frame at `base`, `sp` the stack
/// pointer, as the module invariant describes.
#[inline(always)]
pub(crate) fn frame_mut(stack: &mut [Value], base: usize, sp: usize) -> &mut [Value] {
    debug_assert!(
        base <= sp && sp <= stack.len(),
        "frame {base}..{sp} past the stack ({})",
        stack.len()
    );
    // SAFETY: `base <= sp <= stack.len()` by the module invariant.
    unsafe { stack.get_unchecked_mut(base..sp) }
}
