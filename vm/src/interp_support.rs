//! Helpers of the interpreter loop kept out of `interp.rs`: name lookups with their caches
//! and errors, traceback and context bookkeeping, function creation, frame entry on the
//! register stack, and comparison fast paths.

use std::rc::Rc;

use molt_builtins::dict::Dict;
use molt_builtins::object::{CodeObject, Exc, Function, IterState, TbEntry};
use molt_builtins::ops::cmp::CmpOp;
use molt_builtins::{Kind, Obj, PyResult, Runtime, Value};
use molt_bytecode::code::flags;

use crate::frame::{bind_args, Frame};

pub fn add_traceback(exc: &Exc, code: &Rc<CodeObject>, globals: &Value, pc: usize, frame: Value) {
    if code.code.flags & flags::HIDDEN != 0 {
        return;
    }
    if let Some(d) = molt_builtins::exceptions::data(&exc.0) {
        d.borrow_mut().traceback.push(TbEntry {
            code: code.code.clone(),
            line: code.code.line_at(pc),
            pc: pc as u32,
            code_obj: code.clone(),
            globals: globals.clone(),
            frame,
            regs: None,
        });
    }
}

/// `super()` with no arguments that the compiler could not give `__class__` and `self`.
#[cold]
#[inline(never)]
pub(crate) fn zero_arg_super_error(rt: &mut Runtime, c: &molt_bytecode::Code) -> Exc {
    let has_arg = c.flags & flags::MODULE == 0 && (c.argcount > 0 || c.flags & flags::VARARGS != 0);
    rt.new_exc(
        "RuntimeError",
        if has_arg {
            "super(): __class__ cell not found"
        } else {
            "super(): no arguments"
        },
    )
}

/// `CallArgsExtend`: appends the items of `*v` to the argument list `list` (for `func`,
/// or for class bases when `func` is None), with CPython's message for a non-iterable.
#[inline(never)]
pub(crate) fn call_args_extend(
    rt: &mut Runtime,
    list: &Value,
    v: &Value,
    func: &Value,
) -> PyResult<()> {
    let items = match rt.to_vec(v) {
        Ok(i) => i,
        Err(e) => {
            if rt.exc_matches(&e, "TypeError") && rt.get_iter(v).is_err() {
                let msg = if func.is_none() {
                    format!("Value after * must be an iterable, not {}", rt.type_name(v))
                } else {
                    format!(
                        "{} argument after * must be an iterable, not {}",
                        crate::call::function_str(rt, func),
                        rt.type_name(v)
                    )
                };
                return Err(rt.type_error(&msg));
            }
            return Err(e);
        }
    };
    if let Some(Kind::List(l)) = list.kind() {
        l.borrow_mut().extend(items);
    }
    Ok(())
}

/// `LoadDictOrGlobal`: name `ni` from the class namespace in cell `dict`, else a global.
#[inline(never)]
pub(crate) fn load_dict_or_global(
    rt: &mut Runtime,
    code: &CodeObject,
    globals: &Value,
    dict: &Value,
    ni: usize,
    regs: &[Value],
) -> PyResult {
    let n = &code.names[ni];
    if let Some(v) = class_dict_get(rt, dict, n)? {
        return Ok(v);
    }
    match load_global(rt, globals, n) {
        Ok(v) => Ok(v),
        Err(_) => {
            let nm = code.code.names[ni].clone();
            Err(name_error_in(rt, &nm, &code.code, globals, None, regs))
        }
    }
}

/// `LoadDictOrDeref`: name `ni` from the class namespace in cell `dict`, else cell `cell`.
#[inline(never)]
pub(crate) fn load_dict_or_deref(
    rt: &mut Runtime,
    code: &CodeObject,
    dict: &Value,
    cell: &Value,
    ni: usize,
) -> PyResult {
    if let Some(v) = class_dict_get(rt, dict, &code.names[ni])? {
        return Ok(v);
    }
    match cell.kind() {
        Some(Kind::Cell(c)) if !c.borrow().is_unbound() => Ok(c.borrow().clone()),
        _ => {
            let nm = &code.code.names[ni];
            Err(rt.new_exc(
                "NameError",
                &format!(
                    "cannot access free variable '{nm}' where it is not associated with a value in enclosing scope"
                ),
            ))
        }
    }
}

/// `name` in the class namespace held by cell `cell` (annotation scopes in a class).
pub(crate) fn class_dict_get(
    rt: &mut Runtime,
    cell: &Value,
    name: &Value,
) -> PyResult<Option<Value>> {
    let ns = match cell.kind() {
        Some(Kind::Cell(c)) => c.borrow().clone(),
        _ => return Ok(None),
    };
    match ns.kind() {
        Some(Kind::Dict(d)) => Ok(d.borrow().get_strv(name).cloned()),
        None => Ok(None),
        _ if ns.is_unbound() || ns.is_none() => Ok(None),
        _ => match rt.getitem(&ns, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if rt.exc_matches(&e, "KeyError") => Ok(None),
            Err(e) => Err(e),
        },
    }
}

/// Whether the exception has passed through a Python frame (has traceback entries).
pub(crate) fn has_traceback(exc: &Exc) -> bool {
    molt_builtins::exceptions::data(&exc.0).is_some_and(|d| !d.borrow().traceback.is_empty())
}

/// Sets `__context__` of a newly raised exception to the exception being handled.
pub(crate) fn set_context(rt: &Runtime, exc: &Exc) {
    let handled = rt.current_exception();
    if handled.is_none() || handled.is(&exc.0) {
        return;
    }
    if let Some(d) = molt_builtins::exceptions::data(&exc.0) {
        // Avoid cycles as CPython does: where the handled exception's context chain
        // reaches exc, that link is cut.
        let mut cur = handled.clone();
        let mut steps = 0;
        while let Some(cd) = molt_builtins::exceptions::data(&cur) {
            let next = cd.borrow().context.clone();
            if next.is(&exc.0) {
                cd.borrow_mut().context = Value::NONE;
                break;
            }
            if steps > 10_000 {
                break;
            }
            cur = next;
            steps += 1;
        }
        d.borrow_mut().context = handled;
    }
}

pub(crate) fn name_error(rt: &mut Runtime, name: &str) -> Exc {
    let e = rt.new_exc("NameError", &format!("name '{name}' is not defined"));
    let n = rt.new_str(name);
    molt_builtins::exceptions::set_attr_raw(&e.0, "name", n);
    e
}

/// NameError with CPython's "Did you mean" hint computed from the frame's names
/// (`regs`: the frame's registers, locals first): in a method whose `self` has the
/// attribute, "Did you mean: 'self.name'?".
pub(crate) fn name_error_in(
    rt: &mut Runtime,
    name: &str,
    code: &molt_bytecode::Code,
    globals: &Value,
    locals: Option<&Value>,
    regs: &[Value],
) -> Exc {
    if code.flags & flags::MODULE == 0 {
        let slf = code
            .varnames
            .iter()
            .position(|v| &**v == "self")
            .and_then(|i| regs.get(i))
            .map(|v| match v.kind() {
                Some(Kind::Cell(c)) => c.borrow().clone(),
                _ => v.clone(),
            })
            .filter(|v| !v.is_unbound());
        if let Some(s) = slf {
            if rt.getattr(&s, name).is_ok() {
                let e = name_error(rt, name);
                if let Some(d) = molt_builtins::exceptions::data(&e.0) {
                    d.borrow_mut().hint = Some(format!("Did you mean: 'self.{name}'?"));
                }
                return e;
            }
        }
    }
    let e = name_error(rt, name);
    let mut cands: Vec<String> = Vec::new();
    if code.flags & flags::MODULE == 0 {
        cands.extend(code.varnames.iter().map(|v| v.to_string()));
    }
    for ns in [locals, Some(globals), Some(&rt.builtins.clone())]
        .into_iter()
        .flatten()
    {
        if let Some(Kind::Dict(d)) = ns.kind() {
            for k in d.borrow().keys() {
                if let Some(Kind::Str(s)) = k.kind() {
                    cands.push(s.s.as_str().to_owned());
                }
            }
        }
    }
    let hint = crate::suggest::suggest(name, &cands).map(|s| format!("Did you mean: '{s}'?"));
    if let Some(d) = molt_builtins::exceptions::data(&e.0) {
        d.borrow_mut().hint = hint;
    }
    e
}

pub(crate) fn load_global(rt: &mut Runtime, globals: &Value, name: &Value) -> PyResult {
    if let Some(Kind::Dict(d)) = globals.kind() {
        if let Some(v) = d.borrow().get_strv(name) {
            return Ok(v.clone());
        }
    }
    let builtins = custom_builtins(rt, globals).unwrap_or_else(|| rt.builtins.clone());
    if let Some(Kind::Dict(b)) = builtins.kind() {
        if let Some(v) = b.borrow().get_strv(name) {
            return Ok(v.clone());
        }
    }
    let n = rt.str_of(name)?;
    Err(name_error(rt, &n))
}

