//! [`VmBuilder`]: a [`Vm`] set up for an embedding program — its `sys.argv` and
//! `sys.path`, standard streams redirected to Rust readers and writers, resource limits
//! for untrusted code and the capabilities it is allowed — and the `molt` module holding
//! the exceptions those limits (and panics in Rust functions) raise.

use std::io::{Read, Write};
use std::time::Duration;

use molt_builtins::dict::Dict;
use molt_builtins::sandbox::{Capabilities, Limits};
use molt_builtins::{Runtime, Value};

use crate::Vm;

/// Builds a [`Vm`]: `Vm::builder().argv(...).stdout(...).fuel(...).build()`.
///
/// ```
/// use molt_vm::{Python, Vm};
/// use std::sync::{Arc, Mutex};
///
/// // Output captured in a buffer the program can read afterwards.
/// #[derive(Clone, Default)]
/// struct Captured(Arc<Mutex<Vec<u8>>>);
/// impl std::io::Write for Captured {
///     fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
///         self.0.lock().unwrap().extend_from_slice(b);
///         Ok(b.len())
///     }
///     fn flush(&mut self) -> std::io::Result<()> { Ok(()) }
/// }
/// let out = Captured::default();
/// let mut vm = Vm::builder()
///     .argv(["tool", "--fast"])
///     .stdout(out.clone())
///     .stdin(std::io::Cursor::new("Ada\n"))
///     .build();
/// vm.exec("import sys\nprint(sys.argv, input())").unwrap();
/// vm.flush();
/// assert_eq!(String::from_utf8(out.0.lock().unwrap().clone()).unwrap(),
///            "['tool', '--fast'] Ada\n");
/// ```
#[derive(Default)]
pub struct VmBuilder {
    argv: Option<Vec<String>>,
    path: Vec<String>,
    stdin: Option<Box<dyn Read>>,
    stdout: Option<Box<dyn Write>>,
    stderr: Option<Box<dyn Write>>,
    limits: Limits,
    caps: Capabilities,
}

impl VmBuilder {
    /// `sys.argv` (default `['']`).
    pub fn argv<I, S>(mut self, argv: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.argv = Some(argv.into_iter().map(Into::into).collect());
        self
    }

    /// A directory to search for modules, ahead of the default `sys.path`.
    pub fn path(mut self, dir: impl Into<String>) -> Self {
        self.path.push(dir.into());
        self
    }

    /// Where `sys.stdin` (and `input()`) read from.
    pub fn stdin(mut self, r: impl Read + 'static) -> Self {
        self.stdin = Some(Box::new(r));
        self
    }

    /// Where `sys.stdout` (and `print`) write to.
    pub fn stdout(mut self, w: impl Write + 'static) -> Self {
        self.stdout = Some(Box::new(w));
        self
    }

    /// Where `sys.stderr` writes to (tracebacks the program prints, warnings).
    pub fn stderr(mut self, w: impl Write + 'static) -> Self {
        self.stderr = Some(Box::new(w));
        self
    }

    /// A fuel budget for each run of Python code (each `eval`, `exec`, `call`...):
    /// about one unit per bytecode instruction. Running out raises
    /// `molt.FuelExhausted` (derived from BaseException); the Vm stays usable.
    pub fn fuel(mut self, units: u64) -> Self {
        self.limits.fuel = Some(units);
        self
    }

    /// How much the process's resident memory may grow during one run before
    /// `molt.MemoryLimitExceeded` is raised (checked now and then, at loop back-edges
    /// and calls; Linux only).
    pub fn memory_limit(mut self, bytes: usize) -> Self {
        self.limits.memory = Some(bytes);
        self
    }

    /// Wall-clock time one run may take before `molt.DeadlineExceeded` is raised
    /// (checked at loop back-edges and calls: a long call into a builtin finishes first).
    pub fn time_limit(mut self, t: Duration) -> Self {
        self.limits.time = Some(t);
        self
    }

    /// Whether Python code may use the file system (open, os.listdir, imports from
    /// directories...). Off: PermissionError.
    pub fn allow_filesystem(mut self, yes: bool) -> Self {
        self.caps.filesystem = yes;
        self
    }

