//! The import system (first cut): `sys.modules` caching, native modules, and source modules
//! and packages found on `sys.path`, with CPython's errors.

use std::rc::Rc;

use molt_builtins::dict::Dict;
use molt_builtins::object::Module;
use molt_builtins::{Kind, Obj, PyResult, Runtime, Value};

use crate::api::exec_code;

pub fn new_module(rt: &mut Runtime, name: &str) -> Value {
    let d = rt.new_dict(Dict::new());
    if let Some(Kind::Dict(dd)) = d.kind() {
        let k = rt.intern("__name__");
        let n = rt.new_str(name);
        dd.borrow_mut().set_str(k, n);
        let k = rt.intern("__builtins__");
        dd.borrow_mut().set_str(k, rt.builtins_module.clone());
        let k = rt.intern("__doc__");
        dd.borrow_mut().set_str(k, Value::NONE);
    }
    let n = rt.new_str(name);
    Value::from_obj(Obj::new(Kind::Module(Module::new(n, d))))
}

pub fn module_dict(m: &Value) -> Option<Value> {
    match m.kind() {
        Some(Kind::Module(m)) => Some(m.dict.clone()),
        _ => None,
    }
}

/// `sys.modules[name]`, if present.
pub fn sys_modules_get(rt: &Runtime, name: &str) -> Option<Value> {
    match rt.modules.kind() {
        Some(Kind::Dict(d)) => d.borrow().get_str(name).cloned(),
        _ => None,
    }
}

pub fn register_module(rt: &mut Runtime, name: &str, m: Value) {
    let k = rt.intern(name);
    if let Some(Kind::Dict(d)) = rt.modules.kind() {
        d.borrow_mut().set_str(k, m);
    }
}

pub fn search_path(rt: &mut Runtime) -> Vec<String> {
    // (Without file-system access only the embedded lib/ is importable.)
    if !rt.sandbox.caps.filesystem {
        return Vec::new();
    }
    let Some(sys) = sys_modules_get(rt, "sys") else {
        return vec![".".into()];
    };
    let Ok(path) = rt.getattr(&sys, "path") else {
        return vec![".".into()];
    };
    let items = rt.to_vec(&path).unwrap_or_default();
    items
        .iter()
        .filter_map(|p| rt.str_of(p).ok().map(|s| s.to_string()))
        .collect()
}

/// Imports one absolute dotted name, importing its parents first.
pub fn import_module(rt: &mut Runtime, name: &str) -> PyResult {
    if let Some(m) = sys_modules_get(rt, name) {
        if m.is_none() {
            let msg = format!("import of {name} halted; None in sys.modules");
            return Err(not_found(rt, &msg, name));
        }
        return Ok(m);
    }
    if name.is_empty() {
        return Err(rt.value_error("Empty module name"));
    }
    if let Some(m) = python_import(rt, name)? {
        return Ok(m);
    }
    let (parent, last) = match name.rfind('.') {
        Some(i) => (Some(&name[..i]), &name[i + 1..]),
        None => (None, name),
    };
    let dirs = match parent {
        Some(p) => {
            let pm = import_module(rt, p)?;
            if let Some(m) = sys_modules_get(rt, name) {
                return Ok(m);
            }
            match rt.getattr(&pm, "__path__") {
                Ok(path) => {
                    let items = rt.to_vec(&path)?;
                    items
                        .iter()
                        .filter_map(|p| rt.str_of(p).ok().map(|s| s.to_string()))
                        .collect()
                }
                Err(_) => {
                    let msg = format!("No module named '{name}'; '{p}' is not a package");
                    return Err(not_found(rt, &msg, name));
                }
            }
        }
        None => {
            // Modules CPython builds in cannot be shadowed by files on sys.path; the
            // others (extension modules in CPython, such as math) can.
            if crate::native::BUILTIN_FIRST.contains(&name) {
                if let Some(m) = crate::native::make_native_module(rt, name) {
                    register_module(rt, name, m.clone());
                    setup_builtin(rt, &m)?;
                    return Ok(m);
                }
            }
            // lib/ modules standing for modules CPython builds in come first too.
            if LIB_FIRST.contains(&name) {
                if let Some((_, src)) = crate::stdlib::find(name) {
                    let file = format!("<molt>/lib/{name}.py");
                    let m = load_lib_module(rt, name, None, src, &file, None)?;
                    // Like the builtin module it stands for: no __file__.
                    if let Some(Kind::Dict(d)) = module_dict(&m).as_ref().and_then(|d| d.kind()) {
                        d.borrow_mut().del_str("__file__");
                    }
                    return Ok(m);
                }
            }
            let dirs = search_path(rt);
            if !crate::native::BUILTIN_FIRST.contains(&name)
                && !dirs.iter().any(|d| shadows(d, name))
            {
                if let Some(m) = crate::native::make_native_module(rt, name) {
                    register_module(rt, name, m.clone());
                    setup_builtin(rt, &m)?;
                    return Ok(m);
                }
            }
            dirs
        }
    };
    match find_module(&dirs, name, last) {
        Some(Found::Source { path, pkg_dir }) => {
            let src = match std::fs::read(&path) {
                Ok(s) => s,
                Err(e) => return Err(rt.new_exc("OSError", &e.to_string())),
            };
            load_module(rt, name, parent, &src, &path, pkg_dir)
        }
        Some(Found::Lib { src, file, pkg_dir }) => {
            load_lib_module(rt, name, parent, src, &file, pkg_dir)
        }
        Some(Found::Namespace(dirs)) => load_namespace(rt, name, parent, dirs),
        None => Err(not_found(rt, &format!("No module named '{name}'"), name)),
    }
}

