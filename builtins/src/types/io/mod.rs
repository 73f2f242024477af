//! The native file layer: `open()` and the three layers of objects it builds, as CPython's
//! `_io` does — `FileIO` (raw, on an OS file descriptor), `BufferedReader` /
//! `BufferedWriter` / `BufferedRandom` (a byte buffer over a FileIO) and `TextIOWrapper`
//! (decoding, encoding and newline translation over a buffered object).
//!
//! Each layer is a native object holding the next one as a Python value, so
//! `f.buffer.raw` is a real object and closing the text layer closes the layers below.
//! Reads are streaming: a layer asks the one below for a chunk when it runs out, so pipes
//! and terminals deliver lines as they arrive. lib/io.py builds the abstract classes and
//! the Python versions of the layers (which wrap any object) on top of these.
//!
//! This file holds what the layers share: the helpers for reaching a layer's Rust state,
//! CPython's I/O exceptions, and registration.

pub mod buffered;
pub mod fd;
pub mod open;
pub mod raw;
pub mod text;

use std::any::Any;
use std::cell::RefCell;

use crate::object::{Exc, Kind, NativeFn, Obj, PyResult};
use crate::value::Value;
use crate::Runtime;

pub(crate) use super::Kw;
pub use open::open;

/// The buffer size CPython uses when it cannot ask the file system (io.DEFAULT_BUFFER_SIZE).
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// A new native object of type `ty` holding `state`.
pub(crate) fn new_native(ty: &Value, state: Box<dyn Any>) -> Value {
    Value::from_obj(Obj::new(Kind::Native(ty.clone(), RefCell::new(state))))
}

/// Runs `f` on the Rust state of `v` when `v` is a native object holding a `T`.
pub(crate) fn with<T: 'static, R>(v: &Value, f: impl FnOnce(&mut T) -> R) -> Option<R> {
    match v.kind() {
        Some(Kind::Native(_, d)) => d.try_borrow_mut().ok()?.downcast_mut::<T>().map(f),
        _ => None,
    }
}

/// Whether `v` is a native object holding a `T`.
pub(crate) fn is<T: 'static>(v: &Value) -> bool {
    match v.kind() {
        Some(Kind::Native(_, d)) => d.try_borrow().is_ok_and(|b| b.is::<T>()),
        _ => false,
    }
}

/// `io.UnsupportedOperation(msg)`.
pub(crate) fn unsupported(rt: &mut Runtime, msg: &str) -> Exc {
    let cls = match unsupported_type(rt) {
        Ok(c) => c,
        Err(e) => return e,
    };
    // (Made by calling the class, so the OSError attributes errno etc. exist.)
    let m = rt.new_str(msg);
    match rt.call(&cls, &[m], &[]) {
        Ok(v) => Exc(v),
        Err(e) => e,
    }
}

/// A setter for a read-only attribute of a native I/O type, raising CPython's message.
pub(crate) fn not_writable_attr(rt: &mut Runtime, obj: &Value, name: &str) -> Exc {
    let tn = rt.type_name(obj);
    rt.attr_error(&format!(
        "attribute '{name}' of '_io.{tn}' objects is not writable"
    ))
}

/// The `io.UnsupportedOperation` class (an OSError and a ValueError), made on first use.
pub fn unsupported_type(rt: &mut Runtime) -> PyResult {
    if !rt.exc_types.contains_key("UnsupportedOperation") {
        let bases = vec![rt.exc_type("OSError"), rt.exc_type("ValueError")];
        let mut ns = crate::dict::Dict::new();
        let m = rt.new_str("io");
        ns.set_str(rt.intern("__module__"), m);
        let meta = rt.types.type_.clone();
        let cls = crate::typeobj::new_class(rt, &meta, "UnsupportedOperation", bases, ns)?;
        rt.exc_types.insert("UnsupportedOperation", cls);
    }
    Ok(rt.exc_type("UnsupportedOperation"))
}

/// The OSError (of CPython's errno subclass) for `e`, naming `path` when given.
pub(crate) fn os_error(rt: &mut Runtime, e: &std::io::Error, path: Option<&Value>) -> Exc {
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let text = e.to_string();
    let text = match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let cls = rt.exc_type("OSError");
    let msg = rt.new_string(text);
    let mut args = vec![Value::small_int(errno), msg];
    if let Some(p) = path {
        args.push(p.clone());
    }
    match rt.call(&cls, &args, &[]) {
        Ok(v) => Exc(v),
        Err(e) => e,
    }
}

/// `ValueError(msg)` for an operation on a closed file.
pub(crate) fn closed(rt: &mut Runtime, msg: &str) -> Exc {
    rt.value_error(msg)
}

