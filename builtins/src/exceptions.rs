//! The builtin exception hierarchy (CPython 3.12's), exception instances and the methods of
//! BaseException: `args`, `__str__`/`__repr__`, chaining attributes, `with_traceback`,
//! `add_note`.

use crate::dict::Dict;
use crate::object::{BaseKind, ExcData, Kind, PyResult};
use crate::typeobj::{as_type, new_builtin_type};
use crate::value::Value;
use crate::Runtime;

/// (name, parent) in creation order.
const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

pub fn init(rt: &mut Runtime) {
    for (name, parent) in HIERARCHY {
        let base = if parent.is_empty() {
            rt.types.object.clone()
        } else {
            rt.exc_types[parent].clone()
        };
        let t = new_builtin_type(rt, name, &base, BaseKind::Exception);
        rt.exc_types.insert(name, t.clone());
        rt.set_builtin_value(name, t);
    }
    let os = rt.exc_types["OSError"].clone();
    rt.set_builtin_value("EnvironmentError", os.clone());
    rt.set_builtin_value("IOError", os);
    let be = rt.exc_types["BaseException"].clone();
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("__new__", exc_new),
        ("__init__", exc_init),
        ("__str__", exc_str),
        ("__repr__", exc_repr),
        ("with_traceback", exc_with_traceback),
        ("add_note", exc_add_note),
    ];
    for (n, f) in methods {
        let m = rt.new_method("BaseException", n, *f);
        set_type_attr(rt, &be, n, m);
    }
}

pub fn set_type_attr(rt: &mut Runtime, t: &Value, name: &str, v: Value) {
    let k = rt.intern(name);
    if let Some(tt) = as_type(t) {
        tt.dict.borrow_mut().set_str(k, v);
    }
}

/// The exception data of an exception instance.
pub fn data(v: &Value) -> Option<&std::cell::RefCell<ExcData>> {
    match v.kind() {
        Some(Kind::Instance(i)) => i.exc.as_deref(),
        _ => None,
    }
}

/// Sets an attribute in an instance's dict directly (no descriptors, no Python).
pub fn set_attr_raw(obj: &Value, name: &str, v: Value) {
    if let Some(Kind::Instance(i)) = obj.kind() {
        let mut d = i.dict.borrow_mut();
        if d.is_none() {
            *d = Some(Value::from_obj(crate::object::Obj::new(Kind::Dict(
                std::cell::RefCell::new(Dict::new()),
            ))));
        }
        if let Some(Kind::Dict(dd)) = d.as_ref().and_then(|d| d.kind()) {
            let key = Value::from_obj(crate::object::Obj::new(Kind::Str(
                crate::object::PyStr::new(name),
            )));
            dd.borrow_mut().set_str(key, v);
        }
    }
}

pub fn get_attr_raw(obj: &Value, name: &str) -> Option<Value> {
    if let Some(Kind::Instance(i)) = obj.kind() {
        if let Some(Kind::Dict(d)) = i.dict.borrow().as_ref().and_then(|d| d.kind()) {
            return d.borrow().get_str(name).cloned();
        }
    }
    None
}

/// A new instance of exception class `cls` with the given args (no `__init__` call).
pub fn new_instance(rt: &mut Runtime, cls: &Value, args: Vec<Value>) -> Value {
    let inst = crate::typeobj::new_instance(rt, cls).expect("exception classes are types");
    let t = rt.new_tuple(args);
    if let Some(d) = data(&inst) {
        d.borrow_mut().args = t;
    }
    inst
}

