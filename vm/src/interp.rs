//! The interpreter loop: one dispatch loop over register instructions. A Python-to-Python
//! call pushes a frame onto this run's register stack and continues in the same loop (no
//! Rust recursion), so deep recursion ends in RecursionError, not a native overflow.
//! Exceptions unwind through each code object's exception table.

use molt_builtins::dict::{self, Dict};
use molt_builtins::object::Exc;
use molt_builtins::ops::cmp::CmpOp;
use molt_builtins::ops::num::{int_from_i64, small_int_op};
use molt_builtins::{Kind, Obj, PyResult, Runtime, Value};
use molt_bytecode::code::flags;
use molt_bytecode::opcodes::{BinOp, Imm, Instr};

use crate::frame::{Frame, FrameStack, Popped};
use crate::generator_inline::GEN_RETURN;

/// How a run of the loop ended.
pub enum Exit {
    Return(Value),
    /// A generator frame yielded: its registers and where to resume.
    Yield {
        value: Value,
        regs: Vec<Value>,
        pc: usize,
    },
}

use crate::interp_support::*;

/// Runs `frame` (whose registers are `regs`) until it returns or yields.
pub fn run(rt: &mut Runtime, frame: Frame, regs: Vec<Value>) -> PyResult<Exit> {
    run_with(rt, frame, regs, None, None)
}

/// Like `run`, raising `inject` at the frame's current instruction first (generator throw).
/// With a `sink`, the values the frame yields are offered to it, and while it takes them
/// the frame goes on as if resumed with None; one it gives back is yielded (a generator
/// consumed by `list(g)` or `sum(g)`, see `Runtime::feed`).
pub fn run_with(
    rt: &mut Runtime,
    frame: Frame,
    regs: Vec<Value>,
    inject: Option<Exc>,
    sink: Option<molt_builtins::runtime::Consumer>,
) -> PyResult<Exit> {
    rt.native_depth += 1;
    if rt.native_depth > 200 + rt.recursion_limit / 4 && rt.native_depth > 400 {
        rt.native_depth -= 1;
        return Err(rt.new_exc("RecursionError", "maximum recursion depth exceeded"));
    }
    let r = run_inner(rt, frame, regs, inject, sink);
    rt.native_depth -= 1;
    r
}

/// Gives a finished run's register stack back to the runtime's pool, emptied (its values
/// released first: a `__del__` they run may itself take a stack from the pool).
fn recycle_stack(rt: &mut Runtime, mut stack: Vec<Value>) {
    stack.clear();
    if rt.stack_pool.len() < 16 && stack.capacity() <= 1024 {
        rt.stack_pool.push(stack);
    }
}

