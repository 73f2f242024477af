//! The embedding API (`Vm`) and the entry points the command line uses: compiling source,
//! running module code, calling Python functions from native code, and the top-level
//! handling of uncaught exceptions and `SystemExit`.

use std::rc::Rc;

use molt_builtins::dict::Dict;
use molt_builtins::object::Exc;
use molt_builtins::{Kind, PyResult, Runtime, Value};
use molt_bytecode::{Code, SyntaxErrorInfo};

use crate::frame::{bind_args, Frame};
use crate::interp::{run, Exit};

/// The interpreter's hook for calling Python functions from builtins.
fn call_function(rt: &mut Runtime, f: &Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let Some(Kind::Function(fo)) = f.kind() else {
        return Err(rt.type_error("not a function"));
    };
    let nregs = fo.code.code.nregs as usize;
    // (A register stack from the pool is empty: see interp::recycle_stack.)
    let mut regs = rt.stack_pool.pop().unwrap_or_default();
    regs.resize(nregs, Value::UNBOUND);
    bind_args(rt, fo, &mut regs, args, kw)?;
    if fo.code.code.is_resumable() {
        let q = fo.qualname.borrow().clone();
        return Ok(crate::generator::new(
            rt,
            fo.code.clone(),
            fo.globals.clone(),
            regs,
            q,
        ));
    }
    rt.depth += 1;
    if rt.depth > rt.recursion_limit {
        rt.depth -= 1;
        return Err(rt.new_exc("RecursionError", "maximum recursion depth exceeded"));
    }
    let frame = Frame {
        code: fo.code.clone(),
        globals: fo.globals.clone(),
        locals: None,
        pc: 0,
        base: 0,
        ret_dst: 0,
        init_self: None,
        obj: Value::NONE,
    };
    let r = run(rt, frame, regs);
    rt.depth -= 1;
    match r? {
        Exit::Return(v) => Ok(v),
        Exit::Yield { .. } => Err(rt.new_exc("SystemError", "unexpected yield")),
    }
}

fn import_hook(rt: &mut Runtime, name: &str) -> PyResult {
    crate::import::import_module(rt, name)
}

/// A SyntaxError exception from compiler information.
pub fn syntax_error(rt: &mut Runtime, e: &SyntaxErrorInfo) -> Exc {
    syntax_error_text(rt, e, true)
}

/// `syntax_error`, its `text` ending in a newline or not (eval's source line is shown as
/// given).
pub fn syntax_error_text(rt: &mut Runtime, e: &SyntaxErrorInfo, newline: bool) -> Exc {
    let filename = rt.new_str(&e.filename);
    let text = match &e.text {
        Some(t) if newline => rt.new_str(&format!("{t}\n")),
        Some(t) => rt.new_str(t),
        None => Value::NONE,
    };
    let details = rt.new_tuple(vec![
        filename.clone(),
        Value::small_int(e.lineno as i64),
        Value::small_int(e.offset as i64),
        text.clone(),
        Value::small_int(e.end_lineno as i64),
        Value::small_int(e.end_offset as i64),
    ]);
    let msg = rt.new_str(&e.msg);
    if !e.kind.ends_with("Error") || e.kind == "RecursionError" {
        return rt.exc_with_args(e.kind, vec![msg]);
    }
    let exc = rt.exc_with_args(e.kind, vec![msg.clone(), details]);
    use molt_builtins::exceptions::set_attr_raw;
    set_attr_raw(&exc.0, "msg", msg);
    set_attr_raw(&exc.0, "filename", filename);
    set_attr_raw(&exc.0, "lineno", Value::small_int(e.lineno as i64));
    set_attr_raw(&exc.0, "offset", Value::small_int(e.offset as i64));
    set_attr_raw(&exc.0, "text", text);
    set_attr_raw(&exc.0, "end_lineno", Value::small_int(e.end_lineno as i64));
    set_attr_raw(&exc.0, "end_offset", Value::small_int(e.end_offset as i64));
    exc
}

/// Decodes and compiles module source; a syntax error becomes a Python SyntaxError.
pub fn compile_source(rt: &mut Runtime, src: &[u8], filename: &str) -> PyResult<Rc<Code>> {
    let text = molt_bytecode::decode_source(src, filename).map_err(|e| syntax_error(rt, &e))?;
    molt_bytecode::compile_module(&text, filename).map_err(|e| syntax_error(rt, &e))
}

