//! The builtin functions (print, len, sorted, ...) and the builtins namespace entries for
//! the builtin types and constants.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::object::{IterState, Kind, PyResult};
use crate::ops::cmp::CmpOp;
use crate::ops::num::{int_from_big, to_big};
use crate::value::Value;
use crate::Runtime;

type Kw<'a> = &'a [(Value, Value)];

fn kwarg(rt: &mut Runtime, kw: Kw, name: &str) -> PyResult<Option<Value>> {
    for (k, v) in kw {
        if &*rt.str_of(k)? == name {
            return Ok(Some(v.clone()));
        }
    }
    Ok(None)
}

fn exactly(rt: &mut Runtime, args: &[Value], name: &str, n: usize) -> PyResult<()> {
    if args.len() != n {
        let msg = if n == 1 {
            format!("{name}() takes exactly one argument ({} given)", args.len())
        } else {
            format!("{name} expected {n} arguments, got {}", args.len())
        };
        return Err(rt.type_error(&msg));
    }
    Ok(())
}

fn print(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let sep = match kwarg(rt, kw, "sep")? {
        Some(v) if !v.is_none() => rt.str_of(&v)?.to_string(),
        _ => " ".into(),
    };
    let end = match kwarg(rt, kw, "end")? {
        Some(v) if !v.is_none() => rt.str_of(&v)?.to_string(),
        _ => "\n".into(),
    };
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&rt.str_string(a)?);
    }
    out.push_str(&end);
    match kwarg(rt, kw, "file")? {
        Some(f) if !f.is_none() => {
            let w = rt.getattr(&f, "write")?;
            let s = rt.new_string(out);
            rt.call(&w, &[s], &[])?;
        }
        _ => rt.write_stdout(&out)?,
    }
    Ok(Value::NONE)
}

fn len(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "len", 1)?;
    Ok(Value::small_int(rt.len(&args[0])? as i64))
}
fn repr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "repr", 1)?;
    rt.repr(&args[0])
}
fn ascii(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "ascii", 1)?;
    let s = rt.repr_string(&args[0])?;
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c)
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"))
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"))
        } else {
            out.push_str(&format!("\\U{n:08x}"))
        }
    }
    Ok(rt.new_string(out))
}
fn abs(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "abs", 1)?;
    let v = &args[0];
    if let Some(b) = to_big(v) {
        return Ok(int_from_big(b.abs()));
    }
    if let Some(f) = v.as_float() {
        return Ok(Value::float(f.abs()));
    }
    if let Some(Kind::Complex(r, i)) = v.kind() {
        return Ok(Value::float(r.hypot(*i)));
    }
    if let Some(r) = rt.call_dunder(v, "__abs__", &[])? {
        return Ok(r);
    }
    let msg = format!("bad operand type for abs(): '{}'", rt.type_name(v));
    Err(rt.type_error(&msg))
}

