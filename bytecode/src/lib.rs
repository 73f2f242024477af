//! molt_bytecode: Molt's instruction set (defined once in `opcodes`), code objects, the
//! compiler from Python source, the disassembler and the snapshot format.

pub mod code;
pub mod compiler;
pub mod dis;
pub mod opcodes;
pub mod parse;
pub mod snapshot;

pub use code::{Code, Const};
pub use compiler::{compile_eval, compile_eval_mode, compile_exec, compile_module, Mode};
pub use parse::{decode_import_source, decode_source, SyntaxErrorInfo};
