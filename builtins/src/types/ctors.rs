//! Constructors of the builtin types: `__new__` (and, for the mutable containers,
//! `__init__`) of int, float, complex, str, bool, bytes, bytearray, list, tuple, dict, set,
//! frozenset, range, slice, object, type, property, staticmethod, classmethod and super,
//! with CPython's parsing rules (int and float literals with underscores, complex strings)
//! and error messages.
//!
//! As in CPython, `list`/`dict`/`set`/`bytearray.__new__` make an empty object and
//! `__init__` fills it; the immutable types are built entirely in `__new__`.

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{Num, Zero};

use super::str_unicode::{decimal_value, is_space};
use super::{
    as_str, bytes_like, check_pos, given, new_bytearray, new_complex, no_kw, parse_args, Kw,
};
use crate::dict::Dict;
use crate::object::{Kind, NativeFn, Obj, PyResult, Range};
use crate::ops::num::{int_from_big, is_int, to_big, to_f64};
use crate::set::SetTable;
use crate::typeobj::{as_type, lookup_with_owner};
use crate::value::Value;
use crate::Runtime;

pub fn register(rt: &mut Runtime) {
    let t = &rt.types;
    let news: Vec<(Value, &'static str, NativeFn)> = vec![
        (t.object.clone(), "object", object_new),
        (t.type_.clone(), "type", type_new),
        (t.int.clone(), "int", int_new),
        (t.bool_.clone(), "bool", bool_new),
        (t.float.clone(), "float", float_new),
        (t.complex.clone(), "complex", complex_new),
        (t.str_.clone(), "str", str_new),
        (t.bytes.clone(), "bytes", bytes_new),
        (t.bytearray.clone(), "bytearray", empty_new),
        (t.list.clone(), "list", empty_new),
        (t.tuple.clone(), "tuple", tuple_new),
        (t.dict.clone(), "dict", empty_new),
        (t.set.clone(), "set", empty_new),
        (t.frozenset.clone(), "frozenset", frozenset_new),
        (t.range.clone(), "range", range_new),
        (t.slice.clone(), "slice", slice_new),
        (t.property.clone(), "property", property_new),
        (t.staticmethod.clone(), "staticmethod", staticmethod_new),
        (t.classmethod.clone(), "classmethod", classmethod_new),
        (t.super_.clone(), "super", super_new),
        (t.method.clone(), "method", method_new),
        (t.mappingproxy.clone(), "mappingproxy", mappingproxy_new),
        (t.module.clone(), "module", module_new),
        (t.none.clone(), "NoneType", singleton_new),
        (t.ellipsis.clone(), "ellipsis", singleton_new),
        (
            t.not_implemented.clone(),
            "NotImplementedType",
            singleton_new,
        ),
    ];
    for (ty, owner, f) in news {
        let m = rt.new_method(owner, "__new__", f);
        crate::exceptions::set_type_attr(rt, &ty, "__new__", m);
    }
    let t = &rt.types;
    let inits: Vec<(Value, &'static str, NativeFn)> = vec![
        (t.object.clone(), "object", object_init),
        (t.type_.clone(), "type", type_init),
        (t.list.clone(), "list", list_init),
        (t.dict.clone(), "dict", dict_init),
        (t.set.clone(), "set", set_init),
        (t.bytearray.clone(), "bytearray", bytearray_init),
    ];
    for (ty, owner, f) in inits {
        let m = rt.new_method(owner, "__init__", f);
        crate::exceptions::set_type_attr(rt, &ty, "__init__", m);
    }
    register_module_type(rt);
    // `list[int]` (and subclasses' `MyList[int]`): a types.GenericAlias.
    let t = &rt.types;
    let generic: Vec<(Value, &'static str)> = vec![
        (t.list.clone(), "list"),
        (t.dict.clone(), "dict"),
        (t.tuple.clone(), "tuple"),
        (t.set.clone(), "set"),
        (t.frozenset.clone(), "frozenset"),
    ];
    for (ty, owner) in generic {
        let m = rt.new_method(owner, "__class_getitem__", class_getitem);
        let cm = Value::from_obj(Obj::new(Kind::ClassMethod(m)));
        crate::exceptions::set_type_attr(rt, &ty, "__class_getitem__", cm);
    }
}

