//! Rust structs exposed as Python classes. [`ClassBuilder`] names the constructor,
//! methods and properties as Rust closures; `build` makes an ordinary Python class (so
//! `isinstance`, `help`, subclassing and `dir` work) whose instances keep the Rust value
//! in a hidden slot, `__molt_data__`. Methods borrow the value mutably for the length of
//! the call: a method that re-enters the same object gets a RuntimeError, never two
//! mutable borrows.

use std::any::Any;
use std::cell::RefCell;
use std::marker::PhantomData;
use std::rc::Rc;

use molt_builtins::dict::Dict;
use molt_builtins::{Kind, Obj, Runtime, Value};

use super::convert::{FromPy, IntoPy, PyObject};
use super::error::{lift, PyErr};
use super::function::{erase, leak, make_function, FromArgs, RustFn};
use super::python::{Py, Python};

/// The Python side of the class machinery, run once per runtime.
const HELPER: &str = r#"
def _method(f, qualname, name, doc):
    def method(self, *args, **kwargs):
        return f(self, *args, **kwargs)
    method.__name__ = name
    method.__qualname__ = qualname
    method.__doc__ = doc
    return method

def make_class(name, module, doc, init, methods, getters, setters):
    ns = {'__slots__': ('__molt_data__',), '__module__': module, '__doc__': doc}
    if init is not None:
        ns['__init__'] = _method(init, name + '.__init__', '__init__', None)
    for mname, (f, mdoc) in methods.items():
        ns[mname] = _method(f, name + '.' + mname, mname, mdoc)
    for pname in list(getters) + [p for p in setters if p not in getters]:
        ns[pname] = property(getters.get(pname), setters.get(pname))
    return type(name, (), ns)

def wrap(cls, data):
    obj = object.__new__(cls)
    obj.__molt_data__ = data
    return obj
"#;

/// The helper module (made on first use).
fn helper(rt: &mut Runtime) -> Result<Value, PyErr> {
    if let Some(m) = crate::import::sys_modules_get(rt, "_molt_classes") {
        return Ok(m);
    }
    let m = crate::import::new_module(rt, "_molt_classes");
    let d = crate::import::module_dict(&m).expect("module dict");
    let r = crate::api::compile_source(rt, HELPER.as_bytes(), "<molt classes>")
        .and_then(|c| crate::api::exec_code(rt, &c, &d, None));
    lift(rt, r)?;
    crate::import::register_module(rt, "_molt_classes", m.clone());
    Ok(m)
}

/// A Rust value in its hidden holder.
fn holder<T: 'static>(rt: &Runtime, value: T) -> Value {
    let b: Box<dyn Any> = Box::new(value);
    Value::from_obj(Obj::new(Kind::Native(
        rt.types.object.clone(),
        RefCell::new(b),
    )))
}

/// Runs `f` on the Rust value of `obj` (an instance of a class made for `T`).
///
/// ```
/// use molt_vm::{with_instance, ClassBuilder, Python, Vm};
/// struct Counter { n: i64 }
/// let mut vm = Vm::new();
/// let counter = vm.class(ClassBuilder::new("Counter")
///     .constructor(|_rt, (n,): (i64,)| Ok(Counter { n }))
///     .method("bump", |_rt, c: &mut Counter, ()| { c.n += 1; Ok(c.n) })).unwrap();
/// vm.set("Counter", counter.class()).unwrap();
/// vm.exec("c = Counter(41)\nc.bump()").unwrap();
/// let c = vm.get("c").unwrap();
/// assert_eq!(with_instance(&mut vm, &c, |c: &mut Counter| c.n).unwrap(), 42);
/// ```
pub fn with_instance<T: 'static, R>(
    py: &mut impl Python,
    obj: &PyObject,
    f: impl FnOnce(&mut T) -> R,
) -> Result<R, PyErr> {
    instance_data(py.runtime(), &obj.0, f)
}