/// lib/ modules that stand for modules built into CPython (so not shadowed by sys.path).
const LIB_FIRST: &[&str] = &[
    "itertools",
    "time",
    "errno",
    "atexit",
    "_collections_abc",
    "_structseq",
    "_frozen_importlib",
];

/// Whether directory `dir` holds a module or package called `name`.
fn shadows(dir: &str, name: &str) -> bool {
    let base = std::path::Path::new(if dir.is_empty() { "." } else { dir });
    base.join(format!("{name}.py")).is_file() || base.join(name).join("__init__.py").is_file()
}

/// Where a module's code comes from.
pub enum Found {
    /// A source file (`pkg_dir`: the package directory when it is a package's `__init__.py`).
    Source {
        path: String,
        pkg_dir: Option<String>,
    },
    /// A module of lib/ embedded in the binary.
    Lib {
        src: &'static str,
        file: String,
        pkg_dir: Option<String>,
    },
    /// A namespace package: directories of that name without `__init__.py`.
    Namespace(Vec<String>),
}

/// Finds module `name` (last component `last`) as CPython's path finder does: each
/// directory in turn offers a package (`last/__init__.py`) or a module (`last.py`); plain
/// directories called `last` are remembered and become a namespace package if nothing else
/// is found. Top-level modules fall back to lib/ (after sys.path, before namespaces).
pub fn find_module(dirs: &[String], name: &str, last: &str) -> Option<Found> {
    let mut namespace = Vec::new();
    for dir in dirs {
        let base = std::path::Path::new(if dir.is_empty() { "." } else { dir });
        let pkg = base.join(last);
        let pkg_init = pkg.join("__init__.py");
        if pkg_init.is_file() {
            return Some(Found::Source {
                path: display_path(dir, &pkg_init),
                pkg_dir: Some(display_path(dir, &pkg)),
            });
        }
        let file = base.join(format!("{last}.py"));
        if file.is_file() {
            return Some(Found::Source {
                path: display_path(dir, &file),
                pkg_dir: None,
            });
        }
        if pkg.is_dir() {
            namespace.push(display_path(dir, &pkg));
        }
    }
    if let Some(found) = lib_override(name, last) {
        return Some(found);
    }
    if let Some((is_pkg, src)) = crate::stdlib::find(name) {
        let rel = name.replace('.', "/");
        let (file, pkg_dir) = if is_pkg {
            (
                format!("<molt>/lib/{rel}/__init__.py"),
                Some(format!("<molt>/lib/{rel}")),
            )
        } else {
            (format!("<molt>/lib/{rel}.py"), None)
        };
        return Some(Found::Lib { src, file, pkg_dir });
    }
    if !namespace.is_empty() {
        return Some(Found::Namespace(namespace));
    }
    None
}

