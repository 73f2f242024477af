//! [`PyErr`]: a Python exception seen from Rust. Every call into Python returns one as a
//! `Result` (never a panic), and a Rust function called from Python returns one to raise.

use molt_builtins::object::Exc;
use molt_builtins::{Runtime, Value};

use super::python::Python;

/// A Python exception seen from Rust: its type name, message and formatted traceback,
/// and (when it came from Python) the exception object itself, so that returning it from
/// a Rust function called by Python raises the same object again.
///
/// ```
/// use molt_vm::{Python, Vm};
/// let mut vm = Vm::new();
/// let err = vm.exec("int('x')").unwrap_err();
/// assert_eq!(err.type_name, "ValueError");
/// assert_eq!(err.message, "invalid literal for int() with base 10: 'x'");
/// assert!(err.traceback.starts_with("Traceback (most recent call last):"));
/// assert_eq!(err.to_string(), "ValueError: invalid literal for int() with base 10: 'x'");
/// ```
#[derive(Debug, Clone)]
pub struct PyErr {
    /// The exception's class name (`ValueError`, `FuelExhausted`...).
    pub type_name: String,
    /// `str()` of the exception.
    pub message: String,
    /// The traceback as CPython prints it (empty for an error made in Rust).
    pub traceback: String,
    /// The exception object, when it came from Python.
    exc: Option<Value>,
}

impl std::fmt::Display for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

impl std::error::Error for PyErr {}

impl PyErr {
    /// An exception of the builtin class `type_name` to raise from Rust:
    /// `PyErr::new("ValueError", "bad input")`. (An unknown name raises a RuntimeError
    /// naming it.)
    pub fn new(type_name: &str, message: impl Into<String>) -> PyErr {
        PyErr {
            type_name: type_name.to_string(),
            message: message.into(),
            traceback: String::new(),
            exc: None,
        }
    }

    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> PyErr {
        PyErr::new("TypeError", message)
    }

    /// A `ValueError`.
    pub fn value_error(message: impl Into<String>) -> PyErr {
        PyErr::new("ValueError", message)
    }

    /// A `RuntimeError` carrying any Rust error's text.
    pub fn from_error(e: &dyn std::error::Error) -> PyErr {
        PyErr::new("RuntimeError", e.to_string())
    }

    /// Whether the exception is an instance of the builtin class `type_name` or of a
    /// subclass of it (`err.is(&mut vm, "OSError")` for a FileNotFoundError).
    pub fn is(&self, py: &mut impl Python, type_name: &str) -> bool {
        match &self.exc {
            Some(e) => py.runtime().exc_matches(&Exc(e.clone()), type_name),
            None => self.type_name == type_name,
        }
    }

    /// Wraps an exception raised in the runtime.
    pub(crate) fn from_exc(rt: &mut Runtime, e: Exc) -> PyErr {
        let type_name = rt.type_name(&e.0);
        let message = rt.str_string(&e.0).unwrap_or_default();
        let traceback = crate::traceback::format_exception(rt, &e.0);
        PyErr {
            type_name,
            message,
            traceback,
            exc: Some(e.0),
        }
    }

    /// The exception to raise in the runtime for this error.
    pub(crate) fn to_exc(&self, rt: &mut Runtime) -> Exc {
        if let Some(e) = &self.exc {
            return Exc(e.clone());
        }
        if rt.exc_types.contains_key(self.type_name.as_str()) {
            rt.new_exc(&self.type_name, &self.message)
        } else {
            let msg = format!("{}: {}", self.type_name, self.message);
            rt.new_exc("RuntimeError", &msg)
        }
    }
}

/// Converts a runtime result into a [`PyErr`] result.
pub(crate) fn lift<T>(rt: &mut Runtime, r: Result<T, Exc>) -> Result<T, PyErr> {
    r.map_err(|e| PyErr::from_exc(rt, e))
}
