//! Rust functions and closures callable from Python. A closure is kept in a hidden object
//! bound to a builtin function whose code is one trampoline: it converts the arguments
//! ([`FromArgs`]), calls the closure, converts the result back, and turns a returned
//! [`PyErr`] into a raised exception and a panic into `molt.PanicException` (derived from
//! BaseException, as PyO3 does), so a panic never unwinds through the interpreter.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use molt_builtins::object::{Builtin, Exc};
use molt_builtins::{Kind, Obj, PyResult, Runtime, Value};

use super::convert::{FromPy, IntoPy, PyObject};
use super::error::PyErr;
use super::python::{Py, Python};

/// The closure a native function runs: arguments and keywords as the runtime passes them.
pub(crate) type RustFn =
    Rc<dyn Fn(&mut Runtime, &[Value], &[(Value, Value)]) -> Result<Value, PyErr>>;

/// The arguments of a call from Python, as given: positional ones and keywords.
///
/// ```
/// use molt_vm::{Args, PyErr, Python, Vm};
/// let mut vm = Vm::new();
/// let greet = vm.function("greet", |py, args: Args| {
///     let name: String = args.get(py, 0)?;
///     let punct: Option<String> = args.kw(py, "punct")?;
///     Ok(format!("Hello, {name}{}", punct.unwrap_or_else(|| "!".into())))
/// });
/// vm.set("greet", greet).unwrap();
/// assert_eq!(vm.eval::<String>("greet('Ada', punct='?')").unwrap(), "Hello, Ada?");
/// ```
pub struct Args {
    name: &'static str,
    /// The positional arguments, in order.
    pub positional: Vec<PyObject>,
    /// The keyword arguments, as given.
    pub keywords: Vec<(String, PyObject)>,
}

impl Args {
    /// How many positional arguments were given.
    pub fn len(&self) -> usize {
        self.positional.len()
    }
    /// Whether there were none (positional).
    pub fn is_empty(&self) -> bool {
        self.positional.is_empty()
    }
    /// Positional argument `i`, converted (TypeError when it is missing).
    pub fn get<T: FromPy>(&self, py: &mut impl Python, i: usize) -> Result<T, PyErr> {
        match self.positional.get(i) {
            Some(v) => T::from_py(py.runtime(), &v.0),
            None => Err(PyErr::type_error(format!(
                "{}() missing required argument {} (pos {})",
                self.name,
                i + 1,
                i + 1
            ))),
        }
    }
    /// Keyword argument `name`, converted; None when it was not given.
    pub fn kw<T: FromPy>(&self, py: &mut impl Python, name: &str) -> Result<Option<T>, PyErr> {
        match self.keywords.iter().find(|(k, _)| k == name) {
            Some((_, v)) => T::from_py(py.runtime(), &v.0).map(Some),
            None => Ok(None),
        }
    }
}

/// What a native function takes: a tuple of convertible values (exactly that many
/// positional arguments, no keywords), or [`Args`] for anything else.
pub trait FromArgs: Sized {
    /// Reads the arguments of a call of function `name` (TypeError when they do not fit).
    fn from_args(
        rt: &mut Runtime,
        name: &'static str,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> Result<Self, PyErr>;
}

impl FromArgs for Args {
    fn from_args(
        rt: &mut Runtime,
        name: &'static str,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> Result<Self, PyErr> {
        let mut keywords = Vec::with_capacity(kw.len());
        for (k, v) in kw {
            keywords.push((String::from_py(rt, k)?, PyObject(v.clone())));
        }
        Ok(Args {
            name,
            positional: args.iter().cloned().map(PyObject).collect(),
            keywords,
        })
    }
}

/// The CPython-style message for a wrong argument count.
fn count_error(name: &str, want: usize, got: usize) -> PyErr {
    let s = if want == 1 { "" } else { "s" };
    let verb = if got == 1 { "was" } else { "were" };
    PyErr::type_error(format!(
        "{name}() takes {want} positional argument{s} but {got} {verb} given"
    ))
}

fn no_keywords(name: &str, kw: &[(Value, Value)]) -> Result<(), PyErr> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )))
    }
}

