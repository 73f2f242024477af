//! Generators: a generator owns its frame's registers while suspended; resuming runs the
//! frame in a fresh run of the interpreter loop until it yields, returns or raises.
//! Coroutines and async generators are the same frame machinery with another `GenKind`
//! (their Python-visible objects live in coroutine.rs and async_gen.rs).

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use molt_builtins::object::{CodeObject, Exc};
use molt_builtins::{Kind, Obj, PyResult, Runtime, Value};
use molt_bytecode::opcodes::Instr;

use crate::frame::Frame;
use crate::interp::{run_with, Exit};

#[derive(PartialEq, Eq, Clone, Copy)]
pub(crate) enum State {
    Created,
    Suspended,
    Running,
    Done,
}

/// What kind of object a resumable frame belongs to.
#[derive(PartialEq, Eq, Clone, Copy)]
pub(crate) enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    fn of(code: &CodeObject) -> GenKind {
        use molt_bytecode::code::flags;
        if code.code.flags & flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else if code.code.flags & flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        }
    }
    /// The name CPython uses in this kind's messages.
    pub(crate) fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

pub struct GenState {
    pub(crate) kind: GenKind,
    pub(crate) code: Rc<CodeObject>,
    pub(crate) globals: Value,
    pub(crate) regs: Vec<Value>,
    pub(crate) pc: usize,
    pub(crate) state: State,
    /// An async generator with an `asend`/`athrow` awaitable in progress.
    pub(crate) running_async: bool,
    /// `__name__` once assigned (else the code's name).
    pub(crate) name: Option<Value>,
    /// The exception its frame was handling when it last yielded (None: none of its
    /// own, so `sys.exception()` inside shows the caller's). While its frame runs in its
    /// caller's loop (generator_inline), the caller's instead (None when the caller had
    /// none), put back when it stops.
    pub(crate) handled: Option<Value>,
    pub qualname: Value,
    /// While a step of a generator further down its `yield from` chain runs with this
    /// generator's frame left out (see generator_inline::enter): the generator whose
    /// `yield from` this one's step was entered through, itself left out. None otherwise.
    pub(crate) delegator: Option<Value>,
    /// The runtime's finalizer queue: a suspended generator whose yield sits inside a
    /// try/with is closed (GeneratorExit thrown in) when its last reference goes.
    queue: Rc<molt_builtins::finalize::FinalizerQueue>,
}

/// A suspended generator's frame awaiting `close()` after its object was freed.
struct PendingClose {
    kind: GenKind,
    code: Rc<CodeObject>,
    globals: Value,
    regs: Vec<Value>,
    pc: usize,
    qualname: Value,
}

/// A coroutine freed before it ever ran: CPython warns about it.
struct NeverAwaited {
    qualname: Value,
}

impl GenState {
    /// A generator of a `types.coroutine` function: awaitable.
    pub(crate) fn is_iterable_coroutine(&self) -> bool {
        self.code.iterable_coroutine.get()
    }
}

impl Drop for GenState {
    fn drop(&mut self) {
        if self.kind == GenKind::Coroutine && self.state == State::Created {
            self.queue.push(Box::new(NeverAwaited {
                qualname: self.qualname.clone(),
            }));
            return;
        }
        if self.state == State::Suspended && self.code.code.handler_for(self.pc).is_some() {
            let p = PendingClose {
                kind: self.kind,
                code: self.code.clone(),
                globals: self.globals.clone(),
                regs: std::mem::take(&mut self.regs),
                pc: self.pc,
                qualname: self.qualname.clone(),
            };
            self.queue.push(Box::new(p));
        }
    }
}

/// Runs pending finalisation: `__del__` of dead instances, weak-reference callbacks,
/// closing suspended generators that were freed (CPython does all of these when the last
/// reference goes). Depth first: what a finaliser frees is finalised before the next item
/// of the batch, as nested deallocation does in CPython; iterative, so long chains do not
/// recurse.
pub fn run_finalizers(rt: &mut Runtime) {
    let mut stack: Vec<std::collections::VecDeque<Box<dyn Any>>> = Vec::new();
    loop {
        let new = rt.finalizers.take();
        if !new.is_empty() {
            stack.push(new.into());
        }
        let Some(top) = stack.last_mut() else { break };
        // Last queued first: a list or tuple releases its items from the end, as CPython's
        // deallocation does.
        let Some(item) = top.pop_back() else {
            stack.pop();
            continue;
        };
        if top.is_empty() {
            stack.pop();
        }
        run_finalizer(rt, item);
    }
}