/// With `MOLT_LIB=<dir>` set (a development aid), lib/ modules are read from that
/// directory instead of the copy embedded in the binary, so lib/ can be edited without a
/// rebuild.
fn lib_override(name: &str, last: &str) -> Option<Found> {
    let root = std::env::var("MOLT_LIB").ok().filter(|s| !s.is_empty())?;
    let mut dir = std::path::PathBuf::from(root);
    let parts: Vec<&str> = name.split('.').collect();
    for p in &parts[..parts.len() - 1] {
        dir.push(p);
    }
    let pkg = dir.join(last);
    let init = pkg.join("__init__.py");
    if init.is_file() {
        return Some(Found::Source {
            path: init.to_string_lossy().into_owned(),
            pkg_dir: Some(pkg.to_string_lossy().into_owned()),
        });
    }
    let file = dir.join(format!("{last}.py"));
    file.is_file().then(|| Found::Source {
        path: file.to_string_lossy().into_owned(),
        pkg_dir: None,
    })
}

/// A found path as CPython reports it: absolute when the search directory was the
/// current directory ('' on sys.path), otherwise joined as given.
fn display_path(dir: &str, p: &std::path::Path) -> String {
    if dir.is_empty() || std::path::Path::new(dir).is_relative() {
        if let Ok(abs) = std::path::absolute(p) {
            return abs.to_string_lossy().into_owned();
        }
    }
    p.to_string_lossy().into_owned()
}

/// Creates a namespace package (no code; `__path__` lists its directories).
fn load_namespace(
    rt: &mut Runtime,
    name: &str,
    parent: Option<&str>,
    dirs: Vec<String>,
) -> PyResult {
    let last = name.rsplit('.').next().unwrap_or(name);
    let m = new_module(rt, name);
    let d = module_dict(&m).expect("module");
    let items: Vec<Value> = dirs.iter().map(|p| rt.new_str(p)).collect();
    let path = rt.new_list(items);
    if let Some(Kind::Dict(dd)) = d.kind() {
        let mut dd = dd.borrow_mut();
        dd.set_str(rt.intern("__package__"), rt.new_str(name));
        dd.set_str(rt.intern("__file__"), Value::NONE);
    }
    if let Some(Kind::Dict(dd)) = d.kind() {
        let mut dd = dd.borrow_mut();
        dd.del_str("__file__");
        dd.del_str("__builtins__");
    }
    setup_module(rt, &m, name, None, Some(path))?;
    register_module(rt, name, m.clone());
    if let Some(p) = parent {
        if let Some(pm) = sys_modules_get(rt, p) {
            let _ = rt.setattr(&pm, last, &m);
        }
    }
    Ok(m)
}

/// Gives a module the import attributes CPython's have (`__spec__`, `__loader__`,
/// `__file__`, `__cached__`, `__package__`, `__path__`) through the Python import
/// machinery (lib/_frozen_importlib.py: `_setup_native_module`). `origin` None is a
/// namespace package.
fn setup_module(
    rt: &mut Runtime,
    m: &Value,
    name: &str,
    origin: Option<&str>,
    search: Option<Value>,
) -> PyResult<()> {
    if name == "_frozen_importlib" {
        return Ok(());
    }
    let fi = import_module(rt, "_frozen_importlib")?;
    let f = rt.getattr(&fi, "_setup_native_module")?;
    let o = origin.map_or(Value::NONE, |o| rt.new_str(o));
    rt.call(&f, &[m.clone(), o, search.unwrap_or(Value::NONE)], &[])?;
    Ok(())
}

/// A native module's `__spec__`/`__loader__` (BuiltinImporter), once the Python import
/// machinery is loaded (it gives the ones loaded before it theirs when it loads).
fn setup_builtin(rt: &mut Runtime, m: &Value) -> PyResult<()> {
    let Some(fi) = sys_modules_get(rt, "_frozen_importlib").filter(|m| !m.is_none()) else {
        return Ok(());
    };
    if let Ok(f) = rt.getattr(&fi, "_setup_builtin_module") {
        rt.call(&f, std::slice::from_ref(m), &[])?;
    }
    Ok(())
}

