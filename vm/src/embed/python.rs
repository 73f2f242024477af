//! The [`Python`] trait: everything an embedding program does with the interpreter —
//! run code, import modules, read and set globals, call callables, read attributes,
//! iterate, convert values, make Rust functions callable from Python. It is implemented
//! for [`Vm`] and for the [`Py`] a Rust function receives when Python calls it, so the
//! same calls work in both places.

use std::path::Path;

use molt_builtins::{Kind, PyResult, Runtime, Value};

use super::class::{ClassBuilder, PyClass};
use super::convert::{FromPy, IntoArgs, IntoPy, PyObject};
use super::error::{lift, PyErr};
use super::function::{erase, make_function, FromArgs};
use crate::api::{compile_source, exec_code, syntax_error};
use crate::Vm;

/// Runs `f` as one run of Python code from Rust: at the outermost level (not from inside
/// a Rust function Python called) the embedder's limits start afresh, and finalizers
/// queued by the run are run after it.
fn run<T>(rt: &mut Runtime, f: impl FnOnce(&mut Runtime) -> PyResult<T>) -> Result<T, PyErr> {
    let outermost = rt.native_depth == 0;
    if outermost {
        rt.start_sandboxed_run();
    }
    let r = f(rt);
    if outermost && rt.finalizers.is_due() {
        crate::generator::run_finalizers(rt);
    }
    lift(rt, r)
}

/// The namespace dict of `__main__`.
fn main_dict(rt: &mut Runtime) -> Result<Value, PyErr> {
    crate::import::sys_modules_get(rt, "__main__")
        .and_then(|m| crate::import::module_dict(&m))
        .ok_or_else(|| PyErr::new("RuntimeError", "no __main__ module"))
}

fn name_error(name: &str) -> PyErr {
    PyErr::new("NameError", format!("name '{name}' is not defined"))
}

/// What an embedding program does with a [`Vm`] (and a Rust function with the runtime
/// it is given). Bring it into scope with `use molt_vm::Python;`.
///
/// ```
/// use molt_vm::{Python, PyObject, Vm};
/// let mut vm = Vm::new();
/// vm.exec("def area(w, h=1):\n    return w * h").unwrap();
/// let area: PyObject = vm.get("area").unwrap();
/// assert_eq!(vm.call::<i64>(&area, (6, 7)).unwrap(), 42);
/// let h = vm.to_py(3).unwrap();
/// assert_eq!(vm.call_kw::<i64>(&area, (2,), &[("h", h)]).unwrap(), 6);
/// ```
pub trait Python {
    /// The runtime underneath.
    fn runtime(&mut self) -> &mut Runtime;

    /// Evaluates one expression in `__main__`'s namespace and converts its value.
    ///
    /// ```
    /// # use molt_vm::{Python, Vm};
    /// let mut vm = Vm::new();
    /// assert_eq!(vm.eval::<i64>("2 ** 10").unwrap(), 1024);
    /// assert_eq!(vm.eval::<Vec<String>>("'a b c'.split()").unwrap(), ["a", "b", "c"]);
    /// ```
    fn eval<T: FromPy>(&mut self, expr: &str) -> Result<T, PyErr> {
        let rt = self.runtime();
        let g = main_dict(rt)?;
        let code = molt_bytecode::compile_eval(expr, "<string>").map_err(|e| syntax_error(rt, &e));
        let code = lift(rt, code)?;
        let v = run(rt, |rt| exec_code(rt, &code, &g, None))?;
        T::from_py(rt, &v)
    }

    /// Runs statements in `__main__`'s namespace.
    fn exec(&mut self, source: &str) -> Result<(), PyErr> {
        let rt = self.runtime();
        let g = main_dict(rt)?;
        run(rt, |rt| {
            let code = compile_source(rt, source.as_bytes(), "<string>")?;
            exec_code(rt, &code, &g, None).map(|_| ())
        })
    }

    /// Runs a Python file in `__main__`'s namespace (its tracebacks name the file).
    fn run_file(&mut self, path: impl AsRef<Path>) -> Result<(), PyErr>
    where
        Self: Sized,
    {
        let path = path.as_ref();
        let src = std::fs::read(path).map_err(|e| {
            let kind = if e.kind() == std::io::ErrorKind::NotFound {
                "FileNotFoundError"
            } else {
                "OSError"
            };
            PyErr::new(kind, format!("{e}: '{}'", path.display()))
        })?;
        let file = path.to_string_lossy().to_string();
        let rt = self.runtime();
        let g = main_dict(rt)?;
        run(rt, |rt| {
            let code = compile_source(rt, &src, &file)?;
            exec_code(rt, &code, &g, None).map(|_| ())
        })
    }