fn minmax(rt: &mut Runtime, args: &[Value], kw: Kw, op: CmpOp, name: &str) -> PyResult {
    let key = kwarg(rt, kw, "key")?.filter(|k| !k.is_none());
    let default = kwarg(rt, kw, "default")?;
    let items = if args.len() == 1 {
        rt.to_vec(&args[0])?
    } else if args.is_empty() {
        let msg = format!("{name} expected at least 1 argument, got 0");
        return Err(rt.type_error(&msg));
    } else {
        if default.is_some() {
            let msg =
                format!("Cannot specify a default for {name}() with multiple positional arguments");
            return Err(rt.type_error(&msg));
        }
        args.to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Some(f) => rt.call(f, &[x.clone()], &[])?,
            None => x.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => rt.compare_bool(&k, bk, op)?,
        };
        if better {
            best = Some((k, x));
        }
    }
    match best {
        Some((_, x)) => Ok(x),
        None => match default {
            Some(d) => Ok(d),
            None => {
                let msg = format!("{name}() iterable argument is empty");
                Err(rt.value_error(&msg))
            }
        },
    }
}
fn min(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    minmax(rt, args, kw, CmpOp::Lt, "min")
}
fn max(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    minmax(rt, args, kw, CmpOp::Gt, "max")
}
fn sum(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    if args.is_empty() {
        return Err(rt.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let mut acc = match (args.get(1).cloned(), kwarg(rt, kw, "start")?) {
        (Some(s), _) | (None, Some(s)) => s,
        _ => Value::small_int(0),
    };
    if let Some(Kind::Str(_)) = acc.kind() {
        return Err(rt.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = rt.get_iter(&args[0])?;
    while let Some(x) = rt.next(&it)? {
        acc = rt.binary_op(molt_bytecode::opcodes::BinOp::Add, &acc, &x)?;
    }
    Ok(acc)
}
fn sorted(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    exactly(rt, args, "sorted", 1).map_err(|_| rt.type_error("sorted expected 1 argument"))?;
    let mut items = rt.to_vec(&args[0])?;
    crate::types::list::sort_kw(rt, &mut items, kw)?;
    Ok(rt.new_list(items))
}
fn reversed(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "reversed", 1)?;
    let v = &args[0];
    if let Some(r) = rt.call_dunder(v, "__reversed__", &[])? {
        return Ok(r);
    }
    match v.kind() {
        Some(Kind::List(_))
        | Some(Kind::Tuple(_))
        | Some(Kind::Str(_))
        | Some(Kind::Range(_))
        | Some(Kind::Instance(_)) => {
            if let Some(Kind::Range(_)) | Some(Kind::Str(_)) = v.kind() {
                let items = rt.to_vec(v)?;
                let l = rt.new_list(items);
                let n = rt.len(&l)?;
                return Ok(rt.make_iter(IterState::Reversed { seq: l, idx: n }));
            }
            let n = rt.len(v)?;
            Ok(rt.make_iter(IterState::Reversed {
                seq: v.clone(),
                idx: n,
            }))
        }
        Some(Kind::Dict(_)) | Some(Kind::DictView(..)) => {
            let mut items = rt.to_vec(v)?;
            items.reverse();
            let l = rt.new_list(items);
            rt.get_iter(&l)
        }
        _ => {
            let msg = format!("'{}' object is not reversible", rt.type_name(v));
            Err(rt.type_error(&msg))
        }
    }
}
fn enumerate(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let Some(src) = args.first() else {
        return Err(rt.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = match (args.get(1).cloned(), kwarg(rt, kw, "start")?) {
        (Some(s), _) | (None, Some(s)) => s,
        _ => Value::small_int(0),
    };
    let it = rt.get_iter(src)?;
    Ok(rt.make_iter(IterState::Enumerate { it, count: start }))
}
fn zip(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let strict = match kwarg(rt, kw, "strict")? {
        Some(v) => rt.truthy(&v)?,
        None => false,
    };
    let mut its = Vec::new();
    for (i, a) in args.iter().enumerate() {
        match rt.get_iter(a) {
            Ok(it) => its.push(it),
            Err(_) => {
                let msg = format!("zip argument #{} must support iteration", i + 1);
                return Err(rt.type_error(&msg));
            }
        }
    }
    Ok(rt.make_iter(IterState::Zip { its, strict }))
}
fn map(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() < 2 {
        return Err(rt.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(rt.get_iter(a)?);
    }
    Ok(rt.make_iter(IterState::Map {
        f: args[0].clone(),
        its,
    }))
}
fn filter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "filter", 2)?;
    let it = rt.get_iter(&args[1])?;
    Ok(rt.make_iter(IterState::Filter {
        f: args[0].clone(),
        it,
    }))
}
fn class_check(
    rt: &mut Runtime,
    cls: &Value,
    f: &dyn Fn(&Runtime, &Value) -> bool,
    name: &str,
) -> PyResult<bool> {
    match cls.kind() {
        Some(Kind::Tuple(items)) => {
            for c in items.iter() {
                if class_check(rt, c, f, name)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Kind::Type(_)) => Ok(f(rt, cls)),
        _ => {
            let msg = format!("{name}() arg 2 must be a type, a tuple of types, or a union");
            Err(rt.type_error(&msg))
        }
    }
}
fn isinstance(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "isinstance", 2)?;
    let v = args[0].clone();
    let r = class_check(
        rt,
        &args[1],
        &|rt, c| rt.isinstance_type(&v, c),
        "isinstance",
    )?;
    Ok(Value::bool(r))
}
fn issubclass(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "issubclass", 2)?;
    if !matches!(args[0].kind(), Some(Kind::Type(_))) {
        return Err(rt.type_error("issubclass() arg 1 must be a class"));
    }
    let v = args[0].clone();
    let r = class_check(
        rt,
        &args[1],
        &|_, c| crate::typeobj::is_subtype(&v, c),
        "issubclass",
    )?;
    Ok(Value::bool(r))
}
fn iter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    match args.len() {
        1 => rt.get_iter(&args[0]),
        2 => Ok(rt.make_iter(IterState::Callable {
            f: args[0].clone(),
            sentinel: args[1].clone(),
        })),
        n => {
            let msg = format!("iter expected at most 2 arguments, got {n}");
            Err(rt.type_error(&msg))
        }
    }
}
fn next(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if args.is_empty() {
        return Err(rt.type_error("next expected at least 1 argument, got 0"));
    }
    match rt.next(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(rt.exc_with_args("StopIteration", vec![])),
        },
    }
}
fn hash(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "hash", 1)?;
    let h = rt.hash(&args[0])?;
    Ok(crate::ops::num::int_from_i64(h))
}
fn id(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "id", 1)?;
    Ok(crate::ops::num::int_from_i64(args[0].id() as i64))
}
fn ord(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "ord", 1)?;
    match args[0].kind() {
        Some(Kind::Str(s)) => {
            if s.chars != 1 {
                let msg = format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars
                );
                return Err(rt.type_error(&msg));
            }
            Ok(Value::small_int(s.s.chars().next().map_or(0, |c| c as i64)))
        }
        Some(Kind::Bytes(b)) if b.len() == 1 => Ok(Value::small_int(b[0] as i64)),
        _ => {
            let msg = format!(
                "ord() expected string of length 1, but {} found",
                rt.type_name(&args[0])
            );
            Err(rt.type_error(&msg))
        }
    }
}
fn chr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "chr", 1)?;
    let i = rt.index_of(&args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(rt.new_string(c.to_string())),
        None => Err(rt.value_error("chr() arg not in range(0x110000)")),
    }
}
fn round(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let Some(x) = args.first() else {
        return Err(rt.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = match (args.get(1).cloned(), kwarg(rt, kw, "ndigits")?) {
        (Some(n), _) | (None, Some(n)) if !n.is_none() => Some(rt.index_of(&n)?),
        _ => None,
    };
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
                let b: BigInt = num_traits::FromPrimitive::from_f64(r).unwrap_or_default();
                Ok(int_from_big(b))
            }
            Some(n) => {
                if !f.is_finite() || n > 330 {
                    return Ok(Value::float(f));
                }
                if n < -330 {
                    return Ok(Value::float(0.0f64.copysign(f)));
                }
                if n >= 0 {
                    let s = format!("{:.*}", n as usize, f);
                    Ok(Value::float(s.parse::<f64>().unwrap_or(f)))
                } else {
                    let p = 10f64.powi((-n) as i32);
                    let r = (f / p).round_ties_even() * p;
                    Ok(Value::float(r))
                }
            }
        };
    }
    if let Some(b) = to_big(x) {
        return match nd {
            None => Ok(int_from_big(b)),
            Some(n) if n >= 0 => Ok(int_from_big(b)),
            Some(n) => {
                let p = BigInt::from(10).pow((-n) as u32);
                let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                Ok(int_from_big(q * p))
            }
        };
    }
    let nd_v: Vec<Value> = args.get(1).cloned().into_iter().collect();
    if let Some(r) = rt.call_dunder(x, "__round__", &nd_v)? {
        return Ok(r);
    }
    let msg = format!("type {} doesn't define __round__ method", rt.type_name(x));
    Err(rt.type_error(&msg))
}
fn divmod(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "divmod", 2)?;
    use molt_bytecode::opcodes::BinOp;
    if args[0].is_float() || args[1].is_float() {
        if let (Some(_), Some(0.0)) = (rt.float_of(&args[0])?, rt.float_of(&args[1])?) {
            return Err(rt.zero_div("float divmod()"));
        }
    }
    let q = rt.binary_op(BinOp::FloorDiv, &args[0], &args[1])?;
    let r = rt.binary_op(BinOp::Mod, &args[0], &args[1])?;
    Ok(rt.new_tuple(vec![q, r]))
}
fn pow(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    match args.len() {
        2 => rt.binary_op(molt_bytecode::opcodes::BinOp::Pow, &args[0], &args[1]),
        3 if args[2].is_none() => {
            rt.binary_op(molt_bytecode::opcodes::BinOp::Pow, &args[0], &args[1])
        }
        3 => crate::ops::num::int_pow_mod(rt, &args[0], &args[1], &args[2]),
        n => {
            let msg = format!("pow expected at least 2 arguments, got {n}");
            Err(rt.type_error(&msg))
        }
    }
}
fn any(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "any", 1)?;
    let it = rt.get_iter(&args[0])?;
    while let Some(x) = rt.next(&it)? {
        if rt.truthy(&x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}
fn all(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "all", 1)?;
    let it = rt.get_iter(&args[0])?;
    while let Some(x) = rt.next(&it)? {
        if !rt.truthy(&x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}
fn input(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if let Some(p) = args.first() {
        let s = rt.str_string(p)?;
        rt.write_stdout(&s)?;
        let _ = rt.stdout.flush();
    }
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(rt.new_exc("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(rt.new_string(line))
        }
        Err(e) => Err(rt.new_exc("OSError", &e.to_string())),
    }
}
use std::io::Write;
fn radix(rt: &mut Runtime, args: &[Value], name: &str, base: u32, prefix: &str) -> PyResult {
    exactly(rt, args, name, 1)?;
    let i = match to_big(&args[0]) {
        Some(b) => b,
        None => {
            let v = rt.index_of(&args[0])?;
            BigInt::from(v)
        }
    };
    let s = if i.is_negative() {
        format!("-{prefix}{}", (-i).to_str_radix(base))
    } else {
        format!("{prefix}{}", i.to_str_radix(base))
    };
    Ok(rt.new_string(s))
}
fn hex(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    radix(rt, args, "hex", 16, "0x")
}
fn oct(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    radix(rt, args, "oct", 8, "0o")
}
fn bin(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    radix(rt, args, "bin", 2, "0b")
}
fn callable(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "callable", 1)?;
    Ok(Value::bool(rt.is_callable(&args[0])))
}
fn getattr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() < 2 {
        let msg = format!("getattr expected at least 2 arguments, got {}", args.len());
        return Err(rt.type_error(&msg));
    }
    let Some(Kind::Str(_)) = args[1].kind() else {
        return Err(rt.type_error("attribute name must be string"));
    };
    let n = rt.str_of(&args[1])?;
    match rt.getattr(&args[0], &n) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && rt.exc_matches(&e, "AttributeError") => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}
