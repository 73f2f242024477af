//! The methods of the builtin types (str, list, dict, set, ...) and their constructors.
//!
//! `init` registers every method on its builtin type object's dict. This module also holds
//! the argument-checking helpers shared by builtin methods and functions, which reproduce
//! CPython's argument-error messages (`METH_O`, `METH_NOARGS`, `_PyArg_CheckPositional`,
//! Argument Clinic and `PyArg_ParseTuple` styles).

pub mod bytes;
pub mod bytes_more;
pub mod codecs;
pub mod complex;
pub mod ctors;
pub mod deque;
pub mod descr;
pub mod dict;
pub mod float;
pub mod int;
pub mod io;
pub mod list;
pub mod memoryview;
pub mod range;
pub mod set;
pub mod slots;
pub mod str;
pub mod str_format;
pub mod str_unicode;
pub mod tuple;

use crate::exceptions::set_type_attr;
use crate::object::{Kind, NativeFn, Obj, PyResult};
use crate::value::Value;
use crate::Runtime;

/// Keyword arguments as builtins receive them: (name, value) pairs.
pub type Kw<'a> = &'a [(Value, Value)];

/// Registers the methods and constructors of every builtin type.
pub fn init(rt: &mut Runtime) {
    ctors::register(rt);
    str::register(rt);
    list::register(rt);
    tuple::register(rt);
    dict::register(rt);
    set::register(rt);
    range::register(rt);
    int::register(rt);
    float::register(rt);
    complex::register(rt);
    bytes::register(rt);
    bytes_more::register(rt);
    memoryview::register(rt);
    io::register(rt);
    let it = rt.types.iterator.clone();
    reg(
        rt,
        &it,
        "iterator",
        &[("__next__", iterator_next), ("__iter__", iterator_iter)],
    );
    let its: Vec<(&'static str, Value)> = rt.types.iterators.clone();
    for (name, ty) in its {
        reg(
            rt,
            &ty,
            name,
            &[("__next__", iterator_next), ("__iter__", iterator_iter)],
        );
    }
    descr::register(rt);
    let object = rt.types.object.clone();
    reg_classmethod(
        rt,
        &object,
        "object",
        "__init_subclass__",
        object_init_subclass,
    );
}

/// `object.__init_subclass__()`: the end of the `super().__init_subclass__(**kw)` chain;
/// keyword arguments that reach it were not consumed by any class, so they are an error.
fn object_init_subclass(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let name = match args.first().and_then(crate::typeobj::as_type) {
        Some(t) => t.name.borrow().clone(),
        None => "object".to_string(),
    };
    // (The name is formatted only for the error.)
    if !kw.is_empty() {
        no_kw(rt, &format!("{name}.__init_subclass__"), kw)?;
    }
    if args.len() > 1 {
        return Err(rt.type_error(&format!(
            "{name}.__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(Value::NONE)
}

/// `iterator.__next__`: the next item, or StopIteration.
fn iterator_next(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    need_cls(rt, args, "iterator.__next__")?;
    no_args(rt, "iterator.__next__", &args[1..], kw)?;
    match rt.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(rt.exc_with_args("StopIteration", Vec::new())),
    }
}

/// `iterator.__iter__`: the iterator itself.
fn iterator_iter(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    need_cls(rt, args, "iterator.__iter__")?;
    no_args(rt, "iterator.__iter__", &args[1..], kw)?;
    Ok(args[0].clone())
}

/// Registers builtin methods on a type object.
pub(crate) fn reg(
    rt: &mut Runtime,
    ty: &Value,
    owner: &'static str,
    methods: &[(&'static str, NativeFn)],
) {
    for (name, f) in methods {
        let m = rt.new_method(owner, name, *f);
        set_type_attr(rt, ty, name, m);
    }
}

/// Registers a builtin as a classmethod (its first argument is the class).
pub(crate) fn reg_classmethod(
    rt: &mut Runtime,
    ty: &Value,
    owner: &'static str,
    name: &'static str,
    f: NativeFn,
) {
    let m = rt.new_method(owner, name, f);
    let cm = Value::from_obj(Obj::new(Kind::ClassMethod(m)));
    set_type_attr(rt, ty, name, cm);
}

/// Registers a builtin as a staticmethod.
pub(crate) fn reg_staticmethod(
    rt: &mut Runtime,
    ty: &Value,
    owner: &'static str,
    name: &'static str,
    f: NativeFn,
) {
    let m = rt.new_method(owner, name, f);
    let sm = Value::from_obj(Obj::new(Kind::StaticMethod(m)));
    set_type_attr(rt, ty, name, sm);
}

/// The first argument of a `__new__` or classmethod (the class), or a TypeError when a
/// caller passed none.
pub fn need_cls<'a>(rt: &mut Runtime, args: &'a [Value], qual: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(c) => Ok(c),
        None => Err(rt.type_error(&format!("{qual}(): not enough arguments"))),
    }
}

/// Wraps a freshly built builtin value for `cls`: the value itself when `cls` is the exact
/// builtin type. For a user subclass the object model has no payload slot yet, so the
/// plain builtin value is returned; this is the single place to change when it gets one.
pub fn for_class(rt: &mut Runtime, cls: &Value, v: Value) -> PyResult {
    if rt.type_of(&v).is(cls) || !matches!(cls.kind(), Some(Kind::Type(_))) {
        return Ok(v);
    }
    crate::typeobj::new_instance_with(rt, cls, v)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// "f() takes no keyword arguments".
pub fn no_kw(rt: &mut Runtime, qual: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(rt.type_error(&format!("{qual}() takes no keyword arguments")))
    }
}

/// `METH_O`: exactly one positional argument ("list.append() takes exactly one argument
/// (0 given)").
pub fn one_arg(rt: &mut Runtime, qual: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(rt, qual, kw)?;
    if args.len() != 1 {
        return Err(rt.type_error(&format!(
            "{qual}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(args[0].clone())
}

/// `METH_NOARGS`: "list.copy() takes no arguments (1 given)".
pub fn no_args(rt: &mut Runtime, qual: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    no_kw(rt, qual, kw)?;
    if !args.is_empty() {
        return Err(rt.type_error(&format!(
            "{qual}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// `_PyArg_CheckPositional`: "pop expected at most 1 argument, got 2".
pub fn check_pos(rt: &mut Runtime, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        };
        return Err(rt.type_error(&msg));
    }
    if n > max {
        let msg = if min == max {
            format!("{name} expected {max} argument{}, got {n}", plural(max))
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        return Err(rt.type_error(&msg));
    }
    Ok(())
}

/// `PyArg_ParseTuple` style counts: "find() takes at least 1 argument (0 given)".
pub fn check_takes(rt: &mut Runtime, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        let how = if min == max { "exactly" } else { "at least" };
        return Err(rt.type_error(&format!(
            "{name}() takes {how} {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        let how = if min == max { "exactly" } else { "at most" };
        return Err(rt.type_error(&format!(
            "{name}() takes {how} {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(())
}

/// The text of a keyword name.
pub fn kw_name(k: &Value) -> &str {
    match k.kind() {
        Some(Kind::Str(s)) => &s.s,
        _ => "?",
    }
}

/// Argument Clinic style parsing. `params` are the parameter names: the first `posonly`
/// are positional-only, the first `maxpos` may be given positionally, the rest are
/// keyword-only; the first `required` must be given. Returns one slot per parameter.
#[allow(clippy::too_many_arguments)]
pub fn parse_args(
    rt: &mut Runtime,
    fname: &str,
    args: &[Value],
    kw: Kw,
    params: &[&str],
    posonly: usize,
    maxpos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let maxargs = params.len();
    let nargs = args.len();
    if nargs + kw.len() > maxargs {
        let kwd = if nargs == 0 { "keyword " } else { "" };
        let msg = format!(
            "{fname}() takes at most {maxargs} {kwd}argument{} ({} given)",
            plural(maxargs),
            nargs + kw.len()
        );
        return Err(rt.type_error(&msg));
    }
    if nargs > maxpos {
        let msg = if maxpos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            let how = if required < maxpos {
                "at most"
            } else {
                "exactly"
            };
            format!(
                "{fname}() takes {how} {maxpos} positional argument{} ({nargs} given)",
                plural(maxpos)
            )
        };
        return Err(rt.type_error(&msg));
    }
    // Missing required positional-only arguments are reported before any keyword.
    if nargs < required.min(posonly) {
        let how = if required < maxpos {
            "at least"
        } else {
            "exactly"
        };
        return Err(rt.type_error(&format!(
            "{fname}() takes {how} {required} positional argument{} ({nargs} given)",
            plural(required)
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kw {
        let name = kw_name(k);
        match params.iter().position(|p| *p == name) {
            Some(i) if i >= posonly => {
                if out[i].is_some() {
                    return Err(rt.type_error(&format!(
                        "argument for {fname}() given by name ('{name}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            _ => {
                return Err(rt.type_error(&format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    for i in 0..required {
        if out[i].is_none() {
            let msg = if i < posonly {
                let how = if required < maxpos {
                    "at least"
                } else {
                    "exactly"
                };
                format!(
                    "{fname}() takes {how} {required} positional argument{} ({nargs} given)",
                    plural(required)
                )
            } else if i < maxpos {
                format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    params[i],
                    i + 1
                )
            } else {
                format!(
                    "{fname}() missing required keyword-only argument '{}'",
                    params[i]
                )
            };
            return Err(rt.type_error(&msg));
        }
    }
    Ok(out)
}

/// `parse_args` with every parameter positional-or-keyword.
pub fn parse_simple(
    rt: &mut Runtime,
    fname: &str,
    args: &[Value],
    kw: Kw,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    parse_args(rt, fname, args, kw, params, 0, params.len(), required)
}

/// An optional argument that is absent or None.
pub fn given(v: &Option<Value>) -> Option<&Value> {
    match v {
        Some(x) if !x.is_none() => Some(x),
        _ => None,
    }
}

/// The str payload of a value, if it is a str.
pub fn as_str(v: &Value) -> Option<&str> {
    match v.kind() {
        Some(Kind::Str(s)) => Some(&s.s),
        _ => None,
    }
}

/// The bytes of a bytes or bytearray value (copied out of a bytearray's cell).
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.kind() {
        Some(Kind::Bytes(b)) => Some(b.to_vec()),
        Some(Kind::ByteArray(b)) => Some(b.borrow().clone()),
        Some(Kind::Native(..)) => memoryview::view_bytes(v),
        _ => None,
    }
}

/// A new complex value.
pub fn new_complex(re: f64, im: f64) -> Value {
    Value::from_obj(Obj::new(Kind::Complex(re, im)))
}

/// A new bytearray value.
pub fn new_bytearray(b: Vec<u8>) -> Value {
    Value::from_obj(Obj::new(Kind::ByteArray(std::cell::RefCell::new(b))))
}

/// A new iterator object over the given state.
pub fn new_iter(state: crate::object::IterState) -> Value {
    Value::from_obj(Obj::new(Kind::Iter(crate::object::IterObj::new(state))))
}

/// Attributes of numbers that are not methods: `real`, `imag`, `numerator`, `denominator`
/// (ints and bools), `real`/`imag` (floats, complexes).
pub fn number_attr(_rt: &mut Runtime, v: &Value, name: &str) -> Option<Value> {
    if v.is_float() {
        return float::float_attr(v, name);
    }
    if let Some(Kind::Complex(..)) = v.kind() {
        return complex::complex_attr(v, name);
    }
    int::int_attr(v, name)
}