/// `cls.__class_getitem__(item)` of the generic builtin types: `types.GenericAlias(cls, item)`.
fn class_getitem(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "__class_getitem__", kw)?;
    if args.len() != 2 {
        return Err(rt.type_error(&format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let types = (rt.hooks.import)(rt, "types")?;
    let ga = rt.getattr(&types, "GenericAlias")?;
    rt.call(&ga, args, &[])
}

/// `type(None)()`, `type(...)()`, `type(NotImplemented)()`: the singleton itself.
fn singleton_new(rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let cls = args.first().cloned().unwrap_or(Value::NONE);
    let name = type_display(&cls);
    if args.len() > 1 || !kw.is_empty() {
        return Err(rt.type_error(&format!("{name} takes no arguments")));
    }
    Ok(if cls.is(&rt.types.ellipsis) {
        rt.ellipsis.clone()
    } else if cls.is(&rt.types.not_implemented) {
        rt.not_implemented.clone()
    } else {
        Value::NONE
    })
}

fn type_display(cls: &Value) -> String {
    as_type(cls)
        .map(|t| t.name.borrow().clone())
        .unwrap_or_default()
}

/// Whether `name` resolves on `cls` to the builtin defined by `owner` (`object`...).
fn resolves_to(cls: &Value, name: &str, owner: &Value) -> bool {
    lookup_with_owner(cls, name).is_some_and(|(_, o)| o.is(owner))
}

// ---- object and type ------------------------------------------------------------------------

fn object_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "object.__new__")?;
    let Some(cls) = args.first() else {
        return Err(rt.type_error("object.__new__(): not enough arguments"));
    };
    if as_type(cls).is_none() {
        let tn = rt.type_name(cls);
        return Err(rt.type_error(&format!("object.__new__(X): X is not a type object ({tn})")));
    }
    if args.len() > 1 || !kw.is_empty() {
        let obj = rt.types.object.clone();
        if !resolves_to(cls, "__new__", &obj) {
            return Err(rt.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if resolves_to(cls, "__init__", &obj) {
            return Err(rt.type_error(&format!("{}() takes no arguments", type_display(cls))));
        }
    }
    let t = &rt.types;
    let payload_types = [
        &t.int,
        &t.bool_,
        &t.float,
        &t.complex,
        &t.str_,
        &t.bytes,
        &t.bytearray,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
    ];
    if payload_types.iter().any(|p| p.is(cls)) {
        let n = type_display(cls);
        return Err(rt.type_error(&format!(
            "object.__new__({n}) is not safe, use {n}.__new__()"
        )));
    }
    crate::typeobj::new_instance(rt, cls)
}

fn object_init(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "object.__init__")?;
    let Some(this) = args.first() else {
        return Err(rt.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    if args.len() > 1 || !kw.is_empty() {
        let cls = rt.type_of(this);
        let obj = rt.types.object.clone();
        if !resolves_to(&cls, "__init__", &obj) {
            return Err(rt.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if resolves_to(&cls, "__new__", &obj) {
            return Err(rt.type_error(&format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                type_display(&cls)
            )));
        }
    }
    Ok(Value::NONE)
}

fn type_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "type.__new__")?;
    let meta = args
        .first()
        .cloned()
        .unwrap_or_else(|| rt.types.type_.clone());
    let a = &args[1..];
    if a.len() == 1 && kw.is_empty() && meta.is(&rt.types.type_) {
        return Ok(rt.type_of(&a[0]));
    }
    if a.len() != 3 {
        return Err(rt.type_error("type() takes 1 or 3 arguments"));
    }
    let Some(name) = as_str(&a[0]).map(str::to_string) else {
        let tn = rt.type_name(&a[0]);
        return Err(rt.type_error(&format!("type.__new__() argument 1 must be str, not {tn}")));
    };
    let bases = match a[1].kind() {
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => {
            let tn = rt.type_name(&a[1]);
            return Err(rt.type_error(&format!(
                "type.__new__() argument 2 must be tuple, not {tn}"
            )));
        }
    };
    // A dict subclass instance (a metaclass's __prepare__ namespace) counts as a dict.
    let nsv = crate::typeobj::builtin_payload(&a[2])
        .cloned()
        .unwrap_or_else(|| a[2].clone());
    let mut ns = match nsv.kind() {
        Some(Kind::Dict(d)) => d.borrow().clone(),
        _ => {
            let tn = rt.type_name(&a[2]);
            return Err(rt.type_error(&format!("type.__new__() argument 3 must be dict, not {tn}")));
        }
    };
    // The most derived metaclass of the bases' (CPython's _PyType_CalculateMetaclass).
    let mut winner = meta.clone();
    for b in &bases {
        let bt = rt.type_of(b);
        if crate::typeobj::is_subtype(&winner, &bt) {
            continue;
        }
        if crate::typeobj::is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(rt.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    if !winner.is(&meta) {
        if let Some((_, owner)) = crate::typeobj::lookup_with_owner(&winner, "__new__") {
            if !owner.is(&rt.types.type_) {
                return rt.call(&winner, a, kw);
            }
        }
    }
    // `__module__` from the calling frame's globals, as CPython's type() sets it.
    if ns.get_str("__module__").is_none() {
        if let Some(Kind::Dict(g)) = rt.call_globals.kind() {
            let m = g.borrow().get_str("__name__").cloned();
            if let Some(m) = m {
                ns.set_str(rt.intern("__module__"), m);
            }
        }
    }
    crate::typeobj::new_class_kw(rt, &winner, &name, bases, ns, kw)
}

fn type_init(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "type.__init__")?;
    let n = args.len().saturating_sub(1);
    if n == 1 && !kw.is_empty() {
        return Err(rt.type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(rt.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::NONE)
}

// ---- int ------------------------------------------------------------------------------------

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode digits and spaces to
/// ASCII; None if another non-ASCII character is present.
fn to_ascii_digits(s: &str) -> Option<String> {
    if s.is_ascii() {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if is_space(c) {
            out.push(' ');
        } else if let Some(d) = decimal_value(c) {
            out.push((b'0' + d as u8) as char);
        } else {
            return None;
        }
    }
    Some(out)
}

fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Parses an int literal as `int(s, base)` does. Err(None) for a syntax error; Err(Some(n))
/// when the digit count `n` exceeds the str-digits limit.
pub fn parse_int_literal(s: &str, base: u32, max_digits: usize) -> Result<BigInt, Option<usize>> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    let mut end = b.len();
    while end > i && is_c_space(b[end - 1]) {
        end -= 1;
    }
    let b = &b[i..end];
    let mut i = 0;
    let neg = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let mut base = base;
    let mut old_octal = false;
    let lower = |k: usize| b.get(k).map(|c| c.to_ascii_lowercase());
    if base == 0 {
        if b.get(i) != Some(&b'0') {
            base = 10;
        } else {
            match lower(i + 1) {
                Some(b'x') => base = 16,
                Some(b'o') => base = 8,
                Some(b'b') => base = 2,
                _ => {
                    base = 10;
                    old_octal = true;
                }
            }
        }
    }
    if b.get(i) == Some(&b'0') {
        let p = lower(i + 1);
        if (base == 16 && p == Some(b'x'))
            || (base == 8 && p == Some(b'o'))
            || (base == 2 && p == Some(b'b'))
        {
            i += 2;
            if b.get(i) == Some(&b'_') {
                i += 1;
            }
        }
    }
    let digits = &b[i..];
    if digits.is_empty() || digits[0] == b'_' || digits[digits.len() - 1] == b'_' {
        return Err(None);
    }
    let mut clean = String::with_capacity(digits.len());
    let mut prev_us = false;
    for &c in digits {
        if c == b'_' {
            if prev_us {
                return Err(None);
            }
            prev_us = true;
            continue;
        }
        prev_us = false;
        match (c as char).to_digit(36) {
            Some(d) if d < base => clean.push(c as char),
            _ => return Err(None),
        }
    }
    if old_octal && clean.bytes().any(|c| c != b'0') {
        return Err(None);
    }
    if !base.is_power_of_two() && max_digits > 0 && clean.len() > max_digits {
        return Err(Some(clean.len()));
    }
    let v = BigInt::from_str_radix(&clean, base).map_err(|_| None)?;
    Ok(if neg { -v } else { v })
}

/// `int(text, base)` for str/bytes text, with CPython's error messages.
pub fn int_from_text(rt: &mut Runtime, x: &Value, base: i64) -> PyResult {
    // The common case, a short run of ASCII decimal digits with an optional sign: parsed
    // as a machine word (anything Rust's parser refuses, such as spaces, underscores or
    // other digits, takes the general path below).
    if let Some(Kind::Str(s)) = x.kind() {
        if base == 10 && s.s.len() <= 18 {
            if let Ok(i) = s.s.parse::<i64>() {
                return Ok(crate::ops::num::int_from_i64(i));
            }
        }
    }
    let text: Option<String> = match x.kind() {
        Some(Kind::Str(s)) => to_ascii_digits(&s.s),
        _ => bytes_like(x).map(|b| {
            b.iter()
                .map(|&c| if c < 0x80 { c as char } else { '\u{fffd}' })
                .collect()
        }),
    };
    let parsed = match &text {
        Some(t) => parse_int_literal(t, base as u32, rt.max_str_digits),
        None => Err(None),
    };
    match parsed {
        Ok(v) => Ok(int_from_big(v)),
        Err(Some(n)) => Err(rt.value_error(&format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit",
            rt.max_str_digits
        ))),
        Err(None) => {
            // CPython shows the text as bytes for any bytes-like argument.
            let mut r = match x.kind() {
                Some(Kind::ByteArray(b)) => crate::ops::repr::bytes_repr(&b.borrow()),
                _ => rt.repr_string(x)?,
            };
            if r.chars().count() > 200 {
                r = r.chars().take(200).collect();
            }
            Err(rt.value_error(&format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// `int(x)` for a non-string `x`.
pub fn int_of_object(rt: &mut Runtime, x: &Value) -> PyResult {
    if let Some(b) = to_big(x) {
        return Ok(int_from_big(b));
    }
    if let Some(f) = x.as_float() {
        return Ok(int_from_big(super::int::float_to_bigint(rt, f)?));
    }
    if matches!(
        x.kind(),
        Some(Kind::Str(_) | Kind::Bytes(_) | Kind::ByteArray(_))
    ) {
        return int_from_text(rt, x, 10);
    }
    if let Some(Kind::Instance(_)) = x.kind() {
        let t = rt.type_of(x);
        for name in ["__int__", "__index__", "__trunc__"] {
            if crate::typeobj::lookup(&t, name).is_some() {
                if let Some(r) = rt.call_dunder(x, name, &[])? {
                    if let Some(b) = to_big(&r) {
                        return Ok(int_from_big(b));
                    }
                    if name == "__trunc__" {
                        return rt.call_dunder(&r, "__index__", &[])?.ok_or_else(|| {
                            let tn = rt.type_name(&r);
                            rt.type_error(&format!("__trunc__ returned non-Integral (type {tn})"))
                        });
                    }
                    let tn = rt.type_name(&r);
                    return Err(rt.type_error(&format!("{name} returned non-int (type {tn})")));
                }
            }
        }
        // Subclasses of str/bytes/int/float: their builtin value.
        if let Some(p) = crate::typeobj::builtin_payload(x).cloned() {
            return int_of_object(rt, &p);
        }
    }
    let tn = rt.type_name(x);
    Err(rt.type_error(&format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
    )))
}

fn int_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "int.__new__")?;
    let cls = args[0].clone();
    let p = parse_args(rt, "int", &args[1..], kw, &["x", "base"], 1, 2, 0)?;
    let v = match (&p[0], &p[1]) {
        (None, None) => Value::small_int(0),
        (None, Some(_)) => return Err(rt.type_error("int() missing string argument")),
        (Some(x), None) => int_of_object(rt, x)?,
        (Some(x), Some(b)) => {
            let base = rt.index_of(b)?;
            if !matches!(
                x.kind(),
                Some(Kind::Str(_) | Kind::Bytes(_) | Kind::ByteArray(_))
            ) {
                return Err(rt.type_error("int() can't convert non-string with explicit base"));
            }
            if base != 0 && !(2..=36).contains(&base) {
                return Err(rt.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            int_from_text(rt, x, base)?
        }
    };
    super::for_class(rt, &cls, v)
}

fn bool_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "bool.__new__")?;
    no_kw(rt, "bool", kw)?;
    check_pos(rt, "bool", args.len() - 1, 0, 1)?;
    match args.get(1) {
        Some(v) => Ok(Value::bool(rt.truthy(v)?)),
        None => Ok(Value::FALSE),
    }
}

// ---- float ----------------------------------------------------------------------------------

/// Removes underscores allowed between digits (`_Py_string_to_number_with_underscores`);
/// None when an underscore is misplaced.
fn strip_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_string());
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut prev = 0u8;
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            if i == 0 || !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c as char);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

/// Whether `s` is a float literal that `float()` accepts (Rust's parser is laxer).
fn float_syntax_ok(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest = &s[i..];
    let l = rest.to_ascii_lowercase();
    if l == "inf" || l == "infinity" || l == "nan" {
        return true;
    }
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let st = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return false;
        }
    }
    i == b.len()
}

/// Parses a float literal as `float(str)` does (whitespace, underscores, inf/nan).
pub fn parse_float(s: &str) -> Option<f64> {
    let t = to_ascii_digits(s)?;
    let t = t.trim_matches(|c: char| c.is_ascii() && is_c_space(c as u8));
    let t = strip_underscores(t)?;
    if !float_syntax_ok(&t) {
        return None;
    }
    t.parse::<f64>().ok()
}

/// `float(x)`.
pub fn float_of_object(rt: &mut Runtime, x: &Value) -> PyResult<f64> {
    if let Some(f) = x.as_float() {
        return Ok(f);
    }
    if let Some(f) = to_f64(rt, x)? {
        return Ok(f);
    }
    // (A str/bytes subclass without __float__ converts its text.)
    let payload = crate::typeobj::builtin_payload(x)
        .filter(|_| crate::typeobj::lookup(&rt.type_of(x), "__float__").is_none());
    let text: Option<String> = match payload.unwrap_or(x).kind() {
        Some(Kind::Str(s)) => Some(s.s.as_str().to_owned()),
        Some(Kind::Bytes(_) | Kind::ByteArray(_)) => {
            bytes_like(payload.unwrap_or(x)).map(|b| String::from_utf8_lossy(&b).into_owned())
        }
        _ => None,
    };
    if let Some(t) = text {
        return match parse_float(&t) {
            Some(f) => Ok(f),
            None => {
                let r = rt.repr_string(x)?;
                Err(rt.value_error(&format!("could not convert string to float: {r}")))
            }
        };
    }
    if let Some(Kind::Instance(_)) = x.kind() {
        let t = rt.type_of(x);
        if crate::typeobj::lookup(&t, "__float__").is_some() {
            if let Some(r) = rt.call_dunder(x, "__float__", &[])? {
                if let Some(f) = r.as_float() {
                    return Ok(f);
                }
                let (xn, rn) = (rt.type_name(x), rt.type_name(&r));
                return Err(
                    rt.type_error(&format!("{xn}.__float__ returned non-float (type {rn})"))
                );
            }
        }
        if crate::typeobj::lookup(&t, "__index__").is_some() {
            if let Some(r) = rt.call_dunder(x, "__index__", &[])? {
                if let Some(f) = to_f64(rt, &r)? {
                    return Ok(f);
                }
            }
        }
    }
    let tn = rt.type_name(x);
    Err(rt.type_error(&format!(
        "float() argument must be a string or a real number, not '{tn}'"
    )))
}

fn float_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "float.__new__")?;
    let cls = args[0].clone();
    no_kw(rt, "float", kw)?;
    check_pos(rt, "float", args.len() - 1, 0, 1)?;
    let v = match args.get(1) {
        Some(x) => Value::float(float_of_object(rt, x)?),
        None => Value::float(0.0),
    };
    super::for_class(rt, &cls, v)
}

