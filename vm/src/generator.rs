//! Generators: a generator owns its frame's registers while suspended; resuming runs the
//! frame in a fresh run of the interpreter loop until it yields, returns or raises.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use molt_builtins::object::{CodeObject, Exc};
use molt_builtins::{Kind, Obj, PyResult, Runtime, Value};
use molt_bytecode::opcodes::Instr;

use crate::frame::Frame;
use crate::interp::{run_with, Exit};

#[derive(PartialEq, Eq, Clone, Copy)]
enum State {
    Created,
    Suspended,
    Running,
    Done,
}

pub struct GenState {
    code: Rc<CodeObject>,
    globals: Value,
    regs: Vec<Value>,
    pc: usize,
    state: State,
    pub qualname: Value,
    /// The runtime's finalizer queue: a suspended generator whose yield sits inside a
    /// try/with is closed (GeneratorExit thrown in) when its last reference goes.
    queue: Rc<RefCell<Vec<Box<dyn Any>>>>,
}

/// A suspended generator's frame awaiting `close()` after its object was freed.
struct PendingClose {
    code: Rc<CodeObject>,
    globals: Value,
    regs: Vec<Value>,
    pc: usize,
    qualname: Value,
}

impl Drop for GenState {
    fn drop(&mut self) {
        if self.state == State::Suspended && self.code.code.handler_for(self.pc).is_some() {
            let p = PendingClose {
                code: self.code.clone(),
                globals: self.globals.clone(),
                regs: std::mem::take(&mut self.regs),
                pc: self.pc,
                qualname: self.qualname.clone(),
            };
            if let Ok(mut q) = self.queue.try_borrow_mut() {
                q.push(Box::new(p));
            }
        }
    }
}

/// Runs the pending generator finalisers (CPython closes a generator when it is freed).
pub fn run_finalizers(rt: &mut Runtime) {
    loop {
        let next = rt.finalizers.borrow_mut().pop();
        let Some(item) = next else { break };
        let Ok(p) = item.downcast::<PendingClose>() else {
            continue;
        };
        let p = *p;
        let st = GenState {
            code: p.code,
            globals: p.globals,
            regs: p.regs,
            pc: p.pc,
            state: State::Suspended,
            qualname: p.qualname,
            queue: rt.finalizers.clone(),
        };
        let b: Box<dyn Any> = Box::new(st);
        let g = Value::from_obj(Obj::new(Kind::Native(
            rt.types.generator.clone(),
            RefCell::new(b),
        )));
        if let Err(e) = gen_close(rt, std::slice::from_ref(&g), &[]) {
            use std::io::Write;
            let repr = rt.repr_string(&g).unwrap_or_default();
            let text = crate::traceback::format_exception(rt, &e.0);
            let _ = rt.stdout.flush();
            let _ = write!(rt.stderr, "Exception ignored in: {repr}\n{text}");
        }
    }
}

pub enum Delegated {
    Yielded(Value),
    Done(Value),
}

pub fn new(
    rt: &mut Runtime,
    code: Rc<CodeObject>,
    globals: Value,
    regs: Vec<Value>,
    qualname: Value,
) -> Value {
    let st = GenState {
        code,
        globals,
        regs,
        pc: 0,
        state: State::Created,
        qualname,
        queue: rt.finalizers.clone(),
    };
    let b: Box<dyn Any> = Box::new(st);
    Value::from_obj(Obj::new(Kind::Native(
        rt.types.generator.clone(),
        RefCell::new(b),
    )))
}

pub fn is_generator(v: &Value) -> bool {
    matches!(v.kind(), Some(Kind::Native(_, d)) if d.borrow().is::<GenState>())
}

fn with_state<R>(v: &Value, f: impl FnOnce(&mut GenState) -> R) -> Option<R> {
    match v.kind() {
        Some(Kind::Native(_, d)) => d.borrow_mut().downcast_mut::<GenState>().map(f),
        _ => None,
    }
}

