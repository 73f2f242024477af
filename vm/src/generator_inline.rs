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
//! A generator suspended in a `yield from` of another generator has its frame left out of
//! the step, which enters the innermost generator's frame instead (see `enter`).

use molt_builtins::object::Exc;
use molt_builtins::{Kind, Runtime, Value};
use molt_bytecode::opcodes::Instr;

use crate::frame::FrameStack;
use crate::generator::{with_state, GenKind, GenState, State};

/// A frame's `ret_dst` when it is a generator's step run for the `for` instruction at its
/// caller's pc.
pub(crate) const GEN_RETURN: usize = usize::MAX - 1;

/// A generator's frame just pushed onto the loop's frame stack (its code and globals are
/// the new top frame's): where its registers start and the instruction to run.
pub(crate) struct Entered {
    pub pc: usize,
    pub base: usize,
}

/// Whether a step of `g`, sent `sent`, can run in the caller's loop: `g` is a generator
/// (or with `awaitable`, a coroutine) ready to run, created (and sent None) or suspended,
/// and the recursion limit is not reached.
#[inline(always)]
fn can_enter(rt: &Runtime, g: &GenState, sent: &Value, awaitable: bool) -> bool {
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
    kind_ok
        && state_ok
        && rt.depth < rt.recursion_limit
        && g.regs.len() >= g.code.code.nregs as usize
}

/// The delegate of `g` when `g` is suspended in a `yield from` / `await` of a generator or
/// coroutine and its frame may be left out of the step: it would only pass the value sent
/// on and the value yielded back. (Not when a handled exception is in view: the frame
/// would change which one `sys.exception()` shows.)
#[inline(always)]
fn bypassable_delegate(rt: &Runtime, g: &GenState) -> Option<Value> {
    if g.state != State::Suspended {
        return None;
    }
    let Instr::YieldFrom { iter, .. } = g.code.code.instrs[g.pc] else {
        return None;
    };
    if g.handled.is_some() || crate::generator::handled_to_set_aside(rt, &None) {
        return None;
    }
    let d = &g.regs[iter.idx()];
    matches!(d.kind(), Some(Kind::Native(..))).then(|| d.clone())
}

/// Marks `g` running a step (its frame entered, or left out with `delegator` above it).
#[inline(always)]
fn mark_running(rt: &mut Runtime, g: &mut GenState, delegator: Option<Value>) {
    g.state = State::Running;
    // (None already, unless running: no write, and no drop of the old value, for the
    // usual step.)
    if delegator.is_some() {
        // (Replacing None, as a generator that is not running has no delegator:
        // nothing to drop.)
        debug_assert!(g.delegator.is_none());
        std::mem::forget(std::mem::replace(&mut g.delegator, delegator));
    }
    rt.depth += 1;
}

/// Takes `g`'s delegator (None unless a step left its frame out: read before written).
#[inline(always)]
fn take_delegator(g: &mut GenState) -> Option<Value> {
    if g.delegator.is_some() {
        g.delegator.take()
    } else {
        None
    }
}