fn run_inner(
    rt: &mut Runtime,
    entry: Frame,
    regs: Vec<Value>,
    inject: Option<Exc>,
    mut sink: Option<molt_builtins::runtime::Consumer>,
) -> PyResult<Exit> {
    let mut pending = inject;
    let mut stack: Vec<Value> = regs;
    // Registers in use: `stack[..sp]`; slots above are unbound and reused by calls. (The
    // entry frame's own registers, not the stack's length: a generator's saved stack keeps
    // the slots its calls used, and starting above them would grow it at every resume.)
    let mut sp = entry.base + entry.code.code.nregs as usize;
    // (And `regs::PAD` registers past them: see crate::regs.)
    if stack.len() < sp + crate::regs::PAD {
        stack.resize(sp + crate::regs::PAD, Value::UNBOUND);
    }
    let mut frames;
    let mut code = crate::code_ref::CodeRef::new(&entry.code);
    let mut base = entry.base;
    let mut pc = entry.pc;
    let mut globals = entry.globals.clone();
    frames = FrameStack::new(rt, entry);
    // A re-raise keeps the traceback as it is; a fresh raise records the current frame.
    let mut reraise;

    // A register of the current frame, read (`reg!`) or written (`reg_mut!`), without a
    // bounds check (see crate::regs for why every index is in bounds).
    macro_rules! reg {
        ($r:expr) => {
            (*crate::regs::get(&stack, base + $r.idx()))
        };
    }
    macro_rules! reg_mut {
        ($r:expr) => {
            (*crate::regs::get_mut(&mut stack, base + $r.idx()))
        };
    }

    'outer: loop {
        reraise = false;
        let err: Exc = 'inner: loop {
            macro_rules! t {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break 'inner e,
                    }
                };
            }
            if pending.is_some() {
                if let Some(e) = pending.take() {
                    break 'inner e;
                }
            }
            // The current frame's instructions, fetched once per frame switch (here, or
            // where a call or return switches frames and goes on in 'dispatch).
            let mut instrs: &[Instr] = code.instrs();
            // (Its attribute caches, made when the code first runs: fetched here once per
            // frame switch, not at every attribute instruction.)
            let mut caches = code.caches();
            'dispatch: loop {
                // Enters the frame just set up for Python function `fo` at `newbase`.
                macro_rules! switch_to {
                    ($fo:expr, $newbase:expr, $dst:expr, $init:expr) => {{
                        switch_to_ret!($fo, $newbase, $dst.idx(), $init)
                    }};
                }
                // (`switch_to` with the caller's register, or DUNDER_RETURN, as a number.)
                macro_rules! switch_to_ret {
                    ($fo:expr, $newbase:expr, $ret:expr, $init:expr) => {{
                        switch_to_at!($fo, $newbase, $ret, $init, 0)
                    }};
                }
                // (`switch_to_ret` going on in the frame at instruction `$start`.)
                macro_rules! switch_to_at {
                    ($fo:expr, $newbase:expr, $ret:expr, $init:expr, $start:expr) => {{
                        let fo = $fo;
                        frames.push_call(pc, &fo.code, &fo.globals, $newbase, $ret, $init);
                        if !code.is(&fo.code) {
                            code = crate::code_ref::CodeRef::new(&fo.code);
                            instrs = code.instrs();
                            caches = code.caches();
                        }
                        if !globals.is(&fo.globals) {
                            globals = fo.globals.clone();
                        }
                        base = $newbase;
                        pc = $start;
                        continue 'dispatch;
                    }};
                }
                // Enters the frame just set up for Python function `fo` at `newbase`, for
                // a call whose result goes to `dst`: a leaf's body run first where it is
                // (see crate::leaf_call), the frame pushed only when it stops short.
                macro_rules! enter_frame {
                    ($fo:expr, $newbase:expr, $dst:expr) => {{
                        let fo: &molt_builtins::object::Function = $fo;
                        if crate::leaf_call::is_leaf(&fo.code) {
                            enter_leaf!(fo, $newbase, $dst);
                        }
                        switch_to!(fo, $newbase, $dst, None)
                    }};
                }
                // (`enter_frame` for a function whose code is known to be a leaf.)
                macro_rules! enter_leaf {
                    ($fo:expr, $newbase:expr, $dst:expr) => {{
                        let fo: &molt_builtins::object::Function = $fo;
                        let newbase: usize = $newbase;
                        let (code_obj, fg) = (&fo.code, &fo.globals);
                        match crate::leaf_call::run(rt, code_obj, fg, &mut stack, newbase) {
                            crate::leaf_call::Leaf::Returned(v) => {
                                rt.depth -= 1;
                                free_regs(&mut stack, &mut sp, newbase);
                                reg_mut!($dst) = v;
                                pc += 1;
                                continue 'dispatch;
                            }
                            crate::leaf_call::Leaf::Stopped(at) => {
                                switch_to_at!(fo, newbase, $dst.idx(), None, at)
                            }
                        }
                    }};
                }
                // Continues in the generator frame that generator_inline::enter has just
                // pushed (`$g`): a step asked for by the instruction at `pc`.
                macro_rules! switch_to_gen {
                    ($g:expr) => {{
                        let g: crate::generator_inline::Entered = $g;
                        let f = frames.last().expect("the generator's frame");
                        if !code.is(&f.code) {
                            code = crate::code_ref::CodeRef::new(&f.code);
                        }
                        if !globals.is(&f.globals) {
                            globals = f.globals.clone();
                        }
                        base = g.base;
                        pc = g.pc;
                        continue 'inner;
                    }};
                }
                // A step of generator `$gen`, sent `$sent`, run in this loop when it can be
                // (see generator_inline::enter); otherwise gives `$sent` back.
                macro_rules! gen_step {
                    ($gen:expr, $sent:expr, $awaitable:expr) => {{
                        match crate::generator_inline::enter(
                            rt,
                            $gen,
                            $sent,
                            $awaitable,
                            &mut stack,
                            &mut sp,
                            &mut frames,
                            pc,
                        ) {
                            Ok(g) => switch_to_gen!(g),
                            Err(sent) => sent,
                        }
                    }};
                }
                // `x <op> y` on two instances of one class whose operator method is a Python
                // function: the method runs in this loop, and its result goes where the
                // operator instruction says when it returns (see `dunder_result`).
                macro_rules! dunder_call {
                    ($x:expr, $y:expr, $name:expr) => {{
                        if let Some(f) = same_class_dunder(
                            rt,
                            crate::code_fetch::site(caches, pc),
                            &$x,
                            &$y,
                            $name,
                        ) {
                            if let Some(Kind::Function(fo)) = f.kind() {
                                let args = [$x.clone(), $y.clone()];
                                let newbase =
                                    t!(enter_function(rt, &mut stack, &mut sp, fo, &args, &[]));
                                switch_to_ret!(fo, newbase, DUNDER_RETURN, None);
                            }
                        }
                    }};
                }
                // `x <op> y` for an arithmetic operator: as `dunder_call`, and also for an
                // instance and an inline scalar (see `scalar_dunder`).
                macro_rules! arith_dunder_call {
                    ($x:expr, $y:expr, $op:expr) => {{
                        let (fwd, refl, _) = $op.dunders();
                        dunder_call!($x, $y, fwd);
                        let site = crate::code_fetch::site(caches, pc);
                        if let Some((f, swapped)) = scalar_dunder(rt, site, &$x, &$y, fwd, refl) {
                            if let Some(Kind::Function(fo)) = f.kind() {
                                let args = if swapped {
                                    [$y.clone(), $x.clone()]
                                } else {
                                    [$x.clone(), $y.clone()]
                                };
                                let newbase =
                                    t!(enter_function(rt, &mut stack, &mut sp, fo, &args, &[]));
                                switch_to_ret!(fo, newbase, DUNDER_RETURN, None);
                            }
                        }
                    }};
                }
                // Continues at instruction `$to`. A backward jump (every loop has one,
                // conditional or not) counts a tick, and at one in `LOOP_CHECK_EVERY`,
                // or every one under an embedder's limits (see `Runtime::loop_ticks`),
                // checks the limits, signals and a due collection (a loop that makes
                // objects without calling anything, a comprehension, is collected as it
                // goes). What they raise is raised at the jump, outside a `try` that the
                // loop's body may begin with.
                macro_rules! back_edge_check {
                    ($to:expr) => {{
                        let to: usize = $to;
                        if rt.loop_ticks > 1 {
                            rt.loop_ticks -= 1;
                        } else if let Err((e, at_target)) = loop_check(rt, pc, to) {
                            if at_target {
                                pc = to;
                            }
                            break 'inner e;
                        }
                    }};
                }
                macro_rules! jump {
                    ($to:expr) => {{
                        let to: usize = $to;
                        if to <= pc {
                            back_edge_check!(to);
                        }
                        pc = to;
                        continue;
                    }};
                }
                // `R[dst] := o.name` when the site's cache did not answer at once (the
                // rest of `LoadAttr`, and of `ReturnAttr`): a property with a Python getter
                // runs in this loop, returning to `dst`.
                macro_rules! load_attr_slow {
                    ($dst:expr, $o:expr, $name:expr, $site:expr) => {{
                        let (dst, o, ni) = ($dst, $o, $name.0 as usize);
                        if let Some(Kind::Native(..)) = o.kind() {
                            refresh_if_frame(rt, o, &code.code.names[ni], &mut frames, pc, &stack);
                        }
                        let cache = crate::code_fetch::site_at(caches, pc, $site);
                        let loaded = t!(crate::attr_cache::load_attr(
                            rt,
                            cache,
                            o,
                            &code.names[ni],
                            &code.code.names[ni]
                        ));
                        match loaded {
                            crate::attr_cache::Loaded::Value(v) => reg_mut!(dst) = v,
                            // A property with a Python getter: it runs in this loop.
                            crate::attr_cache::Loaded::Getter(g) => {
                                if let Some(Kind::Function(fo)) = g.kind() {
                                    let o = o.clone();
                                    let newbase =
                                        t!(enter_with_self(rt, &mut stack, &mut sp, fo, &o, 0, 0));
                                    switch_to!(fo, newbase, dst, None);
                                }
                            }
                        }
                    }};
                }
                // A comparison instruction storing its result.
                macro_rules! compare_into {
                    ($dst:expr, $a:expr, $b:expr, $op:expr) => {{
                        if let Some(t) = fast_compare(&reg!($a), &reg!($b), $op) {
                            reg_mut!($dst) = Value::bool(t);
                        } else {
                            let (x, y) = (reg!($a).clone(), reg!($b).clone());
                            dunder_call!(x, y, $op.dunder());
                            // (fast_compare already declined these operands.)
                            reg_mut!($dst) = t!(rt.rich_compare(&x, &y, $op));
                        }
                    }};
                }
                // A call of the plain Python function in register `$f` (see
                // `plain_callee`) with the `$n` arguments from `stack[$a0]`: its frame is
                // set up with the function read where it is, in the caller's registers (no
                // count changes), and entered. Anything else goes on past this.
                macro_rules! enter_plain {
                    ($f:expr, $a0:expr, $n:expr, $dst:expr) => {{
                        let (fi, a0, n) = (base + $f.idx(), $a0, $n);
                        if let Some(nregs) = exact_callee(&reg!($f), n) {
                            let newbase = t!(enter_exact(rt, &mut stack, &mut sp, nregs, a0, n));
                            if let Some(Kind::Function(fo)) = reg!($f).kind() {
                                if !crate::leaf_call::is_leaf(&fo.code) {
                                    switch_to!(fo, newbase, $dst, None);
                                }
                            }
                            // (A leaf, run with the function held apart from the stack.)
                            let f = reg!($f).clone();
                            if let Some(Kind::Function(fo)) = f.kind() {
                                enter_leaf!(fo, newbase, $dst);
                            }
                        }
                        if let Some(nregs) = plain_callee(&reg!($f), n) {
                            let newbase = sp;
                            alloc_regs(&mut stack, &mut sp, newbase + nregs);
                            let (caller, callee) = stack.split_at_mut(newbase);
                            if let Some(Kind::Function(fo)) = caller[fi].kind() {
                                if let Err(e) = bind_positional(rt, fo, &caller[a0..a0 + n], callee)
                                {
                                    sp = newbase;
                                    break 'inner e;
                                }
                                switch_to!(fo, newbase, $dst, None);
                            }
                        }
                    }};
                }
                // The body of `Call`, shared with `CallGlobal` (each checks the call
                // boundary for the collector and finalizers first).
                macro_rules! do_call {
                    ($dst:expr, $func:expr, $argc:expr) => {{
                        let f = reg!($func).clone();
                        do_call!($dst, $func, $argc, f)
                    }};
                    // With the callee `$f` in hand (`CallGlobal` does not store it in its
                    // register: only the arguments after it are read).
                    ($dst:expr, $func:expr, $argc:expr, $f:expr) => {{
                        let (dst, func, argc) = ($dst, $func, $argc);
                        let f: Value = $f;
                        let a0 = base + func.idx() + 1;
                        let n = argc.0 as usize;
                        if let Some(Kind::Function(fo)) = f.kind() {
                            if fo.code.code.flags & flags::RESUMABLE == 0 {
                                // Push a frame and continue in this loop.
                                let newbase =
                                    t!(enter_positional(rt, &mut stack, &mut sp, fo, a0, n));
                                switch_to!(fo, newbase, dst, None);
                            }
                        }
                        if let Some(Kind::Builtin(b)) = f.kind() {
                            // The few builtins the loop calls in a form of its own (`len`,
                            // `isinstance`...), before the checks below for other names.
                            if b.fast != 0 && b.bound.is_none() {
                                if let Some(r) = fast_builtin_call(rt, b.fast, &stack[a0..a0 + n]) {
                                    reg_mut!(dst) = t!(r);
                                    pc += 1;
                                    continue;
                                }
                            }
                            // `next(g)` / `next(g, default)` of a plain generator: its step
                            // runs in this loop (see generator_inline).
                            if (n == 1 || n == 2)
                                && b.name == "next"
                                && b.owner.is_none()
                                && b.bound.is_none()
                            {
                                let gen = stack[a0].clone();
                                gen_step!(&gen, Value::NONE, false);
                            }
                            // Another plain builtin function (`abs`, `id`...): called
                            // directly with the arguments in place.
                            if b.owner.is_none()
                                && b.bound.is_none()
                                && !b.check_self
                                && !crate::frame_builtins::needs_frame(b.name)
                            {
                                let r = t!(call_builtin_direct(rt, b, &stack[a0..a0 + n]));
                                reg_mut!(dst) = r;
                                pc += 1;
                                continue;
                            }
                            frames.last_mut().expect("frame").pc = pc;
                            set_frame_scope(rt, &f, &mut frames, pc, &stack, &globals);
                        }
                        // `super().name(...)`: the function past the class in self's MRO,
                        // with self, straight into the method call's registers (no super
                        // object is made).
                        if n == 2 && f.is(&rt.types.super_) {
                            if let Some(Instr::LoadMethod {
                                base: mb,
                                obj,
                                name,
                                ..
                            }) = instrs.get(pc + 1).copied()
                            {
                                let ni = name.0 as usize;
                                let found = if obj == dst {
                                    crate::attr_cache::load_super_method_of(
                                        rt,
                                        &stack[a0],
                                        &stack[a0 + 1],
                                        &code.names[ni],
                                        &code.code.names[ni],
                                    )
                                } else {
                                    None
                                };
                                if let Some((m, this)) = found {
                                    reg_mut!(mb) = m;
                                    reg_mut!(mb.offset(1)) = this;
                                    pc += 2;
                                    continue;
                                }
                            }
                        }
                        // type(x).
                        if n == 1 && f.is(&rt.types.type_) {
                            let t = rt.type_of(&stack[a0]);
                            reg_mut!(dst) = t;
                            pc += 1;
                            continue;
                        }
                        // cls(...) for a plain class with a Python __init__: make the instance
                        // and run __init__ in this loop.
                        if let Some(Kind::Type(_)) = f.kind() {
                            // list(), dict(), set()...: an empty one.
                            if n == 0 {
                                if let Some(r) = builtin_type_call0(rt, &f) {
                                    reg_mut!(dst) = r;
                                    pc += 1;
                                    continue;
                                }
                            }
                            // str(x), list(x), tuple(x)...: the conversion itself.
                            if n == 1 {
                                if let Some(r) = builtin_type_call1(rt, &f, &stack[a0]) {
                                    reg_mut!(dst) = t!(r);
                                    pc += 1;
                                    continue;
                                }
                            }
                            if let Some(info) = molt_builtins::typeobj::ctor_info(rt, &f) {
                                if info.meta_call.is_none()
                                    && info.new_is_object
                                    && !info.init_is_object
                                {
                                    if let Some(init) = info.init.clone() {
                                        if let Some(Kind::Function(fo)) = init.kind() {
                                            if fo.code.code.flags & flags::RESUMABLE == 0 {
                                                let obj = t!(molt_builtins::typeobj::new_instance(
                                                    rt, &f
                                                ));
                                                let newbase = t!(enter_with_self(
                                                    rt, &mut stack, &mut sp, fo, &obj, a0, n
                                                ));
                                                switch_to!(fo, newbase, dst, Some(obj));
                                            }
                                        }
                                    }
                                }
                                // Any other class without a metaclass `__call__` (`set()`,
                                // `list(x)`, a class with `__new__`): `type.__call__` with
                                // the arguments in place.
                                if info.meta_call.is_none()
                                    && !f.is(&rt.types.type_)
                                    && !f.is(&rt.types.super_)
                                {
                                    let r = t!(molt_builtins::typeobj::type_call_with(
                                        rt,
                                        &f,
                                        info,
                                        &stack[a0..a0 + n],
                                        &[]
                                    ));
                                    reg_mut!(dst) = r;
                                    pc += 1;
                                    continue;
                                }
                            }
                        }
                        // A bound method of a Python function: run it in this loop.
                        if let Some(Kind::Method(m, slf)) = f.kind() {
                            if let Some(Kind::Function(fo)) = m.kind() {
                                if fo.code.code.flags & flags::RESUMABLE == 0 {
                                    let newbase = t!(enter_with_self(
                                        rt, &mut stack, &mut sp, fo, slf, a0, n
                                    ));
                                    switch_to!(fo, newbase, dst, None);
                                }
                            }
                        }
                        if f.is(&rt.types.type_) {
                            rt.call_globals = globals.clone();
                        }
                        if n == 0 && f.is(&rt.types.super_) {
                            break 'inner zero_arg_super_error(rt, &code.code);
                        }
                        // Other callees run outside this loop and cannot touch this stack, so
                        // the arguments are passed in place.
                        let r = t!(rt.call(&f, &stack[a0..a0 + n], &[]));
                        reg_mut!(dst) = r;
                    }};
                }
                // Frees the registers of the frame just popped (at `$base`) and continues
                // in its caller, at the caller's instruction.
                macro_rules! back_to_caller {
                    ($base:expr) => {{
                        let caller = frames.last().expect("caller");
                        back_to!(caller, $base)
                    }};
                }
                // (`back_to_caller` with the caller's frame `$caller` in hand.)
                macro_rules! back_to {
                    ($caller:expr, $base:expr) => {{
                        free_regs(&mut stack, &mut sp, $base);
                        let caller: &Frame = $caller;
                        if !code.is(&caller.code) {
                            code = crate::code_ref::CodeRef::new(&caller.code);
                        }
                        if !globals.is(&caller.globals) {
                            globals = caller.globals.clone();
                        }
                        base = caller.base;
                        pc = caller.pc;
                    }};
                }
                // A generator's frame run in this loop (see generator_inline) yields `$v`
                // at `pc`: its registers go back to the generator, and the instruction that
                // asked for the step gets the value.
                macro_rules! inline_yield {
                    ($v:expr) => {{
                        let v = $v;
                        loop {
                            let fr = frames.pop().expect("frame");
                            if let Some(g) = &fr.init_self {
                                crate::generator_inline::suspend(rt, g, &mut stack, base, pc);
                                // (Its registers went back to the generator: their slots
                                // are unbound already, with nothing to release.)
                                debug_assert!(stack[fr.base..sp].iter().all(|v| v.is_unbound()));
                                sp = fr.base;
                            }
                            back_to_caller!(fr.base);
                            match code.code.instrs[pc] {
                                Instr::ForIter { dst, iter, .. } => {
                                    // (The generator inside an `enumerate`: the pair.)
                                    let it = &stack[base + iter.idx()];
                                    let count = match it.kind() {
                                        Some(Kind::Iter(_)) => t!(rt.enumerate_advance(it)),
                                        _ => None,
                                    };
                                    match count {
                                        Some(c) => {
                                            pc = enumerate_pair(
                                                rt, &code, dst, c, v, base, &mut stack, pc,
                                            );
                                        }
                                        None => {
                                            stack[base + dst.idx()] = v;
                                            pc += 1;
                                        }
                                    }
                                    continue 'inner;
                                }
                                Instr::Call { dst, .. }
                                | Instr::CallGlobal { dst, .. }
                                | Instr::CallMethod { dst, .. } => {
                                    stack[base + dst.idx()] = v;
                                    pc += 1;
                                    continue 'inner;
                                }
                                _ => {}
                            }
                            // A `yield from` yields the value in turn.
                            if frames.last().expect("frame").ret_dst != GEN_RETURN {
                                let mut v = v;
                                if let Some(take) = sink.as_mut() {
                                    match take(v) {
                                        // (Taken: resumed at once, the `yield from` asks
                                        // again.)
                                        None => continue 'inner,
                                        Some(back) => v = back,
                                    }
                                }
                                frames.release(rt);
                                return Ok(Exit::Yield {
                                    value: v,
                                    regs: stack,
                                    pc,
                                });
                            }
                        }
                    }};
                }
                let ins = crate::code_fetch::at(instrs, pc);
                match *ins {
                    Instr::Nop {} => {}
                    Instr::LoadConst { dst, k } => {
                        reg_mut!(dst) = code.consts[k.0 as usize].clone()
                    }
                    Instr::Move { dst, src } => reg_mut!(dst) = reg!(src).clone(),
                    Instr::LoadFast { dst, src } => {
                        let v = reg!(src).clone();
                        if v.is_unbound() {
                            let n = code.code.varnames.get(src.idx()).map_or("?", |n| &**n);
                            let msg = format!("cannot access local variable '{n}' where it is not associated with a value");
                            break 'inner rt.new_exc("UnboundLocalError", &msg);
                        }
                        reg_mut!(dst) = v;
                    }
                    Instr::DeleteFast { reg } => {
                        if reg!(reg).is_unbound() {
                            let n = code.code.varnames.get(reg.idx()).map_or("?", |n| &**n);
                            let msg = format!("cannot access local variable '{n}' where it is not associated with a value");
                            break 'inner rt.new_exc("UnboundLocalError", &msg);
                        }
                        reg_mut!(reg) = Value::UNBOUND;
                    }
                    Instr::LoadGlobal { dst, name } => {
                        let ni = name.0 as usize;
                        if let Some(v) = cached_global(rt, &code, caches, ni, &globals) {
                            reg_mut!(dst) = v;
                            pc += 1;
                            continue;
                        }
                        let n = &code.names[ni];
                        reg_mut!(dst) = match load_global(rt, &globals, n) {
                            Ok(v) => v,
                            Err(_) => {
                                let nm = code.code.names[name.0 as usize].clone();
                                let regs = &stack[base..];
                                break 'inner name_error_in(
                                    rt, &nm, &code.code, &globals, None, regs,
                                );
                            }
                        };
                    }
                    Instr::Unbind { start, count } => {
                        for i in 0..count.0 as usize {
                            reg_mut!(start.offset(i)) = Value::UNBOUND;
                        }
                    }
                    Instr::ClearTemps { start, count } => {
                        for i in 0..count.0 as usize {
                            reg_mut!(start.offset(i)) = Value::NONE;
                        }
                    }
                    Instr::StoreGlobal { name, src, take } => {
                        let n = code.names[name.0 as usize].clone();
                        let v = if take.0 != 0 {
                            std::mem::replace(&mut reg_mut!(src), Value::NONE)
                        } else {
                            reg!(src).clone()
                        };
                        dict_of(&globals).borrow_mut().set_str(n, v);
                    }
                    Instr::DeleteGlobal { name } => {
                        let n = &code.code.names[name.0 as usize];
                        if dict_of(&globals).borrow_mut().del_str(n).is_none() {
                            break 'inner name_error(rt, n);
                        }
                    }
                    Instr::LoadName { dst, name } => {
                        let n = &code.names[name.0 as usize];
                        // (A comprehension inlined at the top level of exec/eval reads the
                        // locals of the frame that runs it.)
                        let local = frames
                            .iter()
                            .rev()
                            .find(|f| f.locals.is_some() || f.code.code.flags & flags::MODULE != 0)
                            .and_then(|f| f.locals.clone());
                        let mut found = None;
                        if let Some(l) = &local {
                            if let Some(Kind::Dict(d)) = l.kind() {
                                found = d.borrow().get_strv(n).cloned();
                            } else {
                                // A mapping's KeyError means "not here"; other errors
                                // propagate (a __missing__ that raised).
                                match rt.getitem(l, n) {
                                    Ok(v) => found = Some(v),
                                    Err(e) if rt.exc_matches(&e, "KeyError") => {}
                                    Err(e) => break 'inner e,
                                }
                            }
                        }
                        reg_mut!(dst) = match found {
                            Some(v) => v,
                            None => match load_global(rt, &globals, n) {
                                Ok(v) => v,
                                Err(_) => {
                                    let nm = code.code.names[name.0 as usize].clone();
                                    break 'inner name_error_in(
                                        rt,
                                        &nm,
                                        &code.code,
                                        &globals,
                                        local.as_ref(),
                                        &stack[base..],
                                    );
                                }
                            },
                        };
                    }
                    Instr::StoreName { name, src, take } => {
                        let n = code.names[name.0 as usize].clone();
                        let v = if take.0 != 0 {
                            std::mem::replace(&mut reg_mut!(src), Value::NONE)
                        } else {
                            reg!(src).clone()
                        };
                        match frames.last().and_then(|f| f.locals.clone()) {
                            Some(l) => match l.kind() {
                                Some(Kind::Dict(d)) => d.borrow_mut().set_str(n, v),
                                _ => t!(rt.setitem(&l, &n, &v)),
                            },
                            None => dict_of(&globals).borrow_mut().set_str(n, v),
                        }
                    }
                    Instr::DeleteName { name } => {
                        let n = code.code.names[name.0 as usize].clone();
                        let ns = frames
                            .last()
                            .and_then(|f| f.locals.clone())
                            .unwrap_or_else(|| globals.clone());
                        if dict_of(&ns).borrow_mut().del_str(&n).is_none() {
                            break 'inner name_error(rt, &n);
                        }
                    }
                    Instr::LoadClassDeref { dst, name, cell } => {
                        let n = &code.names[name.0 as usize];
                        let local = frames.last().and_then(|f| f.locals.clone());
                        let found = local.and_then(|l| match l.kind() {
                            Some(Kind::Dict(d)) => d.borrow().get_strv(n).cloned(),
                            _ => None,
                        });
                        reg_mut!(dst) = match found {
                            Some(v) => v,
                            None => match reg!(cell).kind() {
                                Some(Kind::Cell(c)) if !c.borrow().is_unbound() => {
                                    c.borrow().clone()
                                }
                                _ => t!(load_global(rt, &globals, n)),
                            },
                        };
                    }
                    Instr::LoadLocals { dst } => {
                        reg_mut!(dst) = frames
                            .last()
                            .and_then(|f| f.locals.clone())
                            .unwrap_or_else(|| globals.clone());
                    }
                    Instr::LoadDictOrGlobal { dst, dict, name } => {
                        let d = reg!(dict).clone();
                        reg_mut!(dst) = t!(load_dict_or_global(
                            rt,
                            &code,
                            &globals,
                            &d,
                            name.0 as usize,
                            &stack[base..]
                        ));
                    }
                    Instr::LoadDictOrDeref {
                        dst,
                        dict,
                        name,
                        cell,
                    } => {
                        let (d, c) = (reg!(dict).clone(), reg!(cell).clone());
                        reg_mut!(dst) = t!(load_dict_or_deref(rt, &code, &d, &c, name.0 as usize));
                    }
                    Instr::MakeCell { reg } => {
                        let v = std::mem::replace(&mut reg_mut!(reg), Value::NONE);
                        let c = Value::from_obj(Obj::new(Kind::Cell(std::cell::RefCell::new(v))));
                        rt.gc.track(&c);
                        reg_mut!(reg) = c;
                    }
                    Instr::LoadDeref { dst, cell } => {
                        let v = match reg!(cell).kind() {
                            // (Read without borrow bookkeeping: see crate::memo_read.)
                            Some(Kind::Cell(c)) => crate::memo_read::read(c, |v| v.clone()),
                            _ => Value::UNBOUND,
                        };
                        if v.is_unbound() {
                            let n = code.code.varnames.get(cell.idx()).map_or("?", |n| &**n);
                            let is_local = code.code.cellvars.contains(&cell);
                            let msg = if is_local {
                                format!("cannot access local variable '{n}' where it is not associated with a value")
                            } else {
                                format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope")
                            };
                            break 'inner rt.new_exc(
                                if is_local {
                                    "UnboundLocalError"
                                } else {
                                    "NameError"
                                },
                                &msg,
                            );
                        }
                        reg_mut!(dst) = v;
                    }
                    Instr::StoreDeref { cell, src } => {
                        let v = reg!(src).clone();
                        if let Some(Kind::Cell(c)) = reg!(cell).kind() {
                            *c.borrow_mut() = v;
                        }
                    }
                    Instr::DeleteDeref { cell } => {
                        if let Some(Kind::Cell(c)) = reg!(cell).kind() {
                            *c.borrow_mut() = Value::UNBOUND;
                        }
                    }
                    Instr::LoadAttr {
                        dst,
                        obj,
                        name,
                        site,
                    } => {
                        // (Python code a load runs uses a stack of its own.)
                        let o = crate::regs::get(&stack, base + obj.idx());
                        if let Some(v) = crate::attr_cache::fast_load(
                            rt,
                            crate::code_fetch::site_at(caches, pc, site),
                            o,
                        ) {
                            reg_mut!(dst) = v;
                            pc += 1;
                            continue;
                        }
                        load_attr_slow!(dst, o, name, site);
                    }
                    Instr::StoreAttr {
                        obj,
                        name,
                        src,
                        site,
                    } => {
                        // (Python code a store runs uses a stack of its own: these
                        // registers stay put meanwhile.)
                        let (o, v) = (
                            crate::regs::get(&stack, base + obj.idx()),
                            crate::regs::get(&stack, base + src.idx()),
                        );
                        let cache = crate::code_fetch::site_at(caches, pc, site);
                        if crate::attr_cache::fast_store(rt, cache, o, v) {
                            pc += 1;
                            continue;
                        }
                        let ni = name.0 as usize;
                        t!(crate::attr_cache::store_attr(
                            rt,
                            cache,
                            o,
                            &code.names[ni],
                            &code.code.names[ni],
                            v
                        ));
                    }
                    Instr::DeleteAttr { obj, name } => {
                        let o = reg!(obj).clone();
                        let n = code.code.names[name.0 as usize].clone();
                        t!(rt.delattr(&o, &n));
                    }
                    Instr::LoadMethod {
                        base: b,
                        obj,
                        name,
                        site,
                    } => {
                        // `lst.append(x)`, `lst.pop()`, `d.get(k)`, `s.add(x)`: run here,
                        // the call skipped.
                        if let Some(k @ (Kind::List(_) | Kind::Dict(_) | Kind::Set(_))) =
                            reg!(obj).kind()
                        {
                            let at = crate::code_fetch::site_at(caches, pc, site);
                            let fast = crate::attr_cache::value_method_fast(at, k);
                            if fast != 0 {
                                if let Some(&Instr::CallMethod {
                                    dst,
                                    base: cb,
                                    argc,
                                }) = instrs.get(pc + 1)
                                {
                                    if cb == b {
                                        let a0 = base + b.idx() + 2;
                                        let args = &stack[a0..a0 + argc.0 as usize];
                                        if let Some(v) = fast_method_call(fast, &reg!(obj), args) {
                                            reg_mut!(dst) = v;
                                            pc += 2;
                                            continue;
                                        }
                                    }
                                }
                            }
                        }
                        if let Some((f, is_method)) = crate::attr_cache::fast_method(
                            rt,
                            crate::code_fetch::site_at(caches, pc, site),
                            &reg!(obj),
                        ) {
                            // `obj.name(...)` of a plain Python method, its arguments in
                            // place (the compiler puts LoadMethod last when it can): the
                            // call is made here, its CallMethod skipped (the frame records
                            // that instruction, so the call returns past it and its line
                            // is the call's). The method's registers are left unbound.
                            if is_method {
                                if let Some(&Instr::CallMethod {
                                    dst,
                                    base: cb,
                                    argc,
                                }) = instrs.get(pc + 1)
                                {
                                    let n = argc.0 as usize;
                                    // (The compiler puts the object in a register of its
                                    // own, never the method's two.)
                                    if cb == b && obj != b && obj != b.offset(1) {
                                        if let Some((fo, nregs)) = exact_function(&f, n + 1) {
                                            if crate::gc_support::boundary_work_due(rt) {
                                                crate::gc_support::at_call_boundary(rt);
                                            }
                                            if !reg!(b).is_unbound() {
                                                reg_mut!(b) = Value::UNBOUND;
                                            }
                                            if !reg!(b.offset(1)).is_unbound() {
                                                reg_mut!(b.offset(1)) = Value::UNBOUND;
                                            }
                                            pc += 1;
                                            let this = base + obj.idx();
                                            let a0 = base + b.idx() + 2;
                                            let newbase = t!(enter_method(
                                                rt, &mut stack, &mut sp, nregs, this, a0, n
                                            ));
                                            enter_frame!(fo, newbase, dst);
                                        }
                                        // A builtin type's method on a value of that type
                                        // (`lst.append(x)`), as CallMethod calls it: self
                                        // put in its register, the arguments in place.
                                        if let Some(Kind::Builtin(bi)) = f.kind() {
                                            if builtin_method_in_place(bi, &reg!(obj), n + 1) {
                                                if crate::gc_support::boundary_work_due(rt) {
                                                    crate::gc_support::at_call_boundary(rt);
                                                }
                                                reg_mut!(b.offset(1)) = reg!(obj).clone();
                                                pc += 1;
                                                let s0 = base + b.idx() + 1;
                                                let r = call_builtin_direct(
                                                    rt,
                                                    bi,
                                                    &stack[s0..s0 + n + 1],
                                                );
                                                reg_mut!(dst) = t!(r);
                                                pc += 1;
                                                continue;
                                            }
                                        }
                                    }
                                }
                            }
                            reg_mut!(b.offset(1)) = if is_method {
                                reg!(obj).clone()
                            } else {
                                Value::UNBOUND
                            };
                            reg_mut!(b) = f;
                            pc += 1;
                            continue;
                        }
                        let o = reg!(obj).clone();
                        let ni = name.0 as usize;
                        if let Some(Kind::Super(..)) = o.kind() {
                            if let Some((f, this)) = crate::attr_cache::load_super_method(
                                rt,
                                &o,
                                &code.names[ni],
                                &code.code.names[ni],
                            ) {
                                reg_mut!(b) = f;
                                reg_mut!(b.offset(1)) = this;
                                pc += 1;
                                continue;
                            }
                        }
                        let cache = crate::code_fetch::site_at(caches, pc, site);
                        let (f, is_method) = t!(crate::attr_cache::load_method(
                            rt,
                            cache,
                            &o,
                            &code.names[ni],
                            &code.code.names[ni]
                        ));
                        reg_mut!(b) = f;
                        reg_mut!(b.offset(1)) = if is_method { o } else { Value::UNBOUND };
                    }
                    Instr::GetItem { dst, obj, key } => {
                        let o = &reg!(obj);
                        let k = &reg!(key);
                        // Fast paths: list[int], tuple[int], and an ASCII str[int] (a
                        // shared one-character str).
                        // (And dict[key] present, for a key that needs no Python.)
                        if let Some(v) = getitem_fast(rt, o, k) {
                            reg_mut!(dst) = v;
                            pc += 1;
                            continue;
                        }
                        let (o, k) = (o.clone(), k.clone());
                        reg_mut!(dst) = t!(rt.getitem(&o, &k));
                    }
                    Instr::SetItem { obj, key, src } => {
                        // Fast path: list[int] = v.
                        if let (Some(Kind::List(l)), Some(i)) =
                            (reg!(obj).kind(), reg!(key).as_small_int())
                        {
                            let v = reg!(src).clone();
                            let mut l = l.borrow_mut();
                            if let Some(j) = seq_pos(i, l.len()) {
                                // The old item is dropped after the borrow ends (its __del__
                                // could touch the list).
                                let old = std::mem::replace(&mut l[j], v);
                                drop(l);
                                drop(old);
                                pc += 1;
                                continue;
                            }
                        }
                        // Fast path: dict[key] = v for a key that needs no Python.
                        if store_pure_item(&reg!(obj), &reg!(key), &reg!(src)) {
                            pc += 1;
                            continue;
                        }
                        let (o, k, v) = (reg!(obj).clone(), reg!(key).clone(), reg!(src).clone());
                        t!(rt.setitem(&o, &k, &v));
                    }
                    Instr::DeleteItem { obj, key } => {
                        let (o, k) = (reg!(obj).clone(), reg!(key).clone());
                        t!(rt.delitem(&o, &k));
                    }
                    Instr::Add { dst, a, b } => {
                        let (x, y) = (&reg!(a), &reg!(b));
                        if let Some(v) = Value::small_add(x, y) {
                            reg_mut!(dst) = v;
                        } else if let (Some(i), Some(j)) = (x.as_float(), y.as_float()) {
                            reg_mut!(dst) = Value::float(i + j);
                        } else {
                            let (x, y) = (x.clone(), y.clone());
                            arith_dunder_call!(x, y, BinOp::Add);
                            reg_mut!(dst) = t!(rt.binary_op(BinOp::Add, &x, &y));
                        }
                    }
                    Instr::Sub { dst, a, b } => {
                        let (x, y) = (&reg!(a), &reg!(b));
                        if let Some(v) = Value::small_sub(x, y) {
                            reg_mut!(dst) = v;
                        } else if let (Some(i), Some(j)) = (x.as_float(), y.as_float()) {
                            reg_mut!(dst) = Value::float(i - j);
                        } else {
                            let (x, y) = (x.clone(), y.clone());
                            arith_dunder_call!(x, y, BinOp::Sub);
                            reg_mut!(dst) = t!(rt.binary_op(BinOp::Sub, &x, &y));
                        }
                    }
                    Instr::AddK { dst, a, k } => {
                        let (x, y) = (&reg!(a), &code.consts[k.0 as usize]);
                        if let Some(v) = Value::small_add(x, y) {
                            reg_mut!(dst) = v;
                        } else if let (Some(i), Some(j)) = (x.as_float(), y.as_float()) {
                            reg_mut!(dst) = Value::float(i + j);
                        } else {
                            let (x, y) = (x.clone(), y.clone());
                            reg_mut!(dst) = t!(rt.binary_op(BinOp::Add, &x, &y));
                        }
                    }
                    Instr::SubK { dst, a, k } => {
                        let (x, y) = (&reg!(a), &code.consts[k.0 as usize]);
                        if let Some(v) = Value::small_sub(x, y) {
                            reg_mut!(dst) = v;
                        } else if let (Some(i), Some(j)) = (x.as_float(), y.as_float()) {
                            reg_mut!(dst) = Value::float(i - j);
                        } else {
                            let (x, y) = (x.clone(), y.clone());
                            reg_mut!(dst) = t!(rt.binary_op(BinOp::Sub, &x, &y));
                        }
                    }
                    Instr::Mul { dst, a, b } => {
                        let (x, y) = (&reg!(a), &reg!(b));
                        if let (Some(i), Some(j)) = (x.as_small_int(), y.as_small_int()) {
                            match i.checked_mul(j) {
                                Some(r) => reg_mut!(dst) = int_from_i64(r),
                                None => {
                                    let (x, y) = (x.clone(), y.clone());
                                    reg_mut!(dst) = t!(rt.binary_op(BinOp::Mul, &x, &y));
                                }
                            }
                        } else if let (Some(i), Some(j)) = (x.as_float(), y.as_float()) {
                            reg_mut!(dst) = Value::float(i * j);
                        } else {
                            let (x, y) = (x.clone(), y.clone());
                            arith_dunder_call!(x, y, BinOp::Mul);
                            reg_mut!(dst) = t!(rt.binary_op(BinOp::Mul, &x, &y));
                        }
                    }
                    Instr::TrueDiv { dst, a, b } => {
                        let (x, y) = (&reg!(a), &reg!(b));
                        if let (Some(i), Some(j)) = (x.as_float(), y.as_float()) {
                            if j != 0.0 {
                                reg_mut!(dst) = Value::float(i / j);
                                pc += 1;
                                continue;
                            }
                        }
                        if let Some(v) = small_int_op(BinOp::TrueDiv, x, y) {
                            reg_mut!(dst) = v;
                            pc += 1;
                            continue;
                        }
                        let (x, y) = (x.clone(), y.clone());
                        arith_dunder_call!(x, y, BinOp::TrueDiv);
                        reg_mut!(dst) = t!(rt.binary_op(BinOp::TrueDiv, &x, &y));
                    }
                    Instr::FloorDiv { dst, a, b } => {
                        if let Some(v) = small_int_op(BinOp::FloorDiv, &reg!(a), &reg!(b)) {
                            reg_mut!(dst) = v;
                            pc += 1;
                            continue;
                        }
                        let (x, y) = (reg!(a).clone(), reg!(b).clone());
                        arith_dunder_call!(x, y, BinOp::FloorDiv);
                        reg_mut!(dst) = t!(rt.binary_op(BinOp::FloorDiv, &x, &y));
                    }
                    Instr::Mod { dst, a, b } => {
                        let (x, y) = (&reg!(a), &reg!(b));
                        if let Some(v) = small_int_op(BinOp::Mod, x, y) {
                            reg_mut!(dst) = v;
                            pc += 1;
                            continue;
                        }
                        let (x, y) = (x.clone(), y.clone());
                        arith_dunder_call!(x, y, BinOp::Mod);
                        reg_mut!(dst) = t!(rt.binary_op(BinOp::Mod, &x, &y));
                    }
                    Instr::BinaryOp { dst, a, b, op } => {
                        let op = BinOp::from_imm(op).unwrap_or(BinOp::Add);
                        if let Some(v) = small_int_op(op, &reg!(a), &reg!(b)) {
                            reg_mut!(dst) = v;
                            pc += 1;
                            continue;
                        }
                        let (x, y) = (reg!(a).clone(), reg!(b).clone());
                        arith_dunder_call!(x, y, op);
                        reg_mut!(dst) = t!(rt.binary_op(op, &x, &y));
                    }
                    Instr::InplaceOp { dst, a, b, op } => {
                        let op = BinOp::from_imm(op).unwrap_or(BinOp::Add);
                        if let Some(r) = inplace_fast(&reg!(a), &reg!(b), op) {
                            reg_mut!(dst) = r;
                            pc += 1;
                            continue;
                        }
                        let (x, y) = (reg!(a).clone(), reg!(b).clone());
                        reg_mut!(dst) = t!(rt.inplace_op(op, &x, &y));
                    }
                    Instr::InplaceOpK { dst, a, k, op } => {
                        let op = BinOp::from_imm(op).unwrap_or(BinOp::Add);
                        let y = &code.consts[k.0 as usize];
                        if let Some(r) = inplace_fast(&reg!(a), y, op) {
                            reg_mut!(dst) = r;
                            pc += 1;
                            continue;
                        }
                        let (x, y) = (reg!(a).clone(), y.clone());
                        reg_mut!(dst) = t!(rt.inplace_op(op, &x, &y));
                    }
                    Instr::BinaryOpK { dst, a, k, op } => {
                        let (r, kv) = (&reg!(a), &code.consts[k.0 as usize]);
                        let (x, y) = if op.0 & BinOp::K_LEFT != 0 {
                            (kv, r)
                        } else {
                            (r, kv)
                        };
                        if let Some(v) = numeric_fast(op.0 & !BinOp::K_LEFT, x, y) {
                            reg_mut!(dst) = v;
                            pc += 1;
                            continue;
                        }
                        let (x, y) = (x.clone(), y.clone());
                        let op = BinOp::from_imm(Imm(op.0 & !BinOp::K_LEFT)).unwrap_or(BinOp::Add);
                        reg_mut!(dst) = t!(rt.binary_op(op, &x, &y));
                    }
                    Instr::Lt { dst, a, b } => compare_into!(dst, a, b, CmpOp::Lt),
                    Instr::Le { dst, a, b } => compare_into!(dst, a, b, CmpOp::Le),
                    Instr::Eq { dst, a, b } => compare_into!(dst, a, b, CmpOp::Eq),
                    Instr::Ne { dst, a, b } => compare_into!(dst, a, b, CmpOp::Ne),
                    Instr::Gt { dst, a, b } => compare_into!(dst, a, b, CmpOp::Gt),
                    Instr::Ge { dst, a, b } => compare_into!(dst, a, b, CmpOp::Ge),
                    Instr::Is { dst, a, b } => reg_mut!(dst) = Value::bool(reg!(a).is(&reg!(b))),
                    Instr::IsNot { dst, a, b } => {
                        reg_mut!(dst) = Value::bool(!reg!(a).is(&reg!(b)))
                    }
                    Instr::In { dst, a, b } => {
                        if let Some(r) = contains_pure(&reg!(b), &reg!(a)) {
                            reg_mut!(dst) = Value::bool(r);
                            pc += 1;
                            continue;
                        }
                        let (x, y) = (reg!(a).clone(), reg!(b).clone());
                        reg_mut!(dst) = Value::bool(t!(rt.contains(&y, &x)));
                    }
                    Instr::NotIn { dst, a, b } => {
                        if let Some(r) = contains_pure(&reg!(b), &reg!(a)) {
                            reg_mut!(dst) = Value::bool(!r);
                            pc += 1;
                            continue;
                        }
                        let (x, y) = (reg!(a).clone(), reg!(b).clone());
                        reg_mut!(dst) = Value::bool(!t!(rt.contains(&y, &x)));
                    }
                    Instr::Neg { dst, src } => {
                        let v = reg!(src).clone();
                        reg_mut!(dst) = t!(rt.neg(&v));
                    }
                    Instr::Pos { dst, src } => {
                        let v = reg!(src).clone();
                        reg_mut!(dst) = t!(rt.pos(&v));
                    }
                    Instr::Invert { dst, src } => {
                        let v = reg!(src).clone();
                        reg_mut!(dst) = t!(rt.invert(&v));
                    }
                    Instr::Not { dst, src } => {
                        let v = reg!(src).clone();
                        reg_mut!(dst) = Value::bool(!t!(rt.truthy(&v)));
                    }
                    Instr::ToBool { dst, src } => {
                        let v = reg!(src).clone();
                        reg_mut!(dst) = Value::bool(t!(rt.truthy(&v)));
                    }
                    Instr::Jump { target } => jump!(target.0 as usize),
                    Instr::JumpForIter { target } => {
                        // A `for` loop's back edge: the check of a backward jump, then
                        // the loop's `ForIter` at once when its iterator steps in place (a
                        // list, tuple or range); any other runs through it.
                        let to = target.0 as usize;
                        back_edge_check!(to);
                        pc = to;
                        if let Instr::ForIter {
                            dst,
                            iter,
                            target: done,
                        } = *crate::code_fetch::at(instrs, to)
                        {
                            if let Some(step) = Runtime::next_seq(&reg!(iter)) {
                                match step {
                                    Some(v) => {
                                        reg_mut!(dst) = v;
                                        pc = to + 1;
                                    }
                                    None => pc = done.0 as usize,
                                }
                            }
                        }
                        continue;
                    }
                    Instr::JumpIfFalse { cond, target } => {
                        let c = &reg!(cond);
                        let truth = match c.as_bool() {
                            Some(b) => b,
                            None => {
                                let c = c.clone();
                                t!(rt.truthy(&c))
                            }
                        };
                        if !truth {
                            jump!(target.0 as usize);
                        }
                    }
                    Instr::JumpIfTrue { cond, target } => {
                        let c = &reg!(cond);
                        let truth = match c.as_bool() {
                            Some(b) => b,
                            None => {
                                let c = c.clone();
                                t!(rt.truthy(&c))
                            }
                        };
                        if truth {
                            jump!(target.0 as usize);
                        }
                    }
                    Instr::CompareJump { a, b, op, target } => {
                        if op.0 & 7 == 6 {
                            // `is`: identity.
                            if reg!(a).is(&reg!(b)) == (op.0 & 8 != 0) {
                                jump!(target.0 as usize);
                            }
                            pc += 1;
                            continue;
                        }
                        let (cmp, jump_if) = compare_jump_op(op);
                        let (x, y) = (&reg!(a), &reg!(b));
                        let truth = if let Some(o) = Value::small_cmp(x, y) {
                            cmp_ord_dyn(cmp, o)
                        } else if let Some(t) = fast_compare(x, y, cmp) {
                            t
                        } else {
                            let (x, y) = (x.clone(), y.clone());
                            dunder_call!(x, y, cmp.dunder());
                            let r = t!(rt.rich_compare(&x, &y, cmp));
                            match r.as_bool() {
                                Some(b) => b,
                                None => t!(rt.truthy(&r)),
                            }
                        };
                        if truth == jump_if {
                            jump!(target.0 as usize);
                        }
                    }
                    Instr::CompareJumpK { a, k, op, target } => {
                        if op.0 & 7 == 6 {
                            // `is` None/True/False.
                            if reg!(a).is(&code.consts[k.0 as usize]) == (op.0 & 8 != 0) {
                                jump!(target.0 as usize);
                            }
                            pc += 1;
                            continue;
                        }
                        let (cmp, jump_if) = compare_jump_op(op);
                        let (x, y) = (&reg!(a), &code.consts[k.0 as usize]);
                        let truth = if let Some(o) = Value::small_cmp(x, y) {
                            cmp_ord_dyn(cmp, o)
                        } else if let Some(t) = fast_compare(x, y, cmp) {
                            t
                        } else {
                            let (x, y) = (x.clone(), y.clone());
                            let r = t!(rt.rich_compare(&x, &y, cmp));
                            match r.as_bool() {
                                Some(b) => b,
                                None => t!(rt.truthy(&r)),
                            }
                        };
                        if truth == jump_if {
                            jump!(target.0 as usize);
                        }
                    }
                    Instr::JumpIfNotNone { src, target } => {
                        if !reg!(src).is_none() {
                            jump!(target.0 as usize);
                        }
                    }
                    Instr::GetIter { dst, src } => {
                        let v = reg!(src).clone();
                        // (A generator is its own iterator.)
                        if crate::generator::is_generator(&v) {
                            reg_mut!(dst) = v;
                            pc += 1;
                            continue;
                        }
                        reg_mut!(dst) = t!(rt.get_iter(&v));
                    }
                    Instr::ForIter { dst, iter, target } => {
                        // A range, list, tuple or str iterator steps in place.
                        let step = match Runtime::next_seq(&reg!(iter)) {
                            Some(step) => Some(step),
                            None => rt.next_char(&reg!(iter)),
                        };
                        if let Some(step) = step {
                            match step {
                                Some(v) => reg_mut!(dst) = v,
                                None => {
                                    pc = target.0 as usize;
                                    continue;
                                }
                            }
                            pc += 1;
                            continue;
                        }
                        // A plain generator's step runs in this loop (tested before the
                        // iterators below, which a generator is not).
                        if let Some(Kind::Native(..)) = reg!(iter).kind() {
                            let it = reg!(iter).clone();
                            gen_step!(&it, Value::NONE, false);
                        }
                        // `for i, x in enumerate(seq)`: the pair straight into the
                        // unpacking's registers.
                        if let Some(Instr::UnpackSequence { start, src, count }) =
                            instrs.get(pc + 1).copied()
                        {
                            if src == dst && count.0 == 2 {
                                use molt_builtins::ops::iter::PairStep;
                                match Runtime::enumerate_seq_pair(&reg!(iter)) {
                                    Some(PairStep::Pair(x, y)) => {
                                        reg_mut!(start) = x;
                                        reg_mut!(start.offset(1)) = y;
                                        pc += 2;
                                        continue;
                                    }
                                    Some(PairStep::Done) => {
                                        pc = target.0 as usize;
                                        continue;
                                    }
                                    _ => {}
                                }
                            }
                        }
                        let it = reg!(iter).clone();
                        // `enumerate(g)` of a generator: its step runs in this loop, and
                        // its yield makes the pair (see `enumerate_pair`).
                        if let Some(inner) = enumerate_generator(&it) {
                            gen_step!(&inner, Value::NONE, false);
                        }
                        // `for a, b in enumerate(...)/d.items()/zip(x, y)`: the pair goes
                        // straight to the unpacking's registers, no tuple made.
                        if let Some(Instr::UnpackSequence { start, src, count }) =
                            instrs.get(pc + 1).copied()
                        {
                            if src == dst && count.0 == 2 {
                                use molt_builtins::ops::iter::PairStep;
                                match t!(rt.next_pair(&it)) {
                                    PairStep::Pair(x, y) => {
                                        reg_mut!(start) = x;
                                        reg_mut!(start.offset(1)) = y;
                                        pc += 2;
                                        continue;
                                    }
                                    PairStep::Done => {
                                        pc = target.0 as usize;
                                        continue;
                                    }
                                    PairStep::NotPaired => {}
                                }
                            }
                        }
                        let next = if crate::generator::is_generator(&it) {
                            t!(crate::generator::next(rt, &it))
                        } else {
                            // (next_seq and next_char turned it down above.)
                            t!(rt.next_rest(&it))
                        };
                        match next {
                            Some(v) => reg_mut!(dst) = v,
                            None => {
                                pc = target.0 as usize;
                                continue;
                            }
                        }
                    }
                    Instr::BuildList { dst, start, count } => {
                        let items = stack
                            [base + start.idx()..base + start.idx() + count.0 as usize]
                            .to_vec();
                        reg_mut!(dst) = rt.new_list(items);
                    }
                    Instr::BuildTuple { dst, start, count } => {
                        let items: molt_builtins::object::TupleItems = stack
                            [base + start.idx()..base + start.idx() + count.0 as usize]
                            .iter()
                            .cloned()
                            .collect();
                        reg_mut!(dst) = rt.new_tuple_items(items);
                    }
                    Instr::BuildSet { dst, start, count } => {
                        let items = stack
                            [base + start.idx()..base + start.idx() + count.0 as usize]
                            .to_vec();
                        let s = Value::from_obj(Obj::new(Kind::Set(Box::new(
                            std::cell::RefCell::new(Default::default()),
                        ))));
                        if let Some(Kind::Set(cell)) = s.kind() {
                            for x in items {
                                t!(molt_builtins::set::add(rt, cell, x));
                            }
                        }
                        reg_mut!(dst) = s;
                    }
                    Instr::BuildMap { dst, start, count } => {
                        let s0 = base + start.idx();
                        let items = &stack[s0..s0 + 2 * count.0 as usize];
                        // Keys that hash and compare without Python (str, int...): the
                        // table is filled before it becomes a dict object.
                        if let Some(d) = dict_of_pure_pairs(items) {
                            reg_mut!(dst) = rt.new_dict(d);
                            pc += 1;
                            continue;
                        }
                        let d = rt.new_dict(Dict::with_capacity(count.0 as usize));
                        if let Some(Kind::Dict(cell)) = d.kind() {
                            // (A key's __hash__ or __eq__ runs on a stack of its own: these
                            // registers stay put meanwhile.)
                            for pair in stack[s0..s0 + 2 * count.0 as usize].chunks(2) {
                                t!(dict::set(rt, cell, pair[0].clone(), pair[1].clone()));
                            }
                        }
                        reg_mut!(dst) = d;
                    }
                    Instr::BuildString { dst, start, count } => {
                        let mut s = String::new();
                        for i in 0..count.0 as usize {
                            if let Some(Kind::Str(p)) = stack[base + start.idx() + i].kind() {
                                s.push_str(&p.s);
                            }
                        }
                        reg_mut!(dst) = rt.new_string(s);
                    }
                    Instr::BuildSlice { dst, start } => {
                        let s = [
                            reg!(start).clone(),
                            reg!(start.offset(1)).clone(),
                            reg!(start.offset(2)).clone(),
                        ];
                        reg_mut!(dst) = Value::from_obj(Obj::new(Kind::Slice(Box::new(s))));
                    }
                    Instr::ListAppend { list, src } => {
                        let v = reg!(src).clone();
                        if let Some(Kind::List(l)) = reg!(list).kind() {
                            molt_builtins::types::list::push(&mut l.borrow_mut(), v);
                        }
                    }
                    Instr::CallArgsExtend { list, src, func } => {
                        let (l, v, f) = (reg!(list).clone(), reg!(src).clone(), reg!(func).clone());
                        t!(call_args_extend(rt, &l, &v, &f));
                    }
                    Instr::ListExtend { list, src } => {
                        let v = reg!(src).clone();
                        let items = match rt.to_vec(&v) {
                            Ok(i) => i,
                            Err(e) => {
                                if rt.exc_matches(&e, "TypeError")
                                    && !rt.is_callable(&v)
                                    && rt.get_iter(&v).is_err()
                                {
                                    let msg = format!(
                                        "Value after * must be an iterable, not {}",
                                        rt.type_name(&v)
                                    );
                                    break 'inner rt.type_error(&msg);
                                }
                                break 'inner e;
                            }
                        };
                        if let Some(Kind::List(l)) = reg!(list).kind() {
                            l.borrow_mut().extend(items);
                        }
                    }
                    Instr::SetAdd { set, src } => {
                        // A key whose hash and place need no Python code, read in place.
                        if let Some(Kind::Set(cell)) = reg!(set).kind() {
                            let v = &reg!(src);
                            if let Some(h) = molt_builtins::dict::pure_hash(v) {
                                if molt_builtins::set::add_plain(cell, v.clone(), h).is_ok() {
                                    pc += 1;
                                    continue;
                                }
                            }
                        }
                        let v = reg!(src).clone();
                        let s = reg!(set).clone();
                        if let Some(Kind::Set(cell)) = s.kind() {
                            t!(molt_builtins::set::add(rt, cell, v));
                        }
                    }
                    Instr::SetUpdate { set, src } => {
                        let v = reg!(src).clone();
                        let s = reg!(set).clone();
                        if let Some(Kind::Set(cell)) = s.kind() {
                            t!(molt_builtins::types::set::update_internal(rt, cell, &v));
                        }
                    }
                    Instr::MapAdd { map, key, src } => {
                        // (As SetItem's: a key that needs no Python, read in place.)
                        if store_pure_item(&reg!(map), &reg!(key), &reg!(src)) {
                            pc += 1;
                            continue;
                        }
                        let (m, k, v) = (reg!(map).clone(), reg!(key).clone(), reg!(src).clone());
                        if let Some(Kind::Dict(cell)) = m.kind() {
                            t!(dict::set(rt, cell, k, v));
                        }
                    }
                    Instr::DictUpdate { map, src } => {
                        let (m, v) = (reg!(map).clone(), reg!(src).clone());
                        if !matches!(v.kind(), Some(Kind::Dict(_)))
                            && molt_builtins::typeobj::lookup(&rt.type_of(&v), "keys").is_none()
                        {
                            let msg = format!("'{}' object is not a mapping", rt.type_name(&v));
                            break 'inner rt.type_error(&msg);
                        }
                        t!(molt_builtins::types::dict::update_from(rt, &m, &v));
                    }
                    Instr::DictMerge { map, src, func } => {
                        let (m, v, f) = (reg!(map).clone(), reg!(src).clone(), reg!(func).clone());
                        t!(crate::call::dict_merge(rt, &m, &v, &f));
                    }
                    Instr::ListToTuple { dst, src } => {
                        let items = match reg!(src).kind() {
                            Some(Kind::List(l)) => l.borrow().clone(),
                            _ => Vec::new(),
                        };
                        reg_mut!(dst) = rt.new_tuple(items);
                    }
                    Instr::UnpackSequence { start, src, count } => {
                        let v = reg!(src).clone();
                        let n = count.0 as usize;
                        let at = base + start.idx();
                        // (`v` keeps the tuple alive while the registers, maybe its own
                        // among them, are overwritten.)
                        if let Some(Kind::Tuple(t)) = v.kind() {
                            if t.len() == n {
                                for (slot, x) in stack[at..at + n].iter_mut().zip(t.iter()) {
                                    *slot = x.clone();
                                }
                                pc += 1;
                                continue;
                            }
                        }
                        let items: smallvec::SmallVec<[Value; 4]> = match v.kind() {
                            // (Copied first: a value the registers drop may touch the list.)
                            Some(Kind::List(l)) if l.borrow().len() == n => {
                                l.borrow().iter().cloned().collect()
                            }
                            _ => t!(crate::call::unpack_iterable(rt, &v, n)).into(),
                        };
                        for (slot, x) in stack[at..at + n].iter_mut().zip(items) {
                            *slot = x;
                        }
                    }
                    Instr::UnpackEx {
                        start,
                        src,
                        before,
                        after,
                    } => {
                        let v = reg!(src).clone();
                        let items = t!(crate::call::unpack_ex(
                            rt,
                            &v,
                            before.0 as usize,
                            after.0 as usize
                        ));
                        for (i, x) in items.into_iter().enumerate() {
                            stack[base + start.idx() + i] = x;
                        }
                    }
                    Instr::FormatValue { dst, src, conv } => {
                        let v = reg!(src).clone();
                        let keep_raw = conv.0 & 0x100 != 0;
                        let converted = match conv.0 & 0xff {
                            1 => t!(rt.str(&v)),
                            2 => t!(rt.repr(&v)),
                            3 => {
                                let s = t!(rt.repr_string(&v));
                                rt.new_string(crate::call::ascii_escape(&s))
                            }
                            _ => v,
                        };
                        reg_mut!(dst) = if keep_raw {
                            converted
                        } else {
                            t!(rt.format(&converted, ""))
                        };
                    }
                    Instr::FormatWithSpec { dst, src, spec } => {
                        let v = reg!(src).clone();
                        let s = t!(rt.str_of(&reg!(spec).clone()));
                        reg_mut!(dst) = t!(rt.format(&v, &s));
                    }
                    Instr::Call { dst, func, argc } => {
                        if crate::gc_support::boundary_work_due(rt) {
                            crate::gc_support::at_call_boundary(rt);
                        }
                        enter_plain!(func, base + func.idx() + 1, argc.0 as usize, dst);
                        do_call!(dst, func, argc)
                    }
                    Instr::CallGlobal {
                        dst,
                        func,
                        argc,
                        name,
                    } => {
                        // The callee is a global: load it (through the cache) and call.
                        let ni = name.0 as usize;
                        if crate::gc_support::boundary_work_due(rt) {
                            crate::gc_support::at_call_boundary(rt);
                        }
                        let (a0, n) = (base + func.idx() + 1, argc.0 as usize);
                        let f = match cached_global_with(
                            rt,
                            &code,
                            caches,
                            ni,
                            &globals,
                            global_callee,
                        ) {
                            // (`len(x)`, `isinstance(x, t)`: no reference taken to the
                            // builtin, nor given back.)
                            Some(GlobalCallee::Fast(fast)) => {
                                if let Some(r) = fast_builtin_call(rt, fast, &stack[a0..a0 + n]) {
                                    reg_mut!(dst) = t!(r);
                                    pc += 1;
                                    continue;
                                }
                                cached_global(rt, &code, caches, ni, &globals)
                            }
                            Some(GlobalCallee::Value(v)) => Some(v),
                            None => None,
                        };
                        let f = match f {
                            Some(v) => v,
                            None => match load_global(rt, &globals, &code.names[ni]) {
                                Ok(v) => v,
                                Err(_) => {
                                    let nm = code.code.names[ni].clone();
                                    break 'inner name_error_in(
                                        rt,
                                        &nm,
                                        &code.code,
                                        &globals,
                                        None,
                                        &stack[base..],
                                    );
                                }
                            },
                        };
                        if let Some(nregs) = exact_callee(&f, n) {
                            let newbase = t!(enter_exact(rt, &mut stack, &mut sp, nregs, a0, n));
                            if let Some(Kind::Function(fo)) = f.kind() {
                                enter_frame!(fo, newbase, dst);
                            }
                        }
                        do_call!(dst, func, argc, f)
                    }
                    Instr::CallMethod { dst, base: b, argc } => {
                        if crate::gc_support::boundary_work_due(rt) {
                            crate::gc_support::at_call_boundary(rt);
                        }
                        let has_self = !reg!(b.offset(1)).is_unbound();
                        let start = base + b.idx() + if has_self { 1 } else { 2 };
                        let n = argc.0 as usize + has_self as usize;
                        enter_plain!(b, start, n, dst);
                        // A builtin type's method on a value of that type (`s.strip()`,
                        // `lst.append(x)`), read in place (no count change): LoadMethod
                        // found it on the value's own type, so the self check and subclass
                        // handling have nothing to do. (A generator's own step goes on
                        // below: it runs in this loop.)
                        if has_self {
                            if let Some(Kind::Builtin(bi)) = reg!(b).kind() {
                                if builtin_method_in_place(bi, &stack[start], n) {
                                    let r = call_builtin_direct(rt, bi, &stack[start..start + n]);
                                    reg_mut!(dst) = t!(r);
                                    pc += 1;
                                    continue;
                                }
                            }
                        }
                        let f = reg!(b).clone();
                        if let Some(Kind::Function(fo)) = f.kind() {
                            if fo.code.code.flags & flags::RESUMABLE == 0 {
                                let newbase =
                                    t!(enter_positional(rt, &mut stack, &mut sp, fo, start, n));
                                switch_to!(fo, newbase, dst, None);
                            }
                        }
                        // A bound method (`cls.classmethod(...)`, a method stored on an
                        // instance): its function runs in this loop.
                        if let Some(Kind::Method(m, slf)) = f.kind() {
                            if let Some(Kind::Function(fo)) = m.kind() {
                                if fo.code.code.flags & flags::RESUMABLE == 0 {
                                    let newbase = t!(enter_with_self(
                                        rt, &mut stack, &mut sp, fo, slf, start, n
                                    ));
                                    switch_to!(fo, newbase, dst, None);
                                }
                            }
                        }
                        if let Some(Kind::Builtin(b)) = f.kind() {
                            // `g.send(v)` / `g.__next__()` of a generator or coroutine: the
                            // step runs in this loop (see generator_inline).
                            if has_self && generator_step(b, n) {
                                let gen = stack[start].clone();
                                let sent = if n == 2 {
                                    stack[start + 1].clone()
                                } else {
                                    Value::NONE
                                };
                                gen_step!(&gen, sent, true);
                            }
                            // A builtin type's method on an instance holding native storage
                            // (a deque): the method acts on the storage, put in self's
                            // register for the call.
                            if has_self && b.bound.is_none() {
                                if let Some(p) = native_storage_for(&stack[start], b.owner) {
                                    let this = std::mem::replace(&mut stack[start], p);
                                    let r = call_builtin_direct(rt, b, &stack[start..start + n]);
                                    stack[start] = this;
                                    reg_mut!(dst) = t!(r);
                                    pc += 1;
                                    continue;
                                }
                            }
                            set_frame_scope(rt, &f, &mut frames, pc, &stack, &globals);
                        }
                        let r = t!(rt.call(&f, &stack[start..start + n], &[]));
                        reg_mut!(dst) = r;
                    }
                    Instr::CallKw {
                        dst,
                        func,
                        argc,
                        kwnames,
                    } => {
                        let f = reg!(func).clone();
                        let names: &[Value] = match code.consts[kwnames.0 as usize].kind() {
                            Some(Kind::Tuple(t)) => t,
                            _ => &[],
                        };
                        let n = argc.0 as usize;
                        let a0 = base + func.idx() + 1;
                        let npos = n - names.len();
                        // A Python function (or a bound method of one) whose parameters
                        // take the keywords plainly: arguments placed straight into its
                        // registers.
                        let plain = match f.kind() {
                            Some(Kind::Function(fo)) => Some((fo, None)),
                            Some(Kind::Method(m, slf)) => match m.kind() {
                                Some(Kind::Function(fo)) => Some((fo, Some(slf))),
                                _ => None,
                            },
                            _ => None,
                        };
                        if let Some((fo, slf)) = plain {
                            if fo.code.code.flags & flags::RESUMABLE == 0 {
                                if let Some(r) = enter_keywords(
                                    rt, &mut stack, &mut sp, fo, slf, a0, npos, names,
                                ) {
                                    let newbase = t!(r);
                                    switch_to!(fo, newbase, dst, None);
                                }
                            }
                        }
                        // (Staged on the Rust stack: most calls have a few arguments.)
                        let mut args: smallvec::SmallVec<[Value; 6]> = smallvec::SmallVec::new();
                        // Python functions and bound methods run in this loop.
                        let callee = match f.kind() {
                            Some(Kind::Method(m, slf))
                                if matches!(m.kind(), Some(Kind::Function(_))) =>
                            {
                                args.push(slf.clone());
                                m.clone()
                            }
                            _ => f.clone(),
                        };
                        args.extend(stack[a0..a0 + npos].iter().cloned());
                        let kw: smallvec::SmallVec<[(Value, Value); 4]> = names
                            .iter()
                            .cloned()
                            .zip(stack[a0 + npos..a0 + n].iter().cloned())
                            .collect();
                        if let Some(Kind::Function(fo)) = callee.kind() {
                            if fo.code.code.flags & flags::RESUMABLE == 0 {
                                let newbase =
                                    t!(enter_function(rt, &mut stack, &mut sp, fo, &args, &kw));
                                switch_to!(fo, newbase, dst, None);
                            }
                        }
                        if let Some(Kind::Builtin(_)) = f.kind() {
                            set_frame_scope(rt, &f, &mut frames, pc, &stack, &globals);
                        }
                        // (`args` already starts with self when `f` was a bound method.)
                        reg_mut!(dst) = t!(rt.call(&callee, &args, &kw));
                    }
                    Instr::CallEx {
                        dst,
                        func,
                        args,
                        kwargs,
                    } => {
                        let f = reg!(func).clone();
                        let a = match reg!(args).kind() {
                            Some(Kind::Tuple(t)) => t.to_vec(),
                            _ => Vec::new(),
                        };
                        let kw: Vec<(Value, Value)> = match reg!(kwargs).kind() {
                            Some(Kind::Dict(d)) => d.borrow().items(),
                            _ => Vec::new(),
                        };
                        if let Some(Kind::Builtin(_)) = f.kind() {
                            set_frame_scope(rt, &f, &mut frames, pc, &stack, &globals);
                        }
                        reg_mut!(dst) = t!(rt.call(&f, &a, &kw));
                    }
                    Instr::MakeFunction {
                        dst,
                        code: k,
                        base: b,
                    } => {
                        let cv = code.consts[k.0 as usize].clone();
                        let regs = [
                            reg!(b).clone(),
                            reg!(b.offset(1)).clone(),
                            reg!(b.offset(2)).clone(),
                            reg!(b.offset(3)).clone(),
                        ];
                        reg_mut!(dst) = make_function(rt, &cv, &globals, &regs);
                    }
                    Instr::MakeClass {
                        dst,
                        base: b,
                        argc,
                        kwnames,
                    } => {
                        t!(check_build_class(rt, &globals));
                        let body = reg!(b).clone();
                        let names = code.consts[kwnames.0 as usize].clone();
                        let names: Vec<Value> = match names.kind() {
                            Some(Kind::Tuple(t)) => t.to_vec(),
                            _ => Vec::new(),
                        };
                        let n = argc.0 as usize;
                        let a0 = base + b.idx() + 1;
                        let npos = n - names.len();
                        let args = stack[a0..a0 + npos].to_vec();
                        let kw: Vec<(Value, Value)> = names
                            .into_iter()
                            .zip(stack[a0 + npos..a0 + n].iter().cloned())
                            .collect();
                        reg_mut!(dst) = t!(crate::class::build_class(rt, &body, &args, &kw));
                    }
                    Instr::MakeClassEx {
                        dst,
                        body,
                        args,
                        kwargs,
                    } => {
                        t!(check_build_class(rt, &globals));
                        let b = reg!(body).clone();
                        let a = match reg!(args).kind() {
                            Some(Kind::Tuple(t)) => t.to_vec(),
                            _ => Vec::new(),
                        };
                        let kw: Vec<(Value, Value)> = match reg!(kwargs).kind() {
                            Some(Kind::Dict(d)) => d.borrow().items(),
                            _ => Vec::new(),
                        };
                        reg_mut!(dst) = t!(crate::class::build_class(rt, &b, &a, &kw));
                    }
                    Instr::Return { .. } | Instr::ReturnK { .. } | Instr::ReturnAttr { .. } => {
                        let v = match *ins {
                            Instr::Return { src } => {
                                std::mem::replace(&mut reg_mut!(src), Value::NONE)
                            }
                            Instr::ReturnK { k } => code.consts[k.0 as usize].clone(),
                            Instr::ReturnAttr {
                                dst,
                                obj,
                                name,
                                site,
                            } => {
                                let o = crate::regs::get(&stack, base + obj.idx());
                                let at = crate::code_fetch::site_at(caches, pc, site);
                                match crate::attr_cache::fast_load(rt, at, o) {
                                    Some(v) => v,
                                    // (Loaded as LoadAttr loads, for the Return after.)
                                    None => {
                                        load_attr_slow!(dst, o, name, site);
                                        pc += 1;
                                        continue;
                                    }
                                }
                            }
                            _ => unreachable!("a return instruction"),
                        };
                        let (fr, caller) = frames.pop_with_caller();
                        let Some(caller) = caller else {
                            frames.release(rt);
                            recycle_stack(rt, stack);
                            return Ok(Exit::Return(v));
                        };
                        rt.depth -= 1;
                        let Popped {
                            base: fbase,
                            ret_dst,
                            init_self,
                        } = fr;
                        back_to!(caller, fbase);
                        if ret_dst >= GEN_RETURN {
                            if ret_dst == DUNDER_RETURN {
                                let ins = code.code.instrs[pc];
                                pc = t!(dunder_result(rt, ins, base, &mut stack, v, pc));
                                continue 'inner;
                            }
                            // A generator's step run for the `for` at `pc` returned: the
                            // loop ends.
                            if let Some(g) = &init_self {
                                // (A generator whose frame was left out of the step above
                                // it: its `yield from` gives the value, and it goes on.)
                                if let Some(outer) = crate::generator_inline::finish(rt, g) {
                                    let e = crate::generator_inline::reenter_returned(
                                        rt,
                                        &outer,
                                        v,
                                        &mut stack,
                                        &mut sp,
                                        &mut frames,
                                        pc,
                                    );
                                    switch_to_gen!(e);
                                }
                            }
                            match code.code.instrs[pc] {
                                Instr::ForIter { target, iter, .. } => {
                                    enumerate_done(&stack[base + iter.idx()]);
                                    pc = target.0 as usize
                                }
                                Instr::YieldFrom { dst, target, .. } => {
                                    stack[base + dst.idx()] = v;
                                    pc = target.0 as usize;
                                }
                                // `next(g, default)` gives the default; `next(g)` raises
                                // StopIteration there.
                                Instr::Call { dst, func, argc }
                                | Instr::CallGlobal {
                                    dst, func, argc, ..
                                } => {
                                    if argc.0 == 2 {
                                        let d = stack[base + func.idx() + 2].clone();
                                        stack[base + dst.idx()] = d;
                                        pc += 1;
                                    } else {
                                        break 'inner crate::generator::stop_iteration(rt, v);
                                    }
                                }
                                // `g.send(v)` / `g.__next__()` raise StopIteration there.
                                Instr::CallMethod { .. } => {
                                    break 'inner crate::generator::stop_iteration(rt, v);
                                }
                                _ => {}
                            }
                            continue 'inner;
                        }
                        let v = match init_self {
                            None => v,
                            Some(obj) => t!(init_result(rt, obj, v)),
                        };
                        // (The caller's `dst` register: see crate::regs.)
                        *crate::regs::get_mut(&mut stack, base + ret_dst) = v;
                        pc += 1;
                        instrs = code.instrs();
                        caches = code.caches();
                        continue 'dispatch;
                    }
                    Instr::Yield { dst, src } => {
                        let v = reg!(src).clone();
                        if frames.last().expect("frame").ret_dst == GEN_RETURN {
                            inline_yield!(v);
                        }
                        // Otherwise the generator is the entry frame of its own run.
                        let mut v = v;
                        if let Some(take) = sink.as_mut() {
                            match take(v) {
                                // Taken: resumed at once with None.
                                None => {
                                    reg_mut!(dst) = Value::NONE;
                                    pc += 1;
                                    continue;
                                }
                                Some(back) => v = back,
                            }
                        }
                        frames.release(rt);
                        return Ok(Exit::Yield {
                            value: v,
                            regs: stack,
                            pc,
                        });
                    }
                    Instr::YieldFrom { dst, iter, target } => {
                        // The generator machinery drives delegation; see generator.rs.
                        let it = reg!(iter).clone();
                        let sent = std::mem::replace(&mut reg_mut!(dst), Value::NONE);
                        // A generator's or coroutine's step runs in this loop.
                        let sent = gen_step!(&it, sent, true);
                        match t!(crate::generator::delegate(rt, &it, sent)) {
                            crate::generator::Delegated::Yielded(v) => {
                                if frames.last().expect("frame").ret_dst == GEN_RETURN {
                                    inline_yield!(v);
                                }
                                let mut v = v;
                                if let Some(take) = sink.as_mut() {
                                    match take(v) {
                                        // Taken: the `yield from` asks again.
                                        None => continue,
                                        Some(back) => v = back,
                                    }
                                }
                                frames.release(rt);
                                return Ok(Exit::Yield {
                                    value: v,
                                    regs: stack,
                                    pc,
                                });
                            }
                            crate::generator::Delegated::Done(v) => {
                                reg_mut!(dst) = v;
                                pc = target.0 as usize;
                                continue;
                            }
                        }
                    }
                    Instr::GetYieldFromIter { dst, src } => {
                        let v = reg!(src).clone();
                        reg_mut!(dst) = if crate::generator::is_generator(&v) {
                            v
                        } else if crate::generator::kind_of(&v)
                            == Some(crate::generator::GenKind::Coroutine)
                        {
                            // Only a coroutine (or a types.coroutine generator) may
                            // `yield from` a coroutine.
                            if code.code.flags & flags::COROUTINE == 0
                                && !code.iterable_coroutine.get()
                            {
                                break 'inner rt.type_error(
                                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                                );
                            }
                            v
                        } else {
                            t!(rt.get_iter(&v))
                        };
                    }
                    Instr::Raise { exc, cause, kind } => match kind.0 {
                        0 => {
                            let cur = rt.current_exception();
                            if cur.is_none() {
                                break 'inner rt
                                    .new_exc("RuntimeError", "No active exception to reraise");
                            }
                            reraise = true;
                            break 'inner Exc(cur);
                        }
                        _ => {
                            let e = reg!(exc).clone();
                            let e = t!(crate::call::make_exception(rt, &e));
                            if kind.0 == 2 {
                                let c = reg!(cause).clone();
                                let c = if c.is_none() {
                                    c
                                } else {
                                    t!(crate::call::make_cause(rt, &c))
                                };
                                if let Some(d) = molt_builtins::exceptions::data(&e) {
                                    let mut d = d.borrow_mut();
                                    d.cause = c;
                                    d.suppress_context = true;
                                }
                            }
                            let e = Exc(e);
                            set_context(rt, &e);
                            break 'inner e;
                        }
                    },
                    Instr::Reraise { exc } => {
                        reraise = true;
                        break 'inner Exc(reg!(exc).clone());
                    }
                    Instr::PushExcInfo { save, exc } => {
                        let e = reg!(exc).clone();
                        reg_mut!(save) = std::mem::replace(&mut rt.handled, e);
                    }
                    Instr::PopExcInfo { save } => {
                        rt.handled = reg!(save).clone();
                    }
                    Instr::CheckExcMatch { dst, exc, typ } => {
                        let (e, ty) = (reg!(exc).clone(), reg!(typ).clone());
                        reg_mut!(dst) = Value::bool(t!(crate::call::exc_matches(rt, &e, &ty)));
                    }
                    Instr::LoadAssertionError { dst } => {
                        reg_mut!(dst) = rt.exc_type("AssertionError")
                    }
                    Instr::PrintExpr { src } => {
                        let v = reg!(src).clone();
                        t!(crate::frame_builtins::call_displayhook(rt, &v));
                    }
                    Instr::WithEnter { exit, dst, mgr } => {
                        let m = reg!(mgr).clone();
                        let (ex, val) = t!(crate::call::with_enter(rt, &m, false));
                        reg_mut!(exit) = ex;
                        reg_mut!(dst) = val;
                    }
                    Instr::AsyncWithEnter { exit, dst, mgr } => {
                        let m = reg!(mgr).clone();
                        let (ex, val) = t!(crate::call::with_enter(rt, &m, true));
                        reg_mut!(exit) = ex;
                        reg_mut!(dst) = val;
                    }
                    Instr::GetAwaitable { dst, src, ctx } => {
                        let v = reg!(src).clone();
                        reg_mut!(dst) = t!(crate::coroutine::get_awaitable_in(rt, &v, ctx.0));
                    }
                    Instr::GetAIter { dst, src } => {
                        let v = reg!(src).clone();
                        reg_mut!(dst) = t!(crate::async_gen::get_aiter(rt, &v));
                    }
                    Instr::GetANext { dst, iter } => {
                        let v = reg!(iter).clone();
                        reg_mut!(dst) = t!(crate::async_gen::get_anext(rt, &v));
                    }
                    Instr::CheckStopAsync { dst, exc } => {
                        let e = Exc(reg!(exc).clone());
                        reg_mut!(dst) = Value::bool(rt.exc_matches(&e, "StopAsyncIteration"));
                    }
                    Instr::AsyncGenWrap { dst, src } => {
                        let v = reg!(src).clone();
                        reg_mut!(dst) = crate::async_gen::wrap(rt, v);
                    }
                    Instr::WithExit { dst, exit, exc } => {
                        let (ex, e) = (reg!(exit).clone(), reg!(exc).clone());
                        let r = if e.is_none() {
                            t!(rt.call(&ex, &[Value::NONE, Value::NONE, Value::NONE], &[]))
                        } else {
                            let ty = rt.type_of(&e);
                            let tb = rt.exc_attr(&e, "__traceback__").unwrap_or(Value::NONE);
                            // The caller tests the result (after awaiting it, for async with).
                            t!(rt.call(&ex, &[ty, e, tb], &[]))
                        };
                        reg_mut!(dst) = r;
                    }
                    Instr::ImportName {
                        dst,
                        name,
                        fromlist,
                        level,
                    } => {
                        let n = code.code.names[name.0 as usize].clone();
                        let fl = code.consts[fromlist.0 as usize].clone();
                        // Module-level code passes its globals as the locals (a function's
                        // are None), as CPython does.
                        let locals = frames.last().and_then(|f| f.locals.clone()).or_else(|| {
                            (code.code.flags & flags::MODULE != 0).then(|| globals.clone())
                        });
                        reg_mut!(dst) = match t!(custom_import(
                            rt,
                            &globals,
                            locals.as_ref(),
                            &n,
                            &fl,
                            level.0 as usize
                        )) {
                            Some(m) => m,
                            None => t!(crate::import::import_name(
                                rt,
                                &n,
                                &fl,
                                level.0 as usize,
                                &globals
                            )),
                        };
                    }
                    Instr::ImportFrom { dst, module, name } => {
                        let m = reg!(module).clone();
                        let n = code.code.names[name.0 as usize].clone();
                        reg_mut!(dst) = t!(crate::import::import_from(rt, &m, &n));
                    }
                    Instr::ImportStar { module } => {
                        let m = reg!(module).clone();
                        let ns = frames
                            .last()
                            .and_then(|f| f.locals.clone())
                            .unwrap_or_else(|| globals.clone());
                        t!(crate::import::import_star(rt, &m, &ns));
                    }
                    Instr::ExcStarSplit { dst, rest, typ } => {
                        let (r, ty) = (reg!(rest).clone(), reg!(typ).clone());
                        let (m, left) = t!(crate::call::exc_star_split(rt, &r, &ty));
                        reg_mut!(dst) = m;
                        reg_mut!(rest) = left;
                    }
                    Instr::ExcStarCollect { raised, exc, part } => {
                        let (l, e, p) =
                            (reg!(raised).clone(), reg!(exc).clone(), reg!(part).clone());
                        crate::call::exc_star_collect(rt, &l, e, &p);
                    }
                    Instr::ExcStarReraise { rest, orig, raised } => {
                        let (r, o, l) =
                            (reg!(rest).clone(), reg!(orig).clone(), reg!(raised).clone());
                        let (result, is_reraise) = t!(crate::call::exc_star_result(rt, &r, &o, &l));
                        if !result.is_none() {
                            reraise = is_reraise;
                            break 'inner Exc(result);
                        }
                    }
                    Instr::MatchSequence { dst, src } => {
                        let v = reg!(src).clone();
                        reg_mut!(dst) = Value::bool(t!(crate::matching::is_sequence(rt, &v)));
                    }
                    Instr::MatchMapping { dst, src } => {
                        let v = reg!(src).clone();
                        reg_mut!(dst) = Value::bool(t!(crate::matching::is_mapping(rt, &v)));
                    }
                    Instr::GetLen { dst, src } => {
                        let v = reg!(src).clone();
                        reg_mut!(dst) = int_from_i64(t!(rt.len(&v)) as i64);
                    }
                    Instr::MatchKeys { dst, src, keys } => {
                        let (v, k) = (reg!(src).clone(), reg!(keys).clone());
                        reg_mut!(dst) = t!(crate::matching::match_keys(rt, &v, &k));
                    }
                    Instr::DictWithout { dst, src, keys } => {
                        let (v, k) = (reg!(src).clone(), reg!(keys).clone());
                        reg_mut!(dst) = t!(crate::matching::dict_without(rt, &v, &k));
                    }
                    Instr::MatchClass {
                        dst,
                        src,
                        cls,
                        kwnames,
                        count,
                    } => {
                        let (v, c) = (reg!(src).clone(), reg!(cls).clone());
                        let names = code.consts[kwnames.0 as usize].clone();
                        reg_mut!(dst) = t!(crate::matching::match_class(
                            rt,
                            &v,
                            &c,
                            &names,
                            count.0 as usize
                        ));
                    }
                    Instr::SetupAnnotations {} => {
                        let ns = frames
                            .last()
                            .and_then(|f| f.locals.clone())
                            .unwrap_or_else(|| globals.clone());
                        if dict_of(&ns).borrow().get_str("__annotations__").is_none() {
                            let k = rt.intern("__annotations__");
                            let d = rt.new_dict(Dict::new());
                            dict_of(&ns).borrow_mut().set_str(k, d);
                        }
                    }
                }
                pc += 1;
            }
        };

        // ---- unwinding ----
        let exc = err;
        // `raise` set the context already; an error from a call sets it here when the
        // exception is new (no traceback yet). One that already passed through Python
        // frames (a function called by map(), an `__exit__`) keeps the context those frames
        // gave it, as in CPython, where the context is set only where it is raised.
        if !reraise && !has_traceback(&exc) {
            set_context(rt, &exc);
        }
        if !reraise {
            let fo = frames.last().map(|f| f.obj.clone()).unwrap_or(Value::NONE);
            add_traceback(&exc, &code.to_rc(), &globals, pc, fo);
        }
        loop {
            let fr = frames.last_mut().expect("frame");
            fr.pc = pc;
            if let Some(h) = fr.code.code.handler_for(pc) {
                handler_frame(rt, &exc, &mut frames);
                stack[base + h.exc.idx()] = exc.0.clone();
                pc = h.target as usize;
                continue 'outer;
            }
            let obj = frames
                .last_mut()
                .map(|f| std::mem::replace(&mut f.obj, Value::NONE))
                .filter(|o| !o.is_none());
            let fr = frames.pop().expect("frame");
            finish_frame(&exc, obj.as_ref(), &code, fr.base, &mut stack);
            if frames.is_empty() {
                frames.release(rt);
                return Err(exc);
            }
            rt.depth -= 1;
            free_regs(&mut stack, &mut sp, fr.base);
            let caller = frames.last().expect("caller");
            code = crate::code_ref::CodeRef::new(&caller.code);
            globals = caller.globals.clone();
            base = caller.base;
            pc = caller.pc;
            if fr.ret_dst == GEN_RETURN {
                // A generator's step run for the `for` at `pc` raised: the generator is
                // done, and the `for` raises (as a call that failed there).
                if let Some(g) = &fr.init_self {
                    let (e, outer) = crate::generator_inline::finish_raised(rt, g, exc);
                    // (A generator whose frame was left out of the step above it: the
                    // exception is raised at its `yield from`.)
                    if let Some(outer) = outer {
                        let en = crate::generator_inline::reenter(
                            rt,
                            &outer,
                            &mut stack,
                            &mut sp,
                            &mut frames,
                            pc,
                        );
                        let f = frames.last().expect("the generator's frame");
                        code = crate::code_ref::CodeRef::new(&f.code);
                        globals = f.globals.clone();
                        base = en.base;
                        pc = en.pc;
                    }
                    pending = Some(e);
                    continue 'outer;
                }
            }
            let fo = caller.obj.clone();
            add_traceback(&exc, &code.to_rc(), &globals, pc, fo);
        }
    }
}
