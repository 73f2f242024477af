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
    rt.base_exception = rt.exc_types["BaseException"].clone();
    rt.unicode_error = rt.exc_types["UnicodeError"].clone();
    rt.os_error = rt.exc_types["OSError"].clone();
    rt.syntax_error = rt.exc_types["SyntaxError"].clone();
    // ExceptionGroup derives from both BaseExceptionGroup and Exception.
    let eg = rt.exc_types["ExceptionGroup"].clone();
    let beg = rt.exc_types["BaseExceptionGroup"].clone();
    let exc = rt.exc_types["Exception"].clone();
    let be = rt.exc_types["BaseException"].clone();
    if let Some(t) = crate::typeobj::as_type(&eg) {
        *t.bases.borrow_mut() = vec![beg.clone(), exc.clone()];
        *t.mro.borrow_mut() = vec![eg.clone(), beg, exc, be, rt.types.object.clone()];
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
        ("__reduce__", exc_reduce),
        ("__setstate__", exc_setstate),
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
        Some(Kind::Instance(i)) => i.exc(),
        _ => None,
    }
}

/// Sets an attribute in an instance's dict directly (no descriptors, no Python).
pub fn set_attr_raw(obj: &Value, name: &str, v: Value) {
    if let Some(Kind::Instance(i)) = obj.kind() {
        let key = Value::from_obj(crate::object::Obj::new(Kind::Str(
            crate::object::PyStr::new(name),
        )));
        match i.attr_set(key.clone(), v.clone()) {
            Ok(old) => drop(old),
            Err(_) => {
                let mut d = Dict::new();
                d.set_str(key, v);
                let old = i.set_dict(Value::from_obj(crate::object::Obj::new(Kind::Dict(
                    std::cell::RefCell::new(d),
                ))));
                drop(old);
            }
        }
    }
}

pub fn get_attr_raw(obj: &Value, name: &str) -> Option<Value> {
    match obj.kind() {
        Some(Kind::Instance(i)) => i.attr_get_str(name),
        _ => None,
    }
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

/// The OSError subclass CPython picks for an errno.
fn oserror_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}

fn exc_new(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(cls) = args.first() else {
        return Err(rt.type_error("BaseException.__new__(): not enough arguments"));
    };
    let mut cls = cls.clone();
    let is_os = crate::typeobj::is_subtype(&cls, &rt.os_error);
    // OSError(errno, strerror[, filename[, winerror[, filename2]]]): 2 to 5 arguments
    // are parsed (and pick the subclass for errno); other counts are plain args.
    let parsed = is_os && (3..=6).contains(&args.len());
    if parsed && cls.is(&rt.os_error) {
        if let Some(sub) = crate::ops::num::to_i64(&args[1]).and_then(oserror_subclass) {
            cls = rt.exc_type(sub);
        }
    }
    let inst = crate::typeobj::new_instance(rt, &cls)?;
    if is_os {
        for n in ["errno", "strerror", "filename", "filename2"] {
            set_attr_raw(&inst, n, Value::NONE);
        }
    }
    if parsed {
        set_attr_raw(&inst, "errno", args[1].clone());
        set_attr_raw(&inst, "strerror", args[2].clone());
        let filename = args.get(3).cloned().unwrap_or(Value::NONE);
        if !filename.is_none() {
            let blocking = cls.is(&rt.exc_type("BlockingIOError"));
            if blocking && crate::ops::num::is_int(&filename) {
                set_attr_raw(&inst, "characters_written", filename);
            } else {
                set_attr_raw(&inst, "filename", filename);
                if let Some(f2) = args.get(5) {
                    set_attr_raw(&inst, "filename2", f2.clone());
                }
            }
            // The args keep only (errno, strerror) then.
            let t = rt.new_tuple(args[1..3].to_vec());
            if let Some(d) = data(&inst) {
                d.borrow_mut().args = t;
            }
            return Ok(inst);
        }
    }
    let t = rt.new_tuple(args[1..].to_vec());
    if let Some(d) = data(&inst) {
        d.borrow_mut().args = t;
    }
    set_unicode_error_attrs(rt, &inst, &args[1..]);
    Ok(inst)
}