fn setattr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "setattr", 3)?;
    let n = rt.str_of(&args[1])?;
    rt.setattr(&args[0], &n, &args[2])?;
    Ok(Value::NONE)
}
fn delattr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "delattr", 2)?;
    let n = rt.str_of(&args[1])?;
    rt.delattr(&args[0], &n)?;
    Ok(Value::NONE)
}
fn hasattr(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    exactly(rt, args, "hasattr", 2)?;
    let n = rt.str_of(&args[1])?;
    match rt.getattr(&args[0], &n) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if rt.exc_matches(&e, "AttributeError") => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}
fn format(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let spec = match args.get(1) {
        Some(s) => rt.str_of(s)?.to_string(),
        None => String::new(),
    };
    rt.format(&args[0], &spec)
}
fn vars(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    match args.first() {
        Some(v) => rt
            .getattr(v, "__dict__")
            .map_err(|_| rt.type_error("vars() argument must have __dict__ attribute")),
        None => Err(rt.not_implemented_error("vars() without arguments")),
    }
}
fn dir(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(v) = args.first() else {
        return Err(rt.not_implemented_error("dir() without arguments"));
    };
    let mut names: Vec<String> = Vec::new();
    let t = rt.type_of(v);
    let mro = crate::typeobj::as_type(if matches!(v.kind(), Some(Kind::Type(_))) {
        v
    } else {
        &t
    })
    .map(|tt| tt.mro.borrow().clone())
    .unwrap_or_default();
    for m in mro {
        if let Some(mt) = crate::typeobj::as_type(&m) {
            for k in mt.dict.borrow().keys() {
                if let Some(Kind::Str(s)) = k.kind() {
                    names.push(s.s.to_string());
                }
            }
        }
    }
    if let Some(Kind::Instance(i)) = v.kind() {
        if let Some(d) = i.dict.borrow().as_ref() {
            if let Some(Kind::Dict(dd)) = d.kind() {
                for k in dd.borrow().keys() {
                    if let Some(Kind::Str(s)) = k.kind() {
                        names.push(s.s.to_string());
                    }
                }
            }
        }
    }
    if let Some(Kind::Module(m)) = v.kind() {
        if let Some(Kind::Dict(dd)) = m.dict.kind() {
            for k in dd.borrow().keys() {
                if let Some(Kind::Str(s)) = k.kind() {
                    names.push(s.s.to_string());
                }
            }
        }
    }
    names.sort();
    names.dedup();
    let vals = names.iter().map(|n| rt.new_str(n)).collect();
    Ok(rt.new_list(vals))
}

pub fn init(rt: &mut Runtime) {
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
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
        ("delattr", delattr),
        ("hasattr", hasattr),
        ("format", format),
        ("vars", vars),
        ("dir", dir),
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
    ];
    for (n, v) in types {
        rt.set_builtin_value(n, v);
    }
    let ni = rt.not_implemented.clone();
    rt.set_builtin_value("NotImplemented", ni);
    let el = rt.ellipsis.clone();
    rt.set_builtin_value("Ellipsis", el);
}