fn report_unraisable(rt: &mut Runtime, what: &Value, e: &molt_builtins::Exc) {
    use std::io::Write;
    let repr = rt.repr_string(what).unwrap_or_default();
    let text = crate::traceback::format_exception(rt, &e.0);
    let _ = rt.stdout.flush();
    let _ = write!(rt.stderr, "Exception ignored in: {repr}\n{text}");
}

fn run_finalizer(rt: &mut Runtime, item: Box<dyn Any>) {
    use molt_builtins::finalize::{PendingDel, PendingWeakCallback};
    let item = match item.downcast::<PendingDel>() {
        Ok(p) => {
            let obj = p.0;
            let cls = rt.type_of(&obj);
            if let Some(f) = molt_builtins::typeobj::lookup(&cls, "__del__") {
                let r = rt.call(&f, std::slice::from_ref(&obj), &[]);
                if let Err(e) = r {
                    report_unraisable(rt, &f, &e);
                }
            }
            // Not resurrected: free it without finalising it again.
            if obj.refcount() == 1 {
                if let Some(Kind::Instance(i)) = obj.kind() {
                    i.cls.set(rt.types.object.clone());
                }
            }
            return;
        }
        Err(item) => item,
    };
    let item = match item.downcast::<PendingWeakCallback>() {
        Ok(p) => {
            let r = p.0;
            if let Some(cb) = crate::weakref::take_callback(&r) {
                if let Err(e) = rt.call(&cb, std::slice::from_ref(&r), &[]) {
                    report_unraisable(rt, &cb, &e);
                }
            }
            return;
        }
        Err(item) => item,
    };
    let item = match item.downcast::<NeverAwaited>() {
        Ok(w) => {
            use std::io::Write;
            let q = rt.str_string(&w.qualname).unwrap_or_default();
            let _ = rt.stdout.flush();
            let _ = write!(
                rt.stderr,
                "sys:1: RuntimeWarning: coroutine '{q}' was never awaited\n\
                 RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
            );
            return;
        }
        Err(item) => item,
    };
    let Ok(p) = item.downcast::<PendingClose>() else {
        return;
    };
    let p = *p;
    let ty = type_for(rt, p.kind);
    let st = GenState {
        running_async: false,
        name: None,
        handled: None,
        kind: p.kind,
        code: p.code,
        globals: p.globals,
        regs: p.regs,
        pc: p.pc,
        state: State::Suspended,
        qualname: p.qualname,
        delegator: None,
        queue: rt.finalizers.clone(),
    };
    let b: Box<dyn Any> = Box::new(st);
    let g = Value::from_obj(Obj::new(Kind::Native(ty, RefCell::new(b))));
    if let Err(e) = gen_close(rt, std::slice::from_ref(&g), &[]) {
        use std::io::Write;
        let repr = rt.repr_string(&g).unwrap_or_default();
        let text = crate::traceback::format_exception(rt, &e.0);
        let _ = rt.stdout.flush();
        let _ = write!(rt.stderr, "Exception ignored in: {repr}\n{text}");
    }
}

pub enum Delegated {
    Yielded(Value),
    Done(Value),
}

fn type_for(rt: &Runtime, kind: GenKind) -> Value {
    match kind {
        GenKind::Generator => rt.types.generator.clone(),
        GenKind::Coroutine => rt.types.coroutine.clone(),
        GenKind::AsyncGenerator => rt.types.async_generator.clone(),
    }
}

/// The generator, coroutine or async generator object for a call of `code`.
pub fn new(
    rt: &mut Runtime,
    code: Rc<CodeObject>,
    globals: Value,
    regs: Vec<Value>,
    qualname: Value,
) -> Value {
    let kind = GenKind::of(&code);
    let st = GenState {
        running_async: false,
        name: None,
        handled: None,
        kind,
        code,
        globals,
        regs,
        pc: 0,
        state: State::Created,
        qualname,
        delegator: None,
        queue: rt.finalizers.clone(),
    };
    let b: Box<dyn Any> = Box::new(st);
    Value::from_obj(Obj::new(Kind::Native(type_for(rt, kind), RefCell::new(b))))
}

