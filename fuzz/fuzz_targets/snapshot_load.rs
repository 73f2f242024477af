//! Fuzz target: arbitrary bytes as a snapshot. Parsing and loading every module must
//! either fail with an error or give verified code objects, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(snap) = molt_bytecode::snapshot::Snapshot::parse(data) {
        for e in &snap.entries {
            let _ = e.load();
        }
    }
});
