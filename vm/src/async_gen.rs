//! Async generators (`async def` with `yield`) and `async for`. An async generator's frame
//! runs on the generator machinery; a `yield` in it yields a value marked by
//! `AsyncGenWrap`, so the awaitables returned by `asend()`/`__anext__()` and
//! `athrow()`/`aclose()` can tell it from what an `await` inside the body passes through
//! to the event loop.

use std::any::Any;
use std::cell::RefCell;

use molt_builtins::object::{Exc, NativeFn};
use molt_builtins::{Kind, Obj, PyResult, Runtime, Value};

use crate::generator::{kind_of, resume, with_state, Delegated, GenKind, State};

/// A value yielded by `yield` in an async generator (never visible to Python code).
struct Wrapped(Value);

/// `R[dst] := R[src]` marked as an async generator's own yield.
pub fn wrap(rt: &Runtime, v: Value) -> Value {
    let b: Box<dyn Any> = Box::new(Wrapped(v));
    Value::from_obj(Obj::new(Kind::Native(
        rt.types.object.clone(),
        RefCell::new(b),
    )))
}

fn unwrap(v: &Value) -> Option<Value> {
    match v.kind() {
        Some(Kind::Native(_, d)) => d.borrow().downcast_ref::<Wrapped>().map(|w| w.0.clone()),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Step {
    Init,
    Iter,
    Closed,
}

/// The awaitable of `asend(value)` / `__anext__()`.
struct ASend {
    gen: Value,
    value: Value,
    step: Step,
}

/// The awaitable of `athrow(exc)` (`exc` Some) or `aclose()` (`exc` None).
struct AThrow {
    gen: Value,
    exc: Option<Value>,
    step: Step,
}

fn stop_iteration(rt: &mut Runtime, v: Value) -> Exc {
    if v.is_none() {
        rt.exc_with_args("StopIteration", vec![])
    } else {
        rt.exc_with_args("StopIteration", vec![v])
    }
}

fn stop_async(rt: &mut Runtime) -> Exc {
    rt.exc_with_args("StopAsyncIteration", vec![])
}

fn new_native(ty: &Value, b: Box<dyn Any>) -> Value {
    Value::from_obj(Obj::new(Kind::Native(ty.clone(), RefCell::new(b))))
}

fn check_agen(rt: &mut Runtime, v: &Value) -> PyResult<()> {
    if kind_of(v) == Some(GenKind::AsyncGenerator) {
        Ok(())
    } else {
        Err(rt.type_error("descriptor requires an 'async_generator' object"))
    }
}

fn new_asend(rt: &Runtime, gen: &Value, value: Value) -> Value {
    new_native(
        &rt.types.async_gen_asend,
        Box::new(ASend {
            gen: gen.clone(),
            value,
            step: Step::Init,
        }),
    )
}

fn agen_anext(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    check_agen(rt, &args[0])?;
    Ok(new_asend(rt, &args[0], Value::NONE))
}

fn agen_asend(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    check_agen(rt, &args[0])?;
    let v = args.get(1).cloned().unwrap_or(Value::NONE);
    Ok(new_asend(rt, &args[0], v))
}

fn agen_athrow(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    check_agen(rt, &args[0])?;
    let Some(e) = args.get(1) else {
        return Err(rt.type_error("athrow expected at least 1 argument, got 0"));
    };
    let mut e = crate::call::thrown_exception(rt, e)?;
    if let (Some(Kind::Type(_)), Some(v)) = (args[1].kind(), args.get(2)) {
        if !v.is_none() {
            e = rt.call(&args[1], std::slice::from_ref(v), &[])?;
        }
    }
    Ok(new_native(
        &rt.types.async_gen_athrow,
        Box::new(AThrow {
            gen: args[0].clone(),
            exc: Some(e),
            step: Step::Init,
        }),
    ))
}

fn agen_aclose(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    check_agen(rt, &args[0])?;
    Ok(new_native(
        &rt.types.async_gen_athrow,
        Box::new(AThrow {
            gen: args[0].clone(),
            exc: None,
            step: Step::Init,
        }),
    ))
}

fn self_(_rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(args[0].clone())
}

// ---- asend / __anext__ awaitables ------------------------------------------------------

fn with_asend<R>(v: &Value, f: impl FnOnce(&mut ASend) -> R) -> Option<R> {
    match v.kind() {
        Some(Kind::Native(_, d)) => d.borrow_mut().downcast_mut::<ASend>().map(f),
        _ => None,
    }
}

/// Drives the generator one step for an asend awaitable: `sent` resumes it, `exc` throws.
fn asend_step(rt: &mut Runtime, me: &Value, sent: Value, exc: Option<Exc>) -> PyResult {
    let Some((gen, step, first)) = with_asend(me, |a| {
        let first = std::mem::replace(&mut a.value, Value::NONE);
        (a.gen.clone(), a.step, first)
    }) else {
        return Err(rt.type_error("expected an async_generator_asend"));
    };
    if step == Step::Closed {
        return Err(rt.new_exc(
            "RuntimeError",
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    if step == Step::Init {
        if with_state(&gen, |g| g.running_async || g.state == State::Running) == Some(true) {
            return Err(rt.new_exc(
                "RuntimeError",
                "anext(): asynchronous generator is already running",
            ));
        }
        with_state(&gen, |g| g.running_async = true);
    }
    let sent = if step == Step::Init && sent.is_none() {
        first
    } else {
        sent
    };
    with_asend(me, |a| a.step = Step::Iter);
    let r = resume(rt, &gen, sent, exc);
    let close = |_: ()| {
        with_state(&gen, |g| g.running_async = false);
        with_asend(me, |a| a.step = Step::Closed)
    };
    match r {
        Ok(Delegated::Yielded(v)) => match unwrap(&v) {
            Some(inner) => {
                close(());
                Err(stop_iteration(rt, inner))
            }
            None => Ok(v),
        },
        Ok(Delegated::Done(_)) => {
            close(());
            Err(stop_async(rt))
        }
        Err(e) => {
            close(());
            Err(e)
        }
    }
}

fn asend_send(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let v = args.get(1).cloned().unwrap_or(Value::NONE);
    asend_step(rt, &args[0], v, None)
}

fn asend_next(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    asend_step(rt, &args[0], Value::NONE, None)
}

fn thrown(rt: &mut Runtime, args: &[Value]) -> PyResult<Exc> {
    let Some(e) = args.get(1) else {
        return Err(rt.type_error("throw expected at least 1 argument, got 0"));
    };
    let mut e = crate::call::thrown_exception(rt, e)?;
    if let (Some(Kind::Type(_)), Some(v)) = (args[1].kind(), args.get(2)) {
        if !v.is_none() {
            e = rt.call(&args[1], std::slice::from_ref(v), &[])?;
        }
    }
    Ok(Exc(e))
}

fn asend_throw(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let e = thrown(rt, args)?;
    asend_step(rt, &args[0], Value::NONE, Some(e))
}

fn asend_close(_rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    with_asend(&args[0], |a| a.step = Step::Closed);
    Ok(Value::NONE)
}

// ---- athrow / aclose awaitables --------------------------------------------------------

fn with_athrow<R>(v: &Value, f: impl FnOnce(&mut AThrow) -> R) -> Option<R> {
    match v.kind() {
        Some(Kind::Native(_, d)) => d.borrow_mut().downcast_mut::<AThrow>().map(f),
        _ => None,
    }
}

fn athrow_step(rt: &mut Runtime, me: &Value, sent: Value, exc: Option<Exc>) -> PyResult {
    let Some((gen, step, payload)) = with_athrow(me, |a| (a.gen.clone(), a.step, a.exc.clone()))
    else {
        return Err(rt.type_error("expected an async_generator_athrow"));
    };
    let is_close = payload.is_none();
    if step == Step::Closed {
        return Err(rt.new_exc(
            "RuntimeError",
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    let set = |s: Step| {
        if s == Step::Closed {
            with_state(&gen, |g| g.running_async = false);
        }
        with_athrow(me, |a| a.step = s)
    };
    let r = if step == Step::Init {
        if with_state(&gen, |g| g.running_async) == Some(true) {
            let which = if is_close { "aclose" } else { "athrow" };
            return Err(rt.new_exc(
                "RuntimeError",
                &format!("{which}(): asynchronous generator is already running"),
            ));
        }
        with_state(&gen, |g| g.running_async = true);
        set(Step::Iter);
        let state = with_state(&gen, |g| g.state);
        if state == Some(State::Done) || (is_close && state == Some(State::Created)) {
            with_state(&gen, |g| g.state = State::Done);
            set(Step::Closed);
            return Err(stop_iteration(rt, Value::NONE));
        }
        let e = match (exc, payload) {
            (Some(e), _) => e,
            (None, Some(p)) => Exc(p),
            (None, None) => rt.exc_with_args("GeneratorExit", vec![]),
        };
        resume(rt, &gen, Value::NONE, Some(e))
    } else {
        resume(rt, &gen, sent, exc)
    };
    match r {
        Ok(Delegated::Yielded(v)) => match unwrap(&v) {
            Some(_) if is_close => {
                set(Step::Closed);
                Err(rt.new_exc("RuntimeError", "async generator ignored GeneratorExit"))
            }
            Some(inner) => {
                set(Step::Closed);
                Err(stop_iteration(rt, inner))
            }
            None => Ok(v),
        },
        Ok(Delegated::Done(_)) => {
            set(Step::Closed);
            if is_close {
                Err(stop_iteration(rt, Value::NONE))
            } else {
                Err(stop_async(rt))
            }
        }
        Err(e) => {
            set(Step::Closed);
            if is_close
                && (rt.exc_matches(&e, "GeneratorExit") || rt.exc_matches(&e, "StopAsyncIteration"))
            {
                return Err(stop_iteration(rt, Value::NONE));
            }
            Err(e)
        }
    }
}

fn athrow_send(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let v = args.get(1).cloned().unwrap_or(Value::NONE);
    athrow_step(rt, &args[0], v, None)
}

fn athrow_next(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    athrow_step(rt, &args[0], Value::NONE, None)
}

fn athrow_throw(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let e = thrown(rt, args)?;
    athrow_step(rt, &args[0], Value::NONE, Some(e))
}

fn athrow_close(_rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    with_athrow(&args[0], |a| a.step = Step::Closed);
    Ok(Value::NONE)
}

// ---- async for ---------------------------------------------------------------------------

/// `type(v).__aiter__(v)` for `async for`, with CPython's messages.
pub fn get_aiter(rt: &mut Runtime, v: &Value) -> PyResult {
    let t = rt.type_of(v);
    let Some(f) = molt_builtins::typeobj::lookup(&t, "__aiter__") else {
        let tn = rt.type_name(v);
        return Err(rt.type_error(&format!(
            "'async for' requires an object with __aiter__ method, got {tn}"
        )));
    };
    let f = rt.bind_descriptor(&f, Some(v), &t)?;
    let it = rt.call(&f, &[], &[])?;
    let it_t = rt.type_of(&it);
    if molt_builtins::typeobj::lookup(&it_t, "__anext__").is_none() {
        let tn = rt.type_name(&it);
        return Err(rt.type_error(&format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
        )));
    }
    Ok(it)
}

/// The awaitable `type(it).__anext__(it)` returns, for one step of `async for`.
pub fn get_anext(rt: &mut Runtime, it: &Value) -> PyResult {
    if kind_of(it) == Some(GenKind::AsyncGenerator) {
        return Ok(new_asend(rt, it, Value::NONE));
    }
    let t = rt.type_of(it);
    let Some(f) = molt_builtins::typeobj::lookup(&t, "__anext__") else {
        let tn = rt.type_name(it);
        return Err(rt.type_error(&format!(
            "'async for' requires an iterator with __anext__ method, got {tn}"
        )));
    };
    let f = rt.bind_descriptor(&f, Some(it), &t)?;
    let aw = rt.call(&f, &[], &[])?;
    if !crate::coroutine::is_awaitable(rt, &aw) {
        let tn = rt.type_name(&aw);
        return Err(rt.type_error(&format!(
            "'async for' received an invalid object from __anext__: {tn}"
        )));
    }
    Ok(aw)
}

/// A type's name and methods, for `init`.
type MethodGroup = (Value, &'static str, Vec<(&'static str, NativeFn)>);

// ---- aiter() / anext() ------------------------------------------------------------------

/// `anext(it, default)`: awaits `it.__anext__()`, turning StopAsyncIteration into `default`.
struct ANextDefault {
    awaitable: Value,
    /// The iterator of `await awaitable`, once started.
    iter: Option<Value>,
    default: Value,
}

fn builtin_aiter(rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    if !kw.is_empty() {
        return Err(rt.type_error("aiter() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(rt.type_error(&format!(
            "aiter() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let v = &args[0];
    let t = rt.type_of(v);
    let Some(f) = molt_builtins::typeobj::lookup(&t, "__aiter__") else {
        let tn = rt.type_name(v);
        return Err(rt.type_error(&format!("'{tn}' object is not an async iterable")));
    };
    let f = rt.bind_descriptor(&f, Some(v), &t)?;
    let it = rt.call(&f, &[], &[])?;
    let it_t = rt.type_of(&it);
    if molt_builtins::typeobj::lookup(&it_t, "__anext__").is_none() {
        let tn = rt.type_name(&it);
        return Err(rt.type_error(&format!(
            "aiter() returned not an async iterator of type '{tn}'"
        )));
    }
    Ok(it)
}

fn builtin_anext(rt: &mut Runtime, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    if !kw.is_empty() {
        return Err(rt.type_error("anext() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        let bound = if args.is_empty() { "least 1" } else { "most 2" };
        return Err(rt.type_error(&format!(
            "anext expected at {bound} argument{}, got {}",
            if args.is_empty() { "" } else { "s" },
            args.len()
        )));
    }
    let v = &args[0];
    let aw = if kind_of(v) == Some(GenKind::AsyncGenerator) {
        new_asend(rt, v, Value::NONE)
    } else {
        let t = rt.type_of(v);
        let Some(f) = molt_builtins::typeobj::lookup(&t, "__anext__") else {
            let tn = rt.type_name(v);
            return Err(rt.type_error(&format!("'{tn}' object is not an async iterator")));
        };
        let f = rt.bind_descriptor(&f, Some(v), &t)?;
        rt.call(&f, &[], &[])?
    };
    let Some(default) = args.get(1) else {
        return Ok(aw);
    };
    Ok(new_native(
        &rt.types.anext_awaitable,
        Box::new(ANextDefault {
            awaitable: aw,
            iter: None,
            default: default.clone(),
        }),
    ))
}

fn anext_step(rt: &mut Runtime, me: &Value, sent: Value, exc: Option<Value>) -> PyResult {
    let state = match me.kind() {
        Some(Kind::Native(_, d)) => d
            .borrow()
            .downcast_ref::<ANextDefault>()
            .map(|a| (a.awaitable.clone(), a.iter.clone(), a.default.clone())),
        _ => None,
    };
    let Some((aw, iter, default)) = state else {
        return Err(rt.type_error("expected an anext_awaitable"));
    };
    let it = match iter {
        Some(it) => it,
        None => {
            let it = crate::coroutine::get_awaitable(rt, &aw)?;
            if let Some(Kind::Native(_, d)) = me.kind() {
                if let Some(a) = d.borrow_mut().downcast_mut::<ANextDefault>() {
                    a.iter = Some(it.clone());
                }
            }
            it
        }
    };
    let r = match exc {
        Some(e) => crate::generator::throw_into_delegate(rt, &it, Exc(e)),
        None => crate::generator::delegate(rt, &it, sent),
    };
    match r {
        Ok(Delegated::Yielded(v)) => Ok(v),
        Ok(Delegated::Done(v)) => Err(stop_iteration(rt, v)),
        Err(e) if rt.exc_matches(&e, "StopAsyncIteration") => Err(stop_iteration(rt, default)),
        Err(e) => Err(e),
    }
}

fn anext_send(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let v = args.get(1).cloned().unwrap_or(Value::NONE);
    anext_step(rt, &args[0], v, None)
}

fn anext_next(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    anext_step(rt, &args[0], Value::NONE, None)
}

fn anext_throw(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let e = thrown(rt, args)?;
    anext_step(rt, &args[0], Value::NONE, Some(e.0))
}

fn anext_close(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let it = match args[0].kind() {
        Some(Kind::Native(_, d)) => d
            .borrow()
            .downcast_ref::<ANextDefault>()
            .and_then(|a| a.iter.clone()),
        _ => None,
    };
    if let Some(it) = it {
        if let Ok(f) = rt.getattr(&it, "close") {
            rt.call(&f, &[], &[])?;
        }
    }
    Ok(Value::NONE)
}

pub fn init(rt: &mut Runtime, repr: NativeFn) {
    rt.add_builtin("aiter", builtin_aiter);
    rt.add_builtin("anext", builtin_anext);
    let groups: [MethodGroup; 4] = [
        (
            rt.types.anext_awaitable.clone(),
            "anext_awaitable",
            vec![
                ("send", anext_send),
                ("throw", anext_throw),
                ("close", anext_close),
                ("__next__", anext_next),
                ("__iter__", self_),
                ("__await__", self_),
            ],
        ),
        (
            rt.types.async_generator.clone(),
            "async_generator",
            vec![
                ("__aiter__", self_),
                ("__anext__", agen_anext),
                ("asend", agen_asend),
                ("athrow", agen_athrow),
                ("aclose", agen_aclose),
                ("__repr__", repr),
            ],
        ),
        (
            rt.types.async_gen_asend.clone(),
            "async_generator_asend",
            vec![
                ("send", asend_send),
                ("throw", asend_throw),
                ("close", asend_close),
                ("__next__", asend_next),
                ("__iter__", self_),
                ("__await__", self_),
            ],
        ),
        (
            rt.types.async_gen_athrow.clone(),
            "async_generator_athrow",
            vec![
                ("send", athrow_send),
                ("throw", athrow_throw),
                ("close", athrow_close),
                ("__next__", athrow_next),
                ("__iter__", self_),
                ("__await__", self_),
            ],
        ),
    ];
    for (t, owner, methods) in groups {
        for (n, f) in methods {
            let m = rt.new_method(owner, n, f);
            molt_builtins::exceptions::set_type_attr(rt, &t, n, m);
        }
    }
}
