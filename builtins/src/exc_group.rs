//! BaseExceptionGroup / ExceptionGroup: construction with CPython's checks, `__str__`,
//! `split`, `subgroup` and `derive`. `except*` uses `split_group` through the interpreter.

use crate::exceptions::{data, get_attr_raw, set_attr_raw, set_type_attr};
use crate::object::{Kind, PyResult};
use crate::typeobj::is_subtype;
use crate::value::Value;
use crate::Runtime;

type Kw<'a> = &'a [(Value, Value)];

fn is_group(rt: &Runtime, v: &Value) -> bool {
    rt.isinstance_type(v, &rt.exc_type("BaseExceptionGroup"))
}

/// The sub-exceptions of a group (a tuple).
pub fn members(v: &Value) -> Vec<Value> {
    match get_attr_raw(v, "exceptions")
        .as_ref()
        .and_then(|t| t.kind())
    {
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn eg_new(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(cls) = args.first() else {
        return Err(rt.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    if args.len() != 3 {
        let msg = format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len() - 1
        );
        return Err(rt.type_error(&msg));
    }
    let (message, excs) = (&args[1], &args[2]);
    if !matches!(message.kind(), Some(Kind::Str(_))) {
        let msg = format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            rt.type_name(message)
        );
        return Err(rt.type_error(&msg));
    }
    let items = match excs.kind() {
        Some(Kind::List(l)) => l.borrow().clone(),
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => return Err(rt.type_error("second argument (exceptions) must be a sequence")),
    };
    if items.is_empty() {
        return Err(rt.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let base = rt.exc_type("BaseException");
    let exception = rt.exc_type("Exception");
    for (i, e) in items.iter().enumerate() {
        if !rt.isinstance_type(e, &base) {
            let msg = format!("Item {i} of second argument (exceptions) is not an exception");
            return Err(rt.value_error(&msg));
        }
    }
    let all_exceptions = items.iter().all(|e| rt.isinstance_type(e, &exception));
    let mut cls = cls.clone();
    if cls.is(&rt.exc_type("BaseExceptionGroup")) && all_exceptions {
        cls = rt.exc_type("ExceptionGroup");
    } else if is_subtype(&cls, &exception) && !all_exceptions {
        let msg = if cls.is(&rt.exc_type("ExceptionGroup")) {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!(
                "Cannot nest BaseExceptions in '{}'",
                crate::typeobj::type_name(&cls)
            )
        };
        return Err(rt.type_error(&msg));
    }
    let inst = crate::typeobj::new_instance(rt, &cls)?;
    let a = rt.new_tuple(vec![message.clone(), excs.clone()]);
    if let Some(d) = data(&inst) {
        d.borrow_mut().args = a;
    }
    set_attr_raw(&inst, "message", message.clone());
    let t = rt.new_tuple(items);
    set_attr_raw(&inst, "exceptions", t);
    Ok(inst)
}

fn eg_init(_rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::NONE)
}

fn eg_str(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let g = &args[0];
    let msg = get_attr_raw(g, "message").unwrap_or(Value::NONE);
    let n = members(g).len();
    let text = format!(
        "{} ({n} sub-exception{})",
        rt.str_string(&msg)?,
        if n == 1 { "" } else { "s" }
    );
    Ok(rt.new_string(text))
}

/// `g.derive(excs)`: a group like `g` holding `excs`.
fn eg_derive(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let msg = get_attr_raw(&args[0], "message").unwrap_or(Value::NONE);
    let excs = args.get(1).cloned().unwrap_or(Value::NONE);
    let cls = rt.exc_type("BaseExceptionGroup");
    eg_new(rt, &[cls, msg, excs], &[])
}

/// Does leaf or group `e` satisfy the split condition (a type, tuple of types or callable)?
fn matches(rt: &mut Runtime, e: &Value, cond: &Value) -> PyResult<bool> {
    match cond.kind() {
        Some(Kind::Type(_)) => Ok(rt.isinstance_type(e, cond)),
        Some(Kind::Tuple(ts)) => Ok(ts.iter().any(|t| rt.isinstance_type(e, t))),
        _ => {
            let r = rt.call(cond, std::slice::from_ref(e), &[])?;
            rt.truthy(&r)
        }
    }
}

/// A group like `g` with `excs`, keeping its traceback, cause, context and notes.
fn derive_like(rt: &mut Runtime, g: &Value, excs: Vec<Value>) -> PyResult {
    let l = rt.new_list(excs);
    let derive = rt.getattr(g, "derive")?;
    let out = rt.call(&derive, &[l], &[])?;
    if let (Some(src), Some(dst)) = (data(g), data(&out)) {
        let s = src.borrow();
        let mut d = dst.borrow_mut();
        d.traceback = s.traceback.clone();
        d.cause = s.cause.clone();
        d.context = s.context.clone();
        d.suppress_context = s.suppress_context;
    }
    // The new group gets a copy of the notes list.
    if let Some(n) = get_attr_raw(g, "__notes__") {
        let copy = match n.kind() {
            Some(Kind::List(l)) => {
                let items = l.borrow().clone();
                rt.new_list(items)
            }
            _ => n,
        };
        set_attr_raw(&out, "__notes__", copy);
    }
    Ok(out)
}

/// Splits group `g` by `cond` into (matching, rest); either may be None.
pub fn split_group(rt: &mut Runtime, g: &Value, cond: &Value) -> PyResult<(Value, Value)> {
    split_group_with(rt, g, &mut |rt, e| matches(rt, e, cond))
}

/// `split_group` with the condition as a Rust predicate (asked about groups too).
pub fn split_group_with(
    rt: &mut Runtime,
    g: &Value,
    pred: &mut dyn FnMut(&mut Runtime, &Value) -> PyResult<bool>,
) -> PyResult<(Value, Value)> {
    if pred(rt, g)? {
        return Ok((g.clone(), Value::NONE));
    }
    let (mut m, mut r) = (Vec::new(), Vec::new());
    for e in members(g) {
        if is_group(rt, &e) {
            let (em, er) = split_group_with(rt, &e, pred)?;
            if !em.is_none() {
                m.push(em);
            }
            if !er.is_none() {
                r.push(er);
            }
        } else if pred(rt, &e)? {
            m.push(e);
        } else {
            r.push(e);
        }
    }
    let m = if m.is_empty() {
        Value::NONE
    } else {
        derive_like(rt, g, m)?
    };
    let r = if r.is_empty() {
        Value::NONE
    } else {
        derive_like(rt, g, r)?
    };
    Ok((m, r))
}

/// Checks a split()/subgroup() condition: an exception type, a tuple of them, or a
/// function.
fn check_condition(rt: &mut Runtime, cond: &Value) -> PyResult<()> {
    let base = rt.base_exception.clone();
    let is_exc_type =
        |v: &Value| matches!(v.kind(), Some(Kind::Type(_))) && crate::typeobj::is_subtype(v, &base);
    let ok = match cond.kind() {
        Some(Kind::Type(_)) => is_exc_type(cond),
        Some(Kind::Tuple(ts)) => ts.iter().all(is_exc_type),
        _ => rt.is_callable(cond),
    };
    if ok {
        Ok(())
    } else {
        Err(rt.type_error("expected a function, exception type or tuple of exception types"))
    }
}

fn eg_split(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(cond) = args.get(1) else {
        return Err(rt.type_error("split() takes exactly one argument (0 given)"));
    };
    check_condition(rt, cond)?;
    let (m, r) = split_group(rt, &args[0], cond)?;
    Ok(rt.new_tuple(vec![m, r]))
}

fn eg_subgroup(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(cond) = args.get(1) else {
        return Err(rt.type_error("subgroup() takes exactly one argument (0 given)"));
    };
    check_condition(rt, cond)?;
    Ok(split_group(rt, &args[0], cond)?.0)
}

pub fn init(rt: &mut Runtime) {
    let g = rt.exc_type("BaseExceptionGroup");
    let methods: [(&'static str, crate::object::NativeFn); 6] = [
        ("__new__", eg_new),
        ("__init__", eg_init),
        ("__str__", eg_str),
        ("derive", eg_derive),
        ("split", eg_split),
        ("subgroup", eg_subgroup),
    ];
    for (n, f) in methods {
        let m = rt.new_method("BaseExceptionGroup", n, f);
        set_type_attr(rt, &g, n, m);
    }
}
