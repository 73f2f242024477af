//! Native modules built into the binary: `sys` for now (more arrive with the standard
//! library issue).

use molt_builtins::{Kind, PyResult, Runtime, Value};

use crate::import::{module_dict, new_module};

fn set(rt: &mut Runtime, m: &Value, name: &str, v: Value) {
    if let Some(d) = module_dict(m) {
        if let Some(Kind::Dict(dd)) = d.kind() {
            let k = rt.intern(name);
            dd.borrow_mut().set_str(k, v);
        }
    }
}

fn sys_exit(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Err(rt.exc_with_args("SystemExit", args.to_vec()))
}

fn sys_getrecursionlimit(rt: &mut Runtime, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(Value::small_int(rt.recursion_limit as i64))
}

fn sys_setrecursionlimit(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(v) = args.first() else {
        return Err(rt.type_error("setrecursionlimit() takes exactly one argument (0 given)"));
    };
    if v.is_float() {
        return Err(rt.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = rt.index_of(v)?;
    if n < 1 {
        return Err(rt.value_error("recursion limit must be greater or equal than 1"));
    }
    rt.recursion_limit = n as usize;
    rt.update_call_check_depth();
    Ok(Value::NONE)
}

fn sys_exception(rt: &mut Runtime, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(rt.current_exception())
}

fn sys_exc_info(rt: &mut Runtime, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let e = rt.current_exception();
    if e.is_none() {
        return Ok(rt.new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]));
    }
    let t = rt.type_of(&e);
    let tb = rt.getattr(&e, "__traceback__").unwrap_or(Value::NONE);
    Ok(rt.new_tuple(vec![t, e, tb]))
}