/// Runs module-level code with `globals` as its namespace.
pub fn exec_code(
    rt: &mut Runtime,
    code: &Rc<Code>,
    globals: &Value,
    locals: Option<Value>,
) -> PyResult {
    exec_code_closure(rt, code, globals, locals, &[])
}

/// `exec_code` for code with free variables: `closure` holds their cells, in order.
pub fn exec_code_closure(
    rt: &mut Runtime,
    code: &Rc<Code>,
    globals: &Value,
    locals: Option<Value>,
    closure: &[Value],
) -> PyResult {
    let co = crate::load::code_object(rt, code);
    let mut regs = vec![Value::UNBOUND; co.code.nregs as usize];
    for (r, cell) in co.code.freevars.iter().zip(closure) {
        if let Some(slot) = regs.get_mut(r.idx()) {
            *slot = cell.clone();
        }
    }
    let frame = Frame {
        code: co,
        globals: globals.clone(),
        locals,
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
        Exit::Return(v) => Ok(v),
        Exit::Yield { .. } => Err(rt.new_exc("SystemError", "module code yielded")),
    }
}

/// What CPython's `site` adds to builtins: `exit`, `quit`, `help`, `copyright`, `credits`
/// and `license` (lib/_sitebuiltins.py).
fn install_site_builtins(rt: &mut Runtime) {
    let Ok(m) = crate::import::load_frozen(rt, "_sitebuiltins") else {
        return;
    };
    if let Ok(install) = rt.getattr(&m, "install") {
        let b = rt.builtins_module.clone();
        let _ = rt.call(&install, &[b], &[]);
    }
}

/// A Molt virtual machine: one runtime with its own modules, builtins and heap. What an
/// embedding program does with it is in the [`Python`](crate::Python) trait; set one up
/// with [`Vm::builder`].
pub struct Vm {
    /// The runtime itself (types, modules, the heap): for what the `Python` trait does
    /// not cover.
    pub rt: Runtime,
    main: Value,
    /// Set when the program ended with an uncaught KeyboardInterrupt: the `molt` command
    /// then ends itself by SIGINT, as CPython does.
    pub interrupted: bool,
    /// `molt -i`: the `run_main_*` methods leave the interpreter as it is for the
    /// interactive session that follows (an uncaught exception, SystemExit too, is
    /// printed and the session still starts), instead of shutting it down.
    pub inspect: bool,
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

impl Vm {
    /// A Vm with the defaults: `sys.argv == ['']`, the process's standard streams, no
    /// limits, every capability.
    pub fn new() -> Vm {
        Vm::with_argv(vec![String::new()])
    }

    /// A [`VmBuilder`](crate::VmBuilder) to set the Vm up.
    pub fn builder() -> crate::VmBuilder {
        crate::VmBuilder::default()
    }

    /// A Vm whose `sys.argv` is `argv` (what the `molt` command uses).
    pub fn with_argv(argv: Vec<String>) -> Vm {
        Vm::with_setup(argv, |_| {})
    }

    /// A Vm with `setup` applied to its runtime before any module is made (see
    /// [`VmBuilder`](crate::VmBuilder)).
    pub(crate) fn with_setup(argv: Vec<String>, setup: impl FnOnce(&mut Runtime)) -> Vm {
        let mut rt = Runtime::new();
        setup(&mut rt);
        rt.argv = argv;
        rt.hooks.call_function = call_function;
        rt.hooks.import = import_hook;
        crate::generator::init(&mut rt);
        crate::frame_builtins::init(&mut rt);
        let bm = crate::import::new_module(&mut rt, "builtins");
        if let Some(Kind::Module(m)) = bm.kind() {
            let _ = m;
        }
        // The builtins module's namespace is the builtins dict itself.
        let bm = Value::from_obj(molt_builtins::Obj::new(Kind::Module(
            molt_builtins::object::Module::new(rt.new_str("builtins"), rt.builtins.clone()),
        )));
        rt.builtins_module = bm.clone();
        crate::import::register_module(&mut rt, "builtins", bm);
        let sys = crate::import::import_module(&mut rt, "sys").ok();
        let _ = sys;
        let main = crate::import::new_module(&mut rt, "__main__");
        if let Some(md) = crate::import::module_dict(&main) {
            if let Some(Kind::Dict(d)) = md.kind() {
                let mut d = d.borrow_mut();
                for k in ["__package__", "__spec__", "__loader__"] {
                    d.set_str(rt.intern(k), Value::NONE);
                }
                // (CPython's __main__ starts with an empty __annotations__.)
                let ann = rt.new_dict(molt_builtins::dict::Dict::new());
                d.set_str(rt.intern("__annotations__"), ann);
            }
        }
        crate::import::register_module(&mut rt, "__main__", main.clone());
        install_site_builtins(&mut rt);
        Vm {
            rt,
            main,
            interrupted: false,
            inspect: false,
        }
    }