/// The builtins namespace of `globals` when its `__builtins__` is not the interpreter's
/// (exec/eval with a restricted `__builtins__` dict or module).
fn custom_builtins(rt: &Runtime, globals: &Value) -> Option<Value> {
    let Some(Kind::Dict(d)) = globals.kind() else {
        return None;
    };
    let b = d.borrow().get_str("__builtins__").cloned()?;
    let dict = match b.kind() {
        Some(Kind::Module(m)) => m.dict.clone(),
        Some(Kind::Dict(_)) => b,
        _ => return None,
    };
    (!dict.is(&rt.builtins)).then_some(dict)
}

/// `import` statements call the `__import__` of the frame's builtins: when that is not
/// the interpreter's own (a restricted `__builtins__`, or `builtins.__import__` replaced),
/// R[dst] := what it returns; None means the usual import. ImportError when a restricted
/// `__builtins__` has no `__import__`.
#[inline(never)]
pub(crate) fn custom_import(
    rt: &mut Runtime,
    globals: &Value,
    locals: Option<&Value>,
    name: &str,
    fromlist: &Value,
    level: usize,
) -> PyResult<Option<Value>> {
    let builtins = custom_builtins(rt, globals).unwrap_or_else(|| rt.builtins.clone());
    let f = match builtins.kind() {
        Some(Kind::Dict(d)) => d.borrow().get_str("__import__").cloned(),
        _ => None,
    };
    let Some(f) = f else {
        return Err(rt.new_exc("ImportError", "__import__ not found"));
    };
    if matches!(f.kind(), Some(Kind::Builtin(b)) if b.name == "__import__" && b.bound.is_none()) {
        return Ok(None);
    }
    let n = rt.new_str(name);
    let l = locals.cloned().unwrap_or(Value::NONE);
    let fl = if fromlist.is_none() {
        Value::NONE
    } else {
        fromlist.clone()
    };
    rt.call(
        &f,
        &[n, globals.clone(), l, fl, Value::small_int(level as i64)],
        &[],
    )
    .map(Some)
}

/// A class statement under a restricted `__builtins__` needs its `__build_class__`.
#[inline(never)]
pub(crate) fn check_build_class(rt: &mut Runtime, globals: &Value) -> PyResult<()> {
    if let Some(b) = custom_builtins(rt, globals) {
        let has = match b.kind() {
            Some(Kind::Dict(d)) => d.borrow().get_str("__build_class__").is_some(),
            _ => true,
        };
        if !has {
            return Err(rt.new_exc("NameError", "__build_class__ not found"));
        }
    }
    Ok(())
}

/// A global read through the code object's per-name cache (filling it on a miss);
/// `caches` are the code's (`code.attr_caches()`).
#[inline(always)]
pub(crate) fn cached_global(
    rt: &Runtime,
    code: &CodeObject,
    caches: &molt_builtins::object::SiteCaches,
    ni: usize,
    globals: &Value,
) -> Option<Value> {
    cached_global_with(rt, code, caches, ni, globals, Value::clone)
}

/// `pick` of the global `cached_global` would give, given the value where it lies (so that
/// a caller that needs only a part of it does not take a reference).
#[inline(always)]
pub(crate) fn cached_global_with<R>(
    rt: &Runtime,
    code: &CodeObject,
    caches: &molt_builtins::object::SiteCaches,
    ni: usize,
    globals: &Value,
    pick: impl Fn(&Value) -> R,
) -> Option<R> {
    let Some(Kind::Dict(g)) = globals.kind() else {
        return None;
    };
    let c = caches.globals[ni].get();
    // Found in the module: only the module's dict version matters.
    // (The dicts are read without borrow bookkeeping: see crate::memo_read.)
    if c.slot > 0 {
        let found = crate::memo_read::read(g, |g| {
            if c.globals_version == g.version {
                g.value_ref((c.slot - 1) as usize).map(&pick)
            } else {
                None
            }
        });
        if found.is_some() {
            return found;
        }
    } else if c.slot < 0 {
        // A builtin: neither dict may have changed.
        if let Some(Kind::Dict(b)) = rt.builtins.kind() {
            if crate::memo_read::read(g, |g| g.version) == c.globals_version {
                let found = crate::memo_read::read(b, |b| {
                    if c.builtins_version == b.version {
                        b.value_ref((-c.slot - 1) as usize).map(&pick)
                    } else {
                        None
                    }
                });
                if found.is_some() {
                    return found;
                }
            }
        }
    }
    cached_global_miss(rt, code, caches, ni, globals).map(|v| pick(&v))
}

/// What a call of a global calls (`CallGlobal`): one of the builtins the loop runs in a
/// form of its own (`Builtin::fast`, unbound), known without taking a reference to it, or
/// any other value.
pub(crate) enum GlobalCallee {
    Fast(u8),
    Value(Value),
}

/// `GlobalCallee` of global value `v`.
#[inline(always)]
pub(crate) fn global_callee(v: &Value) -> GlobalCallee {
    match v.kind() {
        Some(Kind::Builtin(b)) if b.fast != 0 && b.bound.is_none() => GlobalCallee::Fast(b.fast),
        _ => GlobalCallee::Value(v.clone()),
    }
}

/// `cached_global` when the cache does not hold the name: looked up and cached.
#[inline(never)]
fn cached_global_miss(
    rt: &Runtime,
    code: &CodeObject,
    caches: &molt_builtins::object::SiteCaches,
    ni: usize,
    globals: &Value,
) -> Option<Value> {
    let Some(Kind::Dict(g)) = globals.kind() else {
        return None;
    };
    let cell = &caches.globals[ni];
    let Some(Kind::Dict(b)) = rt.builtins.kind() else {
        return None;
    };
    if custom_builtins(rt, globals).is_some() {
        return None;
    }
    let (g, b) = (g.borrow(), b.borrow());
    let name = &code.names[ni];
    let slot = match g.find_strv(name) {
        Some(i) => i as i64 + 1,
        None => -(b.find_strv(name)? as i64) - 1,
    };
    cell.set(molt_builtins::object::GlobalCache {
        globals_version: g.version,
        builtins_version: b.version,
        slot,
    });
    if slot > 0 {
        g.value_ref((slot - 1) as usize).cloned()
    } else {
        b.value_ref((-slot - 1) as usize).cloned()
    }
}

pub(crate) fn dict_of(v: &Value) -> &std::cell::RefCell<Dict> {
    match v.kind() {
        Some(Kind::Dict(d)) => d,
        _ => panic!("namespace is always a dict"),
    }
}

/// Creates a function object from a code constant.
pub(crate) fn make_function(
    rt: &mut Runtime,
    code_v: &Value,
    globals: &Value,
    regs: &[Value],
) -> Value {
    let Some(Kind::Code(co)) = code_v.kind() else {
        return Value::NONE;
    };
    let c = &co.code;
    let module = match globals.kind() {
        Some(Kind::Dict(d)) => d
            .borrow()
            .get_str("__name__")
            .cloned()
            .unwrap_or(Value::NONE),
        _ => Value::NONE,
    };
    let doc = match &c.doc {
        Some(d) => rt.new_str(d),
        None => Value::NONE,
    };
    let (name, qualname) = co
        .name_strs
        .get_or_init(|| (rt.new_str(&c.name), rt.new_str(&c.qualname)))
        .clone();
    let f = Function {
        code: co.clone(),
        globals: globals.clone(),
        name: std::cell::RefCell::new(name),
        qualname: std::cell::RefCell::new(qualname),
        defaults: std::cell::RefCell::new(regs[0].clone()),
        kwdefaults: std::cell::RefCell::new(regs[1].clone()),
        closure: regs[2].clone(),
        dict: std::cell::RefCell::new(match regs.get(3) {
            Some(ann) if !ann.is_none() => {
                let mut d = Dict::new();
                d.set_str(rt.intern("__annotations__"), ann.clone());
                Some(rt.new_dict(d))
            }
            _ => None,
        }),
        doc: std::cell::RefCell::new(doc),
        module,
    };
    let v = Value::from_obj(Obj::new(Kind::Function(Box::new(f))));
    rt.gc.track(&v);
    v
}