/// The optional size argument of read()/readline() (`None` or absent: -1).
/// `readlines(hint)` of a binary layer: the lines `next_line` reads (an empty one ends
/// them), stopping once they add up to `hint` bytes when it is positive.
pub(crate) fn read_lines(
    rt: &mut Runtime,
    hint: i64,
    mut next_line: impl FnMut(&mut Runtime) -> PyResult<Vec<u8>>,
) -> PyResult {
    let mut out = Vec::new();
    let mut total = 0i64;
    loop {
        let l = next_line(rt)?;
        if l.is_empty() {
            break;
        }
        total += l.len() as i64;
        out.push(rt.new_bytes(l));
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(rt.new_list(out))
}

pub(crate) fn size_arg(rt: &mut Runtime, v: Option<&Value>) -> PyResult<i64> {
    match v {
        Some(v) if !v.is_none() => {
            let ty = rt.type_of(v);
            if !crate::ops::num::is_int(v) && crate::typeobj::lookup(&ty, "__index__").is_none() {
                let tn = rt.arg_type_name(v);
                return Err(
                    rt.type_error(&format!("argument should be integer or None, not '{tn}'"))
                );
            }
            rt.index_of(v)
        }
        _ => Ok(-1),
    }
}

/// Writes `n` bytes of `data` into the writable buffer `target` (a bytearray or a writable
/// memoryview) at its start, for readinto().
pub(crate) fn fill_buffer(rt: &mut Runtime, target: &Value, data: &[u8]) -> PyResult<()> {
    if data.is_empty() {
        return Ok(());
    }
    let stop = Value::small_int(data.len() as i64);
    let sl = Value::from_obj(Obj::new(Kind::Slice(Box::new([
        Value::small_int(0),
        stop,
        Value::NONE,
    ]))));
    let chunk = rt.new_bytes(data.to_vec());
    rt.setitem(target, &sl, &chunk)
}

/// The length of the writable buffer `target` for readinto(), or CPython's TypeError.
pub(crate) fn writable_len(rt: &mut Runtime, target: &Value, who: &str) -> PyResult<usize> {
    // (FileIO's message numbers the argument; the buffered layer's does not.)
    let who = if who == "readinto" {
        "readinto() argument 1"
    } else {
        who
    };
    let writable = match target.kind() {
        Some(Kind::ByteArray(_)) => true,
        _ => {
            rt.type_of(target).is(&rt.types.memoryview)
                && rt
                    .getattr(target, "readonly")
                    .ok()
                    .and_then(|v| v.as_bool())
                    == Some(false)
        }
    };
    if !writable {
        let tn = rt.type_name(target);
        return Err(rt.type_error(&format!(
            "{who} must be read-write bytes-like object, not {tn}"
        )));
    }
    let n = rt.getattr(target, "__len__")?;
    let n = rt.call(&n, &[], &[])?;
    Ok(rt.index_of(&n)?.max(0) as usize)
}

/// The bytes of a bytes-like argument, or CPython's TypeError.
pub(crate) fn bytes_arg(rt: &mut Runtime, v: Option<&Value>, who: &str) -> PyResult<Vec<u8>> {
    match v {
        Some(v) => super::bytes::buf_arg(rt, v),
        None => Err(rt.type_error(&format!("{who}() takes exactly one argument (0 given)"))),
    }
}

/// Registers read-only properties `getters` on type `t`.
pub(crate) fn getters(
    rt: &mut Runtime,
    t: &Value,
    owner: &'static str,
    list: &[(&'static str, NativeFn)],
) {
    for (n, f) in list {
        property(rt, t, owner, n, *f, None, None);
    }
}

/// Registers property `name` on type `t` from a getter and an optional setter and deleter.
pub(crate) fn property(
    rt: &mut Runtime,
    t: &Value,
    owner: &'static str,
    name: &'static str,
    get: NativeFn,
    set: Option<NativeFn>,
    del: Option<NativeFn>,
) {
    let f = |x: Option<NativeFn>| x.map_or(Value::NONE, |x| rt.new_method(owner, name, x));
    let (g, s, d) = (f(Some(get)), f(set), f(del));
    let p = Value::from_obj(Obj::new(Kind::Property(Box::new(
        crate::object::PropertyObj::new([g, s, d, Value::NONE]),
    ))));
    crate::exceptions::set_type_attr(rt, t, name, p);
}

/// Sets `__module__ = '_io'` on a native I/O type.
pub(crate) fn set_module(rt: &mut Runtime, t: &Value) {
    if let Some(tt) = crate::typeobj::as_type(t) {
        let (k, m) = (rt.intern("__module__"), rt.new_str("_io"));
        tt.dict.borrow_mut().set_str(k, m);
    }
}

/// Renames an open file object at its raw layer (`sys.stdin` is named '<stdin>').
pub fn set_name(v: &Value, name: Value) {
    let raw = text::buffer_of(v).and_then(|b| buffered::raw_of(&b));
    if let Some(raw) = raw {
        raw::set_name(&raw, name);
    }
}

/// Registers `open` and the methods of the four file types.
pub fn register(rt: &mut Runtime) {
    raw::register(rt);
    buffered::register(rt);
    text::register(rt);
    rt.add_builtin("open", open);
}
