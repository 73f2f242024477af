//! molt_vm: the runtime — interpreter loop, frames, calls, exceptions and unwinding,
//! generators, classes, imports — and the public embedding API [`Vm`] (see the
//! [`embed`] module and docs/embedding.md).
#![warn(missing_docs)]

#[doc(hidden)]
pub mod api;
mod async_gen;
mod attr_cache;
mod call;
mod class;
mod code_fetch;
mod code_ref;
mod coroutine;
pub mod embed;
mod frame;
mod frame_builtins;
mod frame_obj;
#[doc(hidden)]
pub mod gc_support;
#[doc(hidden)]
pub mod generator;
mod generator_inline;
#[doc(hidden)]
pub mod import;
#[doc(hidden)]
pub mod interp;
mod interp_support;
mod leaf_call;
#[doc(hidden)]
pub mod load;
mod matching;
mod memo_read;
mod native;
mod regs;
pub mod repl;
mod stdlib;
mod suggest;
#[doc(hidden)]
pub mod traceback;
#[doc(hidden)]
pub mod weakref;

pub use api::Vm;
pub use embed::{
    with_instance, Args, ClassBuilder, FromArgs, FromPy, IntoArgs, IntoPy, Py, PyBytes, PyClass,
    PyErr, PyIter, PyObject, Python, VmBuilder,
};
pub use molt_builtins::{Runtime, Value};
pub use repl::{InputState, Outcome};

/// Ends the process by a signal with its default action (used by the `molt` command after
/// an uncaught KeyboardInterrupt, as CPython does).
#[cfg(unix)]
pub fn die_by_signal(sig: i32) -> ! {
    molt_builtins::modules::os_native::die_by_signal(sig)
}
