//! The code object the interpreter loop is running, held as a plain pointer.
//!
//! Every call and return switches the loop to another frame's code. Holding it as an
//! `Rc<CodeObject>` meant a count increment for the new code and a decrement (with its
//! zero test) for the old one at each switch, about a tenth of a call's bookkeeping; the
//! frame stack already owns the code of every frame on it.
//!
//! # Safety invariant
//! The loop makes a `CodeRef` only from the code of the frame on top of its
//! `FrameStack` (just pushed, or uncovered by a pop), and makes a new one whenever the
//! top frame changes. A frame's slot holds an `Rc` of its code while the frame is on the
//! stack, and a popped frame's slot keeps it until a later push reuses the slot, by which
//! time the loop has moved to the new top's code. The frame stack lives until the loop
//! releases it, after which the loop returns without reading its `CodeRef`. So the code
//! object a `CodeRef` points to is alive whenever the loop reads it.

use std::rc::Rc;

use molt_builtins::object::CodeObject;

#[derive(Clone, Copy)]
pub(crate) struct CodeRef(*const CodeObject);

impl CodeRef {
    /// The code `rc` holds, which must be the code of the top frame (see the module
    /// invariant).
    #[inline(always)]
    pub(crate) fn new(rc: &Rc<CodeObject>) -> CodeRef {
        CodeRef(Rc::as_ptr(rc))
    }
}

impl std::ops::Deref for CodeRef {
    type Target = CodeObject;
    #[inline(always)]
    fn deref(&self) -> &CodeObject {
        // SAFETY: the code object is alive by the module invariant.
        unsafe { &*self.0 }
    }
}
