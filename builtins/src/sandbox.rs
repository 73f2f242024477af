//! Limits and capabilities an embedder sets on a runtime for untrusted code (see
//! molt_vm's `VmBuilder`). The interpreter loop charges fuel and checks the deadline and
//! the memory ceiling at loop back-edges and calls (`Sandbox::active` keeps that to one
//! test when no limit is set); the native modules consult the capabilities before
//! touching the file system, the environment or other processes.

use std::time::{Duration, Instant};

use crate::{PyResult, Runtime, Value};

/// What Python code may reach outside the interpreter. All allowed by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capabilities {
    /// Opening files, listing and changing directories, `os.stat` and the like; also
    /// importing modules from the file system (the embedded lib/ stays importable).
    pub filesystem: bool,
    /// Reading and changing environment variables (`os.environ`, `os.getenv`).
    pub environment: bool,
    /// Running and signalling other processes (`os.system`, `os.kill`, `os._exit`).
    pub subprocess: bool,
    /// Network access (Molt has no socket module yet: nothing to switch off today).
    pub network: bool,
}

impl Default for Capabilities {
    fn default() -> Self {
        Capabilities {
            filesystem: true,
            environment: true,
            subprocess: true,
            network: true,
        }
    }
}

/// The resource limits of one run of Python code from the embedder (an `eval`, `exec`,
/// call...): each run starts with the whole budget again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// Fuel: about one unit per bytecode instruction run (charged at loop back-edges,
    /// by the length of the loop body, and at calls).
    pub fuel: Option<u64>,
    /// How much the process's resident memory may grow during a run, in bytes.
    pub memory: Option<usize>,
    /// Wall-clock time a run may take.
    pub time: Option<Duration>,
}

/// Which limit stopped the code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exceeded {
    Fuel,
    Memory,
    Time,
}

impl Exceeded {
    /// The name of the exception class raised for it (derived from BaseException, in the
    /// `molt` module).
    pub fn class_name(self) -> &'static str {
        match self {
            Exceeded::Fuel => "FuelExhausted",
            Exceeded::Memory => "MemoryLimitExceeded",
            Exceeded::Time => "DeadlineExceeded",
        }
    }
}

/// The runtime's sandbox state.
#[derive(Default)]
pub struct Sandbox {
    pub caps: Capabilities,
    pub limits: Limits,
    /// Whether any limit is set (the interpreter's fast test).
    pub active: bool,
    /// Fuel left in this run (may go below zero once exhausted: every later check then
    /// raises again, so a bare `except:` cannot keep the code running).
    pub fuel_left: i64,
    /// When this run must end.
    pub deadline: Option<Instant>,
    /// Resident memory when this run began, in bytes.
    pub memory_base: usize,
    /// Checks since the clock and memory were last looked at.
    ticks: u32,
    /// The limit that stopped this run, if one did (reported again at every check).
    pub exceeded: Option<Exceeded>,
    /// The `molt` module's exception classes by name (FuelExhausted, PanicException...),
    /// made by the embedding layer when first needed.
    pub exc_classes: Vec<(&'static str, Value)>,
}

/// How many checks pass between looks at the clock and the memory (reading them costs
/// far more than counting fuel).
const SLOW_CHECK_EVERY: u32 = 256;

impl Sandbox {
    /// The `molt` module's exception class `name`, once made.
    pub fn exc_class(&self, name: &str) -> Option<Value> {
        self.exc_classes
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| c.clone())
    }

    /// Starts a run: the whole budget again.
    pub fn start_run(&mut self) {
        self.active = self.limits != Limits::default();
        self.fuel_left = self
            .limits
            .fuel
            .map_or(i64::MAX, |f| f.min(i64::MAX as u64) as i64);
        self.deadline = self.limits.time.map(|t| Instant::now() + t);
        self.memory_base = if self.limits.memory.is_some() {
            resident_bytes()
        } else {
            0
        };
        self.ticks = 0;
        self.exceeded = None;
    }

