//! Coroutine objects (`async def` without `yield`) and `await`: a coroutine is a
//! generator-kind frame (generator.rs) exposing `send`/`throw`/`close`/`__await__`;
//! `GetAwaitable` turns any awaitable into the iterator an `await` delegates to.

use std::any::Any;
use std::cell::RefCell;

use molt_builtins::object::NativeFn;
use molt_builtins::{Kind, Obj, PyResult, Runtime, Value};

use crate::generator::{kind_of, with_state, GenKind, State};

/// What `coroutine.__await__()` returns: an iterator driving the coroutine.
struct CoroWrapper {
    coro: Value,
}

fn wrapped_coro(rt: &mut Runtime, v: &Value) -> PyResult<Value> {
    if let Some(Kind::Native(_, d)) = v.kind() {
        if let Some(w) = d.borrow().downcast_ref::<CoroWrapper>() {
            return Ok(w.coro.clone());
        }
    }
    Err(rt.type_error("expected a coroutine_wrapper"))
}

/// The iterator `await v` delegates to, with CPython's errors for what cannot be awaited.
pub fn get_awaitable(rt: &mut Runtime, v: &Value) -> PyResult<Value> {
    get_awaitable_in(rt, v, 0)
}

/// `get_awaitable` for an `await` whose value came from `async with`'s __aenter__
/// (`ctx` 1) or __aexit__ (2), which CPython names in its error.
pub fn get_awaitable_in(rt: &mut Runtime, v: &Value, ctx: u16) -> PyResult<Value> {
    let iterable_coro = kind_of(v) == Some(GenKind::Generator)
        && with_state(v, |g| g.is_iterable_coroutine()) == Some(true);
    if kind_of(v) == Some(GenKind::Coroutine) || iterable_coro {
        if with_state(v, |g| g.state == State::Done) == Some(true) {
            return Err(rt.new_exc("RuntimeError", "cannot reuse already awaited coroutine"));
        }
        return Ok(v.clone());
    }
    let t = rt.type_of(v);
    let Some(aw) = molt_builtins::typeobj::lookup(&t, "__await__") else {
        let tn = rt.type_name(v);
        return Err(rt.type_error(&match ctx {
            1 | 2 => format!(
                "'async with' received an object from __a{}__ that does not implement __await__: {tn}",
                if ctx == 1 { "enter" } else { "exit" }
            ),
            _ => format!("object {tn} can't be used in 'await' expression"),
        }));
    };
    let f = rt.bind_descriptor(&aw, Some(v), &t)?;
    let it = rt.call(&f, &[], &[])?;
    if kind_of(&it) == Some(GenKind::Coroutine) {
        return Err(rt.type_error("__await__() returned a coroutine"));
    }
    let it_t = rt.type_of(&it);
    let is_iter = matches!(it.kind(), Some(Kind::Iter(_)))
        || molt_builtins::typeobj::lookup(&it_t, "__next__").is_some();
    if !is_iter {
        let tn = rt.type_name(&it);
        return Err(rt.type_error(&format!("__await__() returned non-iterator of type '{tn}'")));
    }
    Ok(it)
}

/// Whether `await v` would accept `v` (for `async for`'s check of `__anext__()`).
pub fn is_awaitable(rt: &mut Runtime, v: &Value) -> bool {
    if kind_of(v) == Some(GenKind::Coroutine) {
        return true;
    }
    let t = rt.type_of(v);
    molt_builtins::typeobj::lookup(&t, "__await__").is_some()
}

fn coro_await(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let b: Box<dyn Any> = Box::new(CoroWrapper {
        coro: args[0].clone(),
    });
    Ok(Value::from_obj(Obj::new(Kind::Native(
        rt.types.coroutine_wrapper.clone(),
        RefCell::new(b),
    ))))
}

/// Calls `f` with the wrapped coroutine in place of the wrapper.
fn forward(rt: &mut Runtime, f: NativeFn, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let mut a = args.to_vec();
    a[0] = wrapped_coro(rt, &args[0])?;
    f(rt, &a, kw)
}

fn wrapper_iter(_rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(args[0].clone())
}

pub fn init(rt: &mut Runtime, repr: NativeFn) {
    use crate::generator::{gen_close, gen_send, gen_throw};
    let t = rt.types.coroutine.clone();
    let methods: [(&'static str, NativeFn); 5] = [
        ("send", gen_send),
        ("throw", gen_throw),
        ("close", gen_close),
        ("__await__", coro_await),
        ("__repr__", repr),
    ];
    for (n, f) in methods {
        let m = rt.new_method("coroutine", n, f);
        molt_builtins::exceptions::set_type_attr(rt, &t, n, m);
    }
    // The wrapper's methods forward to the coroutine's; NativeFn is a plain fn pointer,
    // so each forwarding function names its target.
    fn w_next(rt: &mut Runtime, a: &[Value], kw: &[(Value, Value)]) -> PyResult {
        let coro = wrapped_coro(rt, &a[0])?;
        gen_send(rt, &[coro, Value::NONE], kw)
    }
    fn w_send(rt: &mut Runtime, a: &[Value], kw: &[(Value, Value)]) -> PyResult {
        forward(rt, gen_send, a, kw)
    }
    fn w_throw(rt: &mut Runtime, a: &[Value], kw: &[(Value, Value)]) -> PyResult {
        forward(rt, gen_throw, a, kw)
    }
    fn w_close(rt: &mut Runtime, a: &[Value], kw: &[(Value, Value)]) -> PyResult {
        forward(rt, gen_close, a, kw)
    }
    let t = rt.types.coroutine_wrapper.clone();
    let methods: [(&'static str, NativeFn); 5] = [
        ("__next__", w_next),
        ("send", w_send),
        ("throw", w_throw),
        ("close", w_close),
        ("__iter__", wrapper_iter),
    ];
    for (n, f) in methods {
        let m = rt.new_method("coroutine_wrapper", n, f);
        molt_builtins::exceptions::set_type_attr(rt, &t, n, m);
    }
}