/// Moves `g`'s registers to `stack[*sp..]` (whose slots are unbound), `*sp` past them,
/// gives `resume` (the value sent, when the frame resumes at a `yield` or `yield from`) to
/// the instruction it is suspended at, and pushes its frame (asked for by the caller's
/// instruction at `caller_pc`; `owner` is the generator whose frame it is).
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn enter_frame(
    rt: &mut Runtime,
    g: &mut GenState,
    resume: Option<Value>,
    stack: &mut Vec<Value>,
    sp: &mut usize,
    frames: &mut FrameStack,
    caller_pc: usize,
    owner: Value,
) -> Entered {
    let nregs = g.code.code.nregs as usize;
    let base = *sp;
    crate::interp_support::alloc_regs(stack, sp, base + nregs);
    // (Swapped, not copied: the saved slots are left unbound, and no count changes. One
    // slice swap: a block move, not a loop over values.)
    stack[base..base + nregs].swap_with_slice(&mut g.regs[..nregs]);
    let mut pc = g.pc;
    if let Some(sent) = resume {
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
    // The generator sees its own handled exception, else its caller's. The caller's slot
    // waits in the generator's (`handled` is Some while it runs) until the step ends; when
    // neither has one (the usual case) there is nothing to set aside.
    if crate::generator::handled_to_set_aside(rt, &g.handled) {
        let caller_handled = rt.current_exception();
        rt.handled_base.push(caller_handled);
        let own = g.handled.take().unwrap_or(Value::NONE);
        g.handled = Some(std::mem::replace(&mut rt.handled, own));
    }
    // (The frame's code and globals are cloned only when the frame slot held others.)
    frames.push_call(
        caller_pc,
        &g.code,
        &g.globals,
        base,
        GEN_RETURN,
        Some(owner),
    );
    Entered { pc, base }
}

/// Starts the next step of `gen`, sending it `sent`, in the caller's loop when it is a
/// generator (or with `awaitable`, a coroutine) ready to run: created (and sent None) or
/// suspended, and not at the recursion limit. Its registers move to `stack[*sp..]` (whose
/// slots are unbound) and `*sp` moves past them. Otherwise `sent` comes back and nothing
/// has changed: generator::resume deals with the rest (errors included).
///
/// A generator suspended in a `yield from` of another generator is not entered: the step
/// goes down the chain of delegation to the innermost generator that is not, and enters
/// that one's frame (`Entered::inner`), with `sent`. The generators in between are marked
/// running (and counted in the recursion depth) as if their frames ran, and each names
/// the one above it in `delegator`; their frames are entered only when the one below
/// returns or raises (`reenter_returned`, `reenter`), and put back as suspended
/// when it yields (`suspend`). Each frame left out would only have passed the value down
/// and back up (CPython's SEND and YIELD_VALUE): a step through a chain of depth `d` moves
/// one frame's registers instead of `d`.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
pub(crate) fn enter(
    rt: &mut Runtime,
    gen: &Value,
    sent: Value,
    awaitable: bool,
    stack: &mut Vec<Value>,
    sp: &mut usize,
    frames: &mut FrameStack,
    caller_pc: usize,
) -> Result<Entered, Value> {
    let Some(Kind::Native(_, d)) = gen.kind() else {
        return Err(sent);
    };
    let mut d = d.borrow_mut();
    let Some(g) = d.downcast_mut::<GenState>() else {
        return Err(sent);
    };
    if !can_enter(rt, g, &sent, awaitable) {
        return Err(sent);
    }
    if let Some(inner) = bypassable_delegate(rt, g) {
        mark_running(rt, g, None);
        drop(d);
        return Ok(enter_chain(
            rt, gen, inner, sent, stack, sp, frames, caller_pc,
        ));
    }
    let resume = (g.state == State::Suspended).then_some(sent);
    let entered = enter_frame(rt, g, resume, stack, sp, frames, caller_pc, gen.clone());
    mark_running(rt, g, None);
    Ok(entered)
}

/// `enter` for `outer`, suspended in a `yield from` of `first` and marked running with its
/// frame left out: goes down the chain.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn enter_chain(
    rt: &mut Runtime,
    outer: &Value,
    first: Value,
    sent: Value,
    stack: &mut Vec<Value>,
    sp: &mut usize,
    frames: &mut FrameStack,
    caller_pc: usize,
) -> Entered {
    // The innermost generator left out so far (taken when the next one is marked
    // running, which then holds it), and the one below it.
    let mut above = Some(outer.clone());
    let mut cur = first;
    loop {
        let step = with_state(&cur, |g| {
            if !can_enter(rt, g, &sent, true) {
                return None;
            }
            Some(match bypassable_delegate(rt, g) {
                Some(inner) => {
                    mark_running(rt, g, above.take());
                    Ok(inner)
                }
                None => {
                    let resume = (g.state == State::Suspended).then(|| sent.clone());
                    let owner = cur.clone();
                    let entered = enter_frame(rt, g, resume, stack, sp, frames, caller_pc, owner);
                    mark_running(rt, g, above.take());
                    Err(entered)
                }
            })
        })
        .flatten();
        match step {
            Some(Ok(inner)) => above = Some(std::mem::replace(&mut cur, inner)),
            Some(Err(entered)) => return entered,
            // `cur` cannot run in this loop (or is not a generator): the frame of the
            // generator above it runs after all, and its `yield from` deals with `cur`.
            None => {
                let above = above.expect("the generator above");
                let owner = above.clone();
                return with_state(&above, |g| {
                    enter_frame(rt, g, Some(sent), stack, sp, frames, caller_pc, owner)
                })
                .expect("a generator");
            }
        }
    }
}