// ---- complex --------------------------------------------------------------------------------

/// Parses the longest float prefix of `s` (sign, digits, point, exponent, inf/nan).
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest: Vec<u8> = s[i..].iter().map(u8::to_ascii_lowercase).collect();
    for word in ["infinity", "inf", "nan"] {
        if rest.starts_with(word.as_bytes()) {
            let n = i + word.len();
            let text = std::str::from_utf8(&s[..n]).ok()?;
            return text.parse::<f64>().ok().map(|f| (f, n));
        }
    }
    let mut digits = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let st = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > st {
            i = j;
        }
    }
    let text = std::str::from_utf8(&s[..i]).ok()?;
    text.parse::<f64>().ok().map(|f| (f, i))
}

/// Parses `complex(str)` syntax.
pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = to_ascii_digits(s)?;
    let mut t = t.trim_matches(|c: char| c.is_ascii() && is_c_space(c as u8));
    if let Some(inner) = t.strip_prefix('(') {
        t = inner
            .strip_suffix(')')?
            .trim_matches(|c: char| c.is_ascii() && is_c_space(c as u8));
    }
    let t = strip_underscores(t)?;
    let b = t.as_bytes();
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    match float_prefix(b) {
        Some((x, n)) => {
            if n == b.len() {
                return Some((x, 0.0));
            }
            if is_j(b.get(n)) {
                return (n + 1 == b.len()).then_some((0.0, x));
            }
            if matches!(b[n], b'+' | b'-') {
                if let Some((y, m)) = float_prefix(&b[n..]) {
                    return (is_j(b.get(n + m)) && n + m + 1 == b.len()).then_some((x, y));
                }
                let sign = if b[n] == b'-' { -1.0 } else { 1.0 };
                return (is_j(b.get(n + 1)) && n + 2 == b.len()).then_some((x, sign));
            }
            None
        }
        None => {
            let (sign, k) = match b.first() {
                Some(b'-') => (-1.0, 1),
                Some(b'+') => (1.0, 1),
                _ => (1.0, 0),
            };
            (is_j(b.get(k)) && k + 1 == b.len()).then_some((0.0, sign))
        }
    }
}

