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
    let bases = args[1..].to_vec();
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
            rt.call(&p, &[name.clone(), bt], &kwargs)?
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
    };
    rt.depth += 1;
    let r = run(rt, frame, regs);
    rt.depth -= 1;
    match r? {
        Exit::Return(_) => {}
        Exit::Yield { .. } => return Err(rt.type_error("class body yielded")),
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