    /// Imports a module (`import name`) and returns it.
    fn import(&mut self, name: &str) -> Result<PyObject, PyErr> {
        run(self.runtime(), |rt| crate::import::import_module(rt, name)).map(PyObject)
    }

    /// A global of `__main__`, converted (NameError when there is none).
    fn get<T: FromPy>(&mut self, name: &str) -> Result<T, PyErr> {
        let rt = self.runtime();
        let g = main_dict(rt)?;
        let v = match g.kind() {
            Some(Kind::Dict(d)) => d.borrow().get_str(name).cloned(),
            _ => None,
        };
        let v = v.ok_or_else(|| name_error(name))?;
        T::from_py(rt, &v)
    }

    /// Sets a global of `__main__`.
    fn set<T: IntoPy>(&mut self, name: &str, value: T) -> Result<(), PyErr> {
        let rt = self.runtime();
        let g = main_dict(rt)?;
        let v = value.into_py(rt)?;
        if let Some(Kind::Dict(d)) = g.kind() {
            d.borrow_mut().set_str(rt.intern(name), v);
        }
        Ok(())
    }

    /// Calls a Python callable with positional arguments (a tuple of convertible values).
    fn call<T: FromPy>(&mut self, f: &PyObject, args: impl IntoArgs) -> Result<T, PyErr> {
        let rt = self.runtime();
        let args = args.into_args(rt)?;
        let v = run(rt, |rt| rt.call(&f.0, &args, &[]))?;
        T::from_py(rt, &v)
    }

    /// Calls a Python callable with positional and keyword arguments.
    fn call_kw<T: FromPy>(
        &mut self,
        f: &PyObject,
        args: impl IntoArgs,
        kwargs: &[(&str, PyObject)],
    ) -> Result<T, PyErr> {
        let rt = self.runtime();
        let args = args.into_args(rt)?;
        let kw: Vec<(Value, Value)> = kwargs
            .iter()
            .map(|(k, v)| (rt.intern(k), v.0.clone()))
            .collect();
        let v = run(rt, |rt| rt.call(&f.0, &args, &kw))?;
        T::from_py(rt, &v)
    }

    /// Calls method `name` of `obj`.
    fn call_method<T: FromPy>(
        &mut self,
        obj: &PyObject,
        name: &str,
        args: impl IntoArgs,
    ) -> Result<T, PyErr> {
        let m: PyObject = self.getattr(obj, name)?;
        self.call(&m, args)
    }

    /// `obj.name`, converted.
    fn getattr<T: FromPy>(&mut self, obj: &PyObject, name: &str) -> Result<T, PyErr> {
        let rt = self.runtime();
        let v = run(rt, |rt| rt.getattr(&obj.0, name))?;
        T::from_py(rt, &v)
    }

    /// `obj.name = value`.
    fn setattr<T: IntoPy>(&mut self, obj: &PyObject, name: &str, value: T) -> Result<(), PyErr> {
        let rt = self.runtime();
        let v = value.into_py(rt)?;
        run(rt, |rt| rt.setattr(&obj.0, name, &v))
    }

    /// Iterates a Python iterable from Rust: each item, or the exception its iterator
    /// raised.
    ///
    /// ```
    /// # use molt_vm::{Python, Vm};
    /// let mut vm = Vm::new();
    /// let squares = vm.eval("(i * i for i in range(4))").unwrap();
    /// let mut total = 0;
    /// for item in vm.iter(&squares).unwrap() {
    ///     total += item.unwrap().value().as_small_int().unwrap();
    /// }
    /// assert_eq!(total, 14);
    /// ```
    fn iter(&mut self, obj: &PyObject) -> Result<PyIter<'_, Self>, PyErr>
    where
        Self: Sized,
    {
        let it = run(self.runtime(), |rt| rt.get_iter(&obj.0))?;
        Ok(PyIter { py: self, it })
    }

    /// Converts a Rust value to a Python object.
    fn to_py<T: IntoPy>(&mut self, value: T) -> Result<PyObject, PyErr> {
        value.into_py(self.runtime()).map(PyObject)
    }