/// The complex value of a complex() argument that is a number (via `__complex__`,
/// `__float__` or `__index__` for instances). None when not a number.
fn complex_arg(rt: &mut Runtime, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(Kind::Complex(r, i)) = v.kind() {
        return Ok(Some((*r, *i)));
    }
    if let Some(f) = to_f64(rt, v)? {
        return Ok(Some((f, 0.0)));
    }
    if let Some(Kind::Instance(_)) = v.kind() {
        let t = rt.type_of(v);
        if crate::typeobj::lookup(&t, "__complex__").is_some() {
            if let Some(r) = rt.call_dunder(v, "__complex__", &[])? {
                if let Some(Kind::Complex(a, b)) = r.kind() {
                    return Ok(Some((*a, *b)));
                }
                let tn = rt.type_name(&r);
                return Err(rt.type_error(&format!("__complex__ returned non-complex (type {tn})")));
            }
        }
        if crate::typeobj::lookup(&t, "__float__").is_some()
            || crate::typeobj::lookup(&t, "__index__").is_some()
        {
            return Ok(Some((float_of_object(rt, v)?, 0.0)));
        }
    }
    Ok(None)
}

fn complex_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let cls = super::need_cls(rt, args, "complex.__new__")?.clone();
    let v = complex_value(rt, args, kw)?;
    super::for_class(rt, &cls, v)
}

/// The complex value `complex(*args[1..], **kw)` builds.
fn complex_value(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let p = parse_args(rt, "complex", &args[1..], kw, &["real", "imag"], 0, 2, 0)?;
    // An instance of a subclass of a builtin number converts through its value unless
    // the subclass defines __complex__ itself.
    let unwrap = |rt: &mut Runtime, v: Option<Value>| {
        v.map(|v| {
            let own = crate::typeobj::lookup_with_owner(&rt.type_of(&v), "__complex__")
                .is_some_and(|(_, o)| as_type(&o).is_some_and(|t| !t.builtin));
            match crate::typeobj::builtin_payload(&v) {
                Some(p) if !own => p.clone(),
                _ => v,
            }
        })
    };
    let real = unwrap(rt, p[0].clone());
    let imag = unwrap(rt, p[1].clone());
    if let Some(r) = &real {
        if let Some(s) = as_str(r) {
            if imag.is_some() {
                return Err(rt.type_error("complex() can't take second arg if first is a string"));
            }
            return match parse_complex(s) {
                Some((a, b)) => Ok(new_complex(a, b)),
                // CPython checks underscores in a first pass with its own message.
                None if s.contains('_') => {
                    let r = crate::ops::repr::str_repr(s);
                    Err(rt.value_error(&format!("could not convert string to complex: {r}")))
                }
                None => Err(rt.value_error("complex() arg is a malformed string")),
            };
        }
    }
    if let Some(i) = &imag {
        if as_str(i).is_some() {
            return Err(rt.type_error("complex() second arg can't be a string"));
        }
    }
    // CPython's complex_new: real = cr.real - ci.imag, imag = ci.real + cr.imag, where the
    // corrections apply only to operands that were complex.
    let (mut re, mut im) = (0.0, 0.0);
    let mut cr_imag = None;
    if let Some(r) = &real {
        if imag.is_none() {
            if let Some(Kind::Complex(..)) = r.kind() {
                return Ok(r.clone());
            }
        }
        match complex_arg(rt, r)? {
            Some((a, b)) => {
                re = a;
                let was_complex = matches!(r.kind(), Some(Kind::Complex(..)))
                    || (matches!(r.kind(), Some(Kind::Instance(_)))
                        && crate::typeobj::lookup(&rt.type_of(r), "__complex__").is_some());
                if was_complex {
                    cr_imag = Some(b);
                } else {
                    im = b;
                }
            }
            None => {
                let tn = rt.type_name(r);
                return Err(rt.type_error(&format!(
                    "complex() first argument must be a string or a number, not '{tn}'"
                )));
            }
        }
    }
    match &imag {
        Some(i) => match complex_arg(rt, i)? {
            Some((a, b)) => {
                if matches!(i.kind(), Some(Kind::Complex(..))) {
                    re -= b;
                }
                im = a;
                if let Some(ci) = cr_imag {
                    im += ci;
                }
            }
            None => {
                let tn = rt.type_name(i);
                return Err(rt.type_error(&format!(
                    "complex() second argument must be a number, not '{tn}'"
                )));
            }
        },
        None => {
            if let Some(ci) = cr_imag {
                im = ci;
            }
        }
    }
    Ok(new_complex(re, im))
}