/// The frame of `outer`, left out of a step (see `enter`), is entered because the
/// generator it delegates to returned `v`: the `yield from` gives `v`, and the frame goes
/// on after it.
pub(crate) fn reenter_returned(
    rt: &mut Runtime,
    outer: &Value,
    v: Value,
    stack: &mut Vec<Value>,
    sp: &mut usize,
    frames: &mut FrameStack,
    caller_pc: usize,
) -> Entered {
    let mut entered = reenter(rt, outer, stack, sp, frames, caller_pc);
    let code = &frames.last().expect("the frame entered").code;
    if let Instr::YieldFrom { dst, target, .. } = code.code.instrs[entered.pc] {
        stack[entered.base + dst.idx()] = v;
        entered.pc = target.0 as usize;
    }
    entered
}

/// Enters the frame of `outer`, left out of a step (see `enter`), at its `yield from`
/// (`Entered::pc`), because the generator it delegates to returned (`reenter_returned`)
/// or raised (the caller raises the exception there).
pub(crate) fn reenter(
    rt: &mut Runtime,
    outer: &Value,
    stack: &mut Vec<Value>,
    sp: &mut usize,
    frames: &mut FrameStack,
    caller_pc: usize,
) -> Entered {
    let owner = outer.clone();
    with_state(outer, |g| {
        enter_frame(rt, g, None, stack, sp, frames, caller_pc, owner)
    })
    .expect("a generator")
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
/// back into the generator, which is suspended there, and so are the generators whose
/// frames were left out above it (see `enter`). (The caller pops the frame; the recursion
/// depth drops here.)
pub(crate) fn suspend(rt: &mut Runtime, gen: &Value, stack: &mut [Value], base: usize, pc: usize) {
    let delegator = with_state(gen, |g| {
        // (`enter` made sure the saved slots cover the registers.)
        let nregs = (g.code.code.nregs as usize).min(g.regs.len());
        stack[base..base + nregs].swap_with_slice(&mut g.regs[..nregs]);
        g.pc = pc;
        g.state = State::Suspended;
        let own = restore_handled(rt, g);
        g.handled = (!own.is_none()).then_some(own);
        take_delegator(g)
    })
    .flatten();
    rt.depth -= 1;
    if let Some(d) = delegator {
        suspend_left_out(rt, d);
    }
}

/// Puts back as suspended (in their `yield from`, as they were) the generators whose
/// frames were left out of a step, from `d` up.
#[inline(never)]
fn suspend_left_out(rt: &mut Runtime, d: Value) {
    let mut next = Some(d);
    while let Some(d) = next {
        next = with_state(&d, |g| {
            g.state = State::Suspended;
            take_delegator(g)
        })
        .flatten();
        rt.depth -= 1;
    }
}

/// The generator's frame returned or raised (and was popped, the recursion depth dropped,
/// its registers freed): the generator is done. Gives the generator whose frame was left
/// out above it, if any: its frame is to be entered next (`reenter_returned` /
/// `reenter`).
pub(crate) fn finish(rt: &mut Runtime, gen: &Value) -> Option<Value> {
    with_state(gen, |g| {
        g.state = State::Done;
        restore_handled(rt, g);
        // (Its saved slots are all unbound: the allocation is let go now.)
        g.regs = Vec::new();
        take_delegator(g)
    })
    .flatten()
}

/// `finish` for a frame that raised `e`: what is raised above it (a StopIteration leaving
/// the generator becomes RuntimeError), and the generator whose frame was left out above.
pub(crate) fn finish_raised(rt: &mut Runtime, gen: &Value, e: Exc) -> (Exc, Option<Value>) {
    let delegator = finish(rt, gen);
    let kind = with_state(gen, |g| g.kind).unwrap_or(GenKind::Generator);
    (crate::generator::leaving_exception(rt, kind, e), delegator)
}
