//! The methods of `tuple`: `index(x[, start[, stop]])` and `count(x)`.

use super::list::index_bounds;
use super::{check_pos, one_arg, reg, Kw};
use crate::object::{Kind, PyResult};
use crate::value::Value;
use crate::Runtime;

pub fn register(rt: &mut Runtime) {
    let ty = rt.types.tuple.clone();
    reg(
        rt,
        &ty,
        "tuple",
        &[("index", tuple_index), ("count", tuple_count)],
    );
}

fn this<'a>(rt: &mut Runtime, args: &'a [Value], name: &str) -> PyResult<&'a [Value]> {
    match args.first() {
        None => Err(rt.type_error(&format!("unbound method tuple.{name}() needs an argument"))),
        Some(v) => match v.kind() {
            Some(Kind::Tuple(t)) => Ok(t),
            _ => {
                let tn = rt.type_name(v);
                Err(rt.type_error(&format!(
                    "descriptor '{name}' for 'tuple' objects doesn't apply to a '{tn}' object"
                )))
            }
        },
    }
}

fn tuple_index(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let t = this(rt, args, "index")?;
    super::no_kw(rt, "tuple.index", kw)?;
    check_pos(rt, "index", args.len() - 1, 1, 3)?;
    let (start, stop) = index_bounds(rt, &args[2..], t.len())?;
    for (i, item) in t.iter().enumerate().take(stop).skip(start) {
        if rt.eq(item, &args[1])? {
            return Ok(Value::small_int(i as i64));
        }
    }
    Err(rt.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let t = this(rt, args, "count")?;
    let x = one_arg(rt, "tuple.count", &args[1..], kw)?;
    let mut n = 0;
    for item in t {
        if rt.eq(item, &x)? {
            n += 1;
        }
    }
    Ok(Value::small_int(n))
}
