//! Builtins that need the calling frame: `globals()`, `locals()` (and through it `vars()` /
//! `dir()` without arguments), `exec()` and `eval()`. The interpreter stores the caller's
//! (globals, locals) in `Runtime::frame_scope` right before calling one of these.

use molt_builtins::dict::Dict;
use molt_builtins::{Kind, PyResult, Runtime, Value};

use crate::api::{compile_source, exec_code, syntax_error};

/// Whether the interpreter must record the frame scope before calling builtin `name`.
#[inline]
pub fn needs_frame(name: &str) -> bool {
    // A first-byte test keeps the common builtin calls (append, len...) cheap.
    matches!(
        name.as_bytes().first(),
        Some(b'g' | b'l' | b'v' | b'd' | b'e' | b'_')
    ) && matches!(
        name,
        "globals" | "locals" | "vars" | "dir" | "exec" | "eval" | "_getframe"
    )
}

fn scope(rt: &mut Runtime) -> PyResult<(Value, Value)> {
    match rt.frame_scope.clone() {
        Some(s) => Ok(s),
        None => Err(rt.new_exc("SystemError", "no current frame")),
    }
}

fn globals(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if !args.is_empty() {
        let msg = format!("globals() takes no arguments ({} given)", args.len());
        return Err(rt.type_error(&msg));
    }
    Ok(scope(rt)?.0)
}

fn locals(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if !args.is_empty() {
        let msg = format!("locals() takes no arguments ({} given)", args.len());
        return Err(rt.type_error(&msg));
    }
    Ok(scope(rt)?.1)
}

fn namespaces(rt: &mut Runtime, args: &[Value]) -> PyResult<(Value, Option<Value>)> {
    let (fg, fl) = scope(rt)?;
    let g = args.get(1).cloned().filter(|v| !v.is_none());
    let l = args.get(2).cloned().filter(|v| !v.is_none());
    match g {
        Some(g) => {
            if !matches!(g.kind(), Some(Kind::Dict(_))) {
                let msg = format!("globals must be a dict, not {}", rt.type_name(&g));
                return Err(rt.type_error(&msg));
            }
            if let Some(Kind::Dict(d)) = g.kind() {
                if d.borrow().get_str("__builtins__").is_none() {
                    let k = rt.intern("__builtins__");
                    d.borrow_mut().set_str(k, rt.builtins_module.clone());
                }
            }
            Ok((g, l))
        }
        None => {
            let l = if fl.is(&fg) { None } else { Some(fl) };
            Ok((fg, l))
        }
    }
}

fn source_text(rt: &mut Runtime, v: &Value, what: &str) -> PyResult<String> {
    match v.kind() {
        Some(Kind::Str(s)) => Ok(s.s.to_string()),
        Some(Kind::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => {
            let msg = format!("{what}() arg 1 must be a string, bytes or code object");
            Err(rt.type_error(&msg))
        }
    }
}

fn exec(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(src) = args.first() else {
        return Err(rt.type_error("exec expected at least 1 argument, got 0"));
    };
    let text = source_text(rt, src, "exec")?;
    let (g, l) = namespaces(rt, args)?;
    let code = compile_source(rt, text.as_bytes(), "<string>")?;
    // Module-level code stores names in its globals; a separate locals mapping is used
    // for name lookups only (class-body semantics).
    exec_code(rt, &code, &g, l.filter(|_| false))?;
    Ok(Value::NONE)
}

fn eval(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(src) = args.first() else {
        return Err(rt.type_error("eval expected at least 1 argument, got 0"));
    };
    let text = source_text(rt, src, "eval")?;
    let (g, l) = namespaces(rt, args)?;
    let code =
        molt_bytecode::compile_eval(text.trim(), "<string>").map_err(|e| syntax_error(rt, &e))?;
    let locals = match l {
        Some(l) if matches!(l.kind(), Some(Kind::Dict(_))) => Some(l),
        _ => None,
    };
    // Names are looked up in locals first when they are given.
    match locals {
        Some(l) => {
            let merged = match (g.kind(), l.kind()) {
                (Some(Kind::Dict(gd)), Some(Kind::Dict(ld))) => {
                    let mut d: Dict = gd.borrow().clone();
                    for (k, v) in ld.borrow().items() {
                        if let Some(Kind::Str(_)) = k.kind() {
                            d.set_str(k, v);
                        }
                    }
                    rt.new_dict(d)
                }
                _ => g.clone(),
            };
            exec_code(rt, &code, &merged, None)
        }
        None => exec_code(rt, &code, &g, None),
    }
}

/// `sys._getframe(depth=0)`: the frame `depth` calls up (within the current run of the
/// interpreter loop; frames of callers across a native call are not reachable).
pub fn getframe(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    if args.len() > 1 {
        return Err(rt.type_error(&format!(
            "_getframe expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let depth = match args.first() {
        Some(d) => rt.index_of(d)?,
        None => 0,
    };
    let frames = std::mem::take(&mut rt.pending_frames);
    match usize::try_from(depth).ok().and_then(|d| frames.get(d)) {
        Some(f) => Ok(f.clone()),
        None => Err(rt.value_error("call stack is not deep enough")),
    }
}

pub fn init(rt: &mut Runtime) {
    rt.add_builtin("globals", globals);
    rt.add_builtin("locals", locals);
    rt.add_builtin("exec", exec);
    rt.add_builtin("eval", eval);
}