/// Why an object's Rust value could not be had.
enum Unavailable {
    /// No `__molt_data__` slot (not made by a constructor or `PyClass::instance`).
    NoData,
    /// A holder of another Rust type.
    Foreign,
    /// Already borrowed: a method re-entered its own object.
    InUse,
}

/// Runs `f` with the runtime and the Rust value of `obj`, borrowed for the call only.
fn borrow_instance<T: 'static, R>(
    rt: &mut Runtime,
    obj: &Value,
    f: impl FnOnce(&mut Runtime, &mut T) -> R,
) -> Result<R, Unavailable> {
    let data = rt
        .getattr(obj, "__molt_data__")
        .map_err(|_| Unavailable::NoData)?;
    let Some(Kind::Native(_, cell)) = data.kind() else {
        return Err(Unavailable::Foreign);
    };
    let Ok(mut b) = cell.try_borrow_mut() else {
        return Err(Unavailable::InUse);
    };
    match b.downcast_mut::<T>() {
        Some(t) => Ok(f(rt, t)),
        None => Err(Unavailable::Foreign),
    }
}

fn instance_data<T: 'static, R>(
    rt: &mut Runtime,
    obj: &Value,
    f: impl FnOnce(&mut T) -> R,
) -> Result<R, PyErr> {
    let want = std::any::type_name::<T>();
    borrow_instance(rt, obj, |_, t| f(t)).map_err(|why| match why {
        Unavailable::NoData => {
            let tn = rt.type_name(obj);
            PyErr::type_error(format!("'{tn}' object does not hold a Rust {want}"))
        }
        Unavailable::Foreign => PyErr::type_error(format!("object does not hold a Rust {want}")),
        Unavailable::InUse => PyErr::new(
            "RuntimeError",
            format!("the Rust {want} is already in use (a method re-entered it)"),
        ),
    })
}

/// Describes a Python class for the Rust type `T`: its constructor (`__init__`), methods
/// and properties, each a Rust closure. Made with [`Python::class`](super::Python::class).
///
/// ```
/// use molt_vm::{ClassBuilder, PyErr, Python, Vm};
/// struct Account { owner: String, balance: i64 }
/// let mut vm = Vm::new();
/// let class = vm.class(ClassBuilder::new("Account")
///     .doc("A bank account kept in Rust.")
///     .constructor(|_rt, (owner,): (String,)| Ok(Account { owner, balance: 0 }))
///     .method("deposit", |_rt, a: &mut Account, (amount,): (i64,)| {
///         if amount <= 0 {
///             return Err(PyErr::value_error("amount must be positive"));
///         }
///         a.balance += amount;
///         Ok(a.balance)
///     })
///     .getter("owner", |a: &Account| a.owner.clone())
///     .getter("balance", |a: &Account| a.balance)
///     .setter("balance", |a: &mut Account, v: i64| { a.balance = v; Ok(()) })).unwrap();
/// vm.set("Account", class.class()).unwrap();
/// vm.exec("acct = Account('Ada')\nacct.deposit(30)\nacct.balance += 12").unwrap();
/// assert_eq!(vm.eval::<i64>("acct.balance").unwrap(), 42);
/// assert_eq!(vm.eval::<String>("acct.owner").unwrap(), "Ada");
/// let err = vm.exec("acct.deposit(-1)").unwrap_err();
/// assert_eq!(err.to_string(), "ValueError: amount must be positive");
/// // Rust values become instances too.
/// let other = class.instance(&mut vm, Account { owner: "Bob".into(), balance: 7 }).unwrap();
/// assert_eq!(vm.getattr::<i64>(&other, "balance").unwrap(), 7);
/// ```
pub struct ClassBuilder<T> {
    name: String,
    module: String,
    doc: Option<String>,
    init: Option<RustFn>,
    methods: Vec<(String, Option<String>, RustFn)>,
    getters: Vec<(String, RustFn)>,
    setters: Vec<(String, RustFn)>,
    _t: PhantomData<fn() -> T>,
}