fn exc_init(rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let this = &args[0];
    if !kw.is_empty() {
        // AttributeError(name=, obj=), NameError(name=), ImportError(name=, path=).
        let allowed: &[&str] = if rt.isinstance_type(this, &rt.exc_type("AttributeError")) {
            &["name", "obj"]
        } else if rt.isinstance_type(this, &rt.exc_type("NameError")) {
            &["name"]
        } else if rt.isinstance_type(this, &rt.exc_type("ImportError")) {
            &["name", "path", "name_from"]
        } else {
            &[]
        };
        let n = rt.type_name(this);
        if allowed.is_empty() {
            return Err(rt.type_error(&format!("{n}() takes no keyword arguments")));
        }
        for (k, v) in kw {
            let k = rt.str_string(k)?;
            let Some(key) = allowed.iter().find(|a| **a == k) else {
                return Err(
                    rt.type_error(&format!("'{k}' is an invalid keyword argument for {n}()"))
                );
            };
            set_attr_raw(this, key, v.clone());
        }
    }
    // OSError(errno, strerror, filename[, winerror[, filename2]]) with a filename: args
    // keeps the first two.
    let n = args.len() - 1;
    let a = if (3..=5).contains(&n)
        && !args[3].is_none()
        && rt.isinstance_type(this, &rt.os_error.clone())
    {
        &args[1..3]
    } else {
        &args[1..]
    };
    let unicode = rt.isinstance_type(this, &rt.unicode_error.clone());
    if unicode {
        check_unicode_error_args(rt, this, &args[1..])?;
    }
    let t = rt.new_tuple(a.to_vec());
    if let Some(d) = data(this) {
        d.borrow_mut().args = t;
    }
    if unicode {
        set_unicode_error_attrs(rt, this, &args[1..]);
    }
    if rt.isinstance_type(this, &rt.syntax_error.clone()) {
        set_syntax_error_attrs(rt, this, &args[1..])?;
    }
    Ok(Value::NONE)
}

/// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
fn set_syntax_error_attrs(rt: &mut Runtime, this: &Value, a: &[Value]) -> PyResult<()> {
    if let Some(m) = a.first() {
        set_attr_raw(this, "msg", m.clone());
    }
    if a.len() == 2 {
        let info = rt.to_vec(&a[1])?;
        if info.len() < 4 {
            return Err(rt.type_error(&format!(
                "function takes at least 4 arguments ({} given)",
                info.len()
            )));
        }
        if info.len() > 6 {
            return Err(rt.type_error(&format!(
                "function takes at most 6 arguments ({} given)",
                info.len()
            )));
        }
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (k, v) in names.iter().zip(info.iter()) {
            set_attr_raw(this, k, v.clone());
        }
    }
    Ok(())
}

/// The argument checks of UnicodeEncodeError(str, str, int, int, str),
/// UnicodeDecodeError(str, bytes-like, int, int, str) and
/// UnicodeTranslateError(str, int, int, str).
fn check_unicode_error_args(rt: &mut Runtime, this: &Value, a: &[Value]) -> PyResult<()> {
    let kinds = [
        ("UnicodeEncodeError", 5),
        ("UnicodeDecodeError", 5),
        ("UnicodeTranslateError", 4),
    ];
    let Some((kind, n)) = kinds
        .into_iter()
        .find(|(k, _)| rt.isinstance_type(this, &rt.exc_type(k)))
    else {
        return Ok(());
    };
    if a.len() != n {
        return Err(rt.type_error(&format!(
            "function takes exactly {n} arguments ({} given)",
            a.len()
        )));
    }
    let (obj, rest) = if n == 5 {
        if crate::types::as_str(&a[0]).is_none() {
            let tn = rt.type_name(&a[0]);
            return Err(rt.type_error(&format!("argument 1 must be str, not {tn}")));
        }
        (&a[1], &a[2..])
    } else {
        (&a[0], &a[1..])
    };
    if kind == "UnicodeDecodeError" {
        if crate::types::bytes_like(obj).is_none() {
            let tn = rt.type_name(obj);
            return Err(rt.type_error(&format!("a bytes-like object is required, not '{tn}'")));
        }
    } else if crate::types::as_str(obj).is_none() {
        let tn = rt.type_name(obj);
        let pos = if n == 5 { 2 } else { 1 };
        return Err(rt.type_error(&format!("argument {pos} must be str, not {tn}")));
    }
    for v in &rest[..2] {
        if crate::ops::num::to_big(v).is_none() {
            let tn = rt.type_name(v);
            return Err(rt.type_error(&format!(
                "'{tn}' object cannot be interpreted as an integer"
            )));
        }
    }
    if crate::types::as_str(&rest[2]).is_none() {
        let tn = rt.type_name(&rest[2]);
        return Err(rt.type_error(&format!("argument {n} must be str, not {tn}")));
    }
    Ok(())
}

