//! `_signal`: signal handlers written in Python (lib/signal.py wraps this module).
//!
//! A signal arrives asynchronously, where no Python code may run: the C-level handler only
//! sets the signal's bit in `PENDING`, and the interpreter polls it (at backward jumps and
//! call boundaries) and then calls the Python handler, or raises KeyboardInterrupt for
//! `default_int_handler`. Signals belong to the process, so `PENDING` is process-wide
//! state (the one such static in Molt): whichever runtime polls first handles a signal.
//!
//! The `unsafe` here installs handlers with `sigaction`; the invariant is that the
//! installed function only performs an atomic store (async-signal-safe).

use std::sync::atomic::{AtomicU64, Ordering};

use crate::object::PyResult;
use crate::value::Value;
use crate::Runtime;

type Kw<'a> = &'a [(Value, Value)];

/// Bit n set: signal n arrived and was not handled yet.
static PENDING: AtomicU64 = AtomicU64::new(0);

/// Handler values as CPython numbers them.
pub const SIG_DFL: i64 = 0;
pub const SIG_IGN: i64 = 1;
const NSIG: i64 = 65;

extern "C" fn on_signal(sig: libc::c_int) {
    if (1..64).contains(&sig) {
        PENDING.fetch_or(1u64 << sig, Ordering::Relaxed);
    }
}

/// Whether a signal is waiting to be handled (cheap: one relaxed load).
#[inline(always)]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

fn install(sig: i32, action: libc::sighandler_t) -> bool {
    // SAFETY: `sa` is a zeroed, then filled, sigaction; `on_signal` only does an atomic
    // store, which is async-signal-safe; SIG_DFL/SIG_IGN are valid dispositions.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = action;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(sig, &sa, std::ptr::null_mut()) == 0
    }
}

fn catch(sig: i32) -> bool {
    install(
        sig,
        on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
    )
}

/// The `molt` command's start-up: SIGINT raises KeyboardInterrupt, as in CPython.
pub fn install_default_int_handler(rt: &mut Runtime) {
    if catch(libc::SIGINT) {
        let h = rt.new_builtin("default_int_handler", default_int_handler);
        rt.signal_handlers.insert(libc::SIGINT, h);
    }
}

/// Runs the Python handlers of the signals that arrived (called by the interpreter when
/// `pending()`); an exception a handler raises (KeyboardInterrupt for SIGINT by default)
/// is returned to be raised where the program is.
pub fn run_pending(rt: &mut Runtime) -> PyResult<()> {
    let bits = PENDING.swap(0, Ordering::Relaxed);
    for sig in 1..64i32 {
        if bits & (1u64 << sig) == 0 {
            continue;
        }
        let Some(h) = rt.signal_handlers.get(&sig).cloned() else {
            continue;
        };
        if crate::ops::num::is_int(&h) {
            continue;
        }
        rt.call(&h, &[Value::small_int(sig as i64), Value::NONE], &[])?;
    }
    Ok(())
}

fn default_int_handler(rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    Err(rt.new_exc("KeyboardInterrupt", ""))
}