/// Whether `v` is a (plain) generator object.
pub fn is_generator(v: &Value) -> bool {
    kind_of(v) == Some(GenKind::Generator)
}

/// The kind of a generator, coroutine or async generator object; None for anything else.
pub(crate) fn kind_of(v: &Value) -> Option<GenKind> {
    match v.kind() {
        Some(Kind::Native(_, d)) => d.borrow().downcast_ref::<GenState>().map(|g| g.kind),
        _ => None,
    }
}

pub(crate) fn with_state<R>(v: &Value, f: impl FnOnce(&mut GenState) -> R) -> Option<R> {
    match v.kind() {
        Some(Kind::Native(_, d)) => d.borrow_mut().downcast_mut::<GenState>().map(f),
        _ => None,
    }
}

/// Resumes `gen`, sending `value` (or throwing `exc`).
pub(crate) fn resume(
    rt: &mut Runtime,
    gen: &Value,
    value: Value,
    exc: Option<Exc>,
) -> PyResult<Delegated> {
    resume_into(rt, gen, value, exc, None)
}

/// `resume`, with the values the frame yields offered to `sink` when there is one: it runs
/// on until the sink gives a value back, which it then yields (see interp::run_with).
fn resume_into(
    rt: &mut Runtime,
    gen: &Value,
    value: Value,
    exc: Option<Exc>,
    sink: Option<molt_builtins::runtime::Consumer>,
) -> PyResult<Delegated> {
    let taken = with_state(gen, |g| {
        match g.state {
            State::Running => return Err(0),
            State::Done => return Err(1),
            State::Created if !value.is_none() && exc.is_none() => return Err(2),
            _ => {}
        }
        let was_created = g.state == State::Created;
        g.state = State::Running;
        let mut regs = std::mem::take(&mut g.regs);
        let mut pc = g.pc;
        if !was_created && exc.is_none() {
            match g.code.code.instrs[pc] {
                Instr::Yield { dst, .. } => {
                    regs[dst.idx()] = value.clone();
                    pc += 1;
                }
                Instr::YieldFrom { dst, .. } => regs[dst.idx()] = value.clone(),
                _ => {}
            }
        }
        Ok((
            g.kind,
            g.code.clone(),
            g.globals.clone(),
            regs,
            pc,
            was_created,
            // (Taken now, in the same borrow: put back if the frame does not run.)
            g.handled.take(),
        ))
    });
    let (kind, code, globals, mut regs, mut pc, was_created, own_saved) = match taken {
        Some(Ok(t)) => t,
        Some(Err(code)) => {
            let kind = kind_of(gen).unwrap_or(GenKind::Generator);
            return match code {
                0 => Err(rt.value_error(&format!("{} already executing", kind.noun()))),
                1 if kind == GenKind::Coroutine => {
                    Err(rt.new_exc("RuntimeError", "cannot reuse already awaited coroutine"))
                }
                1 => match exc {
                    Some(e) => Err(e),
                    None => Ok(Delegated::Done(Value::NONE)),
                },
                _ => Err(rt.type_error(&format!(
                    "can't send non-None value to a just-started {}",
                    kind.noun()
                ))),
            };
        }
        None => return Err(rt.type_error("not a generator")),
    };
    let mut exc = match (was_created, exc) {
        // Throwing into a generator that never started just finishes it.
        (true, Some(e)) => {
            with_state(gen, |g| g.state = State::Done);
            return Err(e);
        }
        (_, e) => e,
    };
    // An exception thrown into a frame suspended in `yield from` / `await` goes to the
    // delegate first.
    if let (Some(e), Instr::YieldFrom { dst, iter, target }) = (&exc, code.code.instrs[pc]) {
        let sub = regs[iter.idx()].clone();
        match throw_into_delegate(rt, &sub, e.clone()) {
            Ok(Delegated::Yielded(v)) => {
                with_state(gen, |g| {
                    g.regs = regs;
                    g.state = State::Suspended;
                    g.handled = own_saved;
                });
                return Ok(Delegated::Yielded(v));
            }
            Ok(Delegated::Done(v)) => {
                regs[dst.idx()] = v;
                pc = target.0 as usize;
                exc = None;
            }
            Err(e2) => exc = Some(e2),
        }
    }
    let frame = Frame {
        code,
        globals,
        locals: None,
        pc,
        base: 0,
        ret_dst: 0,
        init_self: None,
        obj: Value::NONE,
    };
    rt.depth += 1;
    if rt.depth > rt.recursion_limit {
        rt.depth -= 1;
        with_state(gen, |g| g.state = State::Done);
        return Err(rt.new_exc("RecursionError", "maximum recursion depth exceeded"));
    }
    // A generator keeps its own handled exception across yields (CPython's gi_exc_state),
    // and sees its caller's when it has none of its own. (When neither has one, the usual
    // case, there is nothing to set aside.)
    let set_aside = handled_to_set_aside(rt, &own_saved);
    let mut caller_slot = Value::NONE;
    if set_aside {
        let caller_handled = rt.current_exception();
        rt.handled_base.push(caller_handled);
        caller_slot = std::mem::replace(&mut rt.handled, own_saved.unwrap_or(Value::NONE));
    }
    let r = run_with(rt, frame, regs, exc, sink);
    let own = std::mem::replace(&mut rt.handled, caller_slot);
    if set_aside {
        rt.handled_base.pop();
    }
    rt.depth -= 1;
    match r {
        Ok(Exit::Yield { value, regs, pc }) => {
            with_state(gen, |g| {
                // (What is replaced is the empty vector `mem::take` left: nothing to free,
                // so it is not put through a drop.)
                let old = std::mem::replace(&mut g.regs, regs);
                if old.capacity() == 0 {
                    std::mem::forget(old);
                } else {
                    drop(old);
                }
                g.pc = pc;
                g.state = State::Suspended;
                g.handled = (!own.is_none()).then_some(own);
            });
            Ok(Delegated::Yielded(value))
        }
        Ok(Exit::Return(v)) => {
            with_state(gen, |g| g.state = State::Done);
            Ok(Delegated::Done(v))
        }
        Err(e) => {
            with_state(gen, |g| g.state = State::Done);
            Err(leaving_exception(rt, kind, e))
        }
    }
}