    /// Whether Python code may read or change environment variables.
    pub fn allow_environment(mut self, yes: bool) -> Self {
        self.caps.environment = yes;
        self
    }

    /// Whether Python code may run or signal other processes (`os.system`, `os.kill`).
    pub fn allow_subprocess(mut self, yes: bool) -> Self {
        self.caps.subprocess = yes;
        self
    }

    /// Whether Python code may use the network (Molt has no socket module yet).
    pub fn allow_network(mut self, yes: bool) -> Self {
        self.caps.network = yes;
        self
    }

    /// All four capabilities off: for untrusted code.
    pub fn sandboxed(self) -> Self {
        self.allow_filesystem(false)
            .allow_environment(false)
            .allow_subprocess(false)
            .allow_network(false)
    }

    /// Makes the Vm.
    pub fn build(self) -> Vm {
        let argv = self.argv.unwrap_or_else(|| vec![String::new()]);
        let caps = self.caps;
        let mut vm = Vm::with_setup(argv, move |rt: &mut Runtime| {
            // (Before sys and os are made: their functions look at the capabilities.)
            rt.sandbox.caps = caps;
            if let Some(r) = self.stdin {
                rt.stdin = Some(r);
            }
            if let Some(w) = self.stdout {
                rt.stdout = w;
            }
            if let Some(w) = self.stderr {
                rt.stderr = w;
            }
        });
        vm.rt.sandbox.limits = self.limits;
        if self.limits != Limits::default() {
            molt_module(&mut vm.rt);
        }
        if !self.path.is_empty() {
            let dirs = self.path;
            if let Ok(sys) = crate::import::import_module(&mut vm.rt, "sys") {
                if let Ok(p) = vm.rt.getattr(&sys, "path") {
                    if let Some(molt_builtins::Kind::List(l)) = p.kind() {
                        let mut l = l.borrow_mut();
                        for (i, d) in dirs.iter().enumerate() {
                            l.insert(i, vm.rt.new_str(d));
                        }
                    }
                }
            }
        }
        vm
    }
}

/// The exceptions of the `molt` module, each derived from BaseException (so an
/// `except Exception:` in the script does not swallow them).
const MOLT_EXCEPTIONS: [(&str, &str); 4] = [
    (
        "FuelExhausted",
        "The embedding program's fuel limit was reached.",
    ),
    (
        "MemoryLimitExceeded",
        "The embedding program's memory limit was exceeded.",
    ),
    (
        "DeadlineExceeded",
        "The embedding program's time limit was reached.",
    ),
    (
        "PanicException",
        "A Rust function called from Python panicked.",
    ),
];

/// The `molt` module (made on first use, importable from Python): the exception classes
/// of the embedding API.
pub(crate) fn molt_module(rt: &mut Runtime) -> Value {
    if let Some(m) = crate::import::sys_modules_get(rt, "molt") {
        return m;
    }
    let m = crate::import::new_module(rt, "molt");
    let base = rt.base_exception.clone();
    for (name, doc) in MOLT_EXCEPTIONS {
        let mut ns = Dict::new();
        ns.set_str(rt.intern("__module__"), rt.new_str("molt"));
        ns.set_str(rt.intern("__doc__"), rt.new_str(doc));
        let ns = rt.new_dict(ns);
        let bases = rt.new_tuple(vec![base.clone()]);
        let n = rt.new_str(name);
        let ty = rt.types.type_.clone();
        if let Ok(cls) = rt.call(&ty, &[n, bases, ns], &[]) {
            let _ = rt.setattr(&m, name, &cls);
            rt.sandbox.exc_classes.push((name, cls));
        }
    }
    crate::import::register_module(rt, "molt", m.clone());
    m
}

/// One of the `molt` module's exception classes.
pub(crate) fn molt_exception_class(rt: &mut Runtime, name: &str) -> Value {
    molt_module(rt);
    rt.sandbox
        .exc_class(name)
        .unwrap_or_else(|| rt.exc_type("RuntimeError"))
}
