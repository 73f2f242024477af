//! Arbitrary bytes -> `decode_source` -> `compile_module` (and `compile_eval`) -> the
//! disassembler. Any panic, abort or stack overflow is a bug: invalid input must end in a
//! `SyntaxErrorInfo`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = molt_bytecode::decode_source(data, "<fuzz>") else {
        return;
    };
    if let Ok(code) = molt_bytecode::compile_module(&text, "<fuzz>") {
        let _ = molt_bytecode::dis::disassemble(&code);
    }
    let _ = molt_bytecode::compile_eval(&text, "<fuzz>");
});