    /// Converts a Python object to a Rust value.
    fn extract<T: FromPy>(&mut self, obj: &PyObject) -> Result<T, PyErr> {
        T::from_py(self.runtime(), &obj.0)
    }

    /// `repr(obj)`.
    fn repr(&mut self, obj: &PyObject) -> Result<String, PyErr> {
        run(self.runtime(), |rt| rt.repr_string(&obj.0))
    }

    /// `str(obj)`.
    fn str(&mut self, obj: &PyObject) -> Result<String, PyErr> {
        run(self.runtime(), |rt| rt.str_string(&obj.0))
    }

    /// A Python callable running the Rust closure `f`. Its arguments are a tuple of
    /// convertible values (checked: count and types) or [`Args`](crate::Args); an `Err`
    /// it returns is raised in Python, and a panic becomes `molt.PanicException`.
    ///
    /// ```
    /// # use molt_vm::{PyErr, Python, Vm};
    /// let mut vm = Vm::new();
    /// let hyp = vm.function("hypot", |_rt, (a, b): (f64, f64)| Ok((a * a + b * b).sqrt()));
    /// vm.set("hypot", hyp).unwrap();
    /// assert_eq!(vm.eval::<f64>("hypot(3, 4)").unwrap(), 5.0);
    /// let err = vm.eval::<f64>("hypot('3', 4)").unwrap_err();
    /// assert_eq!(err.to_string(), "TypeError: 'str' object cannot be converted to 'f64'");
    /// ```
    fn function<A, R, F>(&mut self, name: &str, f: F) -> PyObject
    where
        A: FromArgs,
        R: IntoPy,
        F: Fn(&mut Py, A) -> Result<R, PyErr> + 'static,
    {
        let fname = super::function::leak(name);
        PyObject(make_function(self.runtime(), name, None, erase(fname, f)))
    }

    /// A new module `name`, registered so that `import name` finds it; fill it with
    /// [`setattr`](Python::setattr).
    ///
    /// ```
    /// # use molt_vm::{Python, Vm};
    /// let mut vm = Vm::new();
    /// let m = vm.new_module("geometry").unwrap();
    /// let area = vm.function("area", |_rt, (w, h): (f64, f64)| Ok(w * h));
    /// vm.setattr(&m, "area", area).unwrap();
    /// vm.setattr(&m, "UNIT", 1.0).unwrap();
    /// vm.exec("import geometry\nA = geometry.area(2, 3) * geometry.UNIT").unwrap();
    /// assert_eq!(vm.get::<f64>("A").unwrap(), 6.0);
    /// ```
    fn new_module(&mut self, name: &str) -> Result<PyObject, PyErr> {
        let rt = self.runtime();
        let m = crate::import::new_module(rt, name);
        crate::import::register_module(rt, name, m.clone());
        Ok(PyObject(m))
    }

    /// Makes a Python class for the Rust type `T` (see [`ClassBuilder`]).
    fn class<T: 'static>(&mut self, builder: ClassBuilder<T>) -> Result<PyClass<T>, PyErr>
    where
        Self: Sized,
    {
        builder.build(self.runtime())
    }

    /// The exception `err` as a Python object (to store or pass to Python code).
    fn exception_object(&mut self, err: &PyErr) -> PyObject {
        PyObject(err.to_exc(self.runtime()).0)
    }
}

impl Python for Vm {
    fn runtime(&mut self) -> &mut Runtime {
        &mut self.rt
    }
}

/// What a Rust function called from Python is given: the interpreter that called it,
/// with every [`Python`] operation (calls back into Python, conversions, imports...).
pub struct Py<'a> {
    rt: &'a mut Runtime,
}

impl<'a> Py<'a> {
    pub(crate) fn new(rt: &'a mut Runtime) -> Py<'a> {
        Py { rt }
    }
}

impl Python for Py<'_> {
    fn runtime(&mut self) -> &mut Runtime {
        self.rt
    }
}

/// Items of a Python iterable, read from Rust (see [`Python::iter`]).
pub struct PyIter<'a, P: Python> {
    py: &'a mut P,
    it: Value,
}

impl<P: Python> Iterator for PyIter<'_, P> {
    type Item = Result<PyObject, PyErr>;
    fn next(&mut self) -> Option<Self::Item> {
        let it = self.it.clone();
        match run(self.py.runtime(), |rt| rt.next(&it)) {
            Ok(Some(v)) => Some(Ok(PyObject(v))),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }
}
