//! Slow paths of the interpreter that are not calls of their own: unpacking, `**` merging,
//! raising (instantiating exception classes), `except` matching and `with` entry.

use molt_builtins::{Kind, PyResult, Runtime, Value};

/// `a, b = it` for a general iterable, with CPython's messages.
pub fn unpack_iterable(rt: &mut Runtime, v: &Value, n: usize) -> PyResult<Vec<Value>> {
    let it = match rt.get_iter(v) {
        Ok(it) => it,
        Err(_) => {
            let msg = format!("cannot unpack non-iterable {} object", rt.type_name(v));
            return Err(rt.type_error(&msg));
        }
    };
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        match rt.next(&it)? {
            Some(x) => out.push(x),
            None => {
                let msg = format!(
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    out.len()
                );
                return Err(rt.value_error(&msg));
            }
        }
    }
    if rt.next(&it)?.is_some() {
        let msg = format!("too many values to unpack (expected {n})");
        return Err(rt.value_error(&msg));
    }
    Ok(out)
}

/// `a, *b, c = it`.
pub fn unpack_ex(rt: &mut Runtime, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    let items = match rt.to_vec(v) {
        Ok(i) => i,
        Err(_) => {
            let msg = format!("cannot unpack non-iterable {} object", rt.type_name(v));
            return Err(rt.type_error(&msg));
        }
    };
    if items.len() < before + after {
        let msg = format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        );
        return Err(rt.value_error(&msg));
    }
    let mut out = items[..before].to_vec();
    let mid = items[before..items.len() - after].to_vec();
    out.push(rt.new_list(mid));
    out.extend_from_slice(&items[items.len() - after..]);
    Ok(out)
}

