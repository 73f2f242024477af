//! Native modules implemented in Rust (`math`, ...). Each submodule has a `make(rt)` that
//! builds the module object; `make_module` maps import names to them. The interpreter's
//! import system asks here before searching sys.path.

#[cfg(unix)]
pub(crate) mod libc_sys;
mod libm;
pub mod math;
#[cfg(unix)]
pub mod os_native;
#[cfg(unix)]
pub mod signals;
pub mod time;
pub mod unicodedata;

use crate::dict::Dict;
use crate::object::{Kind, Module, NativeFn, Obj};
use crate::value::Value;
use crate::Runtime;

/// The native module called `name`, freshly built, if there is one.
pub fn make_module(rt: &mut Runtime, name: &str) -> Option<Value> {
    match name {
        "math" => Some(math::make(rt)),
        "_time" => Some(time::make(rt)),
        "_io" => Some(make_io(rt)),
        #[cfg(unix)]
        "_os" => Some(os_native::make(rt)),
        #[cfg(unix)]
        "_signal" => Some(signals::make(rt)),
        "unicodedata" => Some(unicodedata::make(rt)),
        "_collections" => Some(crate::types::deque::make_module(rt)),
        _ => None,
    }
}

/// `_io`: the native file layer under lib/io.py (open() and the types of the objects it
/// returns, UnsupportedOperation, DEFAULT_BUFFER_SIZE).
fn make_io(rt: &mut Runtime) -> Value {
    let m = new_module(rt, "_io");
    let open = match rt.builtins.kind() {
        Some(Kind::Dict(d)) => d.borrow().get_str("open").cloned(),
        _ => None,
    };
    if let Some(open) = open {
        set_attr(rt, &m, "open", open);
    }
    let t = &rt.types;
    let types = [
        ("FileIO", t.file_io.clone()),
        ("TextIOWrapper", t.text_io.clone()),
        ("BufferedReader", t.buffered_reader.clone()),
        ("BufferedWriter", t.buffered_writer.clone()),
        ("BufferedRandom", t.buffered_random.clone()),
    ];
    for (n, v) in types {
        set_attr(rt, &m, n, v);
    }
    if let Ok(u) = crate::types::io::unsupported_type(rt) {
        set_attr(rt, &m, "UnsupportedOperation", u);
    }
    set_attr(rt, &m, "DEFAULT_BUFFER_SIZE", Value::small_int(8192));
    m
}

/// A new empty module object named `name`.
pub fn new_module(rt: &mut Runtime, name: &str) -> Value {
    let mut d = Dict::new();
    let n = rt.new_str(name);
    d.set_str(rt.intern("__name__"), n.clone());
    d.set_str(rt.intern("__doc__"), Value::NONE);
    let b = rt.builtins_module.clone();
    d.set_str(rt.intern("__builtins__"), b);
    let dict = rt.new_dict(d);
    Value::from_obj(Obj::new(Kind::Module(Module::new(n, dict))))
}

/// Sets attribute `name` of module `m`.
pub fn set_attr(rt: &mut Runtime, m: &Value, name: &str, v: Value) {
    if let Some(Kind::Module(md)) = m.kind() {
        if let Some(Kind::Dict(d)) = md.dict.kind() {
            let k = rt.intern(name);
            d.borrow_mut().set_str(k, v);
        }
    }
}

/// Adds builtin functions to module `m`.
pub fn add_functions(rt: &mut Runtime, m: &Value, fns: &[(&'static str, NativeFn)]) {
    for (n, f) in fns {
        let v = rt.new_builtin(n, *f);
        set_attr(rt, m, n, v);
    }
}