impl<T: 'static> ClassBuilder<T> {
    /// A class named `name` (its `__module__` is `__main__` unless [`module`](Self::module) says).
    pub fn new(name: &str) -> Self {
        ClassBuilder {
            name: name.to_string(),
            module: "__main__".to_string(),
            doc: None,
            init: None,
            methods: Vec::new(),
            getters: Vec::new(),
            setters: Vec::new(),
            _t: PhantomData,
        }
    }

    /// The class's `__module__`.
    pub fn module(mut self, module: &str) -> Self {
        self.module = module.to_string();
        self
    }

    /// The class's docstring.
    pub fn doc(mut self, doc: &str) -> Self {
        self.doc = Some(doc.to_string());
        self
    }

    /// What `Class(args)` makes the Rust value from. Without one, the class can only
    /// wrap values made in Rust ([`PyClass::instance`]).
    pub fn constructor<A, F>(mut self, f: F) -> Self
    where
        A: FromArgs,
        F: Fn(&mut Py, A) -> Result<T, PyErr> + 'static,
    {
        let name = leak(&format!("{}.__init__", self.name));
        let f = Rc::new(f);
        let init: RustFn = Rc::new(
            move |rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]| {
                let (this, rest) = args
                    .split_first()
                    .ok_or_else(|| PyErr::type_error("no self"))?;
                let a = A::from_args(rt, name, rest, kw)?;
                let value = f(&mut Py::new(rt), a)?;
                let h = holder(rt, value);
                let r = rt.setattr(this, "__molt_data__", &h);
                lift(rt, r)?;
                Ok(Value::NONE)
            },
        );
        self.init = Some(init);
        self
    }

    /// A method: `f(rt, &mut value, args)`; its result is returned to Python.
    pub fn method<A, R, F>(mut self, name: &str, f: F) -> Self
    where
        A: FromArgs,
        R: IntoPy,
        F: Fn(&mut Py, &mut T, A) -> Result<R, PyErr> + 'static,
    {
        self.methods
            .push((name.to_string(), None, method_fn(&self.name, name, f)));
        self
    }

    /// A method with a docstring.
    pub fn method_with_doc<A, R, F>(mut self, name: &str, doc: &str, f: F) -> Self
    where
        A: FromArgs,
        R: IntoPy,
        F: Fn(&mut Py, &mut T, A) -> Result<R, PyErr> + 'static,
    {
        let m = method_fn(&self.name, name, f);
        self.methods
            .push((name.to_string(), Some(doc.to_string()), m));
        self
    }

    /// A read-only property (make it writable with [`setter`](Self::setter)).
    pub fn getter<R, F>(mut self, name: &str, f: F) -> Self
    where
        R: IntoPy,
        F: Fn(&T) -> R + 'static,
    {
        let fname = leak(&format!("{}.{name}", self.name));
        let g = erase(fname, move |py: &mut Py, (this,): (PyObject,)| {
            let rt = py.runtime();
            let r = instance_data(rt, &this.0, |t: &mut T| f(t))?;
            r.into_py(rt)
        });
        self.getters.push((name.to_string(), g));
        self
    }

    /// The setter of property `name`.
    pub fn setter<V, F>(mut self, name: &str, f: F) -> Self
    where
        V: FromPy,
        F: Fn(&mut T, V) -> Result<(), PyErr> + 'static,
    {
        let fname = leak(&format!("{}.{name}", self.name));
        let s = erase(
            fname,
            move |py: &mut Py, (this, v): (PyObject, PyObject)| {
                let rt = py.runtime();
                let v = V::from_py(rt, &v.0)?;
                instance_data(rt, &this.0, |t: &mut T| f(t, v))?
            },
        );
        self.setters.push((name.to_string(), s));
        self
    }

    /// Makes the class.
    pub(crate) fn build(self, rt: &mut Runtime) -> Result<PyClass<T>, PyErr> {
        let h = helper(rt)?;
        let make = rt.getattr(&h, "make_class");
        let make = lift(rt, make)?;
        let wrap = rt.getattr(&h, "wrap");
        let wrap = lift(rt, wrap)?;
        let name = rt.new_str(&self.name);
        let module = rt.new_str(&self.module);
        let doc = match &self.doc {
            Some(d) => rt.new_str(d),
            None => Value::NONE,
        };
        let init = match self.init {
            Some(f) => make_function(rt, "__init__", None, f),
            None => Value::NONE,
        };
        let mut methods = Dict::new();
        for (n, doc, f) in self.methods {
            let func = make_function(rt, &n, None, f);
            let d = match doc {
                Some(d) => rt.new_str(&d),
                None => Value::NONE,
            };
            let pair = rt.new_tuple(vec![func, d]);
            methods.set_str(rt.intern(&n), pair);
        }
        let mut getters = Dict::new();
        for (n, f) in self.getters {
            let func = make_function(rt, &n, None, f);
            getters.set_str(rt.intern(&n), func);
        }
        let mut setters = Dict::new();
        for (n, f) in self.setters {
            let func = make_function(rt, &n, None, f);
            setters.set_str(rt.intern(&n), func);
        }
        let (m, g, s) = (
            rt.new_dict(methods),
            rt.new_dict(getters),
            rt.new_dict(setters),
        );
        let cls = rt.call(&make, &[name, module, doc, init, m, g, s], &[]);
        let cls = lift(rt, cls)?;
        Ok(PyClass {
            class: PyObject(cls),
            wrap: PyObject(wrap),
            _t: PhantomData,
        })
    }
}

