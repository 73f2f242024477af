//! The interpreter loop's pointer to the running frame's code object: a plain pointer,
//! so that entering and leaving a frame does not add to and take from the code object's
//! reference count (an increment and a decrement, with their overflow and zero tests, at
//! every call and every return).
//!
//! # Safety invariant
//! A `CodeRef` is made (`CodeRef::new`) only from an `Rc<CodeObject>` held by a record on
//! the loop's frame stack (`frame::FrameStack`): the loop's `code` is the code of the frame
//! on top of its frame stack, and changes with every push, pop and switch to a generator's
//! frame. A record's code is released only when its slot is reused by a later push, which
//! is above the running frame (whose slot keeps its code), or when the frame stack is
//! released as the run ends, after which the loop does not read `code`. So the code object
//! is alive whenever the loop dereferences its `CodeRef`. The loop's references to the
//! code's instructions and caches (`instrs`, `caches`) are replaced with its `CodeRef`.

use std::ops::Deref;
use std::ptr::NonNull;
use std::rc::Rc;

use molt_builtins::object::{CodeObject, SiteCaches};
use molt_bytecode::opcodes::Instr;

#[derive(Clone, Copy)]
pub(crate) struct CodeRef(NonNull<CodeObject>);

impl CodeRef {
    /// A pointer to the code object `rc` holds (see the module invariant).
    #[inline(always)]
    pub(crate) fn new(rc: &Rc<CodeObject>) -> CodeRef {
        CodeRef(NonNull::from(&**rc))
    }
    /// Whether this points to the code object `rc` holds.
    #[inline(always)]
    pub(crate) fn is(self, rc: &Rc<CodeObject>) -> bool {
        std::ptr::eq(self.0.as_ptr(), Rc::as_ptr(rc))
    }
    /// The code's instructions, for as long as the loop runs this code (the module
    /// invariant; the loop fetches them again whenever its `CodeRef` changes).
    #[inline(always)]
    pub(crate) fn instrs<'a>(self) -> &'a [Instr] {
        // SAFETY: the code object is alive while the loop runs it (the module invariant).
        let c: &'a CodeObject = unsafe { self.0.as_ref() };
        &c.code.instrs
    }
    /// The code's instruction caches (made on first use), as `instrs`.
    #[inline(always)]
    pub(crate) fn caches<'a>(self) -> &'a SiteCaches {
        // SAFETY: as `instrs`.
        let c: &'a CodeObject = unsafe { self.0.as_ref() };
        c.attr_caches()
    }
    /// A counted reference to the code object (for a traceback entry that keeps it).
    pub(crate) fn to_rc(self) -> Rc<CodeObject> {
        let p = self.0.as_ptr() as *const CodeObject;
        // SAFETY: `p` came from an `Rc<CodeObject>` that is alive (the module invariant),
        // so adding a count for the new `Rc` made from it is sound.
        unsafe {
            Rc::increment_strong_count(p);
            Rc::from_raw(p)
        }
    }
}

impl Deref for CodeRef {
    type Target = CodeObject;
    #[inline(always)]
    fn deref(&self) -> &CodeObject {
        // SAFETY: the code object is alive while the loop uses its CodeRef (the module
        // invariant).
        unsafe { self.0.as_ref() }
    }
}