    /// The namespace of `__main__`, where `exec`, `eval` and the REPL run.
    pub(crate) fn globals(&self) -> Value {
        crate::import::module_dict(&self.main).expect("main module")
    }

    /// Runs a script as `__main__` the way `python3 script.py` does, printing any uncaught
    /// exception to stderr. Returns the process exit code.
    pub fn run_main_file(&mut self, path: &str) -> i32 {
        let src = match std::fs::read(path) {
            Ok(s) => s,
            Err(e) => {
                let exe = "molt";
                eprintln!(
                    "{exe}: can't open file '{path}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(2),
                    errno_text(&e)
                );
                return 2;
            }
        };
        // As CPython 3.9+: the script's path (in __file__, tracebacks and sys.path[0])
        // is absolute, symlinks left as they are.
        let abs = std::path::absolute(path)
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or_else(|_| path.to_string());
        let path = abs.as_str();
        let dir = std::path::Path::new(path)
            .parent()
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or_default();
        self.set_path0(if dir.is_empty() { "." } else { &dir }.to_string());
        let g = self.globals();
        if let Some(Kind::Dict(d)) = g.kind() {
            let k = self.rt.intern("__file__");
            let v = self.rt.new_str(path);
            let mut d = d.borrow_mut();
            d.set_str(k, v);
            d.set_str(self.rt.intern("__cached__"), Value::NONE);
        }
        self.set_main_loader(path);
        let r = compile_source(&mut self.rt, &src, path)
            .and_then(|c| exec_code(&mut self.rt, &c, &g, None));
        self.finish(r)
    }

    /// `__main__.__loader__` of a script: a SourceFileLoader for its path, as CPython's.
    fn set_main_loader(&mut self, path: &str) {
        let Ok(fi) = crate::import::import_module(&mut self.rt, "_frozen_importlib") else {
            return;
        };
        let Ok(cls) = self.rt.getattr(&fi, "SourceFileLoader") else {
            return;
        };
        let (n, p) = (self.rt.new_str("__main__"), self.rt.new_str(path));
        if let Ok(loader) = self.rt.call(&cls, &[n, p], &[]) {
            if let Some(Kind::Dict(d)) = self.globals().kind() {
                d.borrow_mut().set_str(self.rt.intern("__loader__"), loader);
            }
        }
    }

    /// Runs module `name` as `__main__` (`molt -m name`): its parent packages are imported
    /// first, a package runs its `__main__` submodule, `sys.argv[0]` is the file's path and
    /// `sys.path[0]` the current directory.
    pub fn run_main_module(&mut self, name: &str) -> i32 {
        let cwd = std::env::current_dir()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.set_path0(cwd);
        let r = self.locate_main_module(name);
        let (src, file, modname) = match r {
            Ok(Some(x)) => x,
            Ok(None) => return 1,
            Err(e) => return self.finish(Err(e)),
        };
        let package = modname.rsplit_once('.').map_or("", |p| p.0).to_string();
        let g = self.globals();
        if let Some(Kind::Dict(d)) = g.kind() {
            let mut d = d.borrow_mut();
            d.set_str(self.rt.intern("__file__"), self.rt.new_str(&file));
            d.set_str(self.rt.intern("__package__"), self.rt.new_str(&package));
        }
        if let Ok(sys) = crate::import::import_module(&mut self.rt, "sys") {
            if let Ok(argv) = self.rt.getattr(&sys, "argv") {
                if let Some(Kind::List(l)) = argv.kind() {
                    let v = self.rt.new_str(&file);
                    let mut l = l.borrow_mut();
                    if l.is_empty() {
                        l.push(v);
                    } else {
                        l[0] = v;
                    }
                }
            }
        }
        let r = compile_source(&mut self.rt, &src, &file)
            .and_then(|c| exec_code(&mut self.rt, &c, &g, None));
        self.finish(r)
    }