/// A method closure as a [`RustFn`]: `args[0]` is the instance.
fn method_fn<T: 'static, A, R, F>(class: &str, name: &str, f: F) -> RustFn
where
    A: FromArgs,
    R: IntoPy,
    F: Fn(&mut Py, &mut T, A) -> Result<R, PyErr> + 'static,
{
    let fname = leak(&format!("{class}.{name}"));
    Rc::new(
        move |rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]| {
            let (this, rest) = args
                .split_first()
                .ok_or_else(|| PyErr::type_error(format!("{fname}() needs its instance")))?;
            let a = A::from_args(rt, fname, rest, kw)?;
            // (The value is borrowed only for the call itself.)
            let this = this.clone();
            let r = borrow_instance(rt, &this, |rt, t: &mut T| f(&mut Py::new(rt), t, a))
                .map_err(|why| match why {
                    Unavailable::NoData => {
                        PyErr::type_error(format!("{fname}() called on an uninitialised object"))
                    }
                    Unavailable::Foreign => {
                        PyErr::type_error(format!("{fname}() called on a foreign object"))
                    }
                    Unavailable::InUse => PyErr::new(
                        "RuntimeError",
                        format!("{fname}(): the Rust value is already in use (re-entered)"),
                    ),
                })??;
            r.into_py(rt)
        },
    )
}

/// A Python class made for the Rust type `T` (see [`ClassBuilder`]).
pub struct PyClass<T> {
    class: PyObject,
    wrap: PyObject,
    _t: PhantomData<fn() -> T>,
}

impl<T: 'static> PyClass<T> {
    /// The class object (to set as a global or a module attribute).
    pub fn class(&self) -> PyObject {
        self.class.clone()
    }

    /// A new instance holding `value`.
    pub fn instance(&self, py: &mut impl Python, value: T) -> Result<PyObject, PyErr> {
        let rt = py.runtime();
        let h = holder(rt, value);
        let r = rt.call(&self.wrap.0, &[self.class.0.clone(), h], &[]);
        lift(rt, r).map(PyObject)
    }
}