/// Whether resuming a generator whose own handled exception is `own` must set the caller's
/// aside: when either side has one (otherwise both see none, and nothing changes).
pub(crate) fn handled_to_set_aside(rt: &Runtime, own: &Option<Value>) -> bool {
    own.is_some() || !rt.handled.is_none() || rt.handled_base.last().is_some_and(|b| !b.is_none())
}

/// The exception a resumable frame of `kind` raises to its caller when it raises `e`: a
/// StopIteration (or an async generator's StopAsyncIteration) becomes RuntimeError.
pub(crate) fn leaving_exception(rt: &mut Runtime, kind: GenKind, e: Exc) -> Exc {
    let leaked = if rt.exc_matches(&e, "StopIteration") {
        "StopIteration"
    } else if kind == GenKind::AsyncGenerator && rt.exc_matches(&e, "StopAsyncIteration") {
        "StopAsyncIteration"
    } else {
        return e;
    };
    let msg = format!("{} raised {leaked}", kind.noun());
    let re = rt.new_exc("RuntimeError", &msg);
    if let Some(d) = molt_builtins::exceptions::data(&re.0) {
        let mut d = d.borrow_mut();
        d.cause = e.0.clone();
        d.context = e.0;
        d.suppress_context = true;
    }
    re
}

/// `throw()` / `close()` reaching a frame suspended in `yield from sub`: GeneratorExit
/// closes `sub` and then raises in the delegating frame; other exceptions go to
/// `sub.throw()`, whose yield is yielded and whose return value ends the delegation.
pub(crate) fn throw_into_delegate(rt: &mut Runtime, sub: &Value, e: Exc) -> PyResult<Delegated> {
    if rt.exc_matches(&e, "GeneratorExit") {
        if kind_of(sub).is_some() {
            gen_close(rt, std::slice::from_ref(sub), &[])?;
        } else if let Ok(close) = rt.getattr(sub, "close") {
            rt.call(&close, &[], &[])?;
        }
        return Err(e);
    }
    if kind_of(sub).is_some() {
        return resume(rt, sub, Value::NONE, Some(e));
    }
    let Ok(throw) = rt.getattr(sub, "throw") else {
        return Err(e);
    };
    match rt.call(&throw, std::slice::from_ref(&e.0), &[]) {
        Ok(v) => Ok(Delegated::Yielded(v)),
        Err(e2) if rt.exc_matches(&e2, "StopIteration") => {
            let v = rt.getattr(&e2.0, "value")?;
            Ok(Delegated::Done(v))
        }
        Err(e2) => Err(e2),
    }
}