fn signum_arg(rt: &mut Runtime, args: &[Value], i: usize) -> PyResult<i32> {
    let Some(v) = args.get(i) else {
        return Err(rt.type_error("signal number required"));
    };
    let n = rt.index_of(v)?;
    if !(1..NSIG).contains(&n) {
        return Err(rt.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

fn current(rt: &Runtime, sig: i32) -> Value {
    rt.signal_handlers
        .get(&sig)
        .cloned()
        .unwrap_or(Value::small_int(
            if sig == libc::SIGPIPE || sig == libc::SIGXFSZ {
                SIG_IGN
            } else {
                SIG_DFL
            },
        ))
}

/// `signal(signalnum, handler)`: installs a handler, returns the previous one.
fn signal(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 2 {
        return Err(rt.type_error(&format!("signal expected 2 arguments, got {}", args.len())));
    }
    let sig = signum_arg(rt, args, 0)?;
    let h = args[1].clone();
    let old = current(rt, sig);
    if crate::ops::num::is_int(&h) && !h.is_bool() {
        let n = rt.index_of(&h)?;
        let action =
            match n {
                SIG_DFL => libc::SIG_DFL,
                SIG_IGN => libc::SIG_IGN,
                _ => return Err(rt.type_error(
                    "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
                )),
            };
        if !install(sig, action) {
            return Err(rt.new_exc("OSError", "[Errno 22] Invalid argument"));
        }
        rt.signal_handlers.insert(sig, Value::small_int(n));
        return Ok(old);
    }
    if !rt.is_callable(&h) {
        return Err(rt.type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    }
    if sig == libc::SIGKILL || sig == libc::SIGSTOP || !catch(sig) {
        return Err(rt.new_exc("OSError", "[Errno 22] Invalid argument"));
    }
    rt.signal_handlers.insert(sig, h);
    Ok(old)
}

fn getsignal(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let sig = signum_arg(rt, args, 0)?;
    Ok(current(rt, sig))
}

/// `raise_signal(n)`: sends the signal to this process; a caught one is handled before
/// this returns, as in CPython.
fn raise_signal(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let sig = signum_arg(rt, args, 0)?;
    // SAFETY: raise() with a valid signal number.
    unsafe { libc::raise(sig) };
    if pending() {
        run_pending(rt)?;
    }
    Ok(Value::NONE)
}

fn alarm(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let n = match args.first() {
        Some(v) => rt.index_of(v)?,
        None => return Err(rt.type_error("alarm() takes exactly one argument (0 given)")),
    };
    // SAFETY: alarm() takes a plain unsigned count.
    let left = unsafe { libc::alarm(n.max(0) as libc::c_uint) };
    Ok(Value::small_int(left as i64))
}

fn strsignal(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let sig = signum_arg(rt, args, 0)?;
    let name = match sig {
        1 => "Hangup",
        2 => "Interrupt",
        3 => "Quit",
        4 => "Illegal instruction",
        5 => "Trace/breakpoint trap",
        6 => "Aborted",
        7 => "Bus error",
        8 => "Floating point exception",
        9 => "Killed",
        10 => "User defined signal 1",
        11 => "Segmentation fault",
        12 => "User defined signal 2",
        13 => "Broken pipe",
        14 => "Alarm clock",
        15 => "Terminated",
        16 => "Stack fault",
        17 => "Child exited",
        18 => "Continued",
        19 => "Stopped (signal)",
        20 => "Stopped",
        21 => "Stopped (tty input)",
        22 => "Stopped (tty output)",
        23 => "Urgent I/O condition",
        24 => "CPU time limit exceeded",
        25 => "File size limit exceeded",
        26 => "Virtual timer expired",
        27 => "Profiling timer expired",
        28 => "Window changed",
        29 => "I/O possible",
        30 => "Power failure",
        31 => "Bad system call",
        _ => return Ok(Value::NONE),
    };
    Ok(rt.new_str(name))
}

/// `pause()`: sleeps until a signal arrives, then runs its handler.
fn pause(rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    while !pending() {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    run_pending(rt)?;
    Ok(Value::NONE)
}

pub fn make(rt: &mut Runtime) -> Value {
    let m = super::new_module(rt, "_signal");
    super::add_functions(
        rt,
        &m,
        &[
            ("signal", signal),
            ("getsignal", getsignal),
            ("raise_signal", raise_signal),
            ("alarm", alarm),
            ("strsignal", strsignal),
            ("pause", pause),
            ("default_int_handler", default_int_handler),
        ],
    );
    if let Some(h) = rt.signal_handlers.get(&libc::SIGINT).cloned() {
        super::set_attr(rt, &m, "default_int_handler", h);
    }
    super::set_attr(rt, &m, "NSIG", Value::small_int(NSIG));
    m
}
