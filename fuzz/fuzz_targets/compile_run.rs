//! Arbitrary bytes -> `decode_source` -> `compile_module` -> if it compiles, run it in a fresh
//! `molt_vm::Vm` with output discarded. Any panic, abort or stack overflow is a bug: every
//! program must end in a value or a Python exception.
//!
//! The VM has no instruction budget. It does poll `Runtime::interrupt` on backward jumps (the
//! KeyboardInterrupt flag), so a watchdog thread sets that flag once a run is past
//! `BUDGET`: loops end in KeyboardInterrupt. Work that never jumps backwards (one huge
//! bigint power, a program that catches KeyboardInterrupt and loops again) is left to
//! libFuzzer's `-timeout`; see README.md for the flags to use.

#![no_main]

use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;
use molt_vm::Python;

/// Wall-clock budget of one run before the watchdog raises KeyboardInterrupt in it.
const BUDGET: Duration = Duration::from_millis(200);

/// The flag of the run in progress (as an address) and its deadline.
struct Slot {
    flag: usize,
    deadline: Instant,
}

fn slot() -> &'static Mutex<Option<Slot>> {
    static SLOT: OnceLock<Mutex<Option<Slot>>> = OnceLock::new();
    SLOT.get_or_init(|| {
        std::thread::spawn(|| loop {
            std::thread::sleep(Duration::from_millis(5));
            let guard = slot().lock().unwrap_or_else(|e| e.into_inner());
            if let Some(s) = guard.as_ref() {
                if Instant::now() >= s.deadline {
                    // SAFETY: the run clears the slot (under this lock) before its Vm, which
                    // owns the flag, is dropped; an AtomicBool may be set from any thread.
                    let flag = unsafe { &*(s.flag as *const AtomicBool) };
                    flag.store(true, std::sync::atomic::Ordering::Relaxed);
                }
            }
        });
        Mutex::new(None)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = molt_bytecode::decode_source(data, "<fuzz>") else {
        return;
    };
    if molt_bytecode::compile_module(&text, "<fuzz>").is_err() {
        return;
    }
    // `input()` would block on the fuzzer's stdin.
    if text.contains("input") {
        return;
    }
    let mut vm = molt_vm::Vm::new();
    vm.rt.stdout = Box::new(std::io::sink());
    vm.rt.stderr = Box::new(std::io::sink());
    let flag: &AtomicBool = &vm.rt.interrupt;
    *slot().lock().unwrap_or_else(|e| e.into_inner()) = Some(Slot {
        flag: flag as *const AtomicBool as usize,
        deadline: Instant::now() + BUDGET,
    });
    let _ = vm.exec(&text);
    *slot().lock().unwrap_or_else(|e| e.into_inner()) = None;
});
