//! The builtin functions (print, len, min, max, sum, sorted, round, isinstance, ...) with
//! CPython 3.12's behaviour and messages, and the builtins-namespace entries for the
//! builtin types and the `NotImplemented` / `Ellipsis` constants.
//!
//! `globals`, `locals`, `__build_class__`, `exec`/`eval` and `__import__` need frames and
//! belong to the interpreter; `vars()` and `dir()` without arguments defer to its `locals`.

use std::io::Write;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::{IterState, Kind, NativeFn, PyResult};
use crate::ops::cmp::CmpOp;
use crate::ops::num::{
    float_floordiv, float_mod, int_from_big, int_from_i64, is_int, to_big, to_f64,
};
use crate::typeobj::{as_type, is_subtype, lookup};
use crate::types::{as_str, check_pos, kw_name, new_iter, no_kw, one_arg, parse_args, Kw};
use crate::value::Value;
use crate::Runtime;
use molt_bytecode::opcodes::BinOp;

pub fn init(rt: &mut Runtime) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter),
        ("next", next),
        ("hash", hash),
        ("id", id),
        ("ord", ord),
        ("chr", chr),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("any", any),
        ("all", all),
        ("input", input),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("callable", callable),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("vars", vars),
        ("dir", dir),
        ("format", format),
    ];
    for (n, f) in fns {
        rt.add_builtin(n, *f);
    }
    let t = &rt.types;
    let types: Vec<(&str, Value)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str_.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
        ("memoryview", t.memoryview.clone()),
    ];
    for (n, v) in types {
        rt.set_builtin_value(n, v);
    }
    let ni = rt.not_implemented.clone();
    rt.set_builtin_value("NotImplemented", ni);
    let name = rt.new_str("builtins");
    rt.set_builtin_value("__name__", name);
    let el = rt.ellipsis.clone();
    rt.set_builtin_value("Ellipsis", el);
}

/// An int (arbitrary size) from an int or an `__index__` object.
fn index_big(rt: &mut Runtime, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = to_big(v) {
        return Ok(b);
    }
    if let Some(Kind::Instance(_)) = v.kind() {
        if lookup(&rt.type_of(v), "__index__").is_some() {
            if let Some(r) = rt.call_dunder(v, "__index__", &[])? {
                if let Some(b) = to_big(&r) {
                    return Ok(b);
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

/// A builtin from the builtins namespace by name (for ones the interpreter provides).
fn builtin_named(rt: &Runtime, name: &str) -> Option<Value> {
    match rt.builtins.kind() {
        Some(Kind::Dict(d)) => d.borrow().get_str(name).cloned(),
        _ => None,
    }
}

// ---- I/O ------------------------------------------------------------------------------------

fn print(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let p = parse_args(
        rt,
        "print",
        &[],
        kw,
        &["sep", "end", "file", "flush"],
        0,
        0,
        0,
    )?;
    let mut seps = [String::from(" "), String::from("\n")];
    for (i, name) in ["sep", "end"].iter().enumerate() {
        if let Some(v) = &p[i] {
            if v.is_none() {
                continue;
            }
            match as_str(v) {
                Some(s) => seps[i] = s.to_string(),
                None => {
                    let tn = rt.type_name(v);
                    return Err(
                        rt.type_error(&format!("{name} must be None or a string, not {tn}"))
                    );
                }
            }
        }
    }
    // Without file=, print goes to sys.stdout (the process's stdout unless replaced).
    let file = p[2]
        .clone()
        .filter(|f| !f.is_none())
        .or_else(|| rt.redirected_stdout());
    // sys.stdout set to None (as for a GUI program without a console): print does nothing.
    if file.as_ref().is_some_and(|f| f.is_none()) {
        return Ok(Value::NONE);
    }
    let flush = match &p[3] {
        Some(f) => rt.truthy(f)?,
        None => false,
    };
    match file {
        None => {
            let out = print_text(rt, args, &seps)?;
            let so = rt.sys_stdout.clone();
            if crate::types::io::text::is_text(&so) && crate::types::io::text::is_closed(&so) {
                return Err(rt.value_error("I/O operation on closed file."));
            }
            rt.write_stdout(&out)?;
            if flush {
                let _ = rt.stdout.flush();
            }
        }
        Some(f) if crate::types::io::text::is_text(&f) => {
            // A native text file (sys.stderr, an open() file): written without method calls.
            let out = print_text(rt, args, &seps)?;
            let n = out.chars().count();
            crate::types::io::text::write(rt, &f, &out, n)?;
            if flush {
                crate::types::io::text::flush(rt, &f)?;
            }
        }
        Some(f) => {
            let write = rt.getattr(&f, "write")?;
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    let s = rt.new_str(&seps[0]);
                    rt.call(&write, &[s], &[])?;
                }
                let s = rt.str(a)?;
                rt.call(&write, &[s], &[])?;
            }
            let e = rt.new_str(&seps[1]);
            rt.call(&write, &[e], &[])?;
            if flush {
                let fl = rt.getattr(&f, "flush")?;
                rt.call(&fl, &[], &[])?;
            }
        }
    }
    Ok(Value::NONE)
}

/// What print() writes: the str() of each argument joined by `seps[0]`, then `seps[1]`.
fn print_text(rt: &mut Runtime, args: &[Value], seps: &[String]) -> PyResult<String> {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&seps[0]);
        }
        match a.kind() {
            Some(Kind::Str(s)) => out.push_str(&s.s),
            _ => out.push_str(&rt.str_string(a)?),
        }
    }
    out.push_str(&seps[1]);
    Ok(out)
}

