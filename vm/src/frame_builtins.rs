//! Builtins that need the calling frame: `globals()`, `locals()` (and through it `vars()` /
//! `dir()` without arguments), `exec()` and `eval()`. The interpreter stores the caller's
//! (globals, locals) in `Runtime::frame_scope` right before calling one of these.

use std::rc::Rc;

use molt_builtins::{Kind, PyResult, Runtime, Value};

use crate::api::{exec_code, syntax_error};

/// Whether the interpreter must record the frame scope before calling builtin `name`.
#[inline(always)]
pub fn needs_frame(name: &str) -> bool {
    // The length first keeps the common builtin calls (append, len...) cheap.
    match name.len() {
        3 => name == "dir",
        4 => matches!(name, "vars" | "exec" | "eval"),
        6 => name == "locals",
        7 => name == "globals",
        9 => name == "_getframe",
        _ => false,
    }
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

fn namespaces(rt: &mut Runtime, args: &[Value], what: &str) -> PyResult<(Value, Option<Value>)> {
    let (fg, fl) = scope(rt)?;
    let g = args.get(1).cloned().filter(|v| !v.is_none());
    let l = args.get(2).cloned().filter(|v| !v.is_none());
    // "A mapping": a dict, or an object (not a class) with __getitem__.
    let mapping = |rt: &mut Runtime, v: &Value| {
        matches!(v.kind(), Some(Kind::Dict(_)))
            || (!matches!(v.kind(), Some(Kind::Type(_))) && rt.getattr(v, "__getitem__").is_ok())
    };
    if let Some(l) = &l {
        if !mapping(rt, l) {
            let msg = if what == "eval" {
                "locals must be a mapping".to_string()
            } else {
                format!("locals must be a mapping or None, not {}", rt.type_name(l))
            };
            return Err(rt.type_error(&msg));
        }
    }
    // A dict subclass serves as globals through its dict.
    let g = g.map(|g| {
        molt_builtins::typeobj::builtin_payload(&g)
            .filter(|p| matches!(p.kind(), Some(Kind::Dict(_))))
            .cloned()
            .unwrap_or(g)
    });
    match g {
        Some(g) => {
            if !matches!(g.kind(), Some(Kind::Dict(_))) {
                let msg = if what == "eval" && mapping(rt, &g) {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                } else if what == "eval" {
                    "globals must be a dict".to_string()
                } else {
                    format!("{what}() globals must be a dict, not {}", rt.type_name(&g))
                };
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
    let text = match v.kind() {
        Some(Kind::Str(s)) => s.s.as_str().to_owned(),
        // Bytes-like sources are decoded as source files are (coding declarations, UTF-8
        // errors as SyntaxError).
        _ => match molt_builtins::types::bytes_like(v) {
            Some(b) => match molt_bytecode::decode_source(&b, "<string>") {
                Ok(t) => t,
                Err(mut e) => {
                    // Bytes that are not UTF-8 (and declare no coding): CPython reports the
                    // decoding error itself for a string given to exec/eval/compile.
                    if e.msg.starts_with("Non-UTF-8 code") {
                        if let Err(u) = std::str::from_utf8(&b) {
                            let at = u.valid_up_to();
                            let byte = b.get(at).copied().unwrap_or(0);
                            // (Found while decoding a string literal: the position is
                            // within the literal's text.)
                            let line_start = b[..at]
                                .iter()
                                .rposition(|&c| c == b'\n')
                                .map_or(0, |i| i + 1);
                            let pos = match b[line_start..at]
                                .iter()
                                .rposition(|&c| c == b'\'' || c == b'"')
                            {
                                Some(q) => at - (line_start + q + 1),
                                None => at - line_start,
                            };
                            let reason = match u.error_len() {
                                None => "unexpected end of data",
                                Some(_) if (0x80..0xc2).contains(&byte) || byte > 0xf4 => {
                                    "invalid start byte"
                                }
                                Some(_) => "invalid continuation byte",
                            };
                            e.msg = format!(
                                "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}"
                            );
                            e.text = None;
                        }
                    }
                    return Err(syntax_error(rt, &e));
                }
            },
            None => {
                let msg = format!("{what}() arg 1 must be a string, bytes or code object");
                return Err(rt.type_error(&msg));
            }
        },
    };
    if text.contains('\0') {
        return Err(rt.new_exc(
            "SyntaxError",
            "source code string cannot contain null bytes",
        ));
    }
    Ok(text)
}

/// What an expression statement of 'single' mode code does with its value: call
/// `sys.displayhook(value)` (RuntimeError when sys has none).
pub fn call_displayhook(rt: &mut Runtime, v: &Value) -> PyResult<()> {
    let sys = match rt.modules.kind() {
        Some(Kind::Dict(d)) => d.borrow().get_str("sys").cloned(),
        _ => None,
    };
    let hook = match sys {
        Some(s) => {
            let t = rt.type_of(&s);
            match rt.getattr_opt(&s, &t, "displayhook") {
                Ok(h) => h,
                Err(e) if rt.exc_matches(&e, "AttributeError") => None,
                Err(e) => return Err(e),
            }
        }
        None => None,
    };
    let Some(hook) = hook else {
        return Err(rt.new_exc("RuntimeError", "lost sys.displayhook"));
    };
    rt.call(&hook, std::slice::from_ref(v), &[])?;
    Ok(())
}

/// `sys.displayhook(value)` (also `sys.__displayhook__`): print repr(value) and keep it
/// in `builtins._`, unless it is None.
pub fn sys_displayhook(rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let v = molt_builtins::types::one_arg(rt, "displayhook", args, kw)?;
    display_value(rt, &v)?;
    Ok(Value::NONE)
}

/// The default displayhook: print the repr of a non-None value and keep it in
/// `builtins._`.
pub fn display_value(rt: &mut Runtime, v: &Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    let k = rt.intern("_");
    if let Some(Kind::Dict(d)) = rt.builtins.kind() {
        d.borrow_mut().set_str(k.clone(), Value::NONE);
    }
    let r = rt.repr_string(v)?;
    rt.write_stdout(&r)?;
    rt.write_stdout("\n")?;
    if let Some(Kind::Dict(d)) = rt.builtins.kind() {
        d.borrow_mut().set_str(k, v.clone());
    }
    Ok(())
}

/// The code object `exec`/`eval` run: a code object as given, or source compiled for
/// `mode` ("exec" or "eval"), with module-level names in the locals namespace.
fn code_for(rt: &mut Runtime, src: &Value, what: &str) -> PyResult<Rc<molt_bytecode::Code>> {
    if let Some(Kind::Code(c)) = src.kind() {
        return Ok(c.code.clone());
    }
    let text = source_text(rt, src, what)?;
    let mode = molt_bytecode::Mode {
        namespace: true,
        interactive: false,
    };
    let r = if what == "eval" {
        molt_bytecode::compile_eval_mode(text.trim(), "<string>", mode)
    } else {
        // (Bytes were decoded by source_text; a str's coding declaration is ignored.)
        molt_bytecode::compile_exec(&text, "<string>", mode)
    };
    r.map_err(|e| source_error(rt, &e, &text, what == "eval"))
}

/// The SyntaxError for source text given to exec/eval/compile. Its `text` is the line with
/// a newline (the parser sees one added at the end), except that the tokenizer's errors
/// show it without one and eval's as given; for an error found after parsing (the
/// compiler's), CPython reads the line from the file named, so a string's has none.
fn source_error(
    rt: &mut Runtime,
    e: &molt_bytecode::SyntaxErrorInfo,
    text: &str,
    eval: bool,
) -> molt_builtins::object::Exc {
    let mut info = e.clone();
    let map = molt_bytecode::parse::SourceMap::new(&e.filename, text);
    let parsed = if eval {
        molt_bytecode::parse::parse_expression(text.trim()).is_some()
    } else {
        molt_bytecode::parse::parse_module(text, &map).is_ok()
    };
    if parsed && e.kind == "SyntaxError" {
        info.text = std::fs::read_to_string(&e.filename).ok().and_then(|s| {
            s.lines()
                .nth((e.lineno as usize).saturating_sub(1))
                .map(|l| l.to_string())
        });
        return crate::api::syntax_error_text(rt, &info, true);
    }
    let tokenizer = [
        "unterminated string literal",
        "unterminated triple-quoted",
        "closing parenthesis",
        "unmatched '",
        "invalid character",
        "invalid non-printable character",
        "unexpected character after line continuation",
    ]
    .iter()
    .any(|m| e.msg.starts_with(m));
    // (The tokenizer's errors show the line without its newline; eval's parser errors
    // show it as given.)
    let newline = !tokenizer
        && (!eval
            || text
                .trim_start()
                .split_inclusive('\n')
                .nth((e.lineno as usize).saturating_sub(1))
                .is_some_and(|l| l.ends_with('\n')));
    crate::api::syntax_error_text(rt, &info, newline)
}

fn exec(rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let Some(src) = args.first() else {
        return Err(rt.type_error("exec() takes at least 1 positional argument (0 given)"));
    };
    if args.len() > 3 {
        return Err(rt.type_error(&format!(
            "exec() takes at most 3 positional arguments ({} given)",
            args.len()
        )));
    }
    let mut closure = Value::NONE;
    for (k, v) in kw {
        let k = rt.str_string(k)?;
        if k != "closure" {
            return Err(rt.type_error(&format!("exec() got an unexpected keyword argument '{k}'")));
        }
        closure = v.clone();
    }
    let (g, l) = namespaces(rt, args, "exec")?;
    let code = code_for(rt, src, "exec")?;
    let cells = closure_cells(rt, &code, &closure)?;
    let locals = l.unwrap_or_else(|| g.clone());
    crate::api::exec_code_closure(rt, &code, &g, Some(locals), &cells)?;
    Ok(Value::NONE)
}

/// The cells `exec(code, closure=...)` gives code with free variables, checked as CPython
/// checks them.
fn closure_cells(
    rt: &mut Runtime,
    code: &Rc<molt_bytecode::Code>,
    closure: &Value,
) -> PyResult<Vec<Value>> {
    let n = code.freevars.len();
    if closure.is_none() {
        if n > 0 {
            return Err(rt.type_error(&format!(
                "code object requires a closure of exactly length {n}"
            )));
        }
        return Ok(Vec::new());
    }
    if n == 0 {
        return Err(rt.type_error("cannot use a closure with this code object"));
    }
    let Some(Kind::Tuple(t)) = closure.kind() else {
        return Err(rt.type_error("closure must be a tuple of cells"));
    };
    if t.len() != n {
        return Err(rt.type_error(&format!(
            "code object requires a closure of exactly length {n}"
        )));
    }
    if t.iter().any(|c| !matches!(c.kind(), Some(Kind::Cell(_)))) {
        return Err(rt.type_error("closure can only contain cells"));
    }
    Ok(t.to_vec())
}

fn eval(rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    if !kw.is_empty() {
        return Err(rt.type_error("eval() takes no keyword arguments"));
    }
    let Some(src) = args.first() else {
        return Err(rt.type_error("eval expected at least 1 argument, got 0"));
    };
    if args.len() > 3 {
        return Err(rt.type_error(&format!(
            "eval expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let (g, l) = namespaces(rt, args, "eval")?;
    let code = code_for(rt, src, "eval")?;
    if !code.freevars.is_empty() {
        return Err(rt.type_error("code object passed to eval() may not contain free variables"));
    }
    let locals = l.unwrap_or_else(|| g.clone());
    exec_code(rt, &code, &g, Some(locals))
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn compile(rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    let mut p: Vec<Option<Value>> = vec![None; names.len()];
    if args.len() > 6 {
        return Err(rt.type_error(&format!(
            "compile() takes at most 6 arguments ({} given)",
            args.len()
        )));
    }
    for (i, a) in args.iter().enumerate() {
        p[i] = Some(a.clone());
    }
    for (k, v) in kw {
        let k = rt.str_string(k)?;
        match names.iter().position(|n| *n == k) {
            Some(i) if p[i].is_none() => p[i] = Some(v.clone()),
            Some(_) => {
                return Err(rt.type_error(&format!(
                    "argument for compile() given by name ('{k}') and position"
                )))
            }
            None => {
                return Err(rt.type_error(&format!(
                    "compile() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    for (i, n) in names.iter().enumerate().take(3) {
        if p[i].is_none() {
            return Err(rt.type_error(&format!(
                "compile() missing required argument '{n}' (pos {})",
                i + 1
            )));
        }
    }
    let src = p[0].clone().unwrap_or(Value::NONE);
    if let Some(Kind::Code(_)) = src.kind() {
        return Ok(src);
    }
    // A bytes filename is decoded (os.fsdecode).
    let fname = p[1].clone().unwrap_or(Value::NONE);
    let filename = match fname.kind() {
        Some(Kind::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => rt.str_string(&fname)?,
    };
    let mode = rt.str_string(p[2].as_ref().unwrap_or(&Value::NONE))?;
    if let Some(f) = &p[3] {
        let flags = rt.index_of(f)?;
        // ast.PyCF_ONLY_AST and friends produce AST objects: not available.
        if flags & 0x400 != 0 {
            return Err(rt.not_implemented_error("compile() to an AST (ast.PyCF_ONLY_AST)"));
        }
    }
    let text = match src.kind() {
        Some(Kind::Str(s)) => s.s.as_str().to_owned(),
        Some(Kind::Bytes(b)) => {
            molt_bytecode::decode_source(b, &filename).map_err(|e| syntax_error(rt, &e))?
        }
        _ => {
            return Err(rt.type_error("compile() arg 1 must be a string, bytes or AST object"));
        }
    };
    if text.contains('\0') {
        return Err(rt.new_exc(
            "SyntaxError",
            "source code string cannot contain null bytes",
        ));
    }
    let namespace = molt_bytecode::Mode {
        namespace: true,
        interactive: mode == "single",
    };
    if mode == "single" {
        // One statement only, as CPython's interactive mode compiles.
        let lines: Vec<&str> = text
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .collect();
        let top = lines.iter().filter(|l| !l.starts_with([' ', '\t'])).count();
        if top > 1 && !lines.iter().skip(1).all(|l| l.starts_with([' ', '\t'])) {
            let first = lines.first().map(|l| l.to_string());
            let info = molt_bytecode::parse::SyntaxErrorInfo {
                kind: "SyntaxError",
                msg: "multiple statements found while compiling a single statement".into(),
                filename: filename.clone(),
                lineno: 1,
                offset: first.as_ref().map_or(1, |l| l.chars().count() as u32 + 1),
                end_lineno: 1,
                end_offset: first.as_ref().map_or(1, |l| l.chars().count() as u32 + 1),
                text: first,
            };
            return Err(syntax_error(rt, &info));
        }
    }
    let code = match mode.as_str() {
        "exec" | "single" => molt_bytecode::compile_exec(&text, &filename, namespace),
        "eval" => molt_bytecode::compile_eval_mode(text.trim(), &filename, namespace),
        _ => return Err(rt.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    }
    .map_err(|e| source_error(rt, &e, &text, mode == "eval"))?;
    let co = crate::load::code_object(rt, &code);
    Ok(Value::from_obj(molt_builtins::Obj::new(Kind::Code(co))))
}

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
    // A negative depth means the current frame, as in CPython.
    match usize::try_from(depth.max(0))
        .ok()
        .and_then(|d| frames.get(d))
    {
        Some(f) => Ok(f.clone()),
        None => Err(rt.value_error("call stack is not deep enough")),
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn dunder_import(rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let names = ["name", "globals", "locals", "fromlist", "level"];
    let mut p: Vec<Option<Value>> = vec![None; 5];
    if args.len() > 5 {
        return Err(rt.type_error(&format!(
            "__import__() takes at most 5 arguments ({} given)",
            args.len()
        )));
    }
    for (i, a) in args.iter().enumerate() {
        p[i] = Some(a.clone());
    }
    for (k, v) in kw {
        let k = rt.str_string(k)?;
        match names.iter().position(|n| *n == k) {
            Some(i) => p[i] = Some(v.clone()),
            None => {
                return Err(rt.type_error(&format!(
                    "'{k}' is an invalid keyword argument for __import__()"
                )))
            }
        }
    }
    let Some(name) = p[0].clone() else {
        return Err(rt.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let Some(Kind::Str(n)) = name.kind() else {
        return Err(rt.type_error("module name must be a string"));
    };
    let n = n.s.as_str().to_owned();
    let level = match &p[4] {
        Some(l) => rt.index_of(l)?,
        None => 0,
    };
    if level < 0 {
        return Err(rt.value_error("level must be >= 0"));
    }
    if n.is_empty() && level == 0 {
        return Err(rt.value_error("Empty module name"));
    }
    let globals = p[1].clone().unwrap_or(Value::NONE);
    let fromlist = match &p[3] {
        Some(f) if !f.is_none() => {
            let items = rt.to_vec(f)?;
            rt.new_tuple(items)
        }
        _ => rt.empty_tuple.clone(),
    };
    let globals = if matches!(globals.kind(), Some(Kind::Dict(_))) {
        globals
    } else if level > 0 {
        return Err(rt.type_error("globals must be a dict"));
    } else {
        rt.new_dict(molt_builtins::dict::Dict::new())
    };
    crate::import::import_name(rt, &n, &fromlist, level as usize, &globals)
}

pub fn init(rt: &mut Runtime) {
    rt.add_builtin("__import__", dunder_import);
    rt.add_builtin("globals", globals);
    rt.add_builtin("locals", locals);
    rt.add_builtin("exec", exec);
    rt.add_builtin("eval", eval);
    rt.add_builtin("compile", compile);
}
