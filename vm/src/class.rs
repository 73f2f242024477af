//! Class creation (`MakeClass`, i.e. `__build_class__`): pick the metaclass, prepare the
//! namespace, run the body with it as locals, then call the metaclass.

use molt_builtins::dict::Dict;
use molt_builtins::typeobj::{as_type, is_subtype, lookup};
use molt_builtins::{Kind, PyResult, Runtime, Value};

use crate::frame::Frame;
use crate::interp::{run, Exit};

pub fn build_class(
    rt: &mut Runtime,
    body: &Value,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult {
    let name = args[0].clone();
    let orig_bases = args[1..].to_vec();
    let bases = resolve_bases(rt, &orig_bases)?;
    let mut meta: Option<Value> = None;
    let mut kwargs = Vec::new();
    for (k, v) in kw {
        if rt.str_of(k)?.as_ref() == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwargs.push((k.clone(), v.clone()));
        }
    }
    // The most derived metaclass among the explicit one and the bases' types.
    let mut winner = meta.clone().unwrap_or_else(|| rt.types.type_.clone());
    for b in &bases {
        let bt = rt.type_of(b);
        if is_subtype(&bt, &winner) {
            winner = bt;
        } else if !is_subtype(&winner, &bt) && as_type(&winner).is_some() {
            return Err(rt.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
        }
    }
    let ns = match lookup(&winner, "__prepare__") {
        Some(p) if as_type(&winner).is_some() => {
            let p = rt.bind_descriptor(&p, None, &winner)?;
            let bt = rt.new_tuple(bases.clone());
            let ns = rt.call(&p, &[name.clone(), bt], &kwargs)?;
            let mapping = matches!(ns.kind(), Some(Kind::Dict(_)))
                || (!matches!(
                    ns.kind(),
                    Some(Kind::List(_) | Kind::Tuple(_) | Kind::Str(_))
                ) && rt.getattr(&ns, "__getitem__").is_ok());
            if !mapping {
                let wn = molt_builtins::typeobj::type_name(&winner);
                let tn = rt.type_name(&ns);
                return Err(rt.type_error(&format!(
                    "{wn}.__prepare__() must return a mapping, not {tn}"
                )));
            }
            ns
        }
        _ => rt.new_dict(Dict::new()),
    };
    // Run the body.
    let Some(Kind::Function(f)) = body.kind() else {
        return Err(rt.type_error("bad class body"));
    };
    let nregs = f.code.code.nregs as usize;
    let mut regs = vec![Value::UNBOUND; nregs];
    if let Some(Kind::Tuple(cells)) = f.closure.kind() {
        for (r, c) in f.code.code.freevars.iter().zip(cells.iter()) {
            regs[r.idx()] = c.clone();
        }
    }
    let frame = Frame {
        code: f.code.clone(),
        globals: f.globals.clone(),
        locals: Some(ns.clone()),
        pc: 0,
        base: 0,
        ret_dst: 0,
        init_self: None,
        obj: Value::NONE,
    };
    rt.depth += 1;
    let r = run(rt, frame, regs);
    rt.depth -= 1;
    match r? {
        Exit::Return(_) => {}
        Exit::Yield { .. } => return Err(rt.type_error("class body yielded")),
    }
    if bases.len() != orig_bases.len() || bases.iter().zip(&orig_bases).any(|(a, b)| !a.is(b)) {
        let key = rt.new_str("__orig_bases__");
        let orig = rt.new_tuple(orig_bases.clone());
        rt.setitem(&ns, &key, &orig)?;
    }
    let bases_t = rt.new_tuple(bases.clone());
    if winner.is(&rt.types.type_) {
        let d = match ns.kind() {
            Some(Kind::Dict(d)) => d.borrow().clone(),
            _ => Dict::new(),
        };
        let n = rt.str_of(&name)?;
        let cls = molt_builtins::typeobj::new_class_kw(rt, &winner, &n, bases, d, &kwargs)?;
        return Ok(cls);
    }
    rt.call(&winner, &[name, bases_t, ns], &kwargs)
}

/// PEP 560: a base that is not a class but has `__mro_entries__` is replaced by the tuple
/// that method returns (as `types.resolve_bases`).
fn resolve_bases(rt: &mut Runtime, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(bases.len());
    for b in bases {
        if as_type(b).is_some() {
            out.push(b.clone());
            continue;
        }
        let t = rt.type_of(b);
        match rt.getattr_opt(b, &t, "__mro_entries__")? {
            Some(m) => {
                let given = rt.new_tuple(bases.to_vec());
                let r = rt.call(&m, &[given], &[])?;
                match r.kind() {
                    Some(Kind::Tuple(items)) => out.extend(items.iter().cloned()),
                    _ => return Err(rt.type_error("__mro_entries__ must return a tuple")),
                }
            }
            None => out.push(b.clone()),
        }
    }
    Ok(out)
}
