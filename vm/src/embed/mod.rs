//! The embedding API: running Python from a Rust program.
//!
//! - [`Vm`](crate::Vm) and [`VmBuilder`]: an interpreter, with its argv, module path,
//!   standard streams, resource limits and capabilities.
//! - [`Python`]: what you do with it — `eval`, `exec`, `run_file`, `import`, globals,
//!   calls, attributes, iteration, conversions — on the Vm and inside Rust functions.
//! - [`IntoPy`] / [`FromPy`]: conversions of integers, floats, bool, strings, bytes,
//!   Option, Vec, maps and tuples; [`PyObject`] holds any Python object.
//! - Rust functions callable from Python ([`Python::function`], [`Args`]), modules
//!   ([`Python::new_module`]) and classes ([`ClassBuilder`]).
//! - [`PyErr`]: every Python exception reaches Rust as an `Err`; a Rust panic inside a
//!   function Python called becomes `molt.PanicException`.
//!
//! ```
//! use molt_vm::{Python, Vm};
//! let mut vm = Vm::new();
//! let double = vm.function("double", |_rt, (x,): (i64,)| Ok(x * 2));
//! vm.set("double", double).unwrap();
//! vm.exec("result = [double(i) for i in range(4)]").unwrap();
//! assert_eq!(vm.get::<Vec<i64>>("result").unwrap(), [0, 2, 4, 6]);
//! ```
//!
//! Untrusted code runs under limits, each of which stops it with an exception derived
//! from BaseException and leaves the Vm usable:
//!
//! ```
//! use molt_vm::{Python, Vm};
//! let mut vm = Vm::builder().fuel(100_000).sandboxed().build();
//! let err = vm.exec("while True:\n    pass").unwrap_err();
//! assert_eq!(err.type_name, "FuelExhausted");
//! let err = vm.exec("open('/etc/passwd')").unwrap_err();
//! assert_eq!(err.type_name, "PermissionError");
//! assert_eq!(vm.eval::<i64>("6 * 7").unwrap(), 42);
//! ```

#![warn(missing_docs)]

mod builder;
mod class;
mod convert;
mod error;
mod function;
mod python;

pub use builder::VmBuilder;
pub use class::{with_instance, ClassBuilder, PyClass};
pub use convert::{FromPy, IntoArgs, IntoPy, PyBytes, PyObject};
pub use error::PyErr;
pub use function::{Args, FromArgs};
pub use python::{Py, PyIter, Python};

#[cfg(test)]
mod tests;