fn sys_get_int_max_str_digits(
    rt: &mut Runtime,
    args: &[Value],
    _kw: &[(Value, Value)],
) -> PyResult {
    if !args.is_empty() {
        return Err(rt.type_error(&format!(
            "sys.get_int_max_str_digits() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(Value::small_int(rt.max_str_digits as i64))
}

fn sys_set_int_max_str_digits(rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let v = match (args.first(), kw.first()) {
        (Some(v), None) if args.len() == 1 => v.clone(),
        (None, Some((k, v))) if kw.len() == 1 && rt.str_of(k).is_ok_and(|k| &*k == "maxdigits") => {
            v.clone()
        }
        _ => {
            return Err(
                rt.type_error("set_int_max_str_digits() takes exactly one argument (maxdigits)")
            )
        }
    };
    let n = rt.index_of(&v)?;
    if n != 0 && n < 640 {
        return Err(rt.value_error("maxdigits must be 0 or larger than 640"));
    }
    rt.max_str_digits = n as usize;
    Ok(Value::NONE)
}

fn sys_intern(_rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(args.first().cloned().unwrap_or(Value::NONE))
}

pub fn make_native_module(rt: &mut Runtime, name: &str) -> Option<Value> {
    match name {
        "sys" => Some(make_sys(rt)),
        "builtins" => Some(rt.builtins_module.clone()),
        "_molt" => Some(make_molt_internal(rt)),
        "_weakref" => Some(crate::weakref::make_module(rt)),
        "gc" => Some(crate::gc_support::make_module(rt)),
        _ => molt_builtins::modules::make_module(rt, name),
    }
}

/// `_molt`: hooks lib/ modules need from the interpreter.
fn make_molt_internal(rt: &mut Runtime) -> Value {
    let m = new_module(rt, "_molt");
    let f = rt.new_builtin("mark_iterable_coroutine", mark_iterable_coroutine);
    set(rt, &m, "mark_iterable_coroutine", f);
    let f = rt.new_builtin("find_module", find_module);
    set(rt, &m, "find_module", f);
    let f = rt.new_builtin("lib_source", lib_source);
    set(rt, &m, "lib_source", f);
    let f = rt.new_builtin("builtin_module_names", builtin_module_names);
    set(rt, &m, "builtin_module_names", f);
    let f = rt.new_builtin("disassemble", disassemble);
    set(rt, &m, "disassemble", f);
    let f = rt.new_builtin("instructions", instructions);
    set(rt, &m, "instructions", f);
    let f = rt.new_builtin("instance_state", instance_state);
    set(rt, &m, "instance_state", f);
    let f = rt.new_builtin("set_instance_state", set_instance_state);
    set(rt, &m, "set_instance_state", f);
    m
}

/// `_molt.instance_state(x)`: a new dict of instance `x`'s own attributes (what
/// `dict(x.__dict__)` gives, read as CPython's `object.__getstate__` reads them: from
/// the instance, whatever its class makes of `__dict__`), without turning inline
/// attribute storage into a dict; None when `x` has no such storage (lib/copy.py).
fn instance_state(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(Kind::Instance(inst)) = args.first().and_then(|v| v.kind()) else {
        return Ok(Value::NONE);
    };
    let Some(items) = inst.inline_items() else {
        // A real dict (no `__dict__` at all: None) is copied as it is.
        let own = inst.has_dict().then(|| inst.dict_value()).flatten();
        return Ok(match own.as_ref().and_then(|d| d.kind()) {
            Some(Kind::Dict(d)) => {
                let copy = d.borrow().clone();
                rt.new_dict(copy)
            }
            _ => Value::NONE,
        });
    };
    let mut d = molt_builtins::dict::Dict::with_capacity(items.len());
    for (k, v) in items {
        d.set_str(k, v);
    }
    Ok(rt.new_dict(d))
}

/// `_molt.set_instance_state(y, state)`: stores the items of dict `state` (str keys) in
/// instance `y`'s own attributes, as `y.__dict__.update(state)` does but keeping inline
/// storage inline; False, storing nothing, when `y` or `state` is not of that kind
/// (lib/copy.py then updates `__dict__`).
fn set_instance_state(_rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let (Some(Kind::Instance(inst)), Some(Kind::Dict(d))) = (
        args.first().and_then(|v| v.kind()),
        args.get(1).and_then(|v| v.kind()),
    ) else {
        return Ok(Value::FALSE);
    };
    let items: Vec<(Value, Value)> = d
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if !inst.has_dict()
        || !items
            .iter()
            .all(|(k, _)| matches!(k.kind(), Some(Kind::Str(_))))
    {
        return Ok(Value::FALSE);
    }
    for (k, v) in items {
        // (The value replaced is dropped here, after the storage's borrow has ended.)
        if inst.attr_set(k, v).is_err() {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn code_arg(rt: &mut Runtime, args: &[Value]) -> PyResult<std::rc::Rc<molt_bytecode::Code>> {
    match args.first().and_then(|v| v.kind()) {
        Some(Kind::Code(c)) => Ok(c.code.clone()),
        _ => Err(rt.type_error("expected a code object")),
    }
}

/// `_molt.disassemble(code)`: Molt's listing of a code object and those nested in it.
fn disassemble(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let c = code_arg(rt, args)?;
    Ok(rt.new_string(molt_bytecode::dis::disassemble(&c)))
}

/// `_molt.instructions(code)`: a list of (index, opname, ((operand name, kind, value), ...),
/// line, is_jump_target) for each instruction.
fn instructions(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    use molt_bytecode::opcodes::OperandKind;
    let c = code_arg(rt, args)?;
    let targets: Vec<u32> = c
        .instrs
        .iter()
        .flat_map(|i| i.operands())
        .filter_map(|(_, k)| match k {
            OperandKind::Label(l) => Some(l),
            _ => None,
        })
        .chain(c.exc_table.iter().map(|e| e.target))
        .collect();
    let mut out = Vec::with_capacity(c.instrs.len());
    for (pc, ins) in c.instrs.iter().enumerate() {
        let mut ops = Vec::new();
        for (name, k) in ins.operands() {
            let (kind, v) = match k {
                OperandKind::Reg(r) => ("reg", r as i64),
                OperandKind::Konst(k) => ("const", k as i64),
                OperandKind::Name(n) => ("name", n as i64),
                OperandKind::Label(l) => ("label", l as i64),
                OperandKind::Imm(i) => ("imm", i as i64),
            };
            let t = vec![rt.new_str(name), rt.new_str(kind), Value::small_int(v)];
            ops.push(rt.new_tuple(t));
        }
        let ops = rt.new_tuple(ops);
        let name = rt.new_str(ins.opcode().name());
        let line = Value::small_int(c.line_at(pc) as i64);
        let jt = Value::bool(targets.contains(&(pc as u32)));
        out.push(rt.new_tuple(vec![Value::small_int(pc as i64), name, ops, line, jt]));
    }
    Ok(rt.new_list(out))
}

/// `_molt.find_module(fullname, dirs)`: where the import system would find a module
/// (None if nowhere): (origin, search locations or None, source text for lib/ modules or
/// None). A namespace package has origin None. `dirs` None means sys.path.
fn find_module(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(name) = args.first() else {
        return Err(rt.type_error("find_module() missing argument 'fullname'"));
    };
    let name = rt.str_string(name)?;
    let dirs: Vec<String> = match args.get(1).filter(|d| !d.is_none()) {
        Some(d) => {
            let items = rt.to_vec(d)?;
            let mut out = Vec::new();
            for it in &items {
                out.push(rt.str_string(it)?);
            }
            out
        }
        None => crate::import::search_path(rt),
    };
    let last = name.rsplit('.').next().unwrap_or(&name).to_string();
    use crate::import::Found;
    Ok(match crate::import::find_module(&dirs, &name, &last) {
        None => Value::NONE,
        Some(Found::Source { path, pkg_dir }) => {
            let o = rt.new_string(path);
            let s = match pkg_dir {
                Some(d) => {
                    let d = rt.new_string(d);
                    rt.new_list(vec![d])
                }
                None => Value::NONE,
            };
            rt.new_tuple(vec![o, s, Value::NONE])
        }
        Some(Found::Lib { src, file, pkg_dir }) => {
            let o = rt.new_string(file);
            let s = match pkg_dir {
                Some(d) => {
                    let d = rt.new_string(d);
                    rt.new_list(vec![d])
                }
                None => Value::NONE,
            };
            let src = rt.new_str(src);
            rt.new_tuple(vec![o, s, src])
        }
        Some(Found::Namespace(dirs)) => {
            let items: Vec<Value> = dirs.iter().map(|d| rt.new_str(d)).collect();
            let l = rt.new_list(items);
            rt.new_tuple(vec![Value::NONE, l, Value::NONE])
        }
    })
}

/// `_molt.lib_source(name)`: the source of an embedded lib/ module, or None.
fn lib_source(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(name) = args.first() else {
        return Err(rt.type_error("lib_source() missing argument 'name'"));
    };
    let name = rt.str_string(name)?;
    Ok(match crate::stdlib::find(&name) {
        Some((_, src)) => rt.new_str(src),
        None => Value::NONE,
    })
}

/// `_molt.builtin_module_names()`: the names of the native modules.
fn builtin_module_names(rt: &mut Runtime, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let names: Vec<Value> = NATIVE_MODULES.iter().map(|n| rt.new_str(n)).collect();
    Ok(rt.new_tuple(names))
}

/// Native modules that are built into CPython too, so files on sys.path cannot shadow
/// them (`_os` and `_time` stand for CPython's `posix` and `time`).
pub const BUILTIN_FIRST: &[&str] = &[
    "sys", "builtins", "_io", "_os", "_time", "_weakref", "gc", "_molt",
];

/// The modules built into the binary (CPython's `sys.builtin_module_names`).
pub const NATIVE_MODULES: &[&str] = &[
    "_io",
    "_molt",
    "_os",
    "_time",
    "_weakref",
    "builtins",
    "gc",
    "math",
    "sys",
    "unicodedata",
];

/// `_molt.mark_iterable_coroutine(func)`: what `types.coroutine` does to a generator
/// function (CPython sets CO_ITERABLE_COROUTINE on its code).
fn mark_iterable_coroutine(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    match args.first().and_then(|f| f.kind()) {
        Some(Kind::Function(fo)) => {
            fo.code.iterable_coroutine.set(true);
            Ok(args[0].clone())
        }
        _ => Err(rt.type_error("mark_iterable_coroutine() expects a Python function")),
    }
}

/// A read-only record such as `sys.float_info`: an instance with named attributes that
/// also indexes like a tuple.
fn record(rt: &mut Runtime, name: &str, fields: Vec<(&str, Value)>) -> Value {
    let mut ns = molt_builtins::dict::Dict::new();
    let m = rt.new_str("sys");
    ns.set_str(rt.intern("__module__"), m);
    let names: Vec<Value> = fields.iter().map(|(k, _)| rt.new_str(k)).collect();
    ns.set_str(rt.intern("_molt_fields"), rt.new_tuple(names));
    ns.set_str(
        rt.intern("__repr__"),
        rt.new_builtin("__repr__", record_repr),
    );
    let tuple_t = rt.types.tuple.clone();
    let cls = match molt_builtins::typeobj::new_class(
        rt,
        &rt.types.type_.clone(),
        name,
        vec![tuple_t],
        ns,
    ) {
        Ok(c) => c,
        Err(_) => return Value::NONE,
    };
    let values: Vec<Value> = fields.iter().map(|(_, v)| v.clone()).collect();
    let t = rt.new_tuple(values);
    let inst = molt_builtins::typeobj::new_instance_with(rt, &cls, t).unwrap_or(Value::NONE);
    for (k, v) in fields {
        molt_builtins::exceptions::set_attr_raw(&inst, k, v);
    }
    inst
}

/// `repr()` of a sys record: `sys.name(field=value, ...)`.
fn record_repr(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(this) = args.first() else {
        return Err(rt.type_error("__repr__() needs an argument"));
    };
    let cls = rt.type_of(this);
    let name = rt
        .getattr(&cls, "__name__")
        .and_then(|n| rt.str_string(&n))?;
    let fields = rt.getattr(&cls, "_molt_fields")?;
    let fields = rt.to_vec(&fields)?;
    let values = rt.to_vec(this)?;
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(values.iter()) {
        let f = rt.str_string(f)?;
        parts.push(format!("{f}={}", rt.repr_string(v)?));
    }
    Ok(rt.new_string(format!("sys.{name}({})", parts.join(", "))))
}

/// sys's module `__getattr__`: the import-machinery lists appear on first use.
fn sys_getattr(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let name = match args.first() {
        Some(n) => rt.str_string(n)?,
        None => return Err(rt.type_error("__getattr__() takes exactly one argument")),
    };
    let lazy = matches!(
        name.as_str(),
        "meta_path" | "path_hooks" | "path_importer_cache"
    );
    if lazy {
        crate::import::import_module(rt, "_frozen_importlib")?;
        if let Some(sys) = crate::import::sys_modules_get(rt, "sys") {
            if let Some(d) = module_dict(&sys) {
                if let Some(Kind::Dict(dd)) = d.kind() {
                    if let Some(v) = dd.borrow().get_str(&name).cloned() {
                        return Ok(v);
                    }
                }
            }
        }
    }
    let e = rt.attr_error(&format!("module 'sys' has no attribute '{name}'"));
    Err(e)
}

fn sys_getrefcount(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(v) = args.first() else {
        return Err(rt.type_error("getrefcount() takes exactly one argument (0 given)"));
    };
    // One more for the argument reference, as in CPython.
    Ok(Value::small_int(v.refcount() as i64 + 1))
}

/// `sys.getsizeof(obj[, default])`: `__sizeof__()` plus the collector's header for
/// containers, as CPython computes it (sizes follow CPython's 64-bit layouts).
fn sys_getsizeof(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(v) = args.first() else {
        return Err(rt.type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    let r = match rt.getattr(v, "__sizeof__") {
        Ok(f) => rt.call(&f, &[], &[]),
        Err(e) => Err(e),
    };
    let size = match r {
        Ok(n) => rt.index_of(&n)?,
        Err(e) => {
            if let Some(d) = args.get(1) {
                return Ok(d.clone());
            }
            return Err(e);
        }
    };
    if size < 0 {
        return Err(rt.value_error("__sizeof__() should return >= 0"));
    }
    let gc = matches!(
        v.kind(),
        Some(Kind::List(_) | Kind::Dict(_) | Kind::Tuple(_) | Kind::Set(_) | Kind::Instance(_))
    );
    Ok(Value::small_int(size + if gc { 16 } else { 0 }))
}

fn sys_settrace(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    match args.first() {
        Some(f) if !f.is_none() => Err(rt.not_implemented_error(
            "sys.settrace/setprofile with a function (Molt has no tracing hooks yet)",
        )),
        _ => Ok(Value::NONE),
    }
}

fn sys_none(_rt: &mut Runtime, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(Value::NONE)
}

fn sys_false(_rt: &mut Runtime, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(Value::FALSE)
}

fn sys_utf8(rt: &mut Runtime, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(rt.new_str("utf-8"))
}

fn sys_surrogateescape(rt: &mut Runtime, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(rt.new_str("surrogateescape"))
}

fn sys_switchinterval(_rt: &mut Runtime, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(Value::float(0.005))
}

fn sys_addaudithook(rt: &mut Runtime, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Err(rt.not_implemented_error("sys.addaudithook (Molt raises no audit events)"))
}

/// `sys.excepthook(type, value, traceback)`: prints the exception as the interpreter does.
fn sys_excepthook(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    use std::io::Write;
    if args.len() != 3 {
        return Err(rt.type_error(&format!(
            "excepthook expected 3 arguments, got {}",
            args.len()
        )));
    }
    let text = crate::traceback::format_exception(rt, &args[1]);
    let _ = rt.stdout.flush();
    let _ = rt.stderr.write_all(text.as_bytes());
    Ok(Value::NONE)
}

/// `sys.unraisablehook(unraisable)`: "Exception ignored in: ..." and the traceback.
fn sys_unraisablehook(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    use std::io::Write;
    let Some(u) = args.first() else {
        return Err(rt.type_error("unraisablehook() takes exactly one argument (0 given)"));
    };
    let obj = rt.getattr(u, "object").unwrap_or(Value::NONE);
    let msg = rt.getattr(u, "err_msg").unwrap_or(Value::NONE);
    let exc = rt.getattr(u, "exc_value").unwrap_or(Value::NONE);
    let head = if msg.is_none() {
        "Exception ignored in".to_string()
    } else {
        rt.str_string(&msg)?
    };
    let _ = rt.stdout.flush();
    if obj.is_none() {
        let _ = writeln!(rt.stderr, "{head}:");
    } else {
        let r = rt.repr_string(&obj).unwrap_or_default();
        let _ = writeln!(rt.stderr, "{head}: {r}");
    }
    if !exc.is_none() {
        let text = crate::traceback::format_exception(rt, &exc);
        let _ = rt.stderr.write_all(text.as_bytes());
    }
    Ok(Value::NONE)
}

fn make_sys(rt: &mut Runtime) -> Value {
    let m = new_module(rt, "sys");
    let fns: [(&'static str, molt_builtins::object::NativeFn); 9] = [
        ("_getframe", crate::frame_builtins::getframe),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ("exit", sys_exit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exception", sys_exception),
        ("exc_info", sys_exc_info),
        ("intern", sys_intern),
    ];
    for (n, f) in fns {
        let b = rt.new_builtin(n, f);
        set(rt, &m, n, b);
    }
    let hook = rt.new_builtin("displayhook", crate::frame_builtins::sys_displayhook);
    set(rt, &m, "displayhook", hook.clone());
    set(rt, &m, "__displayhook__", hook);
    let argv: Vec<Value> = rt.argv.clone().iter().map(|a| rt.new_str(a)).collect();
    let argv = rt.new_list(argv);
    set(rt, &m, "argv", argv);
    // sys.path: the script's directory (set when the script is known), then PYTHONPATH;
    // lib/ (embedded) is searched after these.
    let mut entries = vec![rt.new_str("")];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for part in pp.split(':').filter(|p| !p.is_empty()) {
            let abs = std::path::absolute(part)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| part.to_string());
            entries.push(rt.new_string(abs));
        }
    }
    let path = rt.new_list(entries);
    set(rt, &m, "path", path);
    set(rt, &m, "modules", rt.modules.clone());
    set(rt, &m, "maxsize", Value::small_int(i64::MAX >> 16));
    if let Ok(big) = rt.binary_op(
        molt_bytecode::opcodes::BinOp::Sub,
        &molt_builtins::ops::num::int_from_big(num_bigint::BigInt::from(i64::MAX)),
        &Value::small_int(0),
    ) {
        set(rt, &m, "maxsize", big);
    }
    let v = rt.new_str("3.12.1 (molt) [Rust]");
    set(rt, &m, "version", v);
    let final_ = rt.new_str("final");
    let vi = record(
        rt,
        "version_info",
        vec![
            ("major", Value::small_int(3)),
            ("minor", Value::small_int(12)),
            ("micro", Value::small_int(1)),
            ("releaselevel", final_),
            ("serial", Value::small_int(0)),
        ],
    );
    set(rt, &m, "version_info", vi);
    set(rt, &m, "hexversion", Value::small_int(0x030C01F0));
    set(rt, &m, "maxunicode", Value::small_int(0x10FFFF));
    set(rt, &m, "api_version", Value::small_int(1013));
    let more: [(&'static str, molt_builtins::object::NativeFn); 17] = [
        ("getrefcount", sys_getrefcount),
        ("getsizeof", sys_getsizeof),
        ("settrace", sys_settrace),
        ("setprofile", sys_settrace),
        ("gettrace", sys_none),
        ("getprofile", sys_none),
        ("is_finalizing", sys_false),
        ("getdefaultencoding", sys_utf8),
        ("getfilesystemencoding", sys_utf8),
        ("getfilesystemencodeerrors", sys_surrogateescape),
        ("getswitchinterval", sys_switchinterval),
        ("setswitchinterval", sys_none),
        ("audit", sys_none),
        ("addaudithook", sys_addaudithook),
        ("excepthook", sys_excepthook),
        ("unraisablehook", sys_unraisablehook),
        ("_clear_type_cache", sys_none),
    ];
    for (n, f) in more {
        let b = rt.new_builtin(n, f);
        set(rt, &m, n, b.clone());
        if n == "excepthook" || n == "unraisablehook" {
            let dn: &'static str = if n == "excepthook" {
                "__excepthook__"
            } else {
                "__unraisablehook__"
            };
            set(rt, &m, dn, b);
        }
    }
    let names: Vec<Value> = NATIVE_MODULES.iter().map(|n| rt.new_str(n)).collect();
    let names = rt.new_tuple(names);
    set(rt, &m, "builtin_module_names", names);
    let orig: Vec<Value> = std::env::args().map(|a| rt.new_string(a)).collect();
    let orig = rt.new_list(orig);
    set(rt, &m, "orig_argv", orig);
    let wo = rt.new_list(Vec::new());
    set(rt, &m, "warnoptions", wo);
    // meta_path, path_hooks and path_importer_cache come with the Python import machinery
    // (lib/_frozen_importlib.py), loaded when a program first asks for them.
    let ga = rt.new_builtin("__getattr__", sys_getattr);
    set(rt, &m, "__getattr__", ga);
    let xo = rt.new_dict(molt_builtins::dict::Dict::new());
    set(rt, &m, "_xoptions", xo);
    set(rt, &m, "dont_write_bytecode", Value::TRUE);
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|p| {
            p.parent()
                .and_then(|d| d.parent())
                .map(|d| d.to_string_lossy().into_owned())
        })
        .unwrap_or_default();
    for n in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        let v = rt.new_str(&exe_dir);
        set(rt, &m, n, v);
    }
    let strs = [
        ("platlibdir", "lib"),
        ("abiflags", ""),
        ("float_repr_style", "short"),
        ("copyright", "Copyright (c) the Molt authors.\nPython is Copyright (c) 2001-2023 Python Software Foundation."),
        ("pycache_prefix", ""),
    ];
    for (n, v) in strs {
        let v = if n == "pycache_prefix" {
            Value::NONE
        } else {
            rt.new_str(v)
        };
        set(rt, &m, n, v);
    }
    let pthread = rt.new_str("pthread");
    let sem = rt.new_str("semaphore");
    let ti = record(
        rt,
        "thread_info",
        vec![("name", pthread), ("lock", sem), ("version", Value::NONE)],
    );
    set(rt, &m, "thread_info", ti);
    let fi = record(
        rt,
        "float_info",
        vec![
            ("max", Value::float(f64::MAX)),
            ("max_exp", Value::small_int(f64::MAX_EXP as i64)),
            ("max_10_exp", Value::small_int(f64::MAX_10_EXP as i64)),
            ("min", Value::float(f64::MIN_POSITIVE)),
            ("min_exp", Value::small_int(f64::MIN_EXP as i64)),
            ("min_10_exp", Value::small_int(f64::MIN_10_EXP as i64)),
            ("dig", Value::small_int(f64::DIGITS as i64)),
            ("mant_dig", Value::small_int(f64::MANTISSA_DIGITS as i64)),
            ("epsilon", Value::float(f64::EPSILON)),
            ("radix", Value::small_int(2)),
            ("rounds", Value::small_int(1)),
        ],
    );
    set(rt, &m, "float_info", fi);
    let hash_random = std::env::var("PYTHONHASHSEED").map_or(true, |s| s.trim() != "0");
    let flags = record(
        rt,
        "flags",
        vec![
            ("debug", Value::small_int(0)),
            ("inspect", Value::small_int(0)),
            ("interactive", Value::small_int(0)),
            ("optimize", Value::small_int(0)),
            ("dont_write_bytecode", Value::small_int(0)),
            ("no_user_site", Value::small_int(0)),
            ("no_site", Value::small_int(0)),
            ("ignore_environment", Value::small_int(0)),
            ("verbose", Value::small_int(0)),
            ("bytes_warning", Value::small_int(0)),
            ("quiet", Value::small_int(0)),
            ("hash_randomization", Value::small_int(hash_random as i64)),
            ("isolated", Value::small_int(0)),
            ("dev_mode", Value::FALSE),
            ("utf8_mode", Value::small_int(0)),
            ("warn_default_encoding", Value::small_int(0)),
            ("safe_path", Value::FALSE),
            (
                "int_max_str_digits",
                Value::small_int(rt.max_str_digits as i64),
            ),
        ],
    );
    set(rt, &m, "flags", flags);
    let modulus = molt_builtins::ops::num::int_from_i64(molt_builtins::hash::MODULUS as i64);
    let algo = rt.new_str("siphash13");
    let hi = record(
        rt,
        "hash_info",
        vec![
            ("width", Value::small_int(64)),
            ("modulus", modulus),
            ("inf", Value::small_int(molt_builtins::hash::INF_HASH)),
            ("nan", Value::small_int(0)),
            ("imag", Value::small_int(1_000_003)),
            ("algorithm", algo),
            ("hash_bits", Value::small_int(64)),
            ("seed_bits", Value::small_int(128)),
            ("cutoff", Value::small_int(0)),
        ],
    );
    set(rt, &m, "hash_info", hi);
    let ii = record(
        rt,
        "int_info",
        vec![
            ("bits_per_digit", Value::small_int(30)),
            ("sizeof_digit", Value::small_int(4)),
            ("default_max_str_digits", Value::small_int(4300)),
            ("str_digits_check_threshold", Value::small_int(640)),
        ],
    );
    set(rt, &m, "int_info", ii);
    let name = rt.new_str("molt");
    let cache = rt.new_str("molt-312");
    let ver = rt.new_tuple(vec![
        Value::small_int(0),
        Value::small_int(1),
        Value::small_int(0),
        rt.new_str("alpha"),
        Value::small_int(0),
    ]);
    let imp = record(
        rt,
        "implementation",
        vec![("name", name), ("cache_tag", cache), ("version", ver)],
    );
    set(rt, &m, "implementation", imp);
    let p = rt.new_str(if cfg!(target_os = "linux") {
        "linux"
    } else {
        std::env::consts::OS
    });
    set(rt, &m, "platform", p);
    let bo = rt.new_str(if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    });
    set(rt, &m, "byteorder", bo);
    let exe = rt.new_str(
        &std::env::current_exe()
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or_default(),
    );
    set(rt, &m, "executable", exe);
    // The std streams: text files over fds 0, 1 and 2 (writes go through the runtime's
    // sinks, which an embedding program may redirect).
    match molt_builtins::types::io::open::std_streams(rt) {
        Ok((stdin, stdout, stderr)) => {
            rt.sys_stdout = stdout.clone();
            for (name, dunder, v) in [
                ("stdin", "__stdin__", stdin),
                ("stdout", "__stdout__", stdout),
                ("stderr", "__stderr__", stderr),
            ] {
                set(rt, &m, name, v.clone());
                set(rt, &m, dunder, v);
            }
        }
        Err(_) => {
            for name in [
                "stdin",
                "stdout",
                "stderr",
                "__stdin__",
                "__stdout__",
                "__stderr__",
            ] {
                set(rt, &m, name, Value::NONE);
            }
        }
    }
    m
}