fn input(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "input", kw)?;
    check_pos(rt, "input", args.len(), 0, 1)?;
    let stdin = rt.sys_attr("stdin").unwrap_or(Value::NONE);
    if stdin.is_none() {
        return Err(rt.new_exc("RuntimeError", "input(): lost sys.stdin"));
    }
    let out = rt.sys_attr("stdout").unwrap_or(Value::NONE);
    if out.is_none() {
        return Err(rt.new_exc("RuntimeError", "input(): lost sys.stdout"));
    }
    if let Some(prompt) = args.first() {
        let s = rt.str(prompt)?;
        let w = rt.getattr(&out, "write")?;
        rt.call(&w, &[s], &[])?;
    }
    let fl = rt.getattr(&out, "flush")?;
    rt.call(&fl, &[], &[])?;
    let _ = rt.stdout.flush();
    let line = if crate::types::io::text::is_text(&stdin) {
        crate::types::io::text::readline(rt, &stdin, -1)?
    } else {
        let rl = rt.getattr(&stdin, "readline")?;
        let l = rt.call(&rl, &[], &[])?;
        match l.kind() {
            Some(Kind::Str(s)) => s.s.as_str().to_owned(),
            _ => return Err(rt.type_error("object.readline() returned non-string")),
        }
    };
    if line.is_empty() {
        return Err(rt.new_exc("EOFError", "EOF when reading a line"));
    }
    let line = line.strip_suffix('\n').unwrap_or(&line).to_string();
    Ok(rt.new_string(line))
}

// ---- simple one-argument builtins -------------------------------------------------------------

fn len(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(rt, "len", args, kw)?;
    let n = rt.len(&v)?;
    Ok(int_from_i64(n as i64))
}

fn repr(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(rt, "repr", args, kw)?;
    rt.repr(&v)
}

fn ascii(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(rt, "ascii", args, kw)?;
    let r = rt.repr_string(&v)?;
    if r.is_ascii() {
        return Ok(rt.new_string(r));
    }
    Ok(rt.new_string(crate::types::str::ascii_escape(&r)))
}

fn hash(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(rt, "hash", args, kw)?;
    let h = rt.hash(&v)?;
    Ok(int_from_i64(h))
}

fn id(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(rt, "id", args, kw)?;
    // (An address fits a small int; the big-int form is for anything that would not.)
    match i64::try_from(v.id()) {
        Ok(i) => Ok(int_from_i64(i)),
        Err(_) => Ok(int_from_big(BigInt::from(v.id()))),
    }
}

fn callable(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(rt, "callable", args, kw)?;
    Ok(Value::bool(rt.is_callable(&v)))
}

pub(crate) fn abs(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(rt, "abs", args, kw)?;
    if let Some(i) = v.as_small_int() {
        return Ok(int_from_i64(i.abs()));
    }
    if let Some(f) = v.as_float() {
        return Ok(Value::float(f.abs()));
    }
    if let Some(b) = to_big(&v) {
        return Ok(int_from_big(b.abs()));
    }
    if let Some(Kind::Complex(r, i)) = v.kind() {
        let h = r.hypot(*i);
        if h.is_infinite() && r.is_finite() && i.is_finite() {
            return Err(rt.overflow_error("absolute value too large"));
        }
        return Ok(Value::float(h));
    }
    if let Some(r) = rt.call_dunder(&v, "__abs__", &[])? {
        return Ok(r);
    }
    if let Some(p) = crate::typeobj::builtin_payload(&v).cloned() {
        return abs(rt, &[p], kw);
    }
    let tn = rt.type_name(&v);
    Err(rt.type_error(&format!("bad operand type for abs(): '{tn}'")))
}

fn ord(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(rt, "ord", args, kw)?;
    let (n, first) = match v.kind() {
        Some(Kind::Str(s)) => (
            s.chars,
            s.s.chars()
                .next()
                .map(|c| crate::surrogate::code_point(c) as i64),
        ),
        Some(Kind::Bytes(b)) => (b.len(), b.first().map(|&c| c as i64)),
        Some(Kind::ByteArray(b)) => (b.borrow().len(), b.borrow().first().map(|&c| c as i64)),
        _ => {
            let tn = rt.type_name(&v);
            return Err(rt.type_error(&format!(
                "ord() expected string of length 1, but {tn} found"
            )));
        }
    };
    match (n, first) {
        (1, Some(c)) => Ok(Value::small_int(c)),
        _ => Err(rt.type_error(&format!(
            "ord() expected a character, but string of length {n} found"
        ))),
    }
}

fn chr(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(rt, "chr", args, kw)?;
    let b = index_big(rt, &v)?;
    let Some(i) = b.to_i32() else {
        return Err(rt.overflow_error("Python int too large to convert to C int"));
    };
    if !(0..0x110000).contains(&i) {
        return Err(rt.value_error("chr() arg not in range(0x110000)"));
    }
    let c = crate::surrogate::char_of(i as u32).expect("checked range");
    Ok(rt.char_str(c))
}

fn radix(
    rt: &mut Runtime,
    args: &[Value],
    kw: Kw,
    name: &str,
    prefix: &str,
    base: u32,
) -> PyResult {
    let v = one_arg(rt, name, args, kw)?;
    let b = index_big(rt, &v)?;
    let digits = b.magnitude().to_str_radix(base);
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(rt.new_string(format!("{sign}{prefix}{digits}")))
}