impl FromArgs for () {
    fn from_args(
        _: &mut Runtime,
        name: &'static str,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> Result<Self, PyErr> {
        no_keywords(name, kw)?;
        if !args.is_empty() {
            return Err(count_error(name, 0, args.len()));
        }
        Ok(())
    }
}

macro_rules! tuple_from_args {
    ($n:literal: $($t:ident $i:tt),*) => {
        impl<$($t: FromPy),*> FromArgs for ($($t,)*) {
            fn from_args(
                rt: &mut Runtime,
                name: &'static str,
                args: &[Value],
                kw: &[(Value, Value)],
            ) -> Result<Self, PyErr> {
                no_keywords(name, kw)?;
                if args.len() != $n {
                    return Err(count_error(name, $n, args.len()));
                }
                Ok(($($t::from_py(rt, &args[$i])?,)*))
            }
        }
    };
}
tuple_from_args!(1: A 0);
tuple_from_args!(2: A 0, B 1);
tuple_from_args!(3: A 0, B 1, C 2);
tuple_from_args!(4: A 0, B 1, C 2, D 3);
tuple_from_args!(5: A 0, B 1, C 2, D 3, E 4);
tuple_from_args!(6: A 0, B 1, C 2, D 3, E 4, F 5);

/// A name or doc string kept for the life of the process (a builtin function's name is a
/// `&'static str`).
pub(crate) fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

/// A typed closure as a [`RustFn`].
pub(crate) fn erase<A, R, F>(name: &'static str, f: F) -> RustFn
where
    A: FromArgs,
    R: IntoPy,
    F: Fn(&mut Py, A) -> Result<R, PyErr> + 'static,
{
    Rc::new(
        move |rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]| {
            let a = A::from_args(rt, name, args, kw)?;
            f(&mut Py::new(rt), a)?.into_py(rt)
        },
    )
}

/// A Python callable running `f`: a builtin function named `name` (with `doc` as its
/// `__doc__`).
pub(crate) fn make_function(rt: &mut Runtime, name: &str, doc: Option<&str>, f: RustFn) -> Value {
    let name = leak(name);
    let holder: Box<dyn Any> = Box::new(Holder { name, f });
    let holder = Value::from_obj(Obj::new(Kind::Native(
        rt.types.object.clone(),
        RefCell::new(holder),
    )));
    Value::from_obj(Obj::new(Kind::Builtin(Box::new(Builtin {
        name,
        func: trampoline,
        owner: None,
        bound: Some(holder),
        doc: doc.map(leak),
        check_self: false,
        fast: 0,
    }))))
}

/// What a native function's hidden object holds.
struct Holder {
    name: &'static str,
    f: RustFn,
}

/// The code of every native function: `args[0]` is its holder.
fn trampoline(rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let found = match args.first().and_then(|h| h.kind()) {
        Some(Kind::Native(_, d)) => d
            .borrow()
            .downcast_ref::<Holder>()
            .map(|h| (h.name, h.f.clone())),
        _ => None,
    };
    let Some((name, f)) = found else {
        return Err(rt.type_error("native function without its closure"));
    };
    // (The holder is no longer borrowed: the closure may call this function again.)
    guarded(rt, name, |rt| f(rt, &args[1..], kw))
}

/// Runs native code: a returned error is raised, a panic becomes PanicException.
pub(crate) fn guarded(
    rt: &mut Runtime,
    name: &str,
    f: impl FnOnce(&mut Runtime) -> Result<Value, PyErr>,
) -> PyResult {
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&mut *rt)));
    match r {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(e.to_exc(rt)),
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(no message)".to_string());
            Err(panic_exception(
                rt,
                &format!("Rust panic in {name}(): {what}"),
            ))
        }
    }
}

/// `molt.PanicException(msg)`.
fn panic_exception(rt: &mut Runtime, msg: &str) -> Exc {
    let cls = super::builder::molt_exception_class(rt, "PanicException");
    let m = rt.new_str(msg);
    match rt.call(&cls, &[m], &[]) {
        Ok(v) => Exc(v),
        Err(e) => e,
    }
}
