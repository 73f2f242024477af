//! The record of one Python frame on the interpreter's frame stack: its code, namespaces,
//! position and register window. (The interpreter lives in the vm crate; the record is here
//! so that the runtime can keep finished runs' frame stacks for reuse, `Runtime::frame_pool`.)

use std::rc::Rc;

use crate::object::CodeObject;
use crate::Value;

pub struct Frame {
    pub code: Rc<CodeObject>,
    pub globals: Value,
    /// The namespace dict of a class body (or module code run with separate locals).
    pub locals: Option<Value>,
    /// Index of the instruction being executed.
    pub pc: usize,
    pub base: usize,
    /// Register of the caller that receives this frame's return value.
    pub ret_dst: usize,
    /// For an `__init__` frame pushed by `cls(...)`: the new instance, which the call
    /// returns instead of `__init__`'s None.
    pub init_self: Option<Value>,
    /// This frame's frame object once Python code asked for it (see frame_obj), else None
    /// (a plain Value rather than an Option keeps the frame small).
    pub obj: Value,
}