/// `next(gen)` for `for` loops: `None` when finished.
pub fn next(rt: &mut Runtime, gen: &Value) -> PyResult<Option<Value>> {
    match resume(rt, gen, Value::NONE, None)? {
        Delegated::Yielded(v) => Ok(Some(v)),
        Delegated::Done(_) => Ok(None),
    }
}

/// The `native_next` hook: a generator's next step, straight into `resume`.
fn native_next(rt: &mut Runtime, v: &Value) -> Option<PyResult<Option<Value>>> {
    is_generator(v).then(|| next(rt, v))
}

/// The `native_feed` hook: a generator's items offered to a consumer in one run of the
/// loop, until it gives one back (the generator is then suspended at that `yield`, as
/// after a plain step) or the generator ends.
fn native_feed(
    rt: &mut Runtime,
    v: &Value,
    take: molt_builtins::runtime::Consumer,
) -> Option<PyResult<Option<Value>>> {
    if !is_generator(v) {
        return None;
    }
    Some(match resume_into(rt, v, Value::NONE, None, Some(take)) {
        Ok(Delegated::Yielded(x)) => Ok(Some(x)),
        Ok(Delegated::Done(_)) => Ok(None),
        Err(e) => Err(e),
    })
}

/// The `native_next_value` hook: `next(gen)` without looking up `__next__`.
fn native_next_value(rt: &mut Runtime, v: &Value) -> Option<PyResult> {
    is_generator(v).then(|| gen_next(rt, std::slice::from_ref(v), &[]))
}

/// One step of `yield from it`.
pub fn delegate(rt: &mut Runtime, it: &Value, sent: Value) -> PyResult<Delegated> {
    if kind_of(it).is_some() {
        return resume(rt, it, sent, None);
    }
    let step = if sent.is_none() {
        let t = rt.type_of(it);
        match molt_builtins::typeobj::lookup(&t, "__next__") {
            // A Python-level or native `__next__`: its StopIteration carries the result.
            Some(f) if !matches!(it.kind(), Some(Kind::Iter(_))) => {
                let f = rt.bind_descriptor(&f, Some(it), &t)?;
                rt.call(&f, &[], &[])
            }
            _ => {
                return match rt.next(it) {
                    Ok(Some(v)) => Ok(Delegated::Yielded(v)),
                    Ok(None) => Ok(Delegated::Done(Value::NONE)),
                    Err(e) => Err(e),
                };
            }
        }
    } else {
        let send = rt.getattr(it, "send")?;
        rt.call(&send, &[sent], &[])
    };
    match step {
        Ok(v) => Ok(Delegated::Yielded(v)),
        Err(e) if rt.exc_matches(&e, "StopIteration") => {
            let v = rt.getattr(&e.0, "value")?;
            Ok(Delegated::Done(v))
        }
        Err(e) => Err(e),
    }
}

pub(crate) fn stop_iteration(rt: &mut Runtime, v: Value) -> Exc {
    if v.is_none() {
        rt.exc_with_args("StopIteration", vec![])
    } else {
        rt.exc_with_args("StopIteration", vec![v])
    }
}

fn gen_next(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    match resume(rt, &args[0], Value::NONE, None)? {
        Delegated::Yielded(v) => Ok(v),
        Delegated::Done(v) => Err(stop_iteration(rt, v)),
    }
}

pub(crate) fn gen_send(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let v = args.get(1).cloned().unwrap_or(Value::NONE);
    match resume(rt, &args[0], v, None)? {
        Delegated::Yielded(v) => Ok(v),
        Delegated::Done(v) => Err(stop_iteration(rt, v)),
    }
}

pub(crate) fn gen_throw(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(e) = args.get(1) else {
        return Err(rt.type_error("throw expected at least 1 argument, got 0"));
    };
    let mut e = crate::call::thrown_exception(rt, e)?;
    if let (Some(Kind::Type(_)), Some(v)) = (args[1].kind(), args.get(2)) {
        if !v.is_none() {
            e = rt.call(&args[1], std::slice::from_ref(v), &[])?;
        }
    }
    match resume(rt, &args[0], Value::NONE, Some(Exc(e)))? {
        Delegated::Yielded(v) => Ok(v),
        Delegated::Done(v) => Err(stop_iteration(rt, v)),
    }
}