/// With finders of the program's own on `sys.meta_path` (or path hooks), imports go
/// through the Python import algorithm (`_frozen_importlib._find_and_load`); None when
/// the default machinery is in place (the native import system finds the same).
fn python_import(rt: &mut Runtime, name: &str) -> PyResult<Option<Value>> {
    let Some(sys) = sys_modules_get(rt, "sys") else {
        return Ok(None);
    };
    let has_meta = module_dict(&sys)
        .and_then(|d| match d.kind() {
            Some(Kind::Dict(dd)) => Some(dd.borrow().get_str("meta_path").is_some()),
            _ => None,
        })
        .unwrap_or(false);
    if !has_meta {
        return Ok(None);
    }
    let Some(fi) = sys_modules_get(rt, "_frozen_importlib").filter(|m| !m.is_none()) else {
        return Ok(None);
    };
    let Ok(check) = rt.getattr(&fi, "_default_machinery") else {
        return Ok(None);
    };
    let default = rt.call(&check, &[], &[])?;
    if rt.truthy(&default)? {
        return Ok(None);
    }
    let f = rt.getattr(&fi, "_find_and_load")?;
    let n = rt.new_str(name);
    rt.call(&f, &[n], &[]).map(Some)
}

fn not_found(rt: &mut Runtime, msg: &str, name: &str) -> molt_builtins::Exc {
    let e = rt.new_exc("ModuleNotFoundError", msg);
    let n = rt.new_str(name);
    molt_builtins::exceptions::set_attr_raw(&e.0, "name", n);
    e
}