// ---- str, bytes, bytearray --------------------------------------------------------------------

fn str_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "str.__new__")?;
    let cls = args[0].clone();
    let p = parse_args(
        rt,
        "str",
        &args[1..],
        kw,
        &["object", "encoding", "errors"],
        0,
        3,
        0,
    )?;
    let v = if p[1].is_none() && p[2].is_none() {
        match &p[0] {
            None => rt.empty_str.clone(),
            Some(o) => rt.str(o)?,
        }
    } else {
        let mut names = [String::from("utf-8"), String::from("strict")];
        for (i, pname) in ["encoding", "errors"].iter().enumerate() {
            if let Some(v) = &p[i + 1] {
                match as_str(v) {
                    Some(s) => names[i] = s.to_string(),
                    None => {
                        let tn = rt.arg_type_name(v);
                        return Err(rt.type_error(&format!(
                            "str() argument '{pname}' must be str, not {tn}"
                        )));
                    }
                }
            }
        }
        let o = p[0].clone().unwrap_or_else(|| rt.new_bytes(Vec::new()));
        match bytes_like(&o) {
            Some(b) => {
                let s = super::codecs::decode_bytes(rt, &b, &names[0], &names[1])?;
                rt.new_string(s)
            }
            None if as_str(&o).is_some() => {
                return Err(rt.type_error("decoding str is not supported"))
            }
            None => {
                let tn = rt.type_name(&o);
                return Err(rt.type_error(&format!(
                    "decoding to str: need a bytes-like object, {tn} found"
                )));
            }
        }
    };
    super::for_class(rt, &cls, v)
}

/// The contents for `bytes(source, encoding, errors)` / `bytearray(...)`.
fn bytes_source(rt: &mut Runtime, p: &[Option<Value>], what: &str) -> PyResult<Vec<u8>> {
    let (src, enc, errs) = (given(&p[0]).cloned(), p[1].clone(), p[2].clone());
    let str_of = |rt: &mut Runtime, v: &Option<Value>, pname: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(x) => match as_str(x) {
                Some(s) => Ok(Some(s.to_string())),
                None => {
                    let tn = rt.arg_type_name(x);
                    Err(rt.type_error(&format!(
                        "{what}() argument '{pname}' must be str, not {tn}"
                    )))
                }
            },
        }
    };
    let enc = str_of(rt, &enc, "encoding")?;
    let errs = str_of(rt, &errs, "errors")?;
    let Some(src) = src else {
        if p[0].is_some() {
            return Err(rt.type_error(&format!("cannot convert 'NoneType' object to {what}")));
        }
        if enc.is_some() {
            return Err(rt.type_error("encoding without a string argument"));
        }
        if errs.is_some() {
            return Err(rt.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(e) = &enc {
        let Some(s) = as_str(&src) else {
            return Err(rt.type_error("encoding without a string argument"));
        };
        let s = s.to_string();
        return super::codecs::encode_str(rt, &s, e, errs.as_deref().unwrap_or("strict"));
    }
    if errs.is_some() {
        return Err(rt.type_error(if as_str(&src).is_some() {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        }));
    }
    if as_str(&src).is_some() {
        return Err(rt.type_error("string argument without an encoding"));
    }
    if let Some(b) = bytes_like(&src) {
        return Ok(b);
    }
    if what == "bytes" {
        if let Some(Kind::Instance(_)) = src.kind() {
            if crate::typeobj::lookup(&rt.type_of(&src), "__bytes__").is_some() {
                if let Some(r) = rt.call_dunder(&src, "__bytes__", &[])? {
                    if let Some(Kind::Bytes(b)) = r.kind() {
                        return Ok(b.to_vec());
                    }
                    let tn = rt.type_name(&r);
                    return Err(rt.type_error(&format!("__bytes__ returned non-bytes (type {tn})")));
                }
            }
        }
    }
    let indexable = is_int(&src)
        || matches!(src.kind(), Some(Kind::Instance(_)))
            && crate::typeobj::lookup(&rt.type_of(&src), "__index__").is_some();
    if indexable {
        let n = rt.index_of(&src)?;
        if n < 0 {
            return Err(rt.value_error("negative count"));
        }
        if n > 1 << 34 {
            return Err(rt.new_exc("MemoryError", ""));
        }
        return Ok(vec![0; n as usize]);
    }
    match rt.get_iter(&src) {
        Ok(_) if what == "bytearray" => super::bytes::bytearray_from_iterable(rt, &src),
        Ok(_) => super::bytes::bytes_from_iterable(rt, &src),
        Err(e) if rt.exc_matches(&e, "TypeError") => {
            let tn = rt.type_name(&src);
            Err(rt.type_error(&format!("cannot convert '{tn}' object to {what}")))
        }
        Err(e) => Err(e),
    }
}

fn bytes_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "bytes.__new__")?;
    let cls = args[0].clone();
    let p = parse_args(
        rt,
        "bytes",
        &args[1..],
        kw,
        &["source", "encoding", "errors"],
        0,
        3,
        0,
    )?;
    if let (Some(src), None, None) = (&p[0], &p[1], &p[2]) {
        if let Some(Kind::Bytes(_)) = src.kind() {
            return super::for_class(rt, &cls, src.clone());
        }
    }
    let b = bytes_source(rt, &p, "bytes")?;
    let v = rt.new_bytes(b);
    super::for_class(rt, &cls, v)
}