pub fn args_of(v: &Value) -> Vec<Value> {
    match data(v) {
        Some(d) => match d.borrow().args.kind() {
            Some(Kind::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    }
}

fn exc_new(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(cls) = args.first() else {
        return Err(rt.type_error("BaseException.__new__(): not enough arguments"));
    };
    let inst = crate::typeobj::new_instance(rt, cls)?;
    let t = rt.new_tuple(args[1..].to_vec());
    if let Some(d) = data(&inst) {
        d.borrow_mut().args = t;
    }
    Ok(inst)
}

fn exc_init(rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let this = &args[0];
    if !kw.is_empty() {
        let n = rt.type_name(this);
        return Err(rt.type_error(&format!("{n}() takes no keyword arguments")));
    }
    let t = rt.new_tuple(args[1..].to_vec());
    if let Some(d) = data(this) {
        d.borrow_mut().args = t;
    }
    Ok(Value::NONE)
}

fn exc_str(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let this = &args[0];
    let a = args_of(this);
    let is_key_error = rt.isinstance_type(this, &rt.exc_type("KeyError"));
    match a.len() {
        0 => Ok(rt.empty_str.clone()),
        1 if is_key_error => rt.repr(&a[0]),
        1 => rt.str(&a[0]),
        _ => {
            let t = rt.new_tuple(a);
            rt.str(&t)
        }
    }
}

fn exc_repr(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let this = &args[0];
    let name = rt.type_name(this);
    let a = args_of(this);
    let s = match a.len() {
        0 => format!("{name}()"),
        1 => format!("{name}({})", rt.repr_string(&a[0])?),
        _ => {
            let t = rt.new_tuple(a);
            format!("{name}{}", rt.repr_string(&t)?)
        }
    };
    Ok(rt.new_string(s))
}

fn exc_with_traceback(_rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(args[0].clone())
}

fn exc_add_note(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if args.len() != 2 {
        return Err(rt.type_error("add_note() takes exactly one argument"));
    }
    if !matches!(args[1].kind(), Some(Kind::Str(_))) {
        let n = rt.type_name(&args[1]);
        return Err(rt.type_error(&format!("note must be a str, not '{n}'")));
    }
    let notes = match get_attr_raw(&args[0], "__notes__") {
        Some(n) => n,
        None => {
            let l = rt.new_list(Vec::new());
            set_attr_raw(&args[0], "__notes__", l.clone());
            l
        }
    };
    if let Some(Kind::List(l)) = notes.kind() {
        l.borrow_mut().push(args[1].clone());
    }
    Ok(Value::NONE)
}

impl Runtime {
    /// Special attributes of exception instances (`args`, chaining, `value`, `code`...).
    pub fn exc_attr(&mut self, obj: &Value, name: &str) -> Option<Value> {
        let d = data(obj)?;
        let v = match name {
            "args" => d.borrow().args.clone(),
            "__cause__" => d.borrow().cause.clone(),
            "__context__" => d.borrow().context.clone(),
            "__suppress_context__" => Value::bool(d.borrow().suppress_context),
            "__traceback__" => {
                if d.borrow().traceback.is_empty() {
                    Value::NONE
                } else {
                    d.borrow().traceback_set.clone().unwrap_or(Value::NONE)
                }
            }
            "value" if self.isinstance_type(obj, &self.exc_type("StopIteration")) => {
                get_attr_raw(obj, "value")
                    .unwrap_or_else(|| args_of(obj).first().cloned().unwrap_or(Value::NONE))
            }
            "code" if self.isinstance_type(obj, &self.exc_type("SystemExit")) => {
                let a = args_of(obj);
                match a.len() {
                    0 => Value::NONE,
                    1 => a[0].clone(),
                    _ => self.new_tuple(a),
                }
            }
            _ => return None,
        };
        Some(v)
    }

    /// Sets the chaining attributes; returns false for other names.
    pub fn set_exc_attr(&mut self, obj: &Value, name: &str, v: &Value) -> PyResult<bool> {
        let Some(d) = data(obj) else { return Ok(false) };
        match name {
            "args" => {
                let items = self.to_vec(v)?;
                d.borrow_mut().args = self.new_tuple(items);
            }
            "__cause__" => {
                let mut dd = d.borrow_mut();
                dd.cause = v.clone();
                dd.suppress_context = true;
            }
            "__context__" => d.borrow_mut().context = v.clone(),
            "__suppress_context__" => d.borrow_mut().suppress_context = self.truthy(v)?,
            "__traceback__" => {}
            _ => return Ok(false),
        }
        Ok(true)
    }
}
