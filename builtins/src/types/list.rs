//! Methods of list.

use crate::object::{Kind, PyResult};
use crate::types::Kw;
use crate::value::Value;
use crate::Runtime;

fn list_of(v: &Value) -> &std::cell::RefCell<Vec<Value>> {
    match v.kind() {
        Some(Kind::List(l)) => l,
        _ => panic!("list method on non-list"),
    }
}

fn arity(rt: &mut Runtime, args: &[Value], name: &str, n: usize) -> PyResult<()> {
    if args.len() - 1 != n {
        let msg = if n == 0 {
            format!(
                "list.{name}() takes no arguments ({} given)",
                args.len() - 1
            )
        } else {
            format!(
                "list.{name}() takes exactly one argument ({} given)",
                args.len() - 1
            )
        };
        return Err(rt.type_error(&msg));
    }
    Ok(())
}

fn append(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    arity(rt, args, "append", 1)?;
    list_of(&args[0]).borrow_mut().push(args[1].clone());
    Ok(Value::NONE)
}
fn extend(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    arity(rt, args, "extend", 1)?;
    let items = rt.to_vec(&args[1])?;
    list_of(&args[0]).borrow_mut().extend(items);
    Ok(Value::NONE)
}
fn insert(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 3 {
        let msg = format!("insert expected 2 arguments, got {}", args.len() - 1);
        return Err(rt.type_error(&msg));
    }
    let i = rt.index_of(&args[1])?;
    let mut l = list_of(&args[0]).borrow_mut();
    let n = l.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(i as usize, args[2].clone());
    Ok(Value::NONE)
}
fn pop(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() > 2 {
        let msg = format!("pop expected at most 1 argument, got {}", args.len() - 1);
        return Err(rt.type_error(&msg));
    }
    let l = list_of(&args[0]);
    let n = l.borrow().len() as i64;
    if n == 0 {
        return Err(rt.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(v) => rt.index_of(v)?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(rt.index_error("pop index out of range"));
    }
    Ok(l.borrow_mut().remove(j as usize))
}
fn find(rt: &mut Runtime, l: &Value, x: &Value) -> PyResult<Option<usize>> {
    let mut i = 0;
    loop {
        let item = match list_of(l).borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(None),
        };
        if rt.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}
fn remove(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    arity(rt, args, "remove", 1)?;
    match find(rt, &args[0], &args[1])? {
        Some(i) => {
            list_of(&args[0]).borrow_mut().remove(i);
            Ok(Value::NONE)
        }
        None => Err(rt.value_error("list.remove(x): x not in list")),
    }
}
fn index(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() < 2 {
        return Err(rt.type_error("index expected at least 1 argument, got 0"));
    }
    let n = list_of(&args[0]).borrow().len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(2) {
        Some(v) => norm(rt.index_of(v)?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => norm(rt.index_of(v)?),
        None => n,
    };
    let mut i = start;
    while i < stop {
        let item = match list_of(&args[0]).borrow().get(i as usize) {
            Some(v) => v.clone(),
            None => break,
        };
        if rt.eq(&item, &args[1])? {
            return Ok(Value::small_int(i));
        }
        i += 1;
    }
    let r = rt.repr_string(&args[1])?;
    Err(rt.value_error(&format!("{r} is not in list")))
}
fn count(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    arity(rt, args, "count", 1)?;
    let items = list_of(&args[0]).borrow().clone();
    let mut c = 0;
    for x in &items {
        if rt.eq(x, &args[1])? {
            c += 1;
        }
    }
    Ok(Value::small_int(c))
}
fn reverse(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    arity(rt, args, "reverse", 0)?;
    list_of(&args[0]).borrow_mut().reverse();
    Ok(Value::NONE)
}
fn clear(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    arity(rt, args, "clear", 0)?;
    list_of(&args[0]).borrow_mut().clear();
    Ok(Value::NONE)
}
fn copy(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    arity(rt, args, "copy", 0)?;
    let v = list_of(&args[0]).borrow().clone();
    Ok(rt.new_list(v))
}

/// Stable merge sort calling Python `<` (never while a borrow is held).
pub fn sort_values(
    rt: &mut Runtime,
    items: &mut Vec<Value>,
    keys: Option<Vec<Value>>,
    reverse: bool,
) -> PyResult<()> {
    let keys = keys.unwrap_or_else(|| items.clone());
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // Merge sort on indices.
    let mut err = None;
    let mut buf = idx.clone();
    let n = idx.len();
    let mut width = 1;
    while width < n && err.is_none() {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut a, mut b, mut k) = (i, mid, i);
            while a < mid && b < hi {
                // Take from the right only when strictly less (stability).
                let less = if reverse {
                    rt.lt(&keys[idx[a]], &keys[idx[b]])
                } else {
                    rt.lt(&keys[idx[b]], &keys[idx[a]])
                };
                let take_right = match less {
                    Ok(x) => x,
                    Err(e) => {
                        err = Some(e);
                        false
                    }
                };
                if take_right {
                    buf[k] = idx[b];
                    b += 1;
                } else {
                    buf[k] = idx[a];
                    a += 1;
                }
                k += 1;
            }
            while a < mid {
                buf[k] = idx[a];
                a += 1;
                k += 1;
            }
            while b < hi {
                buf[k] = idx[b];
                b += 1;
                k += 1;
            }
            i += 2 * width;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    if let Some(e) = err {
        return Err(e);
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

pub fn sort_kw(rt: &mut Runtime, items: &mut Vec<Value>, kw: Kw) -> PyResult<()> {
    let mut key = Value::NONE;
    let mut reverse = false;
    for (k, v) in kw {
        match &*rt.str_of(k)? {
            "key" => key = v.clone(),
            "reverse" => reverse = rt.truthy(v)?,
            other => {
                let msg = format!("'{other}' is an invalid keyword argument for sort()");
                return Err(rt.type_error(&msg));
            }
        }
    }
    let keys = if key.is_none() {
        None
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for x in items.iter() {
            ks.push(rt.call(&key, &[x.clone()], &[])?);
        }
        Some(ks)
    };
    sort_values(rt, items, keys, reverse)
}

fn sort(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    if args.len() > 1 {
        return Err(rt.type_error("sort() takes no positional arguments"));
    }
    let cell = list_of(&args[0]);
    let mut items = std::mem::take(&mut *cell.borrow_mut());
    let r = sort_kw(rt, &mut items, kw);
    let modified = !cell.borrow().is_empty();
    *cell.borrow_mut() = items;
    r?;
    if modified {
        return Err(rt.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

pub fn register(rt: &mut Runtime) {
    let t = rt.types.list.clone();
    crate::types::reg(
        rt,
        &t,
        "list",
        &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("clear", clear),
            ("copy", copy),
            ("sort", sort),
        ],
    );
}