fn hex(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    radix(rt, args, kw, "hex", "0x", 16)
}
fn oct(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    radix(rt, args, kw, "oct", "0o", 8)
}
fn bin(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    radix(rt, args, kw, "bin", "0b", 2)
}

fn format(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "format", kw)?;
    check_pos(rt, "format", args.len(), 1, 2)?;
    let spec = match args.get(1) {
        None => String::new(),
        Some(s) => match as_str(s) {
            Some(x) => x.to_string(),
            None => {
                let tn = rt.arg_type_name(s);
                return Err(rt.type_error(&format!("format() argument 2 must be str, not {tn}")));
            }
        },
    };
    rt.format(&args[0], &spec)
}

// ---- iteration builtins -----------------------------------------------------------------------

/// any() (`want` true) and all() (`want` false): whether an item's truth is `want`.
fn any_all(rt: &mut Runtime, v: &Value, want: bool) -> PyResult<bool> {
    let it = rt.get_iter(v)?;
    loop {
        // Items whose truth is plain are taken (through Runtime::feed) until one is `want`
        // or one needs Python code.
        let mut found = false;
        let back = rt.feed(&it, &mut |x| match crate::ops::plain_truth(&x) {
            Some(t) if t == want => {
                found = true;
                Some(x)
            }
            Some(_) => None,
            None => Some(x),
        })?;
        match back {
            None => return Ok(false),
            Some(_) if found => return Ok(true),
            Some(x) => {
                if rt.truthy(&x)? == want {
                    return Ok(true);
                }
            }
        }
    }
}

fn any(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(rt, "any", args, kw)?;
    Ok(Value::bool(any_all(rt, &v, true)?))
}

fn all(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let v = one_arg(rt, "all", args, kw)?;
    Ok(Value::bool(!any_all(rt, &v, false)?))
}