fn bytearray_init(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "bytearray.__init__")?;
    let Some(Kind::ByteArray(cell)) = args.first().and_then(|v| v.kind()) else {
        return Err(rt.type_error("descriptor '__init__' requires a 'bytearray' object"));
    };
    let p = parse_args(
        rt,
        "bytearray",
        &args[1..],
        kw,
        &["source", "encoding", "errors"],
        0,
        3,
        0,
    )?;
    let b = bytes_source(rt, &p, "bytearray")?;
    *cell.borrow_mut() = b;
    Ok(Value::NONE)
}

/// `__new__` of list, dict, set and bytearray: an empty object (`__init__` fills it).
///
/// Instances of user subclasses cannot carry a builtin payload yet, so for a subclass the
/// plain builtin object is returned already filled from the arguments (the subclass's own
/// `__init__` does not run, as `type.__call__` sees a non-instance).
fn empty_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "__new__")?;
    let cls = args[0].clone();
    let t = &rt.types;
    // Which builtin container: the class itself (the common case), else its MRO.
    let which = [&t.list, &t.dict, &t.set].iter().position(|b| b.is(&cls));
    let which = which.unwrap_or_else(|| {
        let in_mro = |ty: &Value| {
            crate::typeobj::as_type(&cls).is_some_and(|tt| tt.mro.borrow().iter().any(|m| m.is(ty)))
        };
        [&t.list, &t.dict, &t.set]
            .iter()
            .position(|b| in_mro(b))
            .unwrap_or(3)
    });
    let v = match which {
        0 => rt.new_list(Vec::new()),
        1 => rt.new_dict(Dict::new()),
        2 => Value::from_obj(Obj::new(Kind::Set(Box::new(RefCell::new(SetTable::new()))))),
        _ => new_bytearray(Vec::new()),
    };
    // A subclass's own __init__ (or the builtin one it inherits) fills the payload.
    let _ = kw;
    super::for_class(rt, &cls, v)
}

// ---- containers -------------------------------------------------------------------------------

fn list_init(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "list.__init__")?;
    let Some(Kind::List(cell)) = args.first().and_then(|v| v.kind()) else {
        return Err(rt.type_error("descriptor '__init__' requires a 'list' object"));
    };
    no_kw(rt, "list", kw)?;
    check_pos(rt, "list", args.len() - 1, 0, 1)?;
    let items = match args.get(1) {
        Some(it) => match it.kind() {
            Some(Kind::List(l)) => l.borrow().clone(),
            Some(Kind::Tuple(t)) => t.to_vec(),
            _ => rt.to_vec(it)?,
        },
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *cell.borrow_mut(), items);
    drop(old);
    Ok(Value::NONE)
}

fn tuple_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "tuple.__new__")?;
    let cls = args[0].clone();
    no_kw(rt, "tuple", kw)?;
    check_pos(rt, "tuple", args.len() - 1, 0, 1)?;
    let v = match args.get(1) {
        Some(v) if matches!(v.kind(), Some(Kind::Tuple(_))) => v.clone(),
        Some(v) => {
            let items = match v.kind() {
                Some(Kind::List(l)) => l.borrow().clone(),
                _ => rt.to_vec(v)?,
            };
            rt.new_tuple(items)
        }
        None => rt.empty_tuple.clone(),
    };
    super::for_class(rt, &cls, v)
}

fn dict_init(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "dict.__init__")?;
    let Some(this) = args
        .first()
        .filter(|v| matches!(v.kind(), Some(Kind::Dict(_))))
    else {
        return Err(rt.type_error("descriptor '__init__' requires a 'dict' object"));
    };
    check_pos(rt, "dict", args.len() - 1, 0, 1)?;
    if let Some(src) = args.get(1) {
        super::dict::update_from(rt, this, src)?;
    }
    super::dict::update_kw(rt, this, kw)?;
    Ok(Value::NONE)
}

fn set_init(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "set.__init__")?;
    let Some(Kind::Set(cell)) = args.first().and_then(|v| v.kind()) else {
        return Err(rt.type_error("descriptor '__init__' requires a 'set' object"));
    };
    no_kw(rt, "set", kw)?;
    check_pos(rt, "set", args.len() - 1, 0, 1)?;
    let t = match args.get(1) {
        Some(it) => super::set::table_from(rt, it)?,
        None => SetTable::new(),
    };
    let old = std::mem::replace(&mut *cell.borrow_mut(), t);
    drop(old);
    Ok(Value::NONE)
}

fn frozenset_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "frozenset.__new__")?;
    let cls = args[0].clone();
    no_kw(rt, "frozenset", kw)?;
    check_pos(rt, "frozenset", args.len() - 1, 0, 1)?;
    let v = match args.get(1) {
        Some(v) if matches!(v.kind(), Some(Kind::FrozenSet(_))) && cls.is(&rt.types.frozenset) => {
            v.clone()
        }
        Some(v) => {
            let t = super::set::table_from(rt, v)?;
            Value::from_obj(Obj::new(Kind::FrozenSet(Box::new(t))))
        }
        None => Value::from_obj(Obj::new(Kind::FrozenSet(Box::default()))),
    };
    super::for_class(rt, &cls, v)
}

/// An int argument of range(): an int, or an object with `__index__` (kept at full size).
fn range_arg(rt: &mut Runtime, v: &Value) -> PyResult {
    if let Some(b) = to_big(v) {
        return Ok(int_from_big(b));
    }
    if let Some(Kind::Instance(_)) = v.kind() {
        if crate::typeobj::lookup(&rt.type_of(v), "__index__").is_some() {
            if let Some(r) = rt.call_dunder(v, "__index__", &[])? {
                if let Some(b) = to_big(&r) {
                    return Ok(int_from_big(b));
                }
                let tn = rt.type_name(&r);
                return Err(rt.type_error(&format!("__index__ returned non-int (type {tn})")));
            }
        }
    }
    let tn = rt.type_name(v);
    Err(rt.type_error(&format!(
        "'{tn}' object cannot be interpreted as an integer"
    )))
}

