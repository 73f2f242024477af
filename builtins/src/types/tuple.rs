//! Methods of tuple.

use crate::object::{Kind, PyResult};
use crate::types::Kw;
use crate::value::Value;
use crate::Runtime;

fn items(v: &Value) -> Vec<Value> {
    match v.kind() {
        Some(Kind::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn index(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    for (i, x) in items(&args[0]).iter().enumerate() {
        if rt.eq(x, &args[1])? {
            return Ok(Value::small_int(i as i64));
        }
    }
    Err(rt.value_error("tuple.index(x): x not in tuple"))
}

fn count(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let mut c = 0;
    for x in items(&args[0]).iter() {
        if rt.eq(x, &args[1])? {
            c += 1;
        }
    }
    Ok(Value::small_int(c))
}

pub fn register(rt: &mut Runtime) {
    let t = rt.types.tuple.clone();
    crate::types::reg(rt, &t, "tuple", &[("index", index), ("count", count)]);
}
