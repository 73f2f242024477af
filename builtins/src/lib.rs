//! molt_builtins: the object model — `Value`, heap objects, type objects, every builtin type
//! with its methods, builtin functions, and the runtime state they share.

pub mod attrs;
pub mod attrs_peek;
pub mod builtin_docs;
pub mod builtin_fns;
pub mod class_cell;
pub mod dict;
pub mod exc_group;
pub mod exceptions;
pub mod finalize;
pub mod format;
pub mod frame_record;
pub mod gc;
pub mod hash;
pub mod inst_vals;
pub mod modules;
pub mod object;
pub mod objrc;
pub mod ops;
pub mod runtime;
pub mod sandbox;
pub mod seq_read;
pub mod set;
pub mod siphash_key;
pub mod surrogate;
pub mod text;
pub mod typeobj;
pub mod types;
pub mod value;

pub use object::{Exc, Kind, Obj, PyResult};
pub use runtime::Runtime;
pub use value::Value;