fn range_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "range.__new__")?;
    no_kw(rt, "range", kw)?;
    let a = &args[1..];
    check_pos(rt, "range", a.len(), 1, 3)?;
    let (start, stop, step) = match a.len() {
        1 => (
            Value::small_int(0),
            range_arg(rt, &a[0])?,
            Value::small_int(1),
        ),
        2 => (
            range_arg(rt, &a[0])?,
            range_arg(rt, &a[1])?,
            Value::small_int(1),
        ),
        _ => (
            range_arg(rt, &a[0])?,
            range_arg(rt, &a[1])?,
            range_arg(rt, &a[2])?,
        ),
    };
    if to_big(&step).is_some_and(|s| s.is_zero()) {
        return Err(rt.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::from_obj(Obj::new(Kind::Range(Range {
        start,
        stop,
        step,
    }))))
}

fn slice_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "slice.__new__")?;
    no_kw(rt, "slice", kw)?;
    let a = &args[1..];
    check_pos(rt, "slice", a.len(), 1, 3)?;
    let s = match a.len() {
        1 => [Value::NONE, a[0].clone(), Value::NONE],
        2 => [a[0].clone(), a[1].clone(), Value::NONE],
        _ => [a[0].clone(), a[1].clone(), a[2].clone()],
    };
    Ok(Value::from_obj(Obj::new(Kind::Slice(Box::new(s)))))
}

// ---- descriptors and super ----------------------------------------------------------------------

fn property_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let cls = super::need_cls(rt, args, "property.__new__")?.clone();
    let p = parse_args(
        rt,
        "property",
        &args[1..],
        kw,
        &["fget", "fset", "fdel", "doc"],
        0,
        4,
        0,
    )?;
    let mut slots = [Value::NONE, Value::NONE, Value::NONE, Value::NONE];
    for (i, v) in p.into_iter().enumerate() {
        if let Some(v) = v {
            slots[i] = v;
        }
    }
    // Without a doc argument, the getter's docstring.
    if slots[3].is_none() && !slots[0].is_none() {
        if let Ok(d) = rt.getattr(&slots[0], "__doc__") {
            slots[3] = d;
        }
    }
    let v = Value::from_obj(Obj::new(Kind::Property(Box::new(
        crate::object::PropertyObj::new(slots),
    ))));
    super::for_class(rt, &cls, v)
}

/// `types.MethodType(func, obj)`.
fn method_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "method.__new__")?;
    no_kw(rt, "method", kw)?;
    check_pos(rt, "method", args.len() - 1, 2, 2)?;
    if !rt.is_callable(&args[1]) {
        return Err(rt.type_error("first argument must be callable"));
    }
    if args[2].is_none() {
        return Err(rt.type_error("instance must not be None"));
    }
    Ok(Value::from_obj(Obj::new(Kind::Method(
        args[1].clone(),
        args[2].clone(),
    ))))
}

/// `types.ModuleType(name, doc=None)` (and subclasses): a new module, named when a name is
/// given (module.__init__ names it again); an instance of a subclass remembers its class.
fn module_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "module.__new__")?;
    let cls = args[0].clone();
    if !crate::typeobj::is_subtype(&cls, &rt.types.module) {
        let tn = crate::typeobj::type_name(&cls);
        return Err(rt.type_error(&format!(
            "module.__new__({tn}): {tn} is not a subtype of module"
        )));
    }
    let name = args
        .get(1)
        .cloned()
        .or_else(|| {
            kw.iter()
                .find(|(k, _)| matches!(k.kind(), Some(Kind::Str(s)) if &*s.s == "name"))
                .map(|(_, v)| v.clone())
        })
        .unwrap_or(Value::NONE);
    let dict = rt.new_dict(crate::dict::Dict::new());
    let m = crate::object::Module::new(name, dict);
    if !cls.is(&rt.types.module) {
        *m.cls.borrow_mut() = cls.clone();
    }
    let v = Value::from_obj(Obj::new(Kind::Module(m)));
    // A plain module is complete at once (its __init__ runs next and sets the same); a
    // subclass's __new__ takes whatever its __init__ does.
    let full = [&[v.clone()][..], &args[1..]].concat();
    if cls.is(&rt.types.module) {
        module_init(rt, &full, kw)?;
    } else if matches!(full.get(1).and_then(|n| n.kind()), Some(Kind::Str(_))) {
        let _ = module_init(rt, &full, kw);
    }
    Ok(v)
}

/// `module.__init__(self, name, doc=None)`: sets `__name__` and `__doc__`, and
/// `__package__`, `__loader__` and `__spec__` to None.
fn module_init(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let p = parse_args(rt, "module", &args[1..], kw, &["name", "doc"], 0, 2, 1)?;
    let name = p[0].clone().unwrap_or(Value::NONE);
    if !matches!(name.kind(), Some(Kind::Str(_))) {
        let tn = rt.type_name(&name);
        return Err(rt.type_error(&format!("module() argument 'name' must be str, not {tn}")));
    }
    let Some(Kind::Module(m)) = args[0].kind() else {
        let tn = rt.type_name(&args[0]);
        return Err(rt.type_error(&format!(
            "descriptor '__init__' requires a 'module' object but received a '{tn}'"
        )));
    };
    if let Some(Kind::Dict(d)) = m.dict.kind() {
        let mut d = d.borrow_mut();
        d.set_str(rt.intern("__name__"), name);
        d.set_str(rt.intern("__doc__"), p[1].clone().unwrap_or(Value::NONE));
        for k in ["__package__", "__loader__", "__spec__"] {
            d.set_str(rt.intern(k), Value::NONE);
        }
    }
    Ok(Value::NONE)
}

/// `module.__dir__()`: the namespace's `__dir__()` when it defines one, else its keys.
fn module_dir(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(Kind::Module(m)) = args.first().and_then(|v| v.kind()) else {
        return Err(rt.type_error("descriptor '__dir__' requires a 'module' object"));
    };
    let dict = m.dict.clone();
    let custom = match dict.kind() {
        Some(Kind::Dict(d)) => d.borrow().get_str("__dir__").cloned(),
        _ => None,
    };
    if let Some(f) = custom {
        return rt.call(&f, &[], &[]);
    }
    let keys = rt.to_vec(&dict)?;
    Ok(rt.new_list(keys))
}

/// `module.__repr__()`.
fn module_repr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let v = args.first().cloned().unwrap_or(Value::NONE);
    let s = rt.module_repr(&v)?;
    Ok(rt.new_string(s))
}

/// `module.__dict__`.
fn module_dict_get(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::Module(m)) => Ok(m.dict.clone()),
        _ => Err(rt.type_error("descriptor '__dict__' for 'module' objects doesn't apply")),
    }
}