fn resolve_name(rt: &mut Runtime, name: &str, level: usize, globals: &Value) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let d = match globals.kind() {
        Some(Kind::Dict(d)) => d.borrow().clone(),
        _ => return Err(rt.type_error("globals must be a dict")),
    };
    let pkg = match d.get_str("__package__") {
        Some(p) if !p.is_none() => match p.kind() {
            Some(Kind::Str(s)) => s.s.as_str().to_owned(),
            _ => return Err(rt.type_error("package must be a string")),
        },
        _ => {
            let n = d.get_str("__name__").cloned().unwrap_or(Value::NONE);
            let n = rt.str_string(&n)?;
            if d.get_str("__path__").is_some() {
                n
            } else {
                n.rsplit_once('.')
                    .map(|x| x.0.to_string())
                    .unwrap_or_default()
            }
        }
    };
    if pkg.is_empty() {
        return Err(rt.new_exc(
            "ImportError",
            "attempted relative import with no known parent package",
        ));
    }
    let parts: Vec<&str> = pkg.split('.').collect();
    if level > parts.len() + 1 || level > parts.len() {
        return Err(rt.new_exc(
            "ImportError",
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

pub fn import_name(
    rt: &mut Runtime,
    name: &str,
    fromlist: &Value,
    level: usize,
    globals: &Value,
) -> PyResult {
    let full = resolve_name(rt, name, level, globals)?;
    let m = import_module(rt, &full)?;
    let from = if fromlist.is_none() {
        Vec::new()
    } else {
        rt.to_vec(fromlist)?
    };
    if !from.is_empty() {
        handle_fromlist(rt, &m, &from, false)?;
        return Ok(m);
    }
    if level > 0 && name.is_empty() {
        return Ok(m);
    }
    // `import a.b.c` binds `a`; for a relative name, the package part the name starts at.
    let first = name.split('.').next().unwrap_or("");
    let top = if level == 0 {
        first.to_string()
    } else {
        let cut = full.len() - (name.len() - first.len());
        full[..cut].to_string()
    };
    if top == full {
        return Ok(m);
    }
    match sys_modules_get(rt, &top) {
        Some(t) if !t.is_none() => Ok(t),
        _ => import_module(rt, &top),
    }
}

/// `from package import a, b` / `__import__(name, fromlist=...)`: names the package lacks
/// are imported as its submodules ('*' means its `__all__`); a submodule that does not
/// exist is left for the caller's "cannot import name" error.
fn handle_fromlist(rt: &mut Runtime, m: &Value, from: &[Value], recursive: bool) -> PyResult<()> {
    if !matches!(m.kind(), Some(Kind::Module(_))) || rt.getattr(m, "__path__").is_err() {
        return Ok(());
    }
    let mname = rt.getattr(m, "__name__").and_then(|n| rt.str_string(&n))?;
    for x in from {
        let Some(Kind::Str(xs)) = x.kind() else {
            let tn = rt.type_name(x);
            let msg = if recursive {
                format!("Item in {mname}.__all__ must be str, not {tn}")
            } else {
                format!("Item in ``from list'' must be str, not {tn}")
            };
            return Err(rt.type_error(&msg));
        };
        let xs = xs.s.as_str().to_owned();
        if xs == "*" {
            if !recursive {
                if let Ok(all) = rt.getattr(m, "__all__") {
                    let items = rt.to_vec(&all)?;
                    handle_fromlist(rt, m, &items, true)?;
                }
            }
            continue;
        }
        let t = rt.type_of(m);
        if rt.getattr_opt(m, &t, &xs)?.is_some() {
            continue;
        }
        let sub = format!("{mname}.{xs}");
        if let Err(e) = import_module(rt, &sub) {
            // Only "no module named <exactly this>" is swallowed.
            let missing = rt.exc_matches(&e, "ModuleNotFoundError")
                && rt
                    .getattr(&e.0, "name")
                    .ok()
                    .and_then(|n| rt.str_string(&n).ok())
                    .is_some_and(|n| n == sub);
            if !missing {
                return Err(e);
            }
        }
    }
    Ok(())
}

pub fn import_from(rt: &mut Runtime, module: &Value, name: &str) -> PyResult {
    let t = rt.type_of(module);
    match rt.getattr_opt(module, &t, name) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => {}
        Err(e) if rt.exc_matches(&e, "AttributeError") => {}
        Err(e) => return Err(e),
    }
    // The module's name as its __name__ says (None for a non-module or a missing name).
    let mname: Option<String> = rt
        .getattr(module, "__name__")
        .ok()
        .and_then(|n| rt.str_of(&n).ok().map(|s| s.to_string()));
    if let Some(mn) = &mname {
        // A submodule not imported yet; errors inside it propagate.
        let sub = format!("{mn}.{name}");
        if let Some(v) = sys_modules_get(rt, &sub).filter(|v| !v.is_none()) {
            return Ok(v);
        }
        if rt.getattr(module, "__path__").is_ok() {
            match import_module(rt, &sub) {
                Ok(v) => return Ok(v),
                Err(e) => {
                    let missing = rt.exc_matches(&e, "ModuleNotFoundError")
                        && rt
                            .getattr(&e.0, "name")
                            .ok()
                            .and_then(|n| rt.str_string(&n).ok())
                            .is_some_and(|n| n == sub);
                    if !missing {
                        return Err(e);
                    }
                }
            }
        }
    }
    let file = rt
        .getattr(module, "__file__")
        .ok()
        .and_then(|f| rt.str_of(&f).ok().map(|s| s.to_string()));
    let shown = mname
        .clone()
        .unwrap_or_else(|| "<unknown module name>".to_string());
    let initializing = mname
        .as_ref()
        .is_some_and(|n| rt.initializing_modules.iter().any(|m| m == n));
    let msg = match (&file, initializing) {
        (Some(f), true) => format!(
            "cannot import name '{name}' from partially initialized module '{shown}' (most likely due to a circular import) ({f})"
        ),
        (None, true) => format!(
            "cannot import name '{name}' from partially initialized module '{shown}' (most likely due to a circular import) (unknown location)"
        ),
        (Some(f), false) => format!("cannot import name '{name}' from '{shown}' ({f})"),
        (None, false) => format!("cannot import name '{name}' from '{shown}' (unknown location)"),
    };
    let e = rt.new_exc("ImportError", &msg);
    let n = mname.map_or(Value::NONE, |m| rt.new_string(m));
    let nf = rt.new_str(name);
    molt_builtins::exceptions::set_attr_raw(&e.0, "name", n);
    molt_builtins::exceptions::set_attr_raw(&e.0, "name_from", nf);
    let p = file.map_or(Value::NONE, |f| rt.new_string(f));
    molt_builtins::exceptions::set_attr_raw(&e.0, "path", p);
    Err(e)
}

pub fn import_star(rt: &mut Runtime, module: &Value, ns: &Value) -> PyResult<()> {
    let mname = rt
        .getattr(module, "__name__")
        .ok()
        .and_then(|n| rt.str_of(&n).ok().map(|s| s.to_string()))
        .unwrap_or_else(|| "?".into());
    let (names, from_all): (Vec<Value>, bool) = match rt.getattr(module, "__all__") {
        Ok(a) => (rt.to_vec(&a)?, true),
        Err(e) if rt.exc_matches(&e, "AttributeError") => {
            let d = match rt.getattr(module, "__dict__") {
                Ok(d) => d,
                Err(e) if rt.exc_matches(&e, "AttributeError") => {
                    return Err(rt.new_exc(
                        "ImportError",
                        "from-import-* object has no __dict__ and no __all__",
                    ))
                }
                Err(e) => return Err(e),
            };
            let keys = match d.kind() {
                Some(Kind::Dict(dd)) => dd.borrow().keys(),
                _ => rt.to_vec(&d)?,
            };
            (keys, false)
        }
        Err(e) => return Err(e),
    };
    if from_all {
        handle_fromlist(rt, module, &names, true)?;
    }
    for n in names {
        let Some(Kind::Str(s)) = n.kind() else {
            let tn = rt.type_name(&n);
            let what = if from_all { "Item in" } else { "Key in" };
            let attr = if from_all { "__all__" } else { "__dict__" };
            return Err(rt.type_error(&format!("{what} {mname}.{attr} must be str, not {tn}")));
        };
        if !from_all && s.s.starts_with('_') {
            continue;
        }
        let ns_name = s.s.as_str().to_owned();
        let v = rt.getattr(module, &ns_name)?;
        match ns.kind() {
            Some(Kind::Dict(dst)) => dst.borrow_mut().set_str(n.clone(), v),
            _ => rt.setitem(ns, &n, &v)?,
        }
    }
    Ok(())
}

/// Creates module `name` from source, registers it in sys.modules (before running it, so
/// circular imports see the partial module) and runs it; on failure it is removed again.
/// A lib/ module: its precompiled code from the embedded snapshot when `MOLT_LIB` does
/// not point elsewhere, else its source compiled now.
fn load_lib_module(
    rt: &mut Runtime,
    name: &str,
    parent: Option<&str>,
    src: &str,
    file: &str,
    pkg_dir: Option<String>,
) -> PyResult {
    match crate::stdlib::compiled(name) {
        Some(code) => load_code(rt, name, parent, LoadFrom::Code(code), file, pkg_dir),
        None => load_module(rt, name, parent, src.as_bytes(), file, pkg_dir),
    }
}

/// Runs lib/ module `name` at start-up without the Python import machinery (which would
/// load `_frozen_importlib` at every start): it gets its `__spec__` when that module
/// loads, as a frozen module does in CPython.
pub(crate) fn load_frozen(rt: &mut Runtime, name: &str) -> PyResult {
    let Some(code) = crate::stdlib::compiled(name) else {
        return Err(rt.new_exc("ImportError", &format!("no frozen module named {name}")));
    };
    let m = new_module(rt, name);
    let d = module_dict(&m).expect("module");
    if let Some(Kind::Dict(dd)) = d.kind() {
        let mut dd = dd.borrow_mut();
        dd.set_str(rt.intern("__builtins__"), rt.builtins.clone());
        dd.set_str(rt.intern("__package__"), rt.new_str(""));
        dd.set_str(rt.intern("__loader__"), Value::NONE);
    }
    register_module(rt, name, m.clone());
    exec_code(rt, &code, &d, None)?;
    Ok(m)
}

/// What a module is made from.
enum LoadFrom<'a> {
    Source(&'a [u8]),
    Code(Rc<molt_bytecode::Code>),
}

fn load_module(
    rt: &mut Runtime,
    name: &str,
    parent: Option<&str>,
    src: &[u8],
    file: &str,
    pkg_dir: Option<String>,
) -> PyResult {
    load_code(rt, name, parent, LoadFrom::Source(src), file, pkg_dir)
}

/// Compiles an imported module's source as CPython's importlib does (from bytes, so the
/// decoding and NUL-byte errors are worded as compile() words them).
fn compile_import_source(
    rt: &mut Runtime,
    src: &[u8],
    file: &str,
) -> PyResult<std::rc::Rc<molt_bytecode::Code>> {
    if src.contains(&0) {
        // (Made through the class, so `msg` is set and filename/lineno are None.)
        let cls = rt.exc_type("SyntaxError");
        let m = rt.new_str("source code string cannot contain null bytes");
        return Err(match rt.call(&cls, &[m], &[]) {
            Ok(e) => molt_builtins::object::Exc(e),
            Err(e) => e,
        });
    }
    let text = molt_bytecode::decode_import_source(src, file)
        .map_err(|e| crate::api::syntax_error(rt, &e))?;
    molt_bytecode::compile_module(&text, file).map_err(|e| crate::api::syntax_error(rt, &e))
}

fn load_code(
    rt: &mut Runtime,
    name: &str,
    parent: Option<&str>,
    from: LoadFrom,
    file: &str,
    pkg_dir: Option<String>,
) -> PyResult {
    let last = name.rsplit('.').next().unwrap_or(name);
    let m = new_module(rt, name);
    let d = module_dict(&m).expect("module");
    if let Some(Kind::Dict(dd)) = d.kind() {
        let mut dd = dd.borrow_mut();
        // An imported module's __builtins__ is the builtins dict (only __main__'s is the
        // module), as in CPython.
        dd.set_str(rt.intern("__builtins__"), rt.builtins.clone());
        dd.set_str(rt.intern("__file__"), rt.new_str(file));
        let pkg = if pkg_dir.is_some() {
            name.to_string()
        } else {
            parent.unwrap_or("").to_string()
        };
        dd.set_str(rt.intern("__package__"), rt.new_str(&pkg));
        if let Some(dir) = &pkg_dir {
            let dirv = rt.new_str(dir);
            dd.set_str(rt.intern("__path__"), rt.new_list(vec![dirv]));
        }
        dd.set_str(rt.intern("__loader__"), Value::NONE);
        dd.set_str(rt.intern("__cached__"), Value::NONE);
    }
    let search = pkg_dir.is_some().then(|| {
        module_dict(&m)
            .and_then(|d| match d.kind() {
                Some(Kind::Dict(dd)) => dd.borrow().get_str("__path__").cloned(),
                _ => None,
            })
            .unwrap_or(Value::NONE)
    });
    setup_module(rt, &m, name, Some(file), search)?;
    register_module(rt, name, m.clone());
    rt.initializing_modules.push(name.to_string());
    let code = match from {
        LoadFrom::Code(c) => Ok(c),
        LoadFrom::Source(src) => compile_import_source(rt, src, file),
    };
    let r = code.and_then(|code| exec_code(rt, &code, &d, None).map(|_| ()));
    if let Some(i) = rt.initializing_modules.iter().rposition(|n| n == name) {
        rt.initializing_modules.remove(i);
    }
    if let Err(e) = r {
        if let Some(Kind::Dict(md)) = rt.modules.kind() {
            md.borrow_mut().del_str(name);
        }
        return Err(e);
    }
    // What the module left in sys.modules under its name is the result (a module that
    // removed itself is an error, as in CPython).
    let Some(result) = sys_modules_get(rt, name) else {
        let k = rt.new_str(name);
        return Err(rt.key_error(k));
    };
    if let Some(p) = parent {
        if let Some(pm) = sys_modules_get(rt, p) {
            let _ = rt.setattr(&pm, last, &result);
        }
    }
    Ok(result)
}