    /// The source, file name and full name of the module `-m name` runs (None when it was
    /// not found: the message is already printed).
    fn locate_main_module(&mut self, name: &str) -> PyResult<Option<(Vec<u8>, String, String)>> {
        use crate::import::{find_module, import_module, search_path, Found};
        let mut name = name.to_string();
        for _ in 0..2 {
            let (parent, last) = match name.rsplit_once('.') {
                Some((p, l)) => (Some(p.to_string()), l.to_string()),
                None => (None, name.clone()),
            };
            let dirs = match &parent {
                Some(p) => {
                    let pm = import_module(&mut self.rt, p)?;
                    match self.rt.getattr(&pm, "__path__") {
                        Ok(path) => {
                            let items = self.rt.to_vec(&path)?;
                            items
                                .iter()
                                .filter_map(|p| self.rt.str_of(p).ok().map(|s| s.to_string()))
                                .collect()
                        }
                        Err(_) => Vec::new(),
                    }
                }
                None => search_path(&mut self.rt),
            };
            let found = find_module(&dirs, &name, &last);
            let (src, file, is_pkg) = match found {
                Some(Found::Source { path, pkg_dir }) => match std::fs::read(&path) {
                    Ok(s) => (s, path, pkg_dir.is_some()),
                    Err(e) => return Err(self.rt.new_exc("OSError", &e.to_string())),
                },
                Some(Found::Lib { src, file, pkg_dir }) => {
                    (src.as_bytes().to_vec(), file, pkg_dir.is_some())
                }
                Some(Found::Namespace(_)) => {
                    eprintln!("molt: No module named {name}.__main__; '{name}' is a package and cannot be directly executed");
                    return Ok(None);
                }
                None => {
                    eprintln!("molt: No module named {name}");
                    return Ok(None);
                }
            };
            if !is_pkg {
                return Ok(Some((src, file, name)));
            }
            // A package: import it, then run its __main__ submodule.
            import_module(&mut self.rt, &name)?;
            name = format!("{name}.__main__");
        }
        let pkg = name.trim_end_matches(".__main__");
        eprintln!(
            "molt: No module named {name}; '{pkg}' is a package and cannot be directly executed"
        );
        Ok(None)
    }

    /// What the `molt` command does at start-up and an embedder may choose to: Ctrl-C
    /// (SIGINT) raises KeyboardInterrupt in the running Python code.
    pub fn install_signal_handlers(&mut self) {
        #[cfg(unix)]
        molt_builtins::modules::signals::install_default_int_handler(&mut self.rt);
    }

    /// Runs `-c` code as `__main__`.
    pub fn run_main_source(&mut self, src: &str) -> i32 {
        self.set_path0(String::new());
        let g = self.globals();
        let r = compile_source(&mut self.rt, src.as_bytes(), "<string>")
            .and_then(|c| exec_code(&mut self.rt, &c, &g, None));
        self.finish(r)
    }

    /// Runs a program read from standard input (`echo 'print(1)' | molt`, `molt -`) as
    /// `__main__`, its file name `<stdin>`.
    pub fn run_main_stdin(&mut self, src: &[u8]) -> i32 {
        self.set_path0(String::new());
        let g = self.globals();
        let r = compile_source(&mut self.rt, src, "<stdin>")
            .and_then(|c| exec_code(&mut self.rt, &c, &g, None));
        self.finish(r)
    }

    fn set_path0(&mut self, p: String) {
        if let Ok(sys) = crate::import::import_module(&mut self.rt, "sys") {
            if let Ok(path) = self.rt.getattr(&sys, "path") {
                if let Some(Kind::List(l)) = path.kind() {
                    let v = self.rt.new_str(&p);
                    let mut l = l.borrow_mut();
                    if l.is_empty() {
                        l.push(v);
                    } else {
                        l[0] = v;
                    }
                }
            }
        }
        let _ = Dict::new();
    }

    /// Ends an interactive session as a program ends (finalizers, `atexit` handlers,
    /// `__main__` cleared, streams flushed); returns `status`.
    pub fn end_session(&mut self, status: i32) -> i32 {
        self.inspect = false;
        self.finish(Ok(Value::NONE));
        status
    }

    fn finish(&mut self, r: PyResult) -> i32 {
        use std::io::Write;
        crate::generator::run_finalizers(&mut self.rt);
        if self.inspect {
            if let Err(e) = r {
                self.report_exception(&e.0);
            }
            self.flush();
            return 0;
        }
        let code = match r {
            Ok(_) => 0,
            Err(e) => self.handle_uncaught(e),
        };
        self.run_atexit();
        self.clear_main();
        self.flush_std_streams();
        let _ = self.rt.stdout.flush();
        code
    }