/// Makes room for a Python function's registers on this run's stack and binds the
/// arguments; returns the new frame's base.
pub(crate) fn enter_function(
    rt: &mut Runtime,
    stack: &mut Vec<Value>,
    sp: &mut usize,
    fo: &Function,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<usize> {
    let newbase = *sp;
    alloc_regs(stack, sp, newbase + fo.code.code.nregs as usize);
    if let Err(e) = bind_args(rt, fo, &mut stack[newbase..], args, kw) {
        free_regs(stack, sp, newbase);
        return Err(e);
    }
    count_entry(rt, stack, sp, newbase)
}

/// The recursion depth of a frame just set up at `newbase` counted and checked (see
/// `entry_check`): `newbase`, or the error with the frame's registers freed.
#[inline(always)]
fn count_entry(
    rt: &mut Runtime,
    stack: &mut [Value],
    sp: &mut usize,
    newbase: usize,
) -> PyResult<usize> {
    rt.depth += 1;
    if rt.depth > rt.call_check_depth {
        if let Some(e) = entry_check(rt) {
            rt.depth -= 1;
            free_regs(stack, sp, newbase);
            return Err(e);
        }
    }
    Ok(newbase)
}

/// The checks made at one backward jump in `LOOP_CHECK_EVERY` (see the loop's `jump!`):
/// the tick count started again, an embedder's limits charged for the loop's
/// instructions (`pc + 1 - to`), a pending interrupt or signal handler, a due collection.
/// An exception to raise comes with whether it is raised at the jump's target (an
/// interrupt's or a signal handler's) rather than at the jump (a limit's).
#[cold]
#[inline(never)]
pub(crate) fn loop_check(rt: &mut Runtime, pc: usize, to: usize) -> Result<(), (Exc, bool)> {
    use std::sync::atomic::Ordering::Relaxed;
    rt.loop_ticks = rt.loop_check_interval();
    if rt.sandbox.active {
        if let Some(e) = limit_reached(rt, (pc + 1 - to) as u64) {
            return Err((e, false));
        }
    }
    if rt.interrupt.load(Relaxed) {
        rt.interrupt.store(false, Relaxed);
        return Err((rt.new_exc("KeyboardInterrupt", ""), true));
    }
    #[cfg(unix)]
    if molt_builtins::modules::signals::pending() {
        molt_builtins::modules::signals::run_pending(rt).map_err(|e| (e, true))?;
    }
    if crate::gc_support::boundary_work_due(rt) {
        crate::gc_support::at_call_boundary(rt);
    }
    Ok(())
}

/// Charges an embedder's fuel limit `cost` units (and checks its other limits): the
/// exception to raise when one is reached. (Out of line: the loop only tests whether any
/// limit is set.)
#[cold]
#[inline(never)]
pub(crate) fn limit_reached(rt: &mut Runtime, cost: u64) -> Option<molt_builtins::Exc> {
    let e = rt.sandbox.charge(cost)?;
    Some(rt.limit_exception(e))
}

/// The slow path of entering a frame, taken past `Runtime::call_check_depth`: an
/// embedder's limits (charged one unit of fuel per call) and the recursion limit.
#[cold]
#[inline(never)]
pub(crate) fn entry_check(rt: &mut Runtime) -> Option<molt_builtins::Exc> {
    if rt.sandbox.active {
        if let Some(e) = limit_reached(rt, 1) {
            return Some(e);
        }
    }
    (rt.depth > rt.recursion_limit)
        .then(|| rt.new_exc("RecursionError", "maximum recursion depth exceeded"))
}

/// `d[k] = v` in place when `d` is a dict and `k` a key that needs no Python to hash and
/// place (see `dict::pure_hash`); false (nothing done) otherwise. The replaced value is
/// dropped after the dict's borrow ends (its `__del__` could touch the dict).
#[inline(always)]
pub(crate) fn store_pure_item(d: &Value, k: &Value, v: &Value) -> bool {
    let Some(Kind::Dict(d)) = d.kind() else {
        return false;
    };
    let Some(h) = molt_builtins::dict::pure_hash(k) else {
        return false;
    };
    let stored = d.borrow_mut().store_pure(k, h, v.clone());
    match stored {
        Ok(old) => {
            drop(old);
            true
        }
        Err(_) => false,
    }
}

/// The number of registers of `f` when it is a Python function whose code a call with
/// `n` positional arguments enters through `enter_exact` (`CallShape::exact_arity`).
#[inline(always)]
pub(crate) fn exact_callee(f: &Value, n: usize) -> Option<usize> {
    exact_function(f, n).map(|(_, nregs)| nregs)
}

/// `exact_callee` with the function itself: for a caller that holds `f` apart from the
/// register stack, so that the function can be entered without reading its kind again.
#[inline(always)]
pub(crate) fn exact_function(f: &Value, n: usize) -> Option<(&Function, usize)> {
    match f.kind() {
        Some(Kind::Function(fo)) if fo.code.call_shape.exact_arity as usize == n => {
            Some((fo, fo.code.call_shape.nregs as usize))
        }
        _ => None,
    }
}

/// Sets up the frame of an `exact_callee` with `nregs` registers for a call with the `n`
/// arguments at `stack[a0..a0 + n]` (registers of the calling frame): registers reserved
/// past the stack pointer, the arguments moved into the first ones (the caller's argument
/// registers are left unbound), the recursion depth checked. Returns the new frame's
/// base; on an error (the recursion limit) the new frame's registers, arguments
/// included, are freed.
#[inline(always)]
pub(crate) fn enter_exact(
    rt: &mut Runtime,
    stack: &mut Vec<Value>,
    sp: &mut usize,
    nregs: usize,
    a0: usize,
    n: usize,
) -> PyResult<usize> {
    let newbase = *sp;
    alloc_regs(stack, sp, newbase + nregs);
    move_args(stack, a0, newbase, n);
    count_entry(rt, stack, sp, newbase)
}

/// Moves the `n` call arguments at `stack[a0..]` (registers of the calling frame) into
/// the new frame's registers from `to`, leaving the caller's unbound. A call's argument
/// registers are temporaries the compiler reads for the call alone (see compiler::call),
/// so no count changes here or when the caller next writes them.
#[inline(always)]
fn move_args(stack: &mut [Value], a0: usize, to: usize, n: usize) {
    for i in 0..n {
        // (`a0 + i` is below the new frame, `to + i` one of its registers: both in bounds
        // by crate::regs' invariant.)
        let v = std::mem::replace(crate::regs::get_mut(stack, a0 + i), Value::UNBOUND);
        bind_unbound(crate::regs::get_mut(stack, to + i), v);
    }
}

/// Sets up the frame of an `exact_callee` with `nregs` registers for a method call with
/// self in register `this` (read where it is: cloned) and the `n` arguments after it at
/// `stack[a0..a0 + n]` (moved, as `enter_exact` moves them).
#[inline(always)]
pub(crate) fn enter_method(
    rt: &mut Runtime,
    stack: &mut Vec<Value>,
    sp: &mut usize,
    nregs: usize,
    this: usize,
    a0: usize,
    n: usize,
) -> PyResult<usize> {
    let newbase = *sp;
    alloc_regs(stack, sp, newbase + nregs);
    // (`this` and `a0 + i` are registers of the calling frame, `newbase + i` ones of the
    // new frame's `nregs >= n + 1`: all in bounds by crate::regs' invariant.)
    let v = crate::regs::get(stack, this).clone();
    bind_unbound(crate::regs::get_mut(stack, newbase), v);
    move_args(stack, a0, newbase + 1, n);
    count_entry(rt, stack, sp, newbase)
}

/// Whether a call of `fo` with `n` positional arguments binds them straight into its
/// first registers (no `*args`, `**kwargs` or keyword-only parameters; too few arguments
/// only where defaults make up the rest), so `bind_positional` can set up its frame.
#[inline(always)]
pub(crate) fn plain_positional(fo: &Function, n: usize) -> bool {
    let code = &fo.code.code;
    let argcount = code.argcount as usize;
    let simple_sig =
        code.kwonlyargcount == 0 && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0;
    // Trailing parameters left out take their defaults.
    let ndefaults = || match fo.defaults.borrow().kind() {
        Some(Kind::Tuple(d)) => d.len(),
        _ => 0,
    };
    simple_sig && n <= argcount && (n == argcount || argcount - n <= ndefaults())
}

/// The number of registers of the function `f` when it is a Python function (not a
/// generator's or coroutine's) that a call with `n` positional arguments enters through
/// `bind_positional`.
#[inline(always)]
pub(crate) fn plain_callee(f: &Value, n: usize) -> Option<usize> {
    match f.kind() {
        Some(Kind::Function(fo))
            if fo.code.code.flags & flags::RESUMABLE == 0 && plain_positional(fo, n) =>
        {
            Some(fo.code.code.nregs as usize)
        }
        _ => None,
    }
}

/// Sets up the frame of `fo` (a `plain_positional` call) in `callee`, the registers just
/// reserved for it (all unbound): the arguments `args` and defaults placed, closure cells
/// loaded, the recursion depth checked. On an error the registers are unbound again.
#[inline(always)]
pub(crate) fn bind_positional(
    rt: &mut Runtime,
    fo: &Function,
    args: &[Value],
    callee: &mut [Value],
) -> PyResult<()> {
    let code = &fo.code.code;
    let n = args.len();
    let argcount = code.argcount as usize;
    for (d, s) in callee[..n].iter_mut().zip(args) {
        bind_unbound(d, s.clone());
    }
    if n < argcount {
        if let Some(Kind::Tuple(d)) = fo.defaults.borrow().kind() {
            let from = d.len() - (argcount - n);
            callee[n..argcount].clone_from_slice(&d[from..]);
        }
    }
    finish_binding(rt, fo, callee)
}

/// Sets up a Python function's frame for a call with positional arguments
/// `stack[a0..a0 + n]`: registers reserved, arguments placed (straight copies when the
/// signature is plain), closure cells loaded, recursion depth checked. Returns the base.
#[inline(always)]
pub(crate) fn enter_positional(
    rt: &mut Runtime,
    stack: &mut Vec<Value>,
    sp: &mut usize,
    fo: &Function,
    a0: usize,
    n: usize,
) -> PyResult<usize> {
    if !plain_positional(fo, n) {
        let args: smallvec::SmallVec<[Value; 6]> = stack[a0..a0 + n].iter().cloned().collect();
        return enter_function(rt, stack, sp, fo, &args, &[]);
    }
    let newbase = *sp;
    alloc_regs(stack, sp, newbase + fo.code.code.nregs as usize);
    let (caller, callee) = stack.split_at_mut(newbase);
    if let Err(e) = bind_positional(rt, fo, &caller[a0..a0 + n], callee) {
        *sp = newbase;
        return Err(e);
    }
    Ok(newbase)
}

/// Sets up a Python function's frame for a call with keywords: `slf` (a bound method's
/// self) if any, the positional arguments `stack[a0..a0 + npos]`, then one value for each
/// name of `names` after them. None (nothing changed) when the call needs the general
/// binding: a `*args`/`**kwargs` signature, a name that is not a parameter or is given
/// twice, a parameter left without a value (the general path reports these).
#[allow(clippy::too_many_arguments)] // the loop's state and the call's operands
pub(crate) fn enter_keywords(
    rt: &mut Runtime,
    stack: &mut Vec<Value>,
    sp: &mut usize,
    fo: &Function,
    slf: Option<&Value>,
    a0: usize,
    npos: usize,
    names: &[Value],
) -> Option<PyResult<usize>> {
    let code = &fo.code.code;
    if code.flags & (flags::VARARGS | flags::VARKEYWORDS) != 0 {
        return None;
    }
    let argcount = code.argcount as usize;
    let nparams = argcount + code.kwonlyargcount as usize;
    let posonly = code.posonlyargcount as usize;
    let lead = slf.is_some() as usize;
    if lead + npos > argcount {
        return None;
    }
    let newbase = *sp;
    alloc_regs(stack, sp, newbase + code.nregs as usize);
    let (caller, callee) = stack.split_at_mut(newbase);
    if let Some(s) = slf {
        callee[0] = s.clone();
    }
    callee[lead..lead + npos].clone_from_slice(&caller[a0..a0 + npos]);
    let mut ok = true;
    for (j, name) in names.iter().enumerate() {
        let Some(Kind::Str(k)) = name.kind() else {
            ok = false;
            break;
        };
        let at = code.varnames[..nparams]
            .iter()
            .position(|v| **v == *k.s)
            .filter(|&i| i >= posonly && i >= lead + npos);
        match at {
            Some(i) if callee[i].is_unbound() => callee[i] = caller[a0 + npos + j].clone(),
            _ => {
                ok = false;
                break;
            }
        }
    }
    // Defaults for the parameters left out.
    if ok && callee[..nparams].iter().any(|v| v.is_unbound()) {
        let defaults = fo.defaults.borrow().clone();
        let defs: &[Value] = match defaults.kind() {
            Some(Kind::Tuple(t)) => t,
            _ => &[],
        };
        let first_def = argcount.saturating_sub(defs.len());
        for i in 0..argcount {
            if callee[i].is_unbound() {
                if i < first_def {
                    ok = false;
                    break;
                }
                callee[i] = defs[i - first_def].clone();
            }
        }
        if ok && nparams > argcount {
            let kwdefaults = fo.kwdefaults.borrow().clone();
            #[allow(clippy::needless_range_loop)] // indexes both `callee` and `varnames`
            for i in argcount..nparams {
                if callee[i].is_unbound() {
                    match crate::frame::kwonly_default(&kwdefaults, &code.varnames[i]) {
                        Some(v) => callee[i] = v,
                        None => {
                            ok = false;
                            break;
                        }
                    }
                }
            }
        }
    }
    if !ok {
        free_regs(stack, sp, newbase);
        return None;
    }
    Some(finish_entry(rt, stack, sp, fo, newbase))
}

/// `enter_positional` with `slf` before the arguments `stack[a0..a0 + n]` (a bound
/// method, `__init__` of a new instance, a property getter).
#[inline(always)]
pub(crate) fn enter_with_self(
    rt: &mut Runtime,
    stack: &mut Vec<Value>,
    sp: &mut usize,
    fo: &Function,
    slf: &Value,
    a0: usize,
    n: usize,
) -> PyResult<usize> {
    let code = &fo.code.code;
    let plain = code.argcount as usize == n + 1
        && code.kwonlyargcount == 0
        && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0;
    if !plain {
        let mut args: smallvec::SmallVec<[Value; 6]> = smallvec::SmallVec::new();
        args.push(slf.clone());
        args.extend(stack[a0..a0 + n].iter().cloned());
        return enter_function(rt, stack, sp, fo, &args, &[]);
    }
    let newbase = *sp;
    alloc_regs(stack, sp, newbase + code.nregs as usize);
    let (caller, callee) = stack.split_at_mut(newbase);
    bind_unbound(&mut callee[0], slf.clone());
    for (d, s) in callee[1..n + 1].iter_mut().zip(&caller[a0..a0 + n]) {
        bind_unbound(d, s.clone());
    }
    finish_entry(rt, stack, sp, fo, newbase)
}

/// The end of a frame's entry once its arguments are in place: the closure's cells loaded
/// into the free-variable registers, and the recursion depth checked.
#[inline(always)]
fn finish_entry(
    rt: &mut Runtime,
    stack: &mut [Value],
    sp: &mut usize,
    fo: &Function,
    newbase: usize,
) -> PyResult<usize> {
    match finish_binding(rt, fo, &mut stack[newbase..]) {
        Ok(()) => Ok(newbase),
        Err(e) => {
            // (Its registers are unbound again: the frame is given up.)
            *sp = newbase;
            Err(e)
        }
    }
}

/// `finish_entry` on the new frame's registers `callee`: on an error they are unbound
/// again (the caller moves the stack pointer back).
#[inline(always)]
fn finish_binding(rt: &mut Runtime, fo: &Function, callee: &mut [Value]) -> PyResult<()> {
    let code = &fo.code.code;
    if let Some(Kind::Tuple(cells)) = fo.closure.kind() {
        for (r, c) in code.freevars.iter().zip(cells.iter()) {
            bind_unbound(&mut callee[r.idx()], c.clone());
        }
    }
    rt.depth += 1;
    if rt.depth > rt.call_check_depth {
        if let Some(e) = entry_check(rt) {
            rt.depth -= 1;
            for v in &mut callee[..code.nregs as usize] {
                *v = Value::UNBOUND;
            }
            return Err(e);
        }
    }
    Ok(())
}

/// Puts `v` in a new frame's register `slot`, which is unbound (registers past the stack
/// pointer always are: see `alloc_regs`), so there is no old value to release.
#[inline(always)]
fn bind_unbound(slot: &mut Value, v: Value) {
    let old = std::mem::replace(slot, v);
    debug_assert!(old.is_unbound(), "a new frame's register was bound");
    // (Unbound is an inline word: nothing to release.)
    std::mem::forget(old);
}

/// Reserves registers up to `top` on the stack. Slots above the stack pointer are always
/// unbound (see `free_regs`), so a new frame's registers start unbound without writes.
#[inline(always)]
pub(crate) fn alloc_regs(stack: &mut Vec<Value>, sp: &mut usize, top: usize) {
    // (And `regs::PAD` registers past the frame, which the loop's unchecked register access
    // relies on: see crate::regs.)
    if stack.len() < top + crate::regs::PAD {
        stack.resize(top + crate::regs::PAD, Value::UNBOUND);
    }
    *sp = top;
}

/// The native storage inside instance `v` (a deque's) when it is of type `owner`: what a
/// method of that type acts on.
#[inline]
pub(crate) fn native_storage_for(v: &Value, owner: Option<&'static str>) -> Option<Value> {
    let owner = owner?;
    let p = molt_builtins::typeobj::builtin_payload(v)?;
    match p.kind() {
        Some(Kind::Native(t, _)) => molt_builtins::typeobj::as_type(t)
            .is_some_and(|t| *t.name.borrow() == owner)
            .then(|| p.clone()),
        _ => None,
    }
}

/// What a call that made instance `obj` gives when its `__init__` returned `v`: the
/// instance, or CPython's TypeError when `v` is not None.
#[cold]
#[inline(never)]
pub(crate) fn init_result(rt: &mut Runtime, obj: Value, v: Value) -> PyResult<Value> {
    if !v.is_none() {
        let msg = format!("__init__() should return None, not '{}'", rt.type_name(&v));
        return Err(rt.type_error(&msg));
    }
    Ok(obj)
}

/// `o[k]` for a list, tuple or ASCII str (a shared one-character str) and a small int
/// index in range, or a dict holding key `k` that needs no Python to hash and compare;
/// None otherwise (nothing done).
#[inline(always)]
pub(crate) fn getitem_fast(rt: &Runtime, o: &Value, k: &Value) -> Option<Value> {
    if let Some(i) = k.as_small_int() {
        let item = match o.kind() {
            Some(Kind::List(l)) => {
                let l = l.borrow();
                seq_pos(i, l.len()).map(|j| l[j].clone())
            }
            Some(Kind::Tuple(t)) => seq_pos(i, t.len()).map(|j| t[j].clone()),
            Some(Kind::Str(s)) if s.is_ascii() => {
                let b = s.s.as_bytes();
                seq_pos(i, b.len()).map(|j| rt.char_str(b[j] as char))
            }
            _ => None,
        };
        if item.is_some() {
            return item;
        }
    }
    if let Some(Kind::Dict(d)) = o.kind() {
        if let Some(h) = molt_builtins::dict::pure_hash(k) {
            return d.borrow().lookup_pure(k, h).flatten().cloned();
        }
    }
    None
}

/// The register count up to which `free_regs` releases a frame's registers in
/// straight-line code.
const SMALL_FRAME: usize = 8;

/// Releases the registers from `base` up: their values are dropped and the slots left
/// unbound for the next frame.
#[inline(always)]
pub(crate) fn free_regs(stack: &mut [Value], sp: &mut usize, base: usize) {
    let regs = crate::regs::frame_mut(stack, base, *sp);
    if regs.len() <= SMALL_FRAME {
        // (A loop of constant length, which the compiler unrolls: straight-line code with
        // its constants in registers, for the small frames most calls have.)
        for i in 0..SMALL_FRAME {
            if i >= regs.len() {
                break;
            }
            regs[i] = Value::UNBOUND;
        }
    } else {
        for v in regs {
            *v = Value::UNBOUND;
        }
    }
    *sp = base;
}

/// Records the caller's (globals, locals) for builtins that need them, and for
/// `sys._getframe` the frame objects of this run of the loop.
#[inline(always)]
pub(crate) fn set_frame_scope(
    rt: &mut Runtime,
    f: &Value,
    frames: &mut crate::frame::FrameStack,
    pc: usize,
    stack: &[Value],
    globals: &Value,
) {
    let Some(Kind::Builtin(b)) = f.kind() else {
        return;
    };
    // (Methods of builtin types have an owner and never need the frame.)
    if b.bound.is_some() || b.owner.is_some() || !crate::frame_builtins::needs_frame(b.name) {
        return;
    }
    record_frame_scope(rt, b.name, frames, pc, stack, globals);
}

#[inline(never)]
fn record_frame_scope(
    rt: &mut Runtime,
    name: &str,
    frames: &mut crate::frame::FrameStack,
    pc: usize,
    stack: &[Value],
    globals: &Value,
) {
    if let Some(fr) = frames.last_mut() {
        fr.pc = pc;
    }
    let Some(frame) = frames.last() else { return };
    let locals = frame_locals(rt, frame, stack, globals);
    rt.frame_scope = Some((globals.clone(), locals));
    if name == "_getframe" {
        let mut top = None;
        for i in 0..frames.len() {
            if let Some(fo) = frame_object(rt, frames, i) {
                refresh_frame_object(rt, frames, i, stack, true);
                top = Some(fo);
            }
        }
        // Innermost first, down the `f_back` chain (which also has the frames of
        // generators left out of a step: see generator_inline::enter).
        let mut out = Vec::new();
        let mut next = top;
        while let Some(fo) = next {
            next = crate::frame_obj::with(&fo, |f| f.back.clone()).filter(|b| !b.is_none());
            out.push(fo);
        }
        rt.pending_frames = out;
    }
}

/// The frame object of frame `i` (made, with those of its callers, on first request);
/// None for a hidden frame. Frames' `pc` must be current.
pub(crate) fn frame_object(
    rt: &mut Runtime,
    frames: &mut crate::frame::FrameStack,
    i: usize,
) -> Option<Value> {
    let fr = frames.get_mut(i)?;
    if fr.code.code.flags & flags::HIDDEN != 0 {
        return None;
    }
    if !fr.obj.is_none() {
        return Some(fr.obj.clone());
    }
    // f_back: the nearest visible caller's object.
    let mut back = Value::NONE;
    for j in (0..i).rev() {
        if let Some(b) = frame_object(rt, frames, j) {
            back = b;
            break;
        }
    }
    let fr = frames.get_mut(i)?;
    // A generator's frame entered past generators whose frames were left out of the step
    // (see generator_inline::enter): their frames come between it and its caller.
    if fr.ret_dst == crate::generator_inline::GEN_RETURN {
        if let Some(g) = fr.init_self.clone() {
            back = crate::generator::left_out_frames(rt, &g, back);
        }
    }
    let code = fr.code.clone();
    let globals = fr.globals.clone();
    let line = code.code.line_at(fr.pc);
    // Module-level and class-body frames show their namespace; a function's locals are
    // filled in when read.
    let locals = match &fr.locals {
        Some(l) => l.clone(),
        None if code.code.flags & flags::MODULE != 0 => globals.clone(),
        None => Value::NONE,
    };
    let o = crate::frame_obj::new(rt, code, globals, back, line, locals, None);
    if let Some(fr) = frames.get_mut(i) {
        fr.obj = o.clone();
    }
    Some(o)
}

/// Brings frame `i`'s object (if it has one) up to date: its line, and with `locals` its
/// local variables.
pub(crate) fn refresh_frame_object(
    rt: &mut Runtime,
    frames: &mut crate::frame::FrameStack,
    i: usize,
    stack: &[Value],
    locals: bool,
) {
    let Some(fr) = frames.get_mut(i) else { return };
    let o = fr.obj.clone();
    if o.is_none() {
        return;
    }
    crate::frame_obj::set_line(&o, fr.code.code.line_at(fr.pc));
    if locals {
        let fr = frames.iter().nth(i).expect("frame i");
        let l = frame_locals(rt, fr, stack, &fr.globals);
        // A list/set/dict comprehension running inside a function is part of its frame
        // in CPython 3.12 (PEP 709): its variables show in the function's f_locals.
        let is_function = fr.locals.is_none() && fr.code.code.flags & flags::MODULE == 0;
        if is_function {
            let inner: Vec<(Rc<CodeObject>, usize)> = frames
                .iter()
                .skip(i + 1)
                .take_while(|f| f.code.code.flags & flags::HIDDEN != 0)
                .map(|f| (f.code.clone(), f.base))
                .collect();
            if let Some(Kind::Dict(d)) = l.kind() {
                for (code, base) in inner {
                    let end = (base + code.code.nlocals as usize).min(stack.len());
                    rt.add_register_locals(
                        &code.code,
                        &stack[base.min(end)..end],
                        &mut d.borrow_mut(),
                        true,
                    );
                }
            }
        }
        crate::frame_obj::set_locals(&o, l);
    }
}

/// Before Python code reads an attribute of frame object `o`: if it belongs to one of
/// these frames, refresh it (the running frame's pc is `pc`).
#[inline(never)]
pub(crate) fn refresh_if_frame(
    rt: &mut Runtime,
    o: &Value,
    name: &str,
    frames: &mut crate::frame::FrameStack,
    pc: usize,
    stack: &[Value],
) {
    if !crate::frame_obj::is_frame(rt, o) {
        return;
    }
    if let Some(fr) = frames.last_mut() {
        fr.pc = pc;
    }
    let found = frames.iter().position(|f| f.obj.is(o));
    if let Some(i) = found {
        refresh_frame_object(rt, frames, i, stack, name == "f_locals");
    }
}

/// A frame popped by exception `exc`: its final locals stay in its traceback entry (and in
/// its frame object, if it has one).
pub(crate) fn finish_frame(
    exc: &Exc,
    obj: Option<&Value>,
    code: &CodeObject,
    base: usize,
    stack: &mut [Value],
) {
    let c = &code.code;
    // (Module and class-body frames show their namespace, which stays.)
    if c.flags & (flags::MODULE | flags::CLASS_BODY | flags::HIDDEN) != 0 {
        return;
    }
    let end = (base + c.nlocals as usize).min(stack.len());
    let Some(d) = molt_builtins::exceptions::data(&exc.0) else {
        return;
    };
    let mut d = d.borrow_mut();
    let Some(e) = d.traceback.last_mut() else {
        return;
    };
    if !std::ptr::eq(Rc::as_ptr(&e.code_obj), code) || e.regs.is_some() {
        return;
    }
    // The registers are moved out: the frame is being freed.
    let regs: smallvec::SmallVec<[Value; 4]> = stack[base.min(end)..end]
        .iter_mut()
        .map(|v| std::mem::replace(v, Value::UNBOUND))
        .collect();
    if let Some(o) = obj {
        crate::frame_obj::set_final_regs(o, regs.to_vec());
    }
    {
        {
            {
                e.regs = Some(regs);
                if let Some(o) = obj {
                    if e.frame.is_none() {
                        e.frame = o.clone();
                    }
                }
            }
        }
    }
}

/// The frame that handles exception `exc` keeps running: its traceback entry shows its
/// (live) frame object.
pub(crate) fn handler_frame(rt: &mut Runtime, exc: &Exc, frames: &mut crate::frame::FrameStack) {
    let Some(d) = molt_builtins::exceptions::data(&exc.0) else {
        return;
    };
    let top = frames.len() - 1;
    let fr = frames.last().expect("frame");
    // A function frame gets a frame object here only if it already has one: making one
    // for every frame that catches would tax every exception (its tb_frame is then made
    // when asked for, without live locals).
    if fr.obj.is_none() && fr.code.code.flags & (flags::MODULE | flags::CLASS_BODY) == 0 {
        return;
    }
    let code = fr.code.clone();
    let wants =
        d.borrow().traceback.last().is_some_and(|e| {
            e.frame.is_none() && e.regs.is_none() && Rc::ptr_eq(&e.code_obj, &code)
        });
    if !wants {
        return;
    }
    if let Some(fo) = frame_object(rt, frames, top) {
        if let Some(e) = d.borrow_mut().traceback.last_mut() {
            e.frame = fo;
        }
    }
}

/// A frame's local variables as a dict (its namespace for class bodies and modules).
fn frame_locals(rt: &mut Runtime, frame: &Frame, stack: &[Value], globals: &Value) -> Value {
    let code = &frame.code.code;
    if let Some(l) = &frame.locals {
        return l.clone();
    }
    if code.flags & flags::MODULE != 0 {
        return globals.clone();
    }
    let mut d = Dict::new();
    let end = (frame.base + code.nlocals as usize).min(stack.len());
    rt.add_register_locals(code, &stack[frame.base.min(end)..end], &mut d, false);
    rt.new_dict(d)
}

#[inline(always)]
pub(crate) fn cmp_ord(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

/// `cmp_ord` for an operator only known at run time (CompareJump's): a shift and a test
/// instead of a jump through a table. (Where the operator is a constant, `cmp_ord`
/// folds to a single test.)
#[inline(always)]
pub(crate) fn cmp_ord_dyn(op: CmpOp, o: std::cmp::Ordering) -> bool {
    // Per operator, the orderings that make it true: bit 0 Less, bit 1 Equal, bit 2
    // Greater.
    const TRUE_FOR: [u8; 6] = [
        0b001, // Lt
        0b011, // Le
        0b010, // Eq
        0b101, // Ne
        0b100, // Gt
        0b110, // Ge
    ];
    (TRUE_FOR[op as usize] >> (o as i8 + 1)) & 1 != 0
}

/// A frame's `ret_dst` when it runs a dunder method for an operator instruction of its
/// caller (see `same_class_dunder`): the result goes where that instruction says.
pub(crate) const DUNDER_RETURN: usize = usize::MAX;

/// For `a <op> b` with `a` and `b` instances of one plain class (no builtin value inside)
/// whose method `name` (`__add__`, `__lt__`...) is a plain Python function: that function,
/// to be run in the interpreter's loop with `(a, b)`. (Of the same class, no reflected
/// method goes first.) The site's attribute cache remembers the class's resolution.
#[inline]
pub(crate) fn same_class_dunder(
    rt: &mut Runtime,
    cache: &std::cell::RefCell<molt_builtins::object::AttrCache>,
    a: &Value,
    b: &Value,
    name: &'static str,
) -> Option<Value> {
    let (Some(Kind::Instance(ia)), Some(Kind::Instance(ib))) = (a.kind(), b.kind()) else {
        return None;
    };
    if ia.extra.is_some() && (ia.exc().is_some() || ia.builtin().is_some()) {
        return None;
    }
    let cls = ia.cls.get();
    if !ib.cls.is(&cls) {
        return None;
    }
    let f = crate::attr_cache::class_attr_of(rt, cache, &cls, name)?;
    match f.kind() {
        Some(Kind::Function(fo)) if fo.code.code.flags & flags::RESUMABLE == 0 => Some(f),
        _ => None,
    }
}

/// For `a <op> b` with one operand a plain instance and the other an inline scalar (a
/// small int, a float, a bool, None): the instance's class's plain Python function for
/// the operator (`fwd`, `__mul__`, when the instance is on the left; `refl`, `__rmul__`,
/// when it is on the right) and whether the operands go to it swapped. CPython tries the
/// scalar type's own method first when the scalar is on the left, but that returns
/// NotImplemented for any instance that is not of a numeric subclass (a plain instance
/// holds no builtin value), and when the instance's method returns NotImplemented too,
/// no other step is left (heap types get no sequence-repeat slot): `dunder_result`
/// raises the TypeError. The site's attribute cache remembers the forward resolution
/// (a site's cache serves one name); the reflected method is looked up in the MRO.
#[inline]
pub(crate) fn scalar_dunder(
    rt: &mut Runtime,
    cache: &std::cell::RefCell<molt_builtins::object::AttrCache>,
    a: &Value,
    b: &Value,
    fwd: &'static str,
    refl: &'static str,
) -> Option<(Value, bool)> {
    let plain = |i: &molt_builtins::object::Instance| {
        i.extra.is_none() || (i.exc().is_none() && i.builtin().is_none())
    };
    let (f, swapped) = match (a.kind(), b.kind()) {
        (Some(Kind::Instance(ia)), None) if plain(ia) => {
            let cls = ia.cls.get();
            (
                crate::attr_cache::class_attr_of(rt, cache, &cls, fwd)?,
                false,
            )
        }
        (None, Some(Kind::Instance(ib))) if plain(ib) => {
            let cls = ib.cls.get();
            (molt_builtins::typeobj::lookup(&cls, refl)?, true)
        }
        _ => return None,
    };
    match f.kind() {
        Some(Kind::Function(fo)) if fo.code.code.flags & flags::RESUMABLE == 0 => {
            Some((f, swapped))
        }
        _ => None,
    }
}

/// A dunder method run for operator instruction `ins` (at `pc` of the frame at `base`)
/// returned `v`: stores the result as the instruction would (NotImplemented goes on as
/// the operator's remaining steps say) and returns the next instruction.
pub(crate) fn dunder_result(
    rt: &mut Runtime,
    ins: molt_bytecode::opcodes::Instr,
    base: usize,
    stack: &mut [Value],
    v: Value,
    pc: usize,
) -> PyResult<usize> {
    use molt_bytecode::opcodes::{BinOp, Instr};
    let binop = |op: BinOp, dst: molt_bytecode::opcodes::Reg, a, b| (op, dst, a, b);
    let arith = match ins {
        Instr::Add { dst, a, b } => Some(binop(BinOp::Add, dst, a, b)),
        Instr::Sub { dst, a, b } => Some(binop(BinOp::Sub, dst, a, b)),
        Instr::Mul { dst, a, b } => Some(binop(BinOp::Mul, dst, a, b)),
        Instr::TrueDiv { dst, a, b } => Some(binop(BinOp::TrueDiv, dst, a, b)),
        Instr::FloorDiv { dst, a, b } => Some(binop(BinOp::FloorDiv, dst, a, b)),
        Instr::Mod { dst, a, b } => Some(binop(BinOp::Mod, dst, a, b)),
        Instr::BinaryOp { dst, a, b, op } => {
            Some(binop(BinOp::from_imm(op).unwrap_or(BinOp::Add), dst, a, b))
        }
        _ => None,
    };
    if let Some((op, dst, a, b)) = arith {
        // (Of one class, the reflected method is not tried; for an instance and a scalar,
        // see `scalar_dunder`.)
        if v.is(&rt.not_implemented) {
            let (x, y) = (stack[base + a.idx()].clone(), stack[base + b.idx()].clone());
            return Err(rt.unsupported(op, &x, &y));
        }
        stack[base + dst.idx()] = v;
        return Ok(pc + 1);
    }
    let settle = |rt: &mut Runtime,
                  stack: &[Value],
                  a: molt_bytecode::opcodes::Reg,
                  b: molt_bytecode::opcodes::Reg,
                  op: CmpOp,
                  v: Value| {
        if v.is(&rt.not_implemented) {
            let (x, y) = (stack[base + a.idx()].clone(), stack[base + b.idx()].clone());
            rt.compare_after_forward(&x, &y, op)
        } else {
            Ok(v)
        }
    };
    let cmp = match ins {
        Instr::Lt { dst, a, b } => Some((CmpOp::Lt, dst, a, b)),
        Instr::Le { dst, a, b } => Some((CmpOp::Le, dst, a, b)),
        Instr::Eq { dst, a, b } => Some((CmpOp::Eq, dst, a, b)),
        Instr::Ne { dst, a, b } => Some((CmpOp::Ne, dst, a, b)),
        Instr::Gt { dst, a, b } => Some((CmpOp::Gt, dst, a, b)),
        Instr::Ge { dst, a, b } => Some((CmpOp::Ge, dst, a, b)),
        _ => None,
    };
    if let Some((op, dst, a, b)) = cmp {
        let r = settle(rt, stack, a, b, op, v)?;
        stack[base + dst.idx()] = r;
        return Ok(pc + 1);
    }
    if let Instr::CompareJump { a, b, op, target } = ins {
        let (cmp, jump_if) = compare_jump_op(op);
        let r = settle(rt, stack, a, b, cmp, v)?;
        let truth = match r.as_bool() {
            Some(t) => t,
            None => rt.truthy(&r)?,
        };
        return Ok(if truth == jump_if {
            target.0 as usize
        } else {
            pc + 1
        });
    }
    Err(rt.new_exc(
        "SystemError",
        "dunder method returned to an unexpected instruction",
    ))
}

/// A compare-and-jump instruction's operator, and whether it jumps when the comparison
/// holds (the low three bits and bit 3 of its `op` operand).
#[inline(always)]
pub(crate) fn compare_jump_op(op: molt_bytecode::opcodes::Imm) -> (CmpOp, bool) {
    // (A table read rather than a jump on the operand; 6 and 7, `is` and nothing, are not
    // given here.)
    const OPS: [CmpOp; 8] = [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
        CmpOp::Ge,
        CmpOp::Ge,
    ];
    (OPS[(op.0 & 7) as usize], op.0 & 8 != 0)
}

/// A comparison of two small ints, two floats or two exact strs, which needs no Python
/// code; None for anything else.
#[inline(always)]
pub(crate) fn fast_compare(a: &Value, b: &Value, op: CmpOp) -> Option<bool> {
    if let Some(o) = Value::small_cmp(a, b) {
        return Some(cmp_ord(op, o));
    }
    if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        return Some(match x.partial_cmp(&y) {
            Some(o) => cmp_ord(op, o),
            None => op == CmpOp::Ne,
        });
    }
    // (A str subclass is an instance, with comparisons of its own.)
    if let (Some(Kind::Str(x)), Some(Kind::Str(y))) = (a.kind(), b.kind()) {
        return Some(match op {
            CmpOp::Eq => a.is(b) || x.s == y.s,
            CmpOp::Ne => !a.is(b) && x.s != y.s,
            _ => cmp_ord(op, x.py_cmp(y)),
        });
    }
    None
}

/// `key in container` for a dict, set or frozenset and a key that needs no Python to hash
/// or compare (see dict::pure_hash); None for anything else.
#[inline(always)]
pub(crate) fn contains_pure(container: &Value, key: &Value) -> Option<bool> {
    match container.kind()? {
        // (Substring test: see Runtime::contains.)
        Kind::Str(s) => match key.kind() {
            Some(Kind::Str(k)) => Some(molt_builtins::ops::item::str_contains(&s.s, &k.s)),
            _ => None,
        },
        Kind::Dict(d) => {
            let h = molt_builtins::dict::pure_hash(key)?;
            let r = d.borrow().lookup_pure(key, h)?.is_some();
            Some(r)
        }
        Kind::Set(s) => {
            let h = molt_builtins::dict::pure_hash(key)?;
            let r = s.borrow().contains_pure(key, h);
            r
        }
        Kind::FrozenSet(s) => {
            let h = molt_builtins::dict::pure_hash(key)?;
            s.contains_pure(key, h)
        }
        _ => None,
    }
}

/// The table of a dict display `{k1: v1, k2: v2, ...}` (`items` alternating keys and
/// values) when every key hashes and compares without Python (see dict::pure_hash), later
/// keys replacing earlier equal ones; None when some key needs the general path.
pub(crate) fn dict_of_pure_pairs(items: &[Value]) -> Option<Dict> {
    let mut d = Dict::with_capacity(items.len() / 2);
    for pair in items.chunks_exact(2) {
        let h = molt_builtins::dict::pure_hash(&pair[0])?;
        // (Err: an entry's key compares through Python; the caller starts again.)
        d.store_pure(&pair[0], h, pair[1].clone()).ok()?;
    }
    Some(d)
}

/// `cls()` for the builtin types whose call without arguments is a constant or an empty
/// container (`list()`, `dict()`, `set()`, `str()`, `int()`...): what their constructors
/// give, without going through them. None for any other class.
#[inline]
pub(crate) fn builtin_type_call0(rt: &mut Runtime, cls: &Value) -> Option<Value> {
    let t = &rt.types;
    Some(if cls.is(&t.list) {
        rt.new_list(Vec::new())
    } else if cls.is(&t.dict) {
        rt.new_dict(Dict::new())
    } else if cls.is(&t.set) {
        molt_builtins::types::set::new_set(Default::default())
    } else if cls.is(&t.tuple) {
        rt.empty_tuple.clone()
    } else if cls.is(&t.str_) {
        rt.empty_str.clone()
    } else if cls.is(&t.int) {
        Value::small_int(0)
    } else if cls.is(&t.float) {
        Value::float(0.0)
    } else if cls.is(&t.bool_) {
        Value::FALSE
    } else {
        return None;
    })
}

/// `cls(v)` for the builtin types whose one-argument call is a plain conversion (`str`,
/// `list`, `tuple`, `bool`; `int` and `float` of a number of their own kind, `int` of a
/// float or a str, `float` of a small int), done without the constructor machinery; None
/// for any other call.
#[inline]
pub(crate) fn builtin_type_call1(rt: &mut Runtime, cls: &Value, v: &Value) -> Option<PyResult> {
    let t = &rt.types;
    if cls.is(&t.str_) {
        return Some(rt.str(v));
    }
    if cls.is(&t.list) {
        return Some(rt.to_vec(v).map(|items| rt.new_list(items)));
    }
    if cls.is(&t.tuple) {
        if let Some(Kind::Tuple(_)) = v.kind() {
            return Some(Ok(v.clone()));
        }
        return Some(rt.to_vec(v).map(|items| rt.new_tuple(items)));
    }
    if cls.is(&t.bool_) {
        return Some(rt.truthy(v).map(Value::bool));
    }
    if cls.is(&t.int) {
        if v.is_small_int() || matches!(v.kind(), Some(Kind::Int(_))) {
            return Some(Ok(v.clone()));
        }
        // A str: parsed as int's constructor does (its errors included).
        if let Some(Kind::Str(_)) = v.kind() {
            return Some(molt_builtins::types::ctors::int_from_text(rt, v, 10));
        }
        // A float whose integer part is a small int: truncated (NaN and the infinities
        // fail the range test and take the general path, which raises).
        if let Some(f) = v.as_float() {
            let limit = molt_builtins::value::SMALL_MAX as f64;
            if f.abs() < limit {
                return Some(Ok(Value::small_int(f.trunc() as i64)));
            }
        }
    }
    if cls.is(&t.float) {
        if v.is_float() {
            return Some(Ok(v.clone()));
        }
        if let Some(i) = v.as_small_int() {
            // (Small ints are exact in an f64.)
            return Some(Ok(Value::float(i as f64)));
        }
    }
    None
}

/// Whether builtin `b` called with `n` arguments (self first) is a generator's or
/// coroutine's own step, `g.send(v)` / `g.__next__()`, which the loop runs in place (see
/// generator_inline).
#[inline]
pub(crate) fn generator_step(b: &molt_builtins::object::Builtin, n: usize) -> bool {
    b.bound.is_none()
        && matches!(b.owner, Some("generator" | "coroutine"))
        && matches!((b.name, n), ("send", 2) | ("__next__", 1))
}

/// Whether builtin `b`, found by a method load on `this` (its type's own method), is
/// called with self and the `n - 1` arguments in place: not for an instance, class or
/// module (whose attribute may be a builtin of another type) nor a generator's own step
/// (which runs in the loop).
#[inline(always)]
pub(crate) fn builtin_method_in_place(
    b: &molt_builtins::object::Builtin,
    this: &Value,
    n: usize,
) -> bool {
    let this = this.kind();
    b.bound.is_none()
        && !matches!(
            this,
            Some(Kind::Instance(_) | Kind::Type(_) | Kind::Module(_))
        )
        && !(matches!(this, Some(Kind::Native(..))) && generator_step(b, n))
}

/// A builtin called straight from the loop with its arguments in place (self first for a
/// method): its form of its own when it has one (`fast_builtin_call`), else its entry.
#[inline(always)]
pub(crate) fn call_builtin_direct(
    rt: &mut Runtime,
    b: &molt_builtins::object::Builtin,
    args: &[Value],
) -> PyResult {
    if b.fast != 0 {
        if let Some(r) = fast_builtin_call(rt, b.fast, args) {
            return r;
        }
    }
    (b.func)(rt, args, &[])
}

/// `lst.append(x)`, `lst.pop()` or `lst.pop(i)` (`fast`, a `Builtin::fast`) on list `l`
/// with `args` (self not among them), for `fast_method_call`: the result, or None when the
/// general call must make it (an error to raise, an index that is not a small int, a list
/// borrowed elsewhere).
#[inline(always)]
pub(crate) fn list_method_in_place(
    fast: u8,
    l: &std::cell::RefCell<Vec<Value>>,
    args: &[Value],
) -> Option<Value> {
    use molt_builtins::object::fast_builtin as fb;
    let mut items = l.try_borrow_mut().ok()?;
    match (fast, args) {
        (fb::LIST_APPEND, [x]) => {
            molt_builtins::types::list::push(&mut items, x.clone());
            Some(Value::NONE)
        }
        (fb::LIST_POP, []) => items.pop(),
        (fb::LIST_POP, [i]) => {
            let n = items.len() as i64;
            let i = i.as_small_int()?;
            let at = if i < 0 { i + n } else { i };
            if (0..n).contains(&at) {
                Some(items.remove(at as usize))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A call of one of the builtins the loop calls in a form of its own (`Builtin::fast`)
/// with `args` (self first for a method); None when these arguments need the builtin's
/// general entry.
#[inline]
pub(crate) fn fast_builtin_call(rt: &mut Runtime, fast: u8, args: &[Value]) -> Option<PyResult> {
    use molt_builtins::object::fast_builtin as fb;
    match (fast, args) {
        (fb::LEN, [v]) => Some(
            rt.len(v)
                .map(|n| molt_builtins::ops::num::int_from_i64(n as i64)),
        ),
        (fb::ISINSTANCE, [o, c]) => {
            Some(molt_builtins::builtin_fns::isinstance2(rt, o, c).map(Value::bool))
        }
        (_, [this, rest @ ..]) => fast_method_call(fast, this, rest).map(Ok),
        _ => None,
    }
}

/// A method of a builtin type that the loop runs in a form of its own (`Builtin::fast`:
/// list.append, list.pop, dict.get, set.add) on `this` with `args`: the result, or None
/// when the general call must make it (another type, the wrong number of arguments, an
/// error to raise, a key whose hash or equality could run Python code, a container
/// borrowed elsewhere).
#[inline(always)]
pub(crate) fn fast_method_call(fast: u8, this: &Value, args: &[Value]) -> Option<Value> {
    use molt_builtins::object::fast_builtin as fb;
    match (this.kind()?, fast) {
        (Kind::List(l), fb::LIST_APPEND | fb::LIST_POP) => list_method_in_place(fast, l, args),
        (Kind::Dict(d), fb::DICT_GET) => {
            let [k, rest @ ..] = args else {
                return None;
            };
            if rest.len() > 1 {
                return None;
            }
            let h = molt_builtins::dict::pure_hash(k)?;
            let found = d.try_borrow().ok()?.lookup_pure(k, h)?.cloned();
            Some(found.unwrap_or_else(|| rest.first().cloned().unwrap_or(Value::NONE)))
        }
        (Kind::Set(t), fb::SET_ADD) => {
            let [x] = args else {
                return None;
            };
            let h = molt_builtins::dict::pure_hash(x)?;
            molt_builtins::set::add_plain(t, x.clone(), h).ok()?;
            Some(Value::NONE)
        }
        _ => None,
    }
}

/// `x <op>= y` for two small ints (add, subtract, when the result is one too) or two floats (add, subtract, multiply,
/// divide by non-zero), which no `__iadd__` can be involved in; None otherwise.
#[inline(always)]
pub(crate) fn inplace_fast(
    x: &Value,
    y: &Value,
    op: molt_bytecode::opcodes::BinOp,
) -> Option<Value> {
    use molt_bytecode::opcodes::BinOp;
    let small = match op {
        BinOp::Add => Value::small_add(x, y),
        BinOp::Sub => Value::small_sub(x, y),
        _ => None,
    };
    if small.is_some() {
        return small;
    }
    if let (Some(i), Some(j)) = (x.as_float(), y.as_float()) {
        return match op {
            BinOp::Add => Some(Value::float(i + j)),
            BinOp::Sub => Some(Value::float(i - j)),
            BinOp::Mul => Some(Value::float(i * j)),
            BinOp::TrueDiv if j != 0.0 => Some(Value::float(i / j)),
            _ => None,
        };
    }
    None
}

/// `x <op> y` when both are small ints, or floats (one of them possibly a small int,
/// converted exactly as Python does), and the result needs no Python code or error:
/// `BinaryOpK`'s fast path. `op` is a `BinOp` number; each operator gets code of its own
/// (`numeric_fast_op`). None otherwise.
#[inline(always)]
pub(crate) fn numeric_fast(op: u16, x: &Value, y: &Value) -> Option<Value> {
    match op {
        0 => numeric_fast_op::<0>(x, y),
        1 => numeric_fast_op::<1>(x, y),
        2 => numeric_fast_op::<2>(x, y),
        3 => numeric_fast_op::<3>(x, y),
        4 => numeric_fast_op::<4>(x, y),
        5 => numeric_fast_op::<5>(x, y),
        7 => numeric_fast_op::<7>(x, y),
        8 => numeric_fast_op::<8>(x, y),
        9 => numeric_fast_op::<9>(x, y),
        10 => numeric_fast_op::<10>(x, y),
        11 => numeric_fast_op::<11>(x, y),
        _ => None,
    }
}

/// `numeric_fast` for the operator numbered `OP`.
#[inline(always)]
fn numeric_fast_op<const OP: u16>(x: &Value, y: &Value) -> Option<Value> {
    use molt_bytecode::opcodes::BinOp;
    let op = BinOp::ALL[OP as usize];
    if Value::both_small_ints(x, y) {
        // (`op` is a constant here: `small_int_op`'s match folds to the one operator.)
        return match op {
            BinOp::Add => Value::small_add(x, y),
            BinOp::Sub => Value::small_sub(x, y),
            _ => molt_builtins::ops::num::small_int_op(op, x, y),
        };
    }
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv) {
        return None;
    }
    // (A small int has at most 48 bits: exact as an f64.)
    let as_f64 = |v: &Value| v.as_float().or_else(|| v.as_small_int().map(|i| i as f64));
    let (i, j) = (as_f64(x)?, as_f64(y)?);
    Some(Value::float(match op {
        BinOp::Add => i + j,
        BinOp::Sub => i - j,
        BinOp::Mul => i * j,
        _ if j != 0.0 => i / j,
        _ => return None,
    }))
}

/// Position `i` (negative from the end) in a sequence of `len` items, if inside it.
#[inline(always)]
pub(crate) fn seq_pos(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (j >= 0 && (j as usize) < len).then_some(j as usize)
}

/// The generator inside `it` when `it` is an `enumerate` of one: a `for` over it runs the
/// generator's step in the loop, and the yield makes the pair (`enumerate_pair`).
#[inline]
pub(crate) fn enumerate_generator(it: &Value) -> Option<Value> {
    let Some(Kind::Iter(io)) = it.kind() else {
        return None;
    };
    match &*io.state.borrow() {
        IterState::Enumerate { it: inner, .. } if crate::generator::is_generator(inner) => {
            Some(inner.clone())
        }
        _ => None,
    }
}

/// The item `(count, v)` of an `enumerate` whose generator, run in the loop for the
/// `ForIter` at `pc` (writing to `dst`), yielded `v` (`count` from
/// `Runtime::enumerate_advance`): it goes where the `for` puts its item, straight into
/// the registers of an unpacking that follows, as `ForIter` does for pairs. Returns the
/// next instruction.
#[allow(clippy::too_many_arguments)]
pub(crate) fn enumerate_pair(
    rt: &mut Runtime,
    code: &CodeObject,
    dst: molt_bytecode::opcodes::Reg,
    count: Value,
    v: Value,
    base: usize,
    stack: &mut [Value],
    pc: usize,
) -> usize {
    use molt_bytecode::opcodes::Instr;
    match code.code.instrs.get(pc + 1) {
        Some(&Instr::UnpackSequence {
            start,
            src,
            count: n,
        }) if src == dst && n.0 == 2 => {
            stack[base + start.idx()] = count;
            stack[base + start.idx() + 1] = v;
            pc + 2
        }
        _ => {
            stack[base + dst.idx()] = rt.new_tuple(vec![count, v]);
            pc + 1
        }
    }
}

/// A `for` over iterator `it` ended because the generator it ran in the loop returned:
/// an `enumerate` around it is exhausted too.
#[inline]
pub(crate) fn enumerate_done(it: &Value) {
    if let Some(Kind::Iter(io)) = it.kind() {
        let mut st = io.state.borrow_mut();
        if matches!(&*st, IterState::Enumerate { .. }) {
            *st = IterState::Exhausted;
        }
    }
}