pub(crate) fn gen_close(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some((st, kind)) = with_state(&args[0], |g| (g.state, g.kind)) else {
        return Err(rt.type_error("not a generator"));
    };
    match st {
        State::Running => return Err(rt.value_error(&format!("{} already executing", kind.noun()))),
        State::Created | State::Done => {
            with_state(&args[0], |g| g.state = State::Done);
            return Ok(Value::NONE);
        }
        State::Suspended => {}
    }
    let ge = rt.exc_with_args("GeneratorExit", vec![]);
    match resume(rt, &args[0], Value::NONE, Some(ge)) {
        Ok(Delegated::Yielded(_)) => Err(rt.new_exc(
            "RuntimeError",
            &format!("{} ignored GeneratorExit", kind.noun()),
        )),
        Ok(Delegated::Done(_)) => Ok(Value::NONE),
        Err(e) if rt.exc_matches(&e, "GeneratorExit") || rt.exc_matches(&e, "StopIteration") => {
            Ok(Value::NONE)
        }
        Err(e) => Err(e),
    }
}

fn gen_iter(_rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(args[0].clone())
}

fn gen_repr(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let (q, kind) = with_state(&args[0], |g| (g.qualname.clone(), g.kind))
        .unwrap_or((Value::NONE, GenKind::Generator));
    let q = rt.str_string(&q)?;
    let noun = match kind {
        GenKind::AsyncGenerator => "async_generator",
        k => k.noun(),
    };
    Ok(rt.new_string(format!("<{noun} object {q} at {:#x}>", args[0].id())))
}

/// The current line and local variables of a generator's frame (None once it is gone).
pub(crate) fn frame_state(rt: &mut Runtime, v: &Value) -> Option<(u32, Value)> {
    let (code, pc, started, regs) = with_state(v, |g| {
        let n = (g.code.code.nlocals as usize).min(g.regs.len());
        let started = g.state != State::Created;
        (g.code.clone(), g.pc, started, g.regs[..n].to_vec())
    })?;
    let mut d = molt_builtins::dict::Dict::new();
    rt.add_register_locals(&code.code, &regs, &mut d, false);
    let line = if started {
        code.code.line_at(pc)
    } else {
        code.code.firstlineno
    };
    Some((line, rt.new_dict(d)))
}

/// The frame object of a suspended (or running) generator, its `f_back` `back`: it reads
/// the generator's current line and local variables when asked. (None when `v` is not a
/// generator.)
fn generator_frame(rt: &mut Runtime, v: &Value, back: Value) -> Value {
    let Some((code, globals)) = with_state(v, |g| (g.code.clone(), g.globals.clone())) else {
        return Value::NONE;
    };
    let Some((line, locals)) = frame_state(rt, v) else {
        return Value::NONE;
    };
    crate::frame_obj::new(rt, code, globals, back, line, locals, v.downgrade())
}

/// Frame objects for the generators whose frames are left out of the running step of
/// `gen` (see generator_inline::enter), outermost first and chained from `back`: gives the
/// innermost one's, or `back` when there are none.
pub(crate) fn left_out_frames(rt: &mut Runtime, gen: &Value, back: Value) -> Value {
    let mut chain = Vec::new();
    let mut next = with_state(gen, |g| g.delegator.clone()).flatten();
    while let Some(g) = next {
        next = with_state(&g, |s| s.delegator.clone()).flatten();
        chain.push(g);
    }
    // (The chain holds generators only: each frame object is made.)
    chain
        .iter()
        .rev()
        .fold(back, |back, g| generator_frame(rt, g, back))
}