/// UnicodeEncodeError / UnicodeDecodeError(encoding, object, start, end, reason): the
/// attributes codecs and handlers read.
fn set_unicode_error_attrs(rt: &mut Runtime, inst: &Value, a: &[Value]) {
    if a.len() != 4 && a.len() != 5 {
        return;
    }
    let tr = rt.exc_type("UnicodeTranslateError");
    if a.len() == 4 && rt.isinstance_type(inst, &tr) {
        set_attr_raw(inst, "encoding", Value::NONE);
        for (n, v) in ["object", "start", "end", "reason"].iter().zip(a) {
            set_attr_raw(inst, n, v.clone());
        }
        return;
    }
    if a.len() != 5 {
        return;
    }
    let enc = rt.exc_type("UnicodeEncodeError");
    let dec = rt.exc_type("UnicodeDecodeError");
    if !(rt.isinstance_type(inst, &enc) || rt.isinstance_type(inst, &dec)) {
        return;
    }
    for (n, v) in ["encoding", "object", "start", "end", "reason"]
        .iter()
        .zip(a)
    {
        set_attr_raw(inst, n, v.clone());
    }
}

/// A UnicodeEncodeError / UnicodeDecodeError with its attributes, as a codec raises it.
pub fn unicode_error(
    rt: &mut Runtime,
    kind: &str,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> crate::object::Exc {
    let cls = rt.exc_type(kind);
    let args = vec![
        rt.new_str(encoding),
        object,
        Value::small_int(start as i64),
        Value::small_int(end as i64),
        rt.new_str(reason),
    ];
    let inst = new_instance(rt, &cls, args.clone());
    set_unicode_error_attrs(rt, &inst, &args);
    crate::object::Exc(inst)
}

/// str() of a UnicodeEncodeError / UnicodeDecodeError that has its attributes.
fn unicode_error_str(rt: &mut Runtime, this: &Value) -> PyResult<Option<String>> {
    let (Some(enc), Some(obj), Some(start), Some(end), Some(reason)) = (
        get_attr_raw(this, "encoding"),
        get_attr_raw(this, "object"),
        get_attr_raw(this, "start").and_then(|v| v.as_small_int()),
        get_attr_raw(this, "end").and_then(|v| v.as_small_int()),
        get_attr_raw(this, "reason"),
    ) else {
        return Ok(None);
    };
    let reason = rt.str_string(&reason)?;
    if rt.isinstance_type(this, &rt.exc_type("UnicodeTranslateError")) {
        let s = rt.str_string(&obj)?;
        if end == start + 1 {
            if let Some(c) = s.chars().nth(start as usize) {
                let esc = crate::types::codecs::escape_char(c);
                return Ok(Some(format!(
                    "can't translate character '{esc}' in position {start}: {reason}"
                )));
            }
        }
        return Ok(Some(format!(
            "can't translate characters in position {start}-{}: {reason}",
            end - 1
        )));
    }
    let enc = rt.str_string(&enc)?;
    let decode = rt.isinstance_type(this, &rt.exc_type("UnicodeDecodeError"));
    if decode {
        let b = crate::types::bytes_like(&obj).unwrap_or_default();
        if end == start + 1 && (start as usize) < b.len() {
            return Ok(Some(format!(
                "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                b[start as usize]
            )));
        }
        return Ok(Some(format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )));
    }
    let s = rt.str_string(&obj)?;
    if end == start + 1 {
        if let Some(c) = s.chars().nth(start as usize) {
            let esc = crate::types::codecs::escape_char(c);
            return Ok(Some(format!(
                "'{enc}' codec can't encode character '{esc}' in position {start}: {reason}"
            )));
        }
    }
    Ok(Some(format!(
        "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
        end - 1
    )))
}