    /// Interpreter shutdown as CPython does it for `__main__`: its globals are set to None
    /// (names starting with one underscore first), running `__del__` of what dies, then
    /// cyclic garbage is collected.
    fn clear_main(&mut self) {
        let g = self.globals();
        let keys = match g.kind() {
            Some(Kind::Dict(d)) => d.borrow().keys(),
            _ => return,
        };
        let names: Vec<(Value, String)> = keys
            .into_iter()
            .filter_map(|k| match k.kind() {
                Some(Kind::Str(s)) => Some((k.clone(), s.s.as_str().to_owned())),
                _ => None,
            })
            .collect();
        for underscore_pass in [true, false] {
            for (k, n) in &names {
                let single = n.starts_with('_') && !n.starts_with("__");
                if single != underscore_pass || n == "__builtins__" {
                    continue;
                }
                if let Some(Kind::Dict(d)) = g.kind() {
                    let old = {
                        let mut d = d.borrow_mut();
                        let old = d.get_str(n).cloned();
                        if old.is_some() {
                            d.set_str(k.clone(), Value::NONE);
                        }
                        old
                    };
                    drop(old);
                }
                if self.rt.finalizers.is_due() {
                    crate::generator::run_finalizers(&mut self.rt);
                }
            }
        }
        crate::gc_support::collect_at_exit(&mut self.rt);
    }

    /// Runs the handlers registered with `atexit` (when the module was imported).
    fn run_atexit(&mut self) {
        let m = match self.rt.modules.kind() {
            Some(Kind::Dict(d)) => d.borrow().get_str("atexit").cloned(),
            _ => None,
        };
        let Some(m) = m else { return };
        if let Ok(f) = self.rt.getattr(&m, "_run_exitfuncs") {
            if let Err(e) = self.rt.call(&f, &[], &[]) {
                let text = crate::traceback::format_exception(&mut self.rt, &e.0);
                let _ = std::io::Write::write_all(&mut self.rt.stderr, text.as_bytes());
            }
        }
    }

    /// Flushes `sys.stdout` and `sys.stderr` when a program replaced them with objects of
    /// its own (the native streams are flushed directly).
    pub(crate) fn flush_std_streams(&mut self) {
        let Ok(sys) = crate::import::import_module(&mut self.rt, "sys") else {
            return;
        };
        for name in ["stdout", "stderr"] {
            if let Ok(s) = self.rt.getattr(&sys, name) {
                if matches!(s.kind(), Some(Kind::Module(_))) || s.is_none() {
                    continue;
                }
                if let Ok(f) = self.rt.getattr(&s, "flush") {
                    let _ = self.rt.call(&f, &[], &[]);
                }
            }
        }
    }

    /// Prints an uncaught exception (or honours SystemExit) and returns the exit code.
    pub fn handle_uncaught(&mut self, e: Exc) -> i32 {
        use std::io::Write;
        let _ = self.rt.stdout.flush();
        if self.rt.exc_matches(&e, "SystemExit") {
            let code = self.rt.exc_attr(&e.0, "code").unwrap_or(Value::NONE);
            if code.is_none() {
                return 0;
            }
            if let Some(i) = molt_builtins::ops::num::to_i64(&code) {
                return i as i32;
            }
            let s = self.rt.str_string(&code).unwrap_or_default();
            let _ = writeln!(self.rt.stderr, "{s}");
            return 1;
        }
        let text = crate::traceback::format_exception(&mut self.rt, &e.0);
        let _ = self.rt.stderr.write_all(text.as_bytes());
        let _ = self.rt.stderr.flush();
        if self.rt.exc_matches(&e, "KeyboardInterrupt") {
            self.interrupted = true;
            return 130;
        }
        1
    }
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Python;

    #[test]
    fn eval_returns_i64() {
        let mut vm = Vm::new();
        assert_eq!(vm.eval::<i64>("1 + 2").unwrap(), 3);
        assert_eq!(vm.eval::<i64>("10**100 // 10**98").unwrap(), 100);
    }

    #[test]
    fn two_vms_are_independent() {
        let mut a = Vm::new();
        let mut b = Vm::new();
        a.exec("x = 41").unwrap();
        b.exec("x = 1").unwrap();
        a.exec("x += 1").unwrap();
        assert_eq!(a.eval::<i64>("x").unwrap(), 42);
        assert_eq!(b.eval::<i64>("x").unwrap(), 1);
    }

    #[test]
    fn errors_are_results() {
        let mut vm = Vm::new();
        let e = vm.eval::<Value>("1 / 0").unwrap_err();
        assert_eq!(e.type_name, "ZeroDivisionError");
        assert_eq!(e.message, "division by zero");
        let e = vm.exec("def f(:\n  pass").unwrap_err();
        assert_eq!(e.type_name, "SyntaxError");
    }
}