/// The methods of `types.ModuleType` that subclasses reach through `super()`.
fn register_module_type(rt: &mut Runtime) {
    let t = rt.types.module.clone();
    let methods: [(&'static str, NativeFn); 6] = [
        ("__init__", module_init),
        ("__dir__", module_dir),
        ("__repr__", module_repr),
        ("__getattribute__", super::descr::object_getattribute),
        ("__setattr__", super::descr::object_setattr),
        ("__delattr__", super::descr::object_delattr),
    ];
    for (n, f) in methods {
        let m = rt.new_method("module", n, f);
        crate::exceptions::set_type_attr(rt, &t, n, m);
    }
    let g = rt.new_method("module", "__dict__", module_dict_get);
    let p = Value::from_obj(Obj::new(Kind::Property(Box::new(
        crate::object::PropertyObj::new([g, Value::NONE, Value::NONE, Value::NONE]),
    ))));
    crate::exceptions::set_type_attr(rt, &t, "__dict__", p);
}

/// `types.MappingProxyType(mapping)`: a read-only view of a dict.
fn mappingproxy_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "mappingproxy.__new__")?;
    let p = parse_args(rt, "mappingproxy", &args[1..], kw, &["mapping"], 1, 1, 0)?;
    let m = p[0].clone().unwrap_or(Value::NONE);
    let d = match m.kind() {
        Some(Kind::Dict(_)) => m.clone(),
        Some(Kind::DictView(d, 3)) => d.clone(),
        _ => match crate::typeobj::builtin_payload(&m).map(|p| p.kind()) {
            Some(Some(Kind::Dict(_))) => m.clone(),
            _ => {
                let is_seq = matches!(m.kind(), Some(Kind::List(_) | Kind::Tuple(_)));
                if is_seq || crate::typeobj::lookup(&rt.type_of(&m), "__getitem__").is_none() {
                    let tn = rt.type_name(&m);
                    return Err(rt.type_error(&format!(
                        "mappingproxy() argument must be a mapping, not {tn}"
                    )));
                }
                return Err(
                    rt.not_implemented_error("mappingproxy over a mapping that is not a dict")
                );
            }
        },
    };
    Ok(super::dict::mappingproxy(d))
}

fn staticmethod_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "staticmethod.__new__")?;
    no_kw(rt, "staticmethod", kw)?;
    check_pos(rt, "staticmethod", args.len() - 1, 1, 1)?;
    Ok(Value::from_obj(Obj::new(Kind::StaticMethod(
        args[1].clone(),
    ))))
}

fn classmethod_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "classmethod.__new__")?;
    no_kw(rt, "classmethod", kw)?;
    check_pos(rt, "classmethod", args.len() - 1, 1, 1)?;
    Ok(Value::from_obj(Obj::new(Kind::ClassMethod(
        args[1].clone(),
    ))))
}

fn super_new(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    super::need_cls(rt, args, "super.__new__")?;
    no_kw(rt, "super", kw)?;
    let a = &args[1..];
    check_pos(rt, "super", a.len(), 0, 2)?;
    match a.len() {
        0 => Err(rt.new_exc("RuntimeError", "super(): no arguments")),
        1 => {
            if as_type(&a[0]).is_none() {
                let tn = rt.type_name(&a[0]);
                return Err(rt.type_error(&format!("super() argument 1 must be a type, not {tn}")));
            }
            Ok(Value::from_obj(Obj::new(Kind::Super(
                a[0].clone(),
                Value::NONE,
            ))))
        }
        _ => super_of(rt, &a[0], &a[1]),
    }
}

/// `super(cls, obj)`, checked as CPython checks it.
pub fn super_of(rt: &mut Runtime, cls: &Value, obj: &Value) -> PyResult {
    if as_type(cls).is_none() {
        let tn = rt.type_name(cls);
        return Err(rt.type_error(&format!("super() argument 1 must be a type, not {tn}")));
    }
    // obj must be an instance or a subtype of type.
    let obj_t = rt.type_of(obj);
    let ok = crate::typeobj::is_subtype(&obj_t, cls)
        || (as_type(obj).is_some() && crate::typeobj::is_subtype(obj, cls));
    if !ok {
        return Err(rt.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::from_obj(Obj::new(Kind::Super(
        cls.clone(),
        obj.clone(),
    ))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_literals() {
        let p = |s: &str, b: u32| parse_int_literal(s, b, 4300).ok();
        assert_eq!(p(" 1_000 ", 10), Some(BigInt::from(1000)));
        assert_eq!(p("0x_1f", 16), Some(BigInt::from(31)));
        assert_eq!(p("0b101", 0), Some(BigInt::from(5)));
        assert_eq!(p("0_0", 0), Some(BigInt::from(0)));
        assert_eq!(p("-0o17", 0), Some(BigInt::from(-15)));
        assert_eq!(p("17", 8), Some(BigInt::from(15)));
        assert_eq!(p("Z", 36), Some(BigInt::from(35)));
        for bad in ["010", "1__0", "_1", "1_", "+-1", "- 1", " ", "1.5", "0x"] {
            assert_eq!(
                p(bad, if bad == "010" || bad == "0x" { 0 } else { 10 }),
                None,
                "{bad}"
            );
        }
        assert_eq!(
            parse_int_literal(&"1".repeat(5000), 10, 4300),
            Err(Some(5000))
        );
    }

    #[test]
    fn float_literals() {
        assert_eq!(parse_float("1_000.5"), Some(1000.5));
        assert_eq!(parse_float(" -iNfinity "), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float("٣.٥"), Some(3.5));
        assert_eq!(parse_float("1."), Some(1.0));
        for bad in [
            "1__0",
            "_1",
            "1_",
            "1_e5",
            "1e_5",
            "1._5",
            "infinityx",
            "",
            ".",
            "0x10",
            "1e",
        ] {
            assert_eq!(parse_float(bad), None, "{bad}");
        }
    }

    #[test]
    fn complex_literals() {
        assert_eq!(parse_complex("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse_complex(" ( 1+2j ) "), Some((1.0, 2.0)));
        assert_eq!(parse_complex("j"), Some((0.0, 1.0)));
        assert_eq!(parse_complex("-j"), Some((0.0, -1.0)));
        assert_eq!(parse_complex("1-j"), Some((1.0, -1.0)));
        assert_eq!(parse_complex("2J"), Some((0.0, 2.0)));
        assert_eq!(parse_complex("1e3+1_0j"), Some((1000.0, 10.0)));
        for bad in ["1+2", "(1+2j", "1 + 2j", ""] {
            assert_eq!(parse_complex(bad), None, "{bad}");
        }
    }
}