/// Attributes of generator, coroutine and async generator objects (`gi_*`, `cr_*`,
/// `ag_*`).
fn native_attr(rt: &mut Runtime, v: &Value, name: &str) -> Option<Value> {
    if crate::frame_obj::is_frame(rt, v) {
        return crate::frame_obj::attr(rt, v, name);
    }
    let running_async = with_state(v, |g| g.running_async).unwrap_or(false);
    let (q, state, code, kind, awaiting) = with_state(v, |g| {
        let awaiting = match (g.state, g.code.code.instrs.get(g.pc)) {
            (State::Suspended, Some(Instr::YieldFrom { iter, .. })) => {
                g.regs.get(iter.idx()).cloned()
            }
            _ => None,
        };
        (
            g.qualname.clone(),
            g.state,
            g.code.clone(),
            g.kind,
            awaiting,
        )
    })?;
    if name.ends_with("_frame") && state != State::Done {
        return Some(generator_frame(rt, v, Value::NONE));
    }
    if name == "__qualname__" {
        return Some(q);
    }
    if name == "__name__" {
        if let Some(n) = with_state(v, |g| g.name.clone()).flatten() {
            return Some(n);
        }
        return Some(rt.new_str(&code.code.name));
    }
    let prefix = match kind {
        GenKind::Generator => "gi_",
        GenKind::Coroutine => "cr_",
        GenKind::AsyncGenerator => "ag_",
    };
    let attr = name.strip_prefix(prefix)?;
    Some(match (attr, kind) {
        // An async generator also counts as running while an asend/athrow is suspended.
        ("running", GenKind::AsyncGenerator) => {
            Value::bool(state == State::Running || running_async)
        }
        ("running", _) => Value::bool(state == State::Running),
        ("suspended", GenKind::Generator | GenKind::Coroutine) => {
            Value::bool(state == State::Suspended)
        }
        ("frame", _) => {
            if state == State::Done {
                Value::NONE
            } else {
                rt.new_str("<frame>")
            }
        }
        ("code", _) => rt.code_value(&code),
        ("yieldfrom", GenKind::Generator)
        | ("await", GenKind::Coroutine | GenKind::AsyncGenerator) => {
            awaiting.unwrap_or(Value::NONE)
        }
        ("origin", GenKind::Coroutine) => Value::NONE,
        _ => return None,
    })
}

/// `gen.__name__ = ...` / `gen.__qualname__ = ...` (strings only, as CPython checks).
fn native_setattr(rt: &mut Runtime, v: &Value, name: &str, val: &Value) -> Option<PyResult<()>> {
    let field = match name {
        "__name__" | "__qualname__" => name,
        _ => return None,
    };
    kind_of(v)?;
    if !matches!(val.kind(), Some(Kind::Str(_))) {
        return Some(Err(
            rt.type_error(&format!("{field} must be set to a string object"))
        ));
    }
    with_state(v, |g| {
        if field == "__name__" {
            g.name = Some(val.clone());
        } else {
            g.qualname = val.clone();
        }
    });
    Some(Ok(()))
}

pub fn init(rt: &mut Runtime) {
    rt.hooks.native_attr = native_attr;
    rt.hooks.native_setattr = native_setattr;
    rt.hooks.native_next = native_next;
    rt.hooks.native_next_value = native_next_value;
    rt.hooks.native_feed = native_feed;
    rt.hooks.native_self_iter = is_generator;
    let t = rt.types.generator.clone();
    let methods: [(&'static str, molt_builtins::object::NativeFn); 6] = [
        ("__next__", gen_next),
        ("send", gen_send),
        ("throw", gen_throw),
        ("close", gen_close),
        ("__iter__", gen_iter),
        ("__repr__", gen_repr),
    ];
    for (n, f) in methods {
        let m = rt.new_method("generator", n, f);
        molt_builtins::exceptions::set_type_attr(rt, &t, n, m);
    }
    crate::coroutine::init(rt, gen_repr);
    crate::async_gen::init(rt, gen_repr);
    crate::frame_obj::init(rt);
}

#[cfg(test)]
mod tests {
    use crate::{PyObject, Python, Vm};

    /// A generator that calls a function between yields keeps a register stack of the
    /// same size however often it resumes (it once grew by the callee's registers at
    /// every resume).
    #[test]
    fn saved_registers_do_not_grow() {
        let mut vm = Vm::new();
        vm.exec("def f(x):\n    return x + 1\ndef g():\n    while True:\n        yield f(1)\nit = g()\n")
            .unwrap();
        let it: PyObject = vm.get("it").unwrap();
        let len = |vm: &mut Vm| {
            vm.exec("next(it)").unwrap();
            super::with_state(it.value(), |g| g.regs.len()).unwrap()
        };
        let first = len(&mut vm);
        for _ in 0..100 {
            len(&mut vm);
        }
        assert_eq!(len(&mut vm), first);
    }
}