    /// Charges `cost` fuel and, now and then, checks the clock and memory: the limit
    /// exceeded, if any.
    pub fn charge(&mut self, cost: u64) -> Option<Exceeded> {
        if let Some(e) = self.exceeded {
            return Some(e);
        }
        self.fuel_left = self
            .fuel_left
            .saturating_sub(cost.min(i64::MAX as u64) as i64);
        if self.fuel_left < 0 {
            self.exceeded = Some(Exceeded::Fuel);
            return self.exceeded;
        }
        self.ticks += 1;
        if self.ticks >= SLOW_CHECK_EVERY {
            self.ticks = 0;
            if self.deadline.is_some_and(|d| Instant::now() >= d) {
                self.exceeded = Some(Exceeded::Time);
            } else if let Some(max) = self.limits.memory {
                if resident_bytes().saturating_sub(self.memory_base) > max {
                    self.exceeded = Some(Exceeded::Memory);
                }
            }
        }
        self.exceeded
    }
}

/// The process's resident memory in bytes (0 where it cannot be read).
pub fn resident_bytes() -> usize {
    #[cfg(target_os = "linux")]
    {
        // /proc/self/statm: size resident shared ... (in pages).
        if let Ok(s) = std::fs::read_to_string("/proc/self/statm") {
            if let Some(pages) = s
                .split_whitespace()
                .nth(1)
                .and_then(|p| p.parse::<usize>().ok())
            {
                return pages * 4096;
            }
        }
    }
    0
}

/// One backward jump in this many looks for signals, an interrupt, a due collection and
/// finalisers (a loop's iterations are then a countdown; within a few dozen iterations
/// is as soon as any of them needs, and a call looks for the last two at once).
pub const LOOP_CHECK_EVERY: u32 = 32;

impl Runtime {
    /// Starts a run of code from the embedder under its limits (each run has the whole
    /// budget).
    pub fn start_sandboxed_run(&mut self) {
        self.sandbox.start_run();
        self.update_call_check_depth();
    }

    /// Sets `call_check_depth` from the recursion limit and whether limits are active.
    pub fn update_call_check_depth(&mut self) {
        self.call_check_depth = if self.sandbox.active {
            0
        } else {
            self.recursion_limit
        };
        self.loop_ticks = 1;
    }

    /// The backward jumps until the next that looks for work between instructions (see
    /// `loop_ticks`).
    pub fn loop_check_interval(&self) -> u32 {
        if self.sandbox.active {
            1
        } else {
            LOOP_CHECK_EVERY
        }
    }

    /// The exception to raise for an exceeded limit (its class made by the embedding
    /// layer; a RuntimeError if there is none).
    pub fn limit_exception(&mut self, e: Exceeded) -> crate::object::Exc {
        let msg = match e {
            Exceeded::Fuel => "the fuel limit was reached",
            Exceeded::Memory => "the memory limit was exceeded",
            Exceeded::Time => "the time limit was reached",
        };
        match self.sandbox.exc_class(e.class_name()) {
            Some(c) => {
                let m = self.new_str(msg);
                match self.call(&c, &[m], &[]) {
                    Ok(v) => crate::object::Exc(v),
                    Err(err) => err,
                }
            }
            None => self.new_exc("RuntimeError", msg),
        }
    }

    /// PermissionError for an operation whose capability is switched off.
    pub fn denied(&mut self, what: &str) -> crate::object::Exc {
        let msg =
            format!("[Errno 1] Operation not permitted: {what} is disabled in this interpreter");
        self.new_exc("PermissionError", &msg)
    }

    /// Ok when the file system may be used, else PermissionError.
    pub fn check_filesystem(&mut self) -> PyResult<()> {
        if self.sandbox.caps.filesystem {
            Ok(())
        } else {
            Err(self.denied("file system access"))
        }
    }
}
