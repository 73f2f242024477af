//! Generator steps run inside their caller's loop. A `for` over a plain generator,
//! `next(g)`, `g.send(v)` / `g.__next__()`, and a `yield from` / `await` of a generator or
//! coroutine do not start a new run of the interpreter for each step (as a step asked for
//! from Rust does, through generator::resume): the loop pushes the generator's frame onto
//! its own frame stack with `ret_dst` GEN_RETURN and the generator object as the frame's
//! `init_self`, and moves the saved registers onto its register stack. At the frame's
//! `yield` they move back; the asking instruction gets the value (a `yield from` yields it
//! in turn, and is run again when resumed, as in CPython's SEND). Its return ends the
//! `for`, gives `next`'s default or raises StopIteration at the call, or gives the
//! `yield from` its value; an exception leaving it finishes the generator and is raised at
//! the asking instruction. The generator's state (running, suspended, done), its own
//! handled exception and the recursion depth change exactly as in generator::resume.

use std::rc::Rc;

use molt_builtins::object::{CodeObject, Exc};
use molt_builtins::{Kind, Runtime, Value};
use molt_bytecode::opcodes::Instr;

use crate::generator::{with_state, GenKind, GenState, State};

/// A frame's `ret_dst` when it is a generator's step run for the `for` instruction at its
/// caller's pc.
pub(crate) const GEN_RETURN: usize = usize::MAX - 1;

/// What the loop needs to enter a generator's frame.
pub(crate) struct Entered {
    pub code: Rc<CodeObject>,
    pub globals: Value,
    pub pc: usize,
    pub base: usize,
}

/// Starts the next step of `gen`, sending it `sent`, in the caller's loop when it is a
/// generator (or with `awaitable`, a coroutine) ready to run: created (and sent None) or
/// suspended, and not at the recursion limit. Its registers move to `stack[*sp..]` (whose
/// slots are unbound) and `*sp` moves past them. Otherwise `sent` comes back and nothing
/// has changed: generator::resume deals with the rest (errors included).
#[inline]
pub(crate) fn enter(
    rt: &mut Runtime,
    gen: &Value,
    sent: Value,
    awaitable: bool,
    stack: &mut Vec<Value>,
    sp: &mut usize,
) -> Result<Entered, Value> {
    let Some(Kind::Native(_, d)) = gen.kind() else {
        return Err(sent);
    };
    let mut d = d.borrow_mut();
    let Some(g) = d.downcast_mut::<GenState>() else {
        return Err(sent);
    };
    let kind_ok = match g.kind {
        GenKind::Generator => true,
        GenKind::Coroutine => awaitable,
        GenKind::AsyncGenerator => false,
    };
    let state_ok = match g.state {
        State::Created => sent.is_none(),
        State::Suspended => true,
        State::Running | State::Done => false,
    };
    let nregs = g.code.code.nregs as usize;
    if !kind_ok || !state_ok || rt.depth >= rt.recursion_limit || g.regs.len() < nregs {
        return Err(sent);
    }
    let base = *sp;
    crate::interp_support::alloc_regs(stack, sp, base + nregs);
    // (Swapped, not copied: the saved slots are left unbound, and no count changes. One
    // slice swap: a block move, not a loop over values.)
    stack[base..base + nregs].swap_with_slice(&mut g.regs[..nregs]);
    let mut pc = g.pc;
    if g.state == State::Suspended {
        // (The value sent is what the `yield` gives, or what goes on to the delegate.)
        match g.code.code.instrs[pc] {
            Instr::Yield { dst, .. } => {
                stack[base + dst.idx()] = sent;
                pc += 1;
            }
            Instr::YieldFrom { dst, .. } => stack[base + dst.idx()] = sent,
            _ => {}
        }
    }
    g.state = State::Running;
    rt.depth += 1;
    // The generator sees its own handled exception, else its caller's. The caller's slot
    // waits in the generator's (`handled` is Some while it runs) until the step ends; when
    // neither has one (the usual case) there is nothing to set aside.
    if crate::generator::handled_to_set_aside(rt, &g.handled) {
        let caller_handled = rt.current_exception();
        rt.handled_base.push(caller_handled);
        let own = g.handled.take().unwrap_or(Value::NONE);
        g.handled = Some(std::mem::replace(&mut rt.handled, own));
    }
    Ok(Entered {
        code: g.code.clone(),
        globals: g.globals.clone(),
        pc,
        base,
    })
}

/// Puts back the caller's handled exception at the end of a step, returning the
/// generator's own.
fn restore_handled(rt: &mut Runtime, g: &mut GenState) -> Value {
    match g.handled.take() {
        Some(caller_slot) => {
            let own = std::mem::replace(&mut rt.handled, caller_slot);
            rt.handled_base.pop();
            own
        }
        // (Nothing was set aside: the caller had no handled exception.)
        None => std::mem::replace(&mut rt.handled, Value::NONE),
    }
}

/// The generator's frame (registers `stack[base..]`) yields at `pc`: its registers move
/// back into the generator, which is suspended there. (The caller pops the frame; the
/// recursion depth drops here.)
pub(crate) fn suspend(rt: &mut Runtime, gen: &Value, stack: &mut [Value], base: usize, pc: usize) {
    with_state(gen, |g| {
        // (`enter` made sure the saved slots cover the registers.)
        let nregs = (g.code.code.nregs as usize).min(g.regs.len());
        stack[base..base + nregs].swap_with_slice(&mut g.regs[..nregs]);
        g.pc = pc;
        g.state = State::Suspended;
        let own = restore_handled(rt, g);
        g.handled = (!own.is_none()).then_some(own);
    });
    rt.depth -= 1;
}

/// The generator's frame returned or raised (and was popped, the recursion depth dropped,
/// its registers freed): the generator is done.
pub(crate) fn finish(rt: &mut Runtime, gen: &Value) {
    with_state(gen, |g| {
        g.state = State::Done;
        restore_handled(rt, g);
        // (Its saved slots are all unbound: the allocation is let go now.)
        g.regs = Vec::new();
    });
}

/// `finish` for a frame that raised `e`: what its caller raises (a StopIteration leaving
/// the generator becomes RuntimeError).
pub(crate) fn finish_raised(rt: &mut Runtime, gen: &Value, e: Exc) -> Exc {
    finish(rt, gen);
    let kind = with_state(gen, |g| g.kind).unwrap_or(GenKind::Generator);
    crate::generator::leaving_exception(rt, kind, e)
}