fn min_max(rt: &mut Runtime, args: &[Value], kw: Kw, name: &str, op: CmpOp) -> PyResult {
    let mut key = None;
    let mut default = None;
    if kw.len() > 2 {
        return Err(rt.type_error(&format!(
            "{name}() takes at most 2 keyword arguments ({} given)",
            kw.len()
        )));
    }
    for (k, v) in kw {
        match kw_name(k) {
            "key" => key = Some(v.clone()).filter(|k| !k.is_none()),
            "default" => default = Some(v.clone()),
            other => {
                return Err(rt.type_error(&format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    if args.is_empty() {
        return Err(rt.type_error(&format!("{name} expected at least 1 argument, got 0")));
    }
    if args.len() > 1 && default.is_some() {
        return Err(rt.type_error(&format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let it = if args.len() == 1 {
        rt.get_iter(&args[0])?
    } else {
        rt.make_iter(IterState::Seq {
            seq: rt.new_tuple(args.to_vec()),
            idx: 0,
        })
    };
    let mut best: Option<(Value, Value)> = None;
    if key.is_none() {
        // Ints and floats compared among themselves run no Python code: such items are
        // taken through Runtime::feed (a generator's in one run of its frame); any other
        // comes back and is compared the usual way.
        let lt = op == CmpOp::Lt;
        let plain_better = |x: &Value, b: &Value| match (x.as_small_int(), b.as_small_int()) {
            (Some(a), Some(c)) => Some(if lt { a < c } else { a > c }),
            _ => match (x.as_float(), b.as_float()) {
                (Some(a), Some(c)) => Some(if lt { a < c } else { a > c }),
                _ => None,
            },
        };
        loop {
            let back = rt.feed(&it, &mut |x| {
                let better = match &best {
                    None if x.is_small_int() || x.is_float() => true,
                    None => return Some(x),
                    Some((b, _)) => match plain_better(&x, b) {
                        Some(t) => t,
                        None => return Some(x),
                    },
                };
                if better {
                    best = Some((x.clone(), x));
                }
                None
            })?;
            let Some(x) = back else { break };
            let better = match &best {
                None => true,
                Some((bk, _)) => rt.compare_bool(&x, bk, op)?,
            };
            if better {
                best = Some((x.clone(), x));
            }
        }
    }
    // (With a key; without one, the loop above has read the iterator to its end.)
    while key.is_some() {
        let Some(x) = rt.next(&it)? else { break };
        let k = match &key {
            Some(f) => rt.call(f, std::slice::from_ref(&x), &[])?,
            None => x.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => match (k.as_small_int(), bk.as_small_int()) {
                (Some(a), Some(b)) => {
                    if op == CmpOp::Lt {
                        a < b
                    } else {
                        a > b
                    }
                }
                _ => rt.compare_bool(&k, bk, op)?,
            },
        };
        if better {
            best = Some((k, x));
        }
    }
    match best {
        Some((_, x)) => Ok(x),
        None => match default {
            Some(d) => Ok(d),
            None => Err(rt.value_error(&format!("{name}() iterable argument is empty"))),
        },
    }
}

fn min(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    min_max(rt, args, kw, "min", CmpOp::Lt)
}

fn max(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    min_max(rt, args, kw, "max", CmpOp::Gt)
}

/// `sum(iterable, start)` with CPython 3.12's int and float fast paths (Neumaier
/// compensated summation for floats).
fn sum(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let p = parse_args(rt, "sum", args, kw, &["iterable", "start"], 1, 2, 1)?;
    let iterable = p[0].clone().unwrap_or(Value::NONE);
    let mut result = p[1].clone().unwrap_or(Value::small_int(0));
    match result.kind() {
        Some(Kind::Str(_)) => {
            return Err(rt.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Kind::Bytes(_)) => {
            return Err(rt.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Kind::ByteArray(_)) => {
            return Err(rt.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = rt.get_iter(&iterable)?;
    let mut pending: Option<Value> = None;
    // Int fast path (exact ints, not bools, as the start value).
    // (The items are offered through Runtime::feed, a generator's in one run of its frame;
    // what these fast paths do with them runs no Python code.)
    let machine_int = |x: &Value| {
        x.as_small_int()
            .or_else(|| x.as_bool().map(i64::from))
            .or_else(|| match x.kind() {
                Some(Kind::Int(b)) => b.to_i64(),
                _ => None,
            })
    };
    if result.is_small_int() || matches!(result.kind(), Some(Kind::Int(_))) {
        if let Some(mut acc) = to_big(&result).and_then(|b| b.to_i64()) {
            let back = rt.feed(&it, &mut |x| {
                if let Some(s) = machine_int(&x).and_then(|b| acc.checked_add(b)) {
                    acc = s;
                    return None;
                }
                Some(x)
            })?;
            let Some(x) = back else {
                return Ok(int_from_i64(acc));
            };
            let r = int_from_i64(acc);
            result = rt.binary_op(BinOp::Add, &r, &x)?;
        }
    }
    // Float fast path.
    if result.is_float() {
        let mut f = result.as_float().unwrap_or(0.0);
        let mut c = 0.0f64;
        let back = rt.feed(&it, &mut |x| {
            if let Some(xf) = x.as_float() {
                let t = f + xf;
                if f.abs() >= xf.abs() {
                    c += (f - t) + xf;
                } else {
                    c += (xf - t) + f;
                }
                f = t;
                return None;
            }
            if let Some(i) = machine_int(&x) {
                f += i as f64;
                return None;
            }
            Some(x)
        })?;
        if c != 0.0 && c.is_finite() {
            f += c;
        }
        let Some(x) = back else {
            return Ok(Value::float(f));
        };
        result = Value::float(f);
        pending = Some(x);
    }
    if let Some(x) = pending {
        result = rt.binary_op(BinOp::Add, &result, &x)?;
    }
    while let Some(x) = rt.next(&it)? {
        result = rt.binary_op(BinOp::Add, &result, &x)?;
    }
    Ok(result)
}

fn sorted(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    check_pos(rt, "sorted", args.len(), 1, 1)?;
    let mut items = match args[0].kind() {
        Some(Kind::List(l)) => l.borrow().clone(),
        _ => rt.to_vec(&args[0])?,
    };
    crate::types::list::sort_kw(rt, &mut items, kw)?;
    Ok(rt.new_list(items))
}

pub(crate) fn reversed(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "reversed", kw)?;
    check_pos(rt, "reversed", args.len(), 1, 1)?;
    let seq = args[0].clone();
    let st = match seq.kind() {
        Some(Kind::List(l)) => IterState::Reversed {
            idx: l.borrow().len(),
            seq: seq.clone(),
        },
        Some(Kind::Tuple(t)) => IterState::Reversed {
            idx: t.len(),
            seq: seq.clone(),
        },
        Some(Kind::Str(s)) => IterState::Reversed {
            idx: s.chars,
            seq: seq.clone(),
        },
        Some(Kind::Bytes(b)) => IterState::Reversed {
            idx: b.len(),
            seq: seq.clone(),
        },
        Some(Kind::ByteArray(b)) => IterState::Reversed {
            idx: b.borrow().len(),
            seq: seq.clone(),
        },
        Some(Kind::Range(r)) => {
            let n = crate::types::range::range_len(r);
            let (start, step) = (
                to_big(&r.start).unwrap_or_default(),
                to_big(&r.step).unwrap_or_default(),
            );
            let last: BigInt = &start + (&n - 1u32) * &step;
            let stop: BigInt = &start - &step;
            let neg: BigInt = -step;
            match (last.to_i64(), stop.to_i64(), neg.to_i64()) {
                (Some(a), Some(b), Some(c))
                    if !n.is_zero() && a.checked_add(c).is_some() && b.checked_add(c).is_some() =>
                {
                    IterState::Range {
                        cur: a,
                        stop: b,
                        step: c,
                    }
                }
                _ if n.is_zero() => IterState::Exhausted,
                _ => IterState::BigRange(Box::new([last, stop, neg])),
            }
        }
        Some(Kind::Dict(d)) => IterState::DictRev {
            src: seq.clone(),
            idx: d.borrow().slots(),
            len: d.borrow().len(),
        },
        Some(Kind::DictView(d, which)) => match d.kind() {
            Some(Kind::Dict(dd)) => IterState::DictRev {
                // (A keys view or a mappingproxy walks the keys: the dict itself.)
                src: if matches!(which, 1 | 2) {
                    seq.clone()
                } else {
                    d.clone()
                },
                idx: dd.borrow().slots(),
                len: dd.borrow().len(),
            },
            _ => IterState::Exhausted,
        },
        Some(Kind::Instance(_)) | Some(Kind::Native(..)) | Some(Kind::Type(_)) => {
            let t = rt.type_of(&seq);
            match lookup(&t, "__reversed__") {
                Some(f) if f.is_none() => {
                    let tn = rt.type_name(&seq);
                    return Err(rt.type_error(&format!("'{tn}' object is not reversible")));
                }
                Some(_) => {
                    return Ok(rt
                        .call_dunder(&seq, "__reversed__", &[])?
                        .unwrap_or(Value::NONE));
                }
                None => {
                    if let Some(p) = crate::typeobj::builtin_payload(&seq).cloned() {
                        if lookup(&t, "__getitem__").is_none() {
                            return reversed(rt, &[p], &[]);
                        }
                    }
                    if lookup(&t, "__getitem__").is_none() {
                        let tn = rt.type_name(&seq);
                        return Err(rt.type_error(&format!("'{tn}' object is not reversible")));
                    }
                    if lookup(&t, "__len__").is_none() {
                        let tn = rt.type_name(&seq);
                        return Err(rt.type_error(&format!("object of type '{tn}' has no len()")));
                    }
                    let n = rt.len(&seq)?;
                    IterState::Reversed {
                        idx: n,
                        seq: seq.clone(),
                    }
                }
            }
        }
        _ => {
            let tn = rt.type_name(&seq);
            return Err(rt.type_error(&format!("'{tn}' object is not reversible")));
        }
    };
    Ok(new_iter(st))
}

fn enumerate(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    if args.is_empty() && kw.iter().all(|(k, _)| kw_name(k) != "iterable") {
        if let Some((k, _)) = kw.iter().find(|(k, _)| kw_name(k) != "start") {
            let n = kw_name(k).to_string();
            return Err(rt.type_error(&format!(
                "'{n}' is an invalid keyword argument for enumerate()"
            )));
        }
        return Err(rt.type_error("enumerate() missing required argument 'iterable'"));
    }
    let p = parse_args(rt, "enumerate", args, kw, &["iterable", "start"], 0, 2, 1)?;
    let iterable = p[0].clone().unwrap_or(Value::NONE);
    let start = match &p[1] {
        Some(s) => int_from_big(index_big(rt, s)?),
        None => Value::small_int(0),
    };
    let it = rt.get_iter(&iterable)?;
    Ok(new_iter(IterState::Enumerate { it, count: start }))
}

fn zip(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let mut strict = false;
    for (k, v) in kw {
        match kw_name(k) {
            "strict" => strict = rt.truthy(v)?,
            other => {
                return Err(rt.type_error(&format!(
                    "'{other}' is an invalid keyword argument for zip()"
                )))
            }
        }
    }
    let mut its = Vec::with_capacity(args.len());
    for a in args {
        its.push(rt.get_iter(a)?);
    }
    Ok(new_iter(IterState::Zip {
        its: its.into(),
        strict,
    }))
}

fn map(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "map", kw)?;
    if args.len() < 2 {
        return Err(rt.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        its.push(rt.get_iter(a)?);
    }
    Ok(new_iter(IterState::Map {
        f: args[0].clone(),
        its: its.into(),
    }))
}

fn filter(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "filter", kw)?;
    check_pos(rt, "filter", args.len(), 2, 2)?;
    let it = rt.get_iter(&args[1])?;
    Ok(new_iter(IterState::Filter {
        f: args[0].clone(),
        it,
    }))
}

fn iter(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "iter", kw)?;
    check_pos(rt, "iter", args.len(), 1, 2)?;
    if args.len() == 1 {
        return rt.get_iter(&args[0]);
    }
    if !rt.is_callable(&args[0]) {
        return Err(rt.type_error("iter(object, sentinel): object must be callable"));
    }
    Ok(new_iter(IterState::Callable {
        f: args[0].clone(),
        sentinel: args[1].clone(),
    }))
}

fn next(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "next", kw)?;
    check_pos(rt, "next", args.len(), 1, 2)?;
    // Non-builtin iterators: call __next__ so its StopIteration (and value) propagates
    // (a generator's without looking the method up).
    if !matches!(args[0].kind(), Some(Kind::Iter(_))) {
        let direct = match args[0].kind() {
            Some(Kind::Native(..)) => (rt.hooks.native_next_value)(rt, &args[0]),
            _ => None,
        };
        let r = match direct {
            Some(r) => r.map(Some),
            None => rt.call_dunder(&args[0], "__next__", &[]),
        };
        match r {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {
                let msg = format!("'{}' object is not an iterator", rt.type_name(&args[0]));
                return Err(rt.type_error(&msg));
            }
            Err(e) if args.len() == 2 && rt.exc_matches(&e, "StopIteration") => {
                return Ok(args[1].clone())
            }
            Err(e) => return Err(e),
        }
    }
    match rt.next(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(rt.exc_with_args("StopIteration", Vec::new())),
        },
    }
}

// ---- type checks ------------------------------------------------------------------------------

/// `isinstance(obj, cls)` for one class-info item (recursing into tuples).
/// `isinstance(obj, cls)`.
pub fn isinstance2(rt: &mut Runtime, obj: &Value, cls: &Value) -> PyResult<bool> {
    isinstance_of(rt, obj, cls, 0)
}

fn isinstance_of(rt: &mut Runtime, obj: &Value, cls: &Value, depth: usize) -> PyResult<bool> {
    if let Some(Kind::Tuple(t)) = cls.kind() {
        if depth > rt.recursion_limit {
            return Err(rt.new_exc(
                "RecursionError",
                "maximum recursion depth exceeded in __instancecheck__",
            ));
        }
        for c in t.iter() {
            if isinstance_of(rt, obj, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if as_type(cls).is_none() {
        if let Some(r) = instancecheck_hook(rt, cls, "__instancecheck__", obj)? {
            return Ok(r);
        }
        return Err(
            rt.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
        );
    }
    let ot = rt.type_of(obj);
    if ot.is(cls) {
        return Ok(true);
    }
    let meta = rt.type_of(cls);
    if !meta.is(&rt.types.type_) {
        if let Some(r) = instancecheck_hook(rt, cls, "__instancecheck__", obj)? {
            return Ok(r);
        }
    }
    if is_subtype(&ot, cls) {
        return Ok(true);
    }
    // An instance whose `__class__` attribute names another class (a proxy) is an
    // instance of that class too. Only a class that defines `__class__` or its own
    // `__getattribute__` can answer differently, so other failed checks skip the lookup.
    // (The class's hooks are looked up once per type epoch: `attr_hooks`.)
    if matches!(obj.kind(), Some(Kind::Instance(_)))
        && crate::typeobj::attr_hooks(rt, &ot)
            & (crate::typeobj::HOOK_CLASS | crate::typeobj::HOOK_GETATTRIBUTE)
            != 0
    {
        match rt.getattr(obj, "__class__") {
            Ok(c) if !c.is(&ot) && as_type(&c).is_some() => return Ok(is_subtype(&c, cls)),
            Ok(_) => {}
            Err(e) if rt.exc_matches(&e, "AttributeError") => {}
            Err(e) => return Err(e),
        }
    }
    Ok(false)
}

/// Calls `type(cls).<hook>(cls, x)` if the metaclass defines it (not `type` itself).
fn instancecheck_hook(
    rt: &mut Runtime,
    cls: &Value,
    hook: &str,
    x: &Value,
) -> PyResult<Option<bool>> {
    let meta = rt.type_of(cls);
    let Some((f, owner)) = crate::typeobj::lookup_with_owner(&meta, hook) else {
        return Ok(None);
    };
    if owner.is(&rt.types.type_) {
        return Ok(None);
    }
    let r = rt.call(&f, &[cls.clone(), x.clone()], &[])?;
    Ok(Some(rt.truthy(&r)?))
}

fn isinstance(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "isinstance", kw)?;
    check_pos(rt, "isinstance", args.len(), 2, 2)?;
    Ok(Value::bool(isinstance_of(rt, &args[0], &args[1], 0)?))
}

fn issubclass_of(rt: &mut Runtime, sub: &Value, cls: &Value, depth: usize) -> PyResult<bool> {
    if let Some(Kind::Tuple(t)) = cls.kind() {
        if depth > rt.recursion_limit {
            return Err(rt.new_exc(
                "RecursionError",
                "maximum recursion depth exceeded in __subclasscheck__",
            ));
        }
        for c in t.iter() {
            if issubclass_of(rt, sub, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if as_type(cls).is_some() && !rt.type_of(cls).is(&rt.types.type_) {
        if let Some(r) = instancecheck_hook(rt, cls, "__subclasscheck__", sub)? {
            return Ok(r);
        }
    }
    if as_type(sub).is_none() {
        return Err(rt.type_error("issubclass() arg 1 must be a class"));
    }
    if as_type(cls).is_none() {
        if let Some(r) = instancecheck_hook(rt, cls, "__subclasscheck__", sub)? {
            return Ok(r);
        }
        return Err(
            rt.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    }
    Ok(is_subtype(sub, cls))
}

fn issubclass(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "issubclass", kw)?;
    check_pos(rt, "issubclass", args.len(), 2, 2)?;
    Ok(Value::bool(issubclass_of(rt, &args[0], &args[1], 0)?))
}

// ---- numbers ----------------------------------------------------------------------------------

pub(crate) fn round(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let p = parse_args(rt, "round", args, kw, &["number", "ndigits"], 0, 2, 1)?;
    let x = p[0].clone().unwrap_or(Value::NONE);
    let nd = p[1].clone().filter(|v| !v.is_none());
    if is_int(&x) {
        let b = to_big(&x).unwrap_or_default();
        return Ok(match nd {
            None => int_from_big(b),
            Some(n) => {
                let n = index_big(rt, &n)?;
                let n = n
                    .to_i64()
                    .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
                int_from_big(crate::types::int::round_int(&b, n))
            }
        });
    }
    if let Some(f) = x.as_float() {
        return match nd {
            None => {
                if f.is_nan() {
                    return Err(rt.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(rt.overflow_error("cannot convert float infinity to integer"));
                }
                let r = f.round_ties_even();
                Ok(int_from_big(crate::types::int::float_to_bigint(rt, r)?))
            }
            Some(n) => {
                let n = index_big(rt, &n)?;
                let n = n
                    .to_i64()
                    .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
                Ok(Value::float(crate::types::float::round_float(rt, f, n)?))
            }
        };
    }
    let t = rt.type_of(&x);
    if matches!(x.kind(), Some(Kind::Instance(_))) && lookup(&t, "__round__").is_some() {
        let extra: Vec<Value> = nd.into_iter().collect();
        if let Some(r) = rt.call_dunder(&x, "__round__", &extra)? {
            return Ok(r);
        }
    } else if let Some(p) = crate::typeobj::builtin_payload(&x).cloned() {
        let mut a = vec![p];
        a.extend(nd);
        return round(rt, &a, &[]);
    }
    let tn = rt.type_name(&x);
    Err(rt.type_error(&format!("type {tn} doesn't define __round__ method")))
}

pub(crate) fn divmod(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "divmod", kw)?;
    check_pos(rt, "divmod", args.len(), 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if is_int(a) && is_int(b) {
        let q = rt.binary_op(BinOp::FloorDiv, a, b)?;
        let r = rt.binary_op(BinOp::Mod, a, b)?;
        return Ok(rt.new_tuple(vec![q, r]));
    }
    if (a.is_float() || is_int(a)) && (b.is_float() || is_int(b)) {
        let x = to_f64(rt, a)?.unwrap_or(0.0);
        let y = to_f64(rt, b)?.unwrap_or(0.0);
        if y == 0.0 {
            return Err(rt.zero_div("float divmod()"));
        }
        let q = Value::float(float_floordiv(x, y));
        let r = Value::float(float_mod(x, y));
        return Ok(rt.new_tuple(vec![q, r]));
    }
    let user = |v: &Value| matches!(v.kind(), Some(Kind::Instance(_)));
    if user(a) || user(b) {
        let ta = rt.type_of(a);
        let tb = rt.type_of(b);
        let reflected_first =
            !ta.is(&tb) && is_subtype(&tb, &ta) && lookup(&tb, "__rdivmod__").is_some();
        let mut attempts: Vec<(Value, &str, Value)> = Vec::new();
        if reflected_first {
            attempts.push((b.clone(), "__rdivmod__", a.clone()));
        }
        attempts.push((a.clone(), "__divmod__", b.clone()));
        if !ta.is(&tb) && !reflected_first {
            attempts.push((b.clone(), "__rdivmod__", a.clone()));
        }
        for (obj, name, other) in attempts {
            if !user(&obj) {
                continue;
            }
            if let Some(r) = rt.call_dunder(&obj, name, &[other])? {
                if !r.is(&rt.not_implemented) {
                    return Ok(r);
                }
            }
        }
        // Subclasses of int/float: divmod of the numbers inside.
        let pa = crate::typeobj::builtin_payload(a).cloned();
        let pb = crate::typeobj::builtin_payload(b).cloned();
        if pa.is_some() || pb.is_some() {
            let x = pa.unwrap_or_else(|| a.clone());
            let y = pb.unwrap_or_else(|| b.clone());
            if !user(&x) && !user(&y) {
                return divmod(rt, &[x, y], &[]);
            }
        }
    }
    let (ta, tb) = (rt.type_name(a), rt.type_name(b));
    Err(rt.type_error(&format!(
        "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
    )))
}

fn pow(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let p = parse_args(rt, "pow", args, kw, &["base", "exp", "mod"], 0, 3, 2)?;
    let base = p[0].clone().unwrap_or(Value::NONE);
    let exp = p[1].clone().unwrap_or(Value::NONE);
    match p[2].clone().filter(|m| !m.is_none()) {
        None => rt.binary_op(BinOp::Pow, &base, &exp),
        Some(m) => {
            if is_int(&base) && is_int(&exp) && is_int(&m) {
                return crate::ops::num::int_pow_mod(rt, &base, &exp, &m);
            }
            if matches!(base.kind(), Some(Kind::Instance(_)))
                && lookup(&rt.type_of(&base), "__pow__").is_some()
            {
                if let Some(r) = rt.call_dunder(&base, "__pow__", &[exp.clone(), m.clone()])? {
                    if !r.is(&rt.not_implemented) {
                        return Ok(r);
                    }
                }
            }
            // Subclasses of int: pow of the ints inside.
            let inner = |v: &Value| crate::typeobj::builtin_payload(v).cloned();
            if [&base, &exp, &m].iter().any(|v| inner(v).is_some()) {
                let vals: Vec<Value> = [&base, &exp, &m]
                    .iter()
                    .map(|v| inner(v).unwrap_or_else(|| (*v).clone()))
                    .collect();
                if vals.iter().all(|v| is_int(v) || v.is_float()) {
                    return pow(rt, &vals, &[]);
                }
            }
            let number = |v: &Value| {
                is_int(v) || v.is_float() || matches!(v.kind(), Some(Kind::Complex(..)))
            };
            if [&base, &exp, &m].iter().all(|v| number(v)) {
                if [&base, &exp, &m]
                    .iter()
                    .any(|v| matches!(v.kind(), Some(Kind::Complex(..))))
                {
                    return Err(rt.value_error("complex modulo"));
                }
                return Err(rt.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            let (a, b, c) = (rt.type_name(&base), rt.type_name(&exp), rt.type_name(&m));
            Err(rt.type_error(&format!(
                "unsupported operand type(s) for ** or pow(): '{a}', '{b}', '{c}'"
            )))
        }
    }
}

// ---- attributes -------------------------------------------------------------------------------

/// The attribute name argument, borrowed (a constant name keeps one address, so the
/// runtime's name-hash memo finds it without hashing).
fn attr_name<'a>(rt: &mut Runtime, v: &'a Value) -> PyResult<&'a str> {
    match as_str(v) {
        Some(s) => Ok(s),
        None => {
            let tn = rt.type_name(v);
            Err(rt.type_error(&format!("attribute name must be string, not '{tn}'")))
        }
    }
}

fn getattr(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "getattr", kw)?;
    check_pos(rt, "getattr", args.len(), 2, 3)?;
    let name = attr_name(rt, &args[1])?;
    if args.len() == 2 {
        return rt.getattr(&args[0], name);
    }
    match rt.getattr_or_absent(&args[0], name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Ok(args[2].clone()),
        Err(e) if rt.exc_matches(&e, "AttributeError") => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "setattr", kw)?;
    check_pos(rt, "setattr", args.len(), 3, 3)?;
    let name = attr_name(rt, &args[1])?;
    rt.setattr(&args[0], name, &args[2])?;
    Ok(Value::NONE)
}

fn hasattr(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "hasattr", kw)?;
    check_pos(rt, "hasattr", args.len(), 2, 2)?;
    let name = attr_name(rt, &args[1])?;
    match rt.getattr_or_absent(&args[0], name) {
        Ok(v) => Ok(Value::bool(v.is_some())),
        Err(e) if rt.exc_matches(&e, "AttributeError") => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn delattr(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "delattr", kw)?;
    check_pos(rt, "delattr", args.len(), 2, 2)?;
    let name = attr_name(rt, &args[1])?;
    rt.delattr(&args[0], name)?;
    Ok(Value::NONE)
}

fn vars(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "vars", kw)?;
    check_pos(rt, "vars", args.len(), 0, 1)?;
    let Some(obj) = args.first() else {
        return match builtin_named(rt, "locals") {
            Some(f) => rt.call(&f, &[], &[]),
            None => Err(rt.not_implemented_error("vars() without arguments")),
        };
    };
    match rt.getattr(obj, "__dict__") {
        Ok(d) => Ok(d),
        Err(e) if rt.exc_matches(&e, "AttributeError") => {
            Err(rt.type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

/// Adds the keys of a namespace dict to `out`.
fn dict_keys_into(d: &Value, out: &mut Vec<Value>) {
    if let Some(Kind::Dict(dd)) = d.kind() {
        out.extend(dd.borrow().keys());
    }
}

/// What `dir()` shows of `object` itself on every object.
const OBJECT_DIR: [&str; 14] = [
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__getattribute__",
    "__getstate__",
    "__init__",
    "__init_subclass__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__setattr__",
    "__sizeof__",
    "__subclasshook__",
];

fn dir(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    no_kw(rt, "dir", kw)?;
    check_pos(rt, "dir", args.len(), 0, 1)?;
    let mut names: Vec<Value> = Vec::new();
    match args.first() {
        None => {
            let Some(f) = builtin_named(rt, "locals") else {
                return Err(rt.not_implemented_error("dir() without arguments"));
            };
            let l = rt.call(&f, &[], &[])?;
            dict_keys_into(&l, &mut names);
            if names.is_empty() {
                names = rt.to_vec(&l)?;
            }
        }
        Some(obj) if matches!(obj.kind(), Some(Kind::Module(_))) => {
            // A module: its own __dir__ (PEP 562) or the names in its namespace.
            let Some(Kind::Module(m)) = obj.kind() else {
                unreachable!()
            };
            let d = m.dict.clone();
            let custom = match d.kind() {
                Some(Kind::Dict(dd)) => dd.borrow().get_str("__dir__").cloned(),
                _ => None,
            };
            let mut v = match custom {
                Some(f) => {
                    let r = rt.call(&f, &[], &[])?;
                    rt.to_vec(&r)?
                }
                None => {
                    let mut v = Vec::new();
                    dict_keys_into(&d, &mut v);
                    v
                }
            };
            crate::types::list::sort_values(rt, &mut v, None, false)?;
            return Ok(rt.new_list(v));
        }
        Some(obj) => {
            let t = rt.type_of(obj);
            let custom = crate::typeobj::lookup_with_owner(&t, "__dir__")
                .filter(|(_, o)| !o.is(&rt.types.object));
            if let Some((f, _)) = custom {
                // A custom __dir__'s result is only sorted (duplicates stay).
                let r = rt.call(&f, std::slice::from_ref(obj), &[])?;
                let mut v = rt.to_vec(&r)?;
                crate::types::list::sort_values(rt, &mut v, None, false)?;
                return Ok(rt.new_list(v));
            } else {
                // Builtin slots and object's own attributes, as CPython lists them.
                let ty = if matches!(obj.kind(), Some(Kind::Type(_))) {
                    obj.clone()
                } else {
                    t.clone()
                };
                for n in crate::types::slots::slot_names(rt, &ty) {
                    names.push(rt.new_str(n));
                }
                for n in OBJECT_DIR {
                    names.push(rt.new_str(n));
                }
                if matches!(obj.kind(), Some(Kind::Type(_))) {
                    for n in ["__dict__", "__module__", "__weakref__"] {
                        if !as_type(obj).map(|tt| tt.builtin).unwrap_or(true) {
                            names.push(rt.new_str(n));
                        }
                    }
                } else if matches!(obj.kind(), Some(Kind::Instance(_)))
                    && crate::typeobj::has_instance_dict(&t)
                {
                    names.push(rt.new_str("__dict__"));
                    names.push(rt.new_str("__module__"));
                    names.push(rt.new_str("__weakref__"));
                }
                match obj.kind() {
                    Some(Kind::Module(m)) => dict_keys_into(&m.dict, &mut names),
                    Some(Kind::Type(tt)) => {
                        for c in tt.mro.borrow().iter() {
                            if let Some(ct) = as_type(c) {
                                names.extend(ct.dict.borrow().keys());
                            }
                        }
                    }
                    _ => {
                        if let Some(Kind::Instance(i)) = obj.kind() {
                            if let Some(d) = i.dict_value() {
                                dict_keys_into(&d, &mut names);
                            }
                        }
                        if let Some(tt) = as_type(&t) {
                            for c in tt.mro.borrow().iter() {
                                if let Some(ct) = as_type(c) {
                                    names.extend(ct.dict.borrow().keys());
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    // Deduplicate and sort.
    let mut seen = std::collections::HashSet::new();
    let mut strs: Vec<Value> = Vec::new();
    let mut others: Vec<Value> = Vec::new();
    seen.insert("__qualname__".to_string());
    for n in names {
        match as_str(&n) {
            Some(s) => {
                if seen.insert(s.to_string()) {
                    strs.push(n.clone());
                }
            }
            None => others.push(n),
        }
    }
    strs.extend(others);
    crate::types::list::sort_values(rt, &mut strs, None, false)?;
    Ok(rt.new_list(strs))
}