fn exc_str(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let this = &args[0];
    if let Some(s) = unicode_error_str(rt, this)? {
        return Ok(rt.new_string(s));
    }
    if rt.isinstance_type(this, &rt.exc_type("ImportError")) {
        if let Some(m) = get_attr_raw(this, "msg") {
            if matches!(m.kind(), Some(Kind::Str(_))) {
                return Ok(m);
            }
        }
    }
    if rt.isinstance_type(this, &rt.syntax_error.clone()) {
        // "msg (file, line N)", the file's base name only, as CPython shows it.
        if let Some(msg) = get_attr_raw(this, "msg").filter(|m| !m.is_none()) {
            let msg = rt.str_string(&msg)?;
            let file = get_attr_raw(this, "filename")
                .filter(|f| matches!(f.kind(), Some(Kind::Str(_))))
                .map(|f| rt.str_string(&f))
                .transpose()?
                .map(|f| f.rsplit('/').next().unwrap_or("").to_string());
            let line = get_attr_raw(this, "lineno").and_then(|l| l.as_small_int());
            let text = match (file, line) {
                (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
                (Some(f), None) => format!("{msg} ({f})"),
                (None, Some(l)) => format!("{msg} (line {l})"),
                (None, None) => msg,
            };
            return Ok(rt.new_string(text));
        }
    }
    if rt.isinstance_type(this, &rt.exc_type("OSError")) {
        let errno = get_attr_raw(this, "errno").unwrap_or(Value::NONE);
        let strerror = get_attr_raw(this, "strerror").unwrap_or(Value::NONE);
        if !errno.is_none() || !strerror.is_none() {
            let e = rt.str_string(&errno)?;
            let s = rt.str_string(&strerror)?;
            let f = get_attr_raw(this, "filename").unwrap_or(Value::NONE);
            let f2 = get_attr_raw(this, "filename2").unwrap_or(Value::NONE);
            let text = if f.is_none() {
                format!("[Errno {e}] {s}")
            } else if f2.is_none() {
                format!("[Errno {e}] {s}: {}", rt.repr_string(&f)?)
            } else {
                format!(
                    "[Errno {e}] {s}: {} -> {}",
                    rt.repr_string(&f)?,
                    rt.repr_string(&f2)?
                )
            };
            return Ok(rt.new_string(text));
        }
    }
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

fn exc_with_traceback(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if args.len() != 2 {
        return Err(rt.type_error(&format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let tb = &args[1];
    if !tb.is_none() && !rt.isinstance_type(tb, &rt.types.traceback.clone()) {
        return Err(rt.type_error("__traceback__ must be a traceback or None"));
    }
    if let Some(d) = data(&args[0]) {
        let mut dd = d.borrow_mut();
        dd.traceback_set = Some(tb.clone());
        dd.traceback.clear();
        dd.traceback_cache = None;
    }
    Ok(args[0].clone())
}

/// The instance attributes of exception `e` (its `__dict__`), if any.
fn exc_dict(e: &Value) -> Option<Value> {
    match e.kind() {
        Some(Kind::Instance(i)) => i.dict_value(),
        _ => None,
    }
}

/// `BaseException.__reduce__`: `(type, args)`, plus the instance dict when it has
/// entries; an OSError with a filename rebuilds from (errno, strerror, filename[, None,
/// filename2]).
fn exc_reduce(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let this = &args[0];
    let cls = rt.type_of(this);
    let mut a = args_of(this);
    let os = rt.exc_type("OSError");
    if rt.isinstance_type(this, &os) && a.len() == 2 {
        let f = get_attr_raw(this, "filename").unwrap_or(Value::NONE);
        if !f.is_none() {
            a.push(f);
            let f2 = get_attr_raw(this, "filename2").unwrap_or(Value::NONE);
            if !f2.is_none() {
                a.push(Value::NONE);
                a.push(f2);
            }
        }
    }
    let at = rt.new_tuple(a);
    // Attributes the constructor sets itself are not part of the state.
    let state = exc_dict(this).and_then(|d| {
        let Some(Kind::Dict(dd)) = d.kind() else {
            return None;
        };
        let mut copy = dd.borrow().clone();
        for k in [
            "errno",
            "strerror",
            "filename",
            "filename2",
            "characters_written",
            "__notes__",
            "name",
            "obj",
            "path",
            "encoding",
            "object",
            "start",
            "end",
            "reason",
            "message",
            "exceptions",
        ] {
            if rt.isinstance_type(this, &os) || k == "__notes__" {
                copy.del_str(k);
            }
        }
        if copy.is_empty() {
            None
        } else {
            Some(copy)
        }
    });
    Ok(match state {
        Some(s) => {
            let d = rt.new_dict(s);
            rt.new_tuple(vec![cls, at, d])
        }
        None => rt.new_tuple(vec![cls, at]),
    })
}

/// `BaseException.__setstate__(state)`: sets the attributes of a state dict.
fn exc_setstate(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let (Some(this), Some(state)) = (args.first(), args.get(1)) else {
        return Err(rt.type_error("__setstate__() takes exactly one argument"));
    };
    if state.is_none() {
        return Ok(Value::NONE);
    }
    let Some(Kind::Dict(d)) = state.kind() else {
        return Err(rt.type_error("state is not a dictionary"));
    };
    let items = d.borrow().items();
    for (k, v) in items {
        let k = rt.str_string(&k)?;
        rt.setattr(this, &k, &v)?;
    }
    Ok(Value::NONE)
}

fn exc_add_note(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if args.len() != 2 {
        return Err(rt.type_error(&format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let is_str = matches!(args[1].kind(), Some(Kind::Str(_)))
        || matches!(
            crate::typeobj::builtin_payload(&args[1]).and_then(|p| p.kind()),
            Some(Kind::Str(_))
        );
    if !is_str {
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
    match notes.kind() {
        Some(Kind::List(l)) => l.borrow_mut().push(args[1].clone()),
        _ => return Err(rt.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::NONE)
}

impl Runtime {
    /// Adds to `d` the local variables that registers `regs` of `code` hold (cells read
    /// through, unbound ones left out); with `skip_dotted`, names such as a
    /// comprehension's `.0` are left out too. Frame objects' `f_locals` are made with it.
    pub fn add_register_locals(
        &mut self,
        code: &molt_bytecode::Code,
        regs: &[Value],
        d: &mut crate::dict::Dict,
        skip_dotted: bool,
    ) {
        for (i, v) in regs.iter().enumerate().take(code.nlocals as usize) {
            let r = molt_bytecode::opcodes::Reg(i as u16);
            let v = if code.cellvars.contains(&r) || code.freevars.contains(&r) {
                match v.kind() {
                    Some(Kind::Cell(cell)) => cell.borrow().clone(),
                    _ => Value::UNBOUND,
                }
            } else {
                v.clone()
            };
            let name = &code.varnames[i];
            let hidden = skip_dotted && name.starts_with('.');
            if !v.is_unbound() && !hidden {
                let k = self.intern(name);
                d.set_str(k, v);
            }
        }
    }

    /// Traceback objects (`tb_lineno`, `tb_next`, `tb_frame`) for recorded entries, outermost
    /// first as CPython links them.
    pub fn traceback_chain(&mut self, entries: &[crate::object::TbEntry], tail: Value) -> Value {
        // Frames link outward (f_back), tracebacks inward (tb_next).
        let mut frames = Vec::with_capacity(entries.len());
        let mut back = Value::NONE;
        for e in entries.iter().rev() {
            if !e.frame.is_none() {
                back = e.frame.clone();
                frames.push(e.frame.clone());
                continue;
            }
            let code = self.code_value(&e.code_obj);
            let locals = if e.code.flags & molt_bytecode::code::flags::MODULE != 0 {
                e.globals.clone()
            } else {
                let mut d = crate::dict::Dict::new();
                if let Some(regs) = &e.regs {
                    self.add_register_locals(&e.code, regs, &mut d, false);
                }
                self.new_dict(d)
            };
            let f = self.new_frame(code, e.globals.clone(), locals, e.line, back);
            back = f.clone();
            frames.push(f);
        }
        frames.reverse();
        // (The innermost new entry continues into the traceback the exception already had.)
        let mut next = tail;
        for (e, f) in entries.iter().zip(frames) {
            let tb = crate::typeobj::new_instance(self, &self.types.traceback.clone())
                .unwrap_or(Value::NONE);
            set_attr_raw(&tb, "tb_lineno", Value::small_int(e.line as i64));
            set_attr_raw(&tb, "tb_next", next);
            set_attr_raw(&tb, "tb_lasti", Value::small_int(2 * e.pc as i64));
            set_attr_raw(&tb, "tb_frame", f);
            next = tb;
        }
        next
    }

    /// A frame object (`f_code`, `f_globals`, `f_locals`, `f_lineno`, `f_back`): a
    /// snapshot of an interpreter frame, which keeps its state in registers.
    pub fn new_frame(
        &mut self,
        code: Value,
        globals: Value,
        locals: Value,
        line: u32,
        back: Value,
    ) -> Value {
        let f =
            crate::typeobj::new_instance(self, &self.types.frame.clone()).unwrap_or(Value::NONE);
        set_attr_raw(&f, "f_code", code);
        set_attr_raw(&f, "f_globals", globals);
        set_attr_raw(&f, "f_locals", locals);
        set_attr_raw(&f, "f_lineno", Value::small_int(line as i64));
        set_attr_raw(&f, "f_back", back);
        set_attr_raw(&f, "f_lasti", Value::small_int(-1));
        set_attr_raw(&f, "f_trace", Value::NONE);
        let b = self.builtins.clone();
        set_attr_raw(&f, "f_builtins", b);
        f
    }

    /// Special attributes of exception instances (`args`, chaining, `value`, `code`...).
    pub fn exc_attr(&mut self, obj: &Value, name: &str) -> Option<Value> {
        let d = data(obj)?;
        let v = match name {
            "args" => d.borrow().args.clone(),
            "__cause__" => d.borrow().cause.clone(),
            "__context__" => d.borrow().context.clone(),
            "__suppress_context__" => Value::bool(d.borrow().suppress_context),
            "__traceback__" => {
                let set = d.borrow().traceback_set.clone();
                let n = d.borrow().traceback.len();
                if n == 0 {
                    return Some(set.unwrap_or(Value::NONE));
                }
                if let Some((m, v)) = d.borrow().traceback_cache.clone() {
                    if m == n {
                        return Some(v);
                    }
                }
                let tb = d.borrow().traceback.clone();
                let v = self.traceback_chain(&tb, set.unwrap_or(Value::NONE));
                d.borrow_mut().traceback_cache = Some((n, v.clone()));
                v
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
            // Attributes these classes always have (None until set).
            "name" | "obj" if self.isinstance_type(obj, &self.exc_type("AttributeError")) => {
                Value::NONE
            }
            "name" if self.isinstance_type(obj, &self.exc_type("NameError")) => Value::NONE,
            "name" | "path" | "name_from"
                if self.isinstance_type(obj, &self.exc_type("ImportError")) =>
            {
                Value::NONE
            }
            // The message when the exception was made with exactly one argument.
            "msg" if self.isinstance_type(obj, &self.exc_type("ImportError")) => {
                let a = args_of(obj);
                if a.len() == 1 {
                    a[0].clone()
                } else {
                    Value::NONE
                }
            }
            "msg"
            | "filename"
            | "lineno"
            | "offset"
            | "text"
            | "end_lineno"
            | "end_offset"
            | "print_file_and_line"
                if self.isinstance_type(obj, &self.exc_type("SyntaxError")) =>
            {
                Value::NONE
            }
            _ => return None,
        };
        Some(v)
    }

    /// Sets the chaining attributes; returns false for other names.
    pub fn set_exc_attr(&mut self, obj: &Value, name: &str, v: &Value) -> PyResult<bool> {
        let Some(d) = data(obj) else { return Ok(false) };
        if matches!(name, "message" | "exceptions") {
            let g = self.exc_type("BaseExceptionGroup");
            if self.isinstance_type(obj, &g) {
                return Err(self.attr_error("readonly attribute"));
            }
        }
        match name {
            "args" => {
                let items = self.to_vec(v)?;
                d.borrow_mut().args = self.new_tuple(items);
            }
            "__cause__" | "__context__" => {
                let base = self.base_exception.clone();
                if !v.is_none() && !self.isinstance_type(v, &base) {
                    let what = &name[2..name.len() - 2];
                    return Err(self.type_error(&format!(
                        "exception {what} must be None or derive from BaseException"
                    )));
                }
                let mut dd = d.borrow_mut();
                if name == "__cause__" {
                    dd.cause = v.clone();
                    dd.suppress_context = true;
                } else {
                    dd.context = v.clone();
                }
            }
            "__suppress_context__" => d.borrow_mut().suppress_context = self.truthy(v)?,
            "__traceback__" => {
                if !v.is_none() && !self.isinstance_type(v, &self.types.traceback.clone()) {
                    return Err(self.type_error("__traceback__ must be a traceback or None"));
                }
                let mut dd = d.borrow_mut();
                dd.traceback_set = Some(v.clone());
                dd.traceback.clear();
                dd.traceback_cache = None;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