/// `f(**m)`: merge a mapping into the call's keyword dict; repeated keys are an error.
pub fn dict_merge(rt: &mut Runtime, map: &Value, src: &Value, func: &Value) -> PyResult<()> {
    let items: Vec<(Value, Value)> = match src.kind() {
        Some(Kind::Dict(d)) => d.borrow().items(),
        _ => {
            let t = rt.type_of(src);
            let Some(keys) = molt_builtins::typeobj::lookup(&t, "keys") else {
                let msg = format!(
                    "{} argument after ** must be a mapping, not {}",
                    function_str(rt, func),
                    rt.type_name(src)
                );
                return Err(rt.type_error(&msg));
            };
            let ks = rt.call(&keys, std::slice::from_ref(src), &[])?;
            let ks = rt.to_vec(&ks)?;
            let mut out = Vec::new();
            for k in ks {
                let v = rt.getitem(src, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    let Some(Kind::Dict(dst)) = map.kind() else {
        return Ok(());
    };
    for (k, v) in items {
        if !matches!(k.kind(), Some(Kind::Str(_))) {
            return Err(rt.type_error("keywords must be strings"));
        }
        if molt_builtins::dict::contains(rt, dst, &k)? {
            let ks = rt.str_of(&k)?;
            let msg = format!(
                "{} got multiple values for keyword argument '{ks}'",
                function_str(rt, func)
            );
            return Err(rt.type_error(&msg));
        }
        molt_builtins::dict::set(rt, dst, k, v)?;
    }
    Ok(())
}

/// CPython's `_PyObject_FunctionStr`: `module.qualname()` for use in call errors.
pub fn function_str(rt: &mut Runtime, f: &Value) -> String {
    let qual = rt
        .getattr(f, "__qualname__")
        .ok()
        .and_then(|q| rt.str_of(&q).ok().map(|s| s.to_string()));
    let Some(qual) = qual else {
        return format!("{} object", rt.type_name(f));
    };
    let module = rt
        .getattr(f, "__module__")
        .ok()
        .and_then(|m| rt.str_of(&m).ok().map(|s| s.to_string()));
    match module {
        Some(m) if m != "builtins" => format!("{m}.{qual}()"),
        _ => format!("{qual}()"),
    }
}

/// `ascii()`'s escaping of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// The exception instance a `raise X` raises: an instance as is, a class instantiated.
pub fn make_exception(rt: &mut Runtime, v: &Value) -> PyResult {
    make_exception_for(rt, v, "exceptions must derive from BaseException")
}

/// `make_exception` for `raise ... from cause`: CPython's message for a bad cause.
pub fn make_cause(rt: &mut Runtime, v: &Value) -> PyResult {
    make_exception_for(rt, v, "exception causes must derive from BaseException")
}

fn make_exception_for(rt: &mut Runtime, v: &Value, bad: &str) -> PyResult {
    let base = rt.base_exception.clone();
    if let Some(Kind::Type(_)) = v.kind() {
        if molt_builtins::typeobj::is_subtype(v, &base) {
            let inst = rt.call(v, &[], &[])?;
            if !rt.isinstance_type(&inst, &base) {
                let it = rt.type_of(&inst);
                let msg = format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    rt.repr_string(v)?,
                    rt.repr_string(&it)?
                );
                return Err(rt.type_error(&msg));
            }
            return Ok(inst);
        }
    } else if rt.isinstance_type(v, &base) {
        return Ok(v.clone());
    }
    Err(rt.type_error(bad))
}

/// The exception `gen.throw(v)` / `athrow(v)` raises, with their message for a bad `v`.
pub fn thrown_exception(rt: &mut Runtime, v: &Value) -> PyResult {
    let base = rt.base_exception.clone();
    let ok = match v.kind() {
        Some(Kind::Type(_)) => molt_builtins::typeobj::is_subtype(v, &base),
        _ => rt.isinstance_type(v, &base),
    };
    if !ok {
        let tn = rt.type_name(v);
        return Err(rt.type_error(&format!(
            "exceptions must be classes or instances deriving from BaseException, not {tn}"
        )));
    }
    make_exception(rt, v)
}

/// `except T:` matching (T may be a tuple of classes).
pub fn exc_matches(rt: &mut Runtime, e: &Value, ty: &Value) -> PyResult<bool> {
    let base = rt.base_exception.clone();
    match ty.kind() {
        // Every item must be an exception class (checked before any matches; nested
        // tuples are not allowed).
        Some(Kind::Tuple(items)) => {
            let ok = items.iter().all(|t| {
                matches!(t.kind(), Some(Kind::Type(_)))
                    && molt_builtins::typeobj::is_subtype(t, &base)
            });
            if !ok {
                return Err(rt.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            Ok(items.iter().any(|t| rt.isinstance_type(e, t)))
        }
        Some(Kind::Type(_)) if molt_builtins::typeobj::is_subtype(ty, &base) => {
            Ok(rt.isinstance_type(e, ty))
        }
        _ => Err(
            rt.type_error("catching classes that do not inherit from BaseException is not allowed")
        ),
    }
}

/// `with m:` entry: returns (bound __exit__, result of __enter__()).
/// Enters context manager `m` (`is_async`: with `__aenter__`/`__aexit__`, whose first
/// result is an awaitable): returns (bound exit method, what enter returned).
pub fn with_enter(rt: &mut Runtime, m: &Value, is_async: bool) -> PyResult<(Value, Value)> {
    let t = rt.type_of(m);
    let (en, ex, what) = if is_async {
        ("__aenter__", "__aexit__", "asynchronous context manager")
    } else {
        ("__enter__", "__exit__", "context manager")
    };
    let enter = molt_builtins::typeobj::lookup(&t, en);
    let exit = molt_builtins::typeobj::lookup(&t, ex);
    let (Some(enter), Some(exit)) = (enter.clone(), exit) else {
        let tn = rt.type_name(m);
        let msg = if enter.is_none() {
            format!("'{tn}' object does not support the {what} protocol")
        } else {
            format!("'{tn}' object does not support the {what} protocol (missed {ex} method)")
        };
        return Err(rt.type_error(&msg));
    };
    let exit_b = rt.bind_descriptor(&exit, Some(m), &t)?;
    let enter_b = rt.bind_descriptor(&enter, Some(m), &t)?;
    let v = rt.call(&enter_b, &[], &[])?;
    Ok((exit_b, v))
}

/// One `except* T` clause: splits exception `r` (a group, or a plain exception that
/// gets wrapped) into (the part matching `ty` or None, the rest or None).
pub fn exc_star_split(rt: &mut Runtime, r: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    if r.is_none() {
        return Ok((Value::NONE, Value::NONE));
    }
    let group = rt.exc_type("BaseExceptionGroup");
    let types: Vec<Value> = match ty.kind() {
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => vec![ty.clone()],
    };
    for t in &types {
        if matches!(t.kind(), Some(Kind::Type(_))) && molt_builtins::typeobj::is_subtype(t, &group)
        {
            return Err(rt.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    if rt.isinstance_type(r, &group) {
        if !exc_matches_types(rt, &types)? {
            return Err(rt.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        return molt_builtins::exc_group::split_group(rt, r, ty);
    }
    if exc_matches(rt, r, ty)? {
        let msg = rt.new_str("");
        let l = rt.new_tuple(vec![r.clone()]);
        let g = rt.call(&group, &[msg, l], &[])?;
        return Ok((g, Value::NONE));
    }
    Ok((Value::NONE, r.clone()))
}

/// `ExcStarCollect`: records that an except* handler for `part` raised `exc` (a re-raise
/// when it is `part` itself).
pub fn exc_star_collect(rt: &mut Runtime, list: &Value, exc: Value, part: &Value) {
    let flag = Value::bool(exc.is(part));
    let pair = rt.new_tuple(vec![exc, flag]);
    if let Some(Kind::List(l)) = list.kind() {
        l.borrow_mut().push(pair);
    }
}

/// What leaves an except* statement (CPython's `_PyExc_PrepReraiseStar`): the re-raised
/// parts and the unhandled rest as `orig` projected onto their leaves (keeping its
/// nesting), grouped with the new exceptions the handlers raised. Returns the exception
/// (None for nothing) and whether it is a re-raise (keeps its traceback).
pub fn exc_star_result(
    rt: &mut Runtime,
    rest: &Value,
    orig: &Value,
    raised: &Value,
) -> PyResult<(Value, bool)> {
    let entries: Vec<(Value, bool)> = match raised.kind() {
        Some(Kind::List(l)) => l
            .borrow()
            .iter()
            .filter_map(|p| match p.kind() {
                Some(Kind::Tuple(t)) if t.len() == 2 => {
                    Some((t[0].clone(), t[1].as_bool() == Some(true)))
                }
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    if entries.is_empty() {
        return Ok((rest.clone(), true));
    }
    let group = rt.exc_type("BaseExceptionGroup");
    if !rt.isinstance_type(orig, &group) {
        // A naked exception was wrapped: one clause ran, its exception is the result.
        let (e, re) = entries[0].clone();
        return Ok((e, re));
    }
    let mut new_excs = Vec::new();
    let mut keep_leaves: Vec<Value> = Vec::new();
    for (e, re) in &entries {
        if *re {
            leaves_of(rt, e, &mut keep_leaves);
        } else {
            new_excs.push(e.clone());
        }
    }
    if !rest.is_none() {
        leaves_of(rt, rest, &mut keep_leaves);
    }
    let projected = if keep_leaves.is_empty() {
        Value::NONE
    } else {
        project_group(rt, orig, &keep_leaves)?
    };
    if new_excs.is_empty() {
        return Ok((projected, true));
    }
    if !projected.is_none() {
        new_excs.push(projected);
    }
    if new_excs.len() == 1 {
        return Ok((new_excs.pop().expect("one"), false));
    }
    let msg = rt.new_str("");
    let l = rt.new_list(new_excs);
    let eg = rt.call(&group, &[msg, l], &[])?;
    Ok((eg, false))
}

/// The leaf exceptions of `e` (itself unless it is a group), appended to `out`.
fn leaves_of(rt: &mut Runtime, e: &Value, out: &mut Vec<Value>) {
    let group = rt.exc_type("BaseExceptionGroup");
    if rt.isinstance_type(e, &group) {
        for x in molt_builtins::exc_group::members(e) {
            leaves_of(rt, &x, out);
        }
    } else {
        out.push(e.clone());
    }
}

/// The part of group `g` whose leaves are in `keep` (by identity), with g's nesting.
fn project_group(rt: &mut Runtime, g: &Value, keep: &[Value]) -> PyResult {
    let (m, _) = molt_builtins::exc_group::split_group_with(rt, g, &mut |_, e| {
        Ok(keep.iter().any(|k| k.is(e)))
    })?;
    Ok(m)
}

fn exc_matches_types(rt: &mut Runtime, types: &[Value]) -> PyResult<bool> {
    let base = rt.base_exception.clone();
    Ok(types.iter().all(|t| {
        matches!(t.kind(), Some(Kind::Type(_))) && molt_builtins::typeobj::is_subtype(t, &base)
    }))
}