/// Resumes `gen`, sending `value` (or throwing `exc`).
fn resume(rt: &mut Runtime, gen: &Value, value: Value, exc: Option<Exc>) -> PyResult<Delegated> {
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
        if !was_created {
            match g.code.code.instrs[pc] {
                Instr::Yield { dst, .. } => {
                    regs[dst.idx()] = value.clone();
                    pc += 1;
                }
                Instr::YieldFrom { dst, .. } => regs[dst.idx()] = value.clone(),
                _ => {}
            }
        }
        Ok((g.code.clone(), g.globals.clone(), regs, pc, was_created))
    });
    let (code, globals, regs, pc, was_created) = match taken {
        Some(Ok(t)) => t,
        Some(Err(0)) => return Err(rt.value_error("generator already executing")),
        Some(Err(1)) => {
            if let Some(e) = exc {
                return Err(e);
            }
            return Ok(Delegated::Done(Value::NONE));
        }
        Some(Err(_)) => {
            return Err(rt.type_error("can't send non-None value to a just-started generator"))
        }
        None => return Err(rt.type_error("not a generator")),
    };
    let exc = match (was_created, exc) {
        // Throwing into a generator that never started just finishes it.
        (true, Some(e)) => {
            with_state(gen, |g| g.state = State::Done);
            return Err(e);
        }
        (_, e) => e,
    };
    let frame = Frame {
        code,
        globals,
        locals: None,
        pc,
        base: 0,
        ret_dst: 0,
        init_self: None,
    };
    rt.depth += 1;
    if rt.depth > rt.recursion_limit {
        rt.depth -= 1;
        with_state(gen, |g| g.state = State::Done);
        return Err(rt.new_exc("RecursionError", "maximum recursion depth exceeded"));
    }
    let r = run_with(rt, frame, regs, exc);
    rt.depth -= 1;
    match r {
        Ok(Exit::Yield { value, regs, pc }) => {
            with_state(gen, |g| {
                g.regs = regs;
                g.pc = pc;
                g.state = State::Suspended;
            });
            Ok(Delegated::Yielded(value))
        }
        Ok(Exit::Return(v)) => {
            with_state(gen, |g| g.state = State::Done);
            Ok(Delegated::Done(v))
        }
        Err(e) => {
            with_state(gen, |g| g.state = State::Done);
            if rt.exc_matches(&e, "StopIteration") {
                let re = rt.new_exc("RuntimeError", "generator raised StopIteration");
                if let Some(d) = molt_builtins::exceptions::data(&re.0) {
                    let mut d = d.borrow_mut();
                    d.cause = e.0.clone();
                    d.context = e.0;
                    d.suppress_context = true;
                }
                return Err(re);
            }
            Err(e)
        }
    }
}

/// `next(gen)` for `for` loops: `None` when finished.
pub fn next(rt: &mut Runtime, gen: &Value) -> PyResult<Option<Value>> {
    match resume(rt, gen, Value::NONE, None)? {
        Delegated::Yielded(v) => Ok(Some(v)),
        Delegated::Done(_) => Ok(None),
    }
}

/// One step of `yield from it`.
pub fn delegate(rt: &mut Runtime, it: &Value, sent: Value) -> PyResult<Delegated> {
    if is_generator(it) {
        return resume(rt, it, sent, None);
    }
    if sent.is_none() {
        return match rt.next(it) {
            Ok(Some(v)) => Ok(Delegated::Yielded(v)),
            Ok(None) => Ok(Delegated::Done(Value::NONE)),
            Err(e) => Err(e),
        };
    }
    let send = rt.getattr(it, "send")?;
    match rt.call(&send, &[sent], &[]) {
        Ok(v) => Ok(Delegated::Yielded(v)),
        Err(e) if rt.exc_matches(&e, "StopIteration") => {
            let v = rt.getattr(&e.0, "value")?;
            Ok(Delegated::Done(v))
        }
        Err(e) => Err(e),
    }
}

fn stop_iteration(rt: &mut Runtime, v: Value) -> Exc {
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

fn gen_send(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let v = args.get(1).cloned().unwrap_or(Value::NONE);
    match resume(rt, &args[0], v, None)? {
        Delegated::Yielded(v) => Ok(v),
        Delegated::Done(v) => Err(stop_iteration(rt, v)),
    }
}

fn gen_throw(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let Some(e) = args.get(1) else {
        return Err(rt.type_error("throw expected at least 1 argument, got 0"));
    };
    let mut e = crate::call::make_exception(rt, e)?;
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

fn gen_close(rt: &mut Runtime, args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let st = with_state(&args[0], |g| g.state);
    if !matches!(st, Some(State::Suspended)) {
        with_state(&args[0], |g| g.state = State::Done);
        return Ok(Value::NONE);
    }
    let ge = rt.exc_with_args("GeneratorExit", vec![]);
    match resume(rt, &args[0], Value::NONE, Some(ge)) {
        Ok(Delegated::Yielded(_)) => {
            Err(rt.new_exc("RuntimeError", "generator ignored GeneratorExit"))
        }
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
    let q = with_state(&args[0], |g| g.qualname.clone()).unwrap_or(Value::NONE);
    let q = rt.str_string(&q)?;
    Ok(rt.new_string(format!("<generator object {} at {:#x}>", q, args[0].id())))
}

/// Attributes of generator objects.
fn native_attr(rt: &mut Runtime, v: &Value, name: &str) -> Option<Value> {
    let (q, state, code) = with_state(v, |g| (g.qualname.clone(), g.state, g.code.clone()))?;
    Some(match name {
        "__qualname__" => q,
        "__name__" => rt.new_str(&code.code.name),
        "gi_running" => Value::bool(state == State::Running),
        "gi_suspended" => Value::bool(state == State::Suspended),
        "gi_frame" => {
            if state == State::Done {
                Value::NONE
            } else {
                rt.new_str("<frame>")
            }
        }
        "gi_code" => Value::from_obj(Obj::new(Kind::Code(code))),
        "gi_yieldfrom" => Value::NONE,
        _ => return None,
    })
}

pub fn init(rt: &mut Runtime) {
    rt.hooks.native_attr = native_attr;
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
}
