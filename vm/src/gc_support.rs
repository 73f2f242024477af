//! Running the cycle collector (molt_builtins::gc) from the interpreter: automatic
//! collections at calls and loops' backward jumps, `__del__` of cyclic garbage,
//! `gc.callbacks`, and the native `gc` module.

use molt_builtins::{Kind, PyResult, Runtime, Value};

type Kw<'a> = &'a [(Value, Value)];

/// Whether `at_call_boundary` has work to do (checked before each call and at each
/// backward jump).
#[inline(always)]
pub fn boundary_work_due(rt: &Runtime) -> bool {
    rt.gc.pending.get() || rt.finalizers.is_due()
}

/// Work the interpreter does between calls and at loops' backward jumps: a due
/// collection, then pending finalisers.
pub fn at_call_boundary(rt: &mut Runtime) {
    if rt.gc.pending.get() && rt.gc.enabled.get() {
        let generation = molt_builtins::gc::due_generation(rt);
        collect(rt, generation);
    } else {
        rt.gc.pending.set(false);
    }
    if rt.finalizers.is_due() {
        crate::generator::run_finalizers(rt);
    }
}

/// One collection of `generation` (and the younger ones) with its callbacks and
/// finalisers; returns the unreachable count.
pub fn collect(rt: &mut Runtime, generation: usize) -> usize {
    // (One at a time: the callbacks run Python code, whose calls would otherwise start
    // the collection that is due again; `gc.collect()` inside gives 0, as in CPython.)
    if rt.gc.collecting.replace(true) {
        return 0;
    }
    rt.gc.pending.set(false);
    run_callbacks(rt, "start", generation as i64, 0);
    let total = collect_and_finalize(rt, generation);
    run_callbacks(rt, "stop", generation as i64, total);
    rt.gc.collecting.set(false);
    total
}

/// The collection at exit, after `__main__`'s globals were cleared: without
/// `gc.callbacks`, as CPython's last collection (they would see the cleared globals).
pub fn collect_at_exit(rt: &mut Runtime) {
    collect_and_finalize(rt, 2);
}

/// `collect` without the callbacks.
fn collect_and_finalize(rt: &mut Runtime, generation: usize) -> usize {
    let out = molt_builtins::gc::collect(rt, generation);
    let mut total = out.unreachable;
    if !out.finalize.is_empty() {
        for obj in &out.finalize {
            let cls = rt.type_of(obj);
            if let Some(f) = molt_builtins::typeobj::lookup(&cls, "__del__") {
                if let Err(e) = rt.call(&f, std::slice::from_ref(obj), &[]) {
                    use std::io::Write;
                    let repr = rt.repr_string(&f).unwrap_or_default();
                    let text = crate::traceback::format_exception(rt, &e.0);
                    let _ = rt.stdout.flush();
                    let _ = write!(rt.stderr, "Exception ignored in: {repr}\n{text}");
                }
            }
            // Finalised once: reclaiming it later must not resurrect it again.
            if let Some(Kind::Instance(i)) = obj.kind() {
                i.cls.set(rt.types.object.clone());
            }
        }
        drop(out);
        // What the finalisers left unreachable goes now.
        let again = molt_builtins::gc::collect(rt, 2);
        total = total.max(again.unreachable);
    }
    if rt.finalizers.is_due() {
        crate::generator::run_finalizers(rt);
    }
    total
}

fn gc_module(rt: &Runtime) -> Option<Value> {
    crate::import::sys_modules_get(rt, "gc")
}

fn run_callbacks(rt: &mut Runtime, phase: &str, generation: i64, collected: usize) {
    let Some(m) = gc_module(rt) else { return };
    let Ok(cbs) = rt.getattr(&m, "callbacks") else {
        return;
    };
    let Ok(list) = rt.to_vec(&cbs) else { return };
    if list.is_empty() {
        return;
    }
    let mut d = molt_builtins::dict::Dict::new();
    d.set_str(rt.intern("generation"), Value::small_int(generation));
    d.set_str(rt.intern("collected"), Value::small_int(collected as i64));
    d.set_str(rt.intern("uncollectable"), Value::small_int(0));
    let info = rt.new_dict(d);
    let ph = rt.new_str(phase);
    for cb in list {
        if let Err(e) = rt.call(&cb, &[ph.clone(), info.clone()], &[]) {
            use std::io::Write;
            let text = crate::traceback::format_exception(rt, &e.0);
            let repr = rt.repr_string(&cb).unwrap_or_default();
            let _ = write!(rt.stderr, "Exception ignored in: {repr}\n{text}");
        }
    }
}

fn int_arg(rt: &mut Runtime, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => rt.index_of(v),
        None => Ok(default),
    }
}

fn gc_collect(rt: &mut Runtime, args: &[Value], kw: Kw) -> PyResult {
    let g = args
        .first()
        .or_else(|| {
            kw.iter()
                .find(|(k, _)| rt.str_of(k).is_ok_and(|k| &*k == "generation"))
                .map(|(_, v)| v)
        })
        .cloned();
    let g = int_arg(rt, g.as_ref(), 2)?;
    if !(0..=2).contains(&g) {
        return Err(rt.value_error("invalid generation"));
    }
    Ok(Value::small_int(collect(rt, g as usize) as i64))
}

fn gc_enable(rt: &mut Runtime, _a: &[Value], _kw: Kw) -> PyResult {
    rt.gc.enabled.set(true);
    Ok(Value::NONE)
}

fn gc_disable(rt: &mut Runtime, _a: &[Value], _kw: Kw) -> PyResult {
    rt.gc.enabled.set(false);
    Ok(Value::NONE)
}

fn gc_isenabled(rt: &mut Runtime, _a: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::bool(rt.gc.enabled.get()))
}

fn gc_get_count(rt: &mut Runtime, _a: &[Value], _kw: Kw) -> PyResult {
    let c = rt.gc.young_count() as i64;
    let (young_runs, middle_runs) = rt.gc.runs();
    Ok(rt.new_tuple(vec![
        Value::small_int(c),
        Value::small_int(young_runs as i64),
        Value::small_int(middle_runs as i64),
    ]))
}

fn gc_get_threshold(rt: &mut Runtime, _a: &[Value], _kw: Kw) -> PyResult {
    let (t1, t2) = rt.gc.thresholds_rest.get();
    Ok(rt.new_tuple(vec![
        Value::small_int(rt.gc.threshold.get() as i64),
        Value::small_int(t1 as i64),
        Value::small_int(t2 as i64),
    ]))
}

fn gc_set_threshold(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if args.is_empty() || args.len() > 3 {
        return Err(rt.type_error(&format!(
            "set_threshold() takes at least 1 argument ({} given)",
            args.len()
        )));
    }
    let t0 = rt.index_of(&args[0])?;
    let (mut t1, mut t2) = rt.gc.thresholds_rest.get();
    if let Some(v) = args.get(1) {
        t1 = rt.index_of(v)?.max(0) as usize;
    }
    if let Some(v) = args.get(2) {
        t2 = rt.index_of(v)?.max(0) as usize;
    }
    // A threshold of 0 disables automatic collection, as in CPython.
    if t0 <= 0 {
        rt.gc.threshold.set(usize::MAX);
    } else {
        rt.gc.threshold.set(t0 as usize);
    }
    rt.gc.thresholds_rest.set((t1, t2));
    Ok(Value::NONE)
}

fn gc_get_objects(rt: &mut Runtime, _a: &[Value], _kw: Kw) -> PyResult {
    let objs = rt.gc.objects();
    Ok(rt.new_list(objs))
}

fn gc_get_referents(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let mut out = Vec::new();
    for a in args {
        molt_builtins::gc::visit(a, &mut |r| {
            if r.is_ptr() {
                out.push(r.clone());
            }
        });
    }
    Ok(rt.new_list(out))
}

fn gc_get_referrers(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let mut out = Vec::new();
    for o in rt.gc.objects() {
        let mut hit = false;
        molt_builtins::gc::visit(&o, &mut |r| {
            if args.iter().any(|a| a.is_ptr() && a.is(r)) {
                hit = true;
            }
        });
        if hit {
            out.push(o);
        }
    }
    Ok(rt.new_list(out))
}

fn gc_is_tracked(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(o) = args.first() else {
        return Err(rt.type_error("is_tracked() takes exactly one argument (0 given)"));
    };
    Ok(Value::bool(rt.gc.is_tracked(o)))
}

fn gc_is_finalized(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 1 {
        return Err(rt.type_error("is_finalized() takes exactly one argument"));
    }
    Ok(Value::FALSE)
}

fn gc_freeze(rt: &mut Runtime, _a: &[Value], _kw: Kw) -> PyResult {
    rt.gc.freeze();
    Ok(Value::NONE)
}

fn gc_unfreeze(rt: &mut Runtime, _a: &[Value], _kw: Kw) -> PyResult {
    rt.gc.unfreeze();
    Ok(Value::NONE)
}

fn gc_get_freeze_count(rt: &mut Runtime, _a: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::small_int(rt.gc.freeze_count() as i64))
}

fn gc_get_stats(rt: &mut Runtime, _a: &[Value], _kw: Kw) -> PyResult {
    let mut out = Vec::new();
    for (c, col, unc) in rt.gc.stats.get() {
        let mut d = molt_builtins::dict::Dict::new();
        d.set_str(rt.intern("collections"), Value::small_int(c as i64));
        d.set_str(rt.intern("collected"), Value::small_int(col as i64));
        d.set_str(rt.intern("uncollectable"), Value::small_int(unc as i64));
        out.push(rt.new_dict(d));
    }
    Ok(rt.new_list(out))
}

fn gc_set_debug(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(f) = args.first() else {
        return Err(rt.type_error("set_debug() takes exactly one argument (0 given)"));
    };
    let f = rt.index_of(f)?;
    if let Some(m) = gc_module(rt) {
        rt.setattr(&m, "_debug_flags", &Value::small_int(f))?;
    }
    Ok(Value::NONE)
}

fn gc_get_debug(rt: &mut Runtime, _a: &[Value], _kw: Kw) -> PyResult {
    match gc_module(rt) {
        Some(m) => Ok(rt
            .getattr(&m, "_debug_flags")
            .unwrap_or(Value::small_int(0))),
        None => Ok(Value::small_int(0)),
    }
}

pub fn make_module(rt: &mut Runtime) -> Value {
    let m = crate::import::new_module(rt, "gc");
    let d = crate::import::module_dict(&m).expect("module dict");
    let fns: [(&'static str, molt_builtins::object::NativeFn); 19] = [
        ("collect", gc_collect),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("get_count", gc_get_count),
        ("get_threshold", gc_get_threshold),
        ("set_threshold", gc_set_threshold),
        ("get_objects", gc_get_objects),
        ("get_referents", gc_get_referents),
        ("get_referrers", gc_get_referrers),
        ("is_tracked", gc_is_tracked),
        ("is_finalized", gc_is_finalized),
        ("freeze", gc_freeze),
        ("unfreeze", gc_unfreeze),
        ("get_freeze_count", gc_get_freeze_count),
        ("get_stats", gc_get_stats),
        ("set_debug", gc_set_debug),
        ("get_debug", gc_get_debug),
        ("_collect_young", gc_collect_young),
    ];
    let consts = [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
        ("_debug_flags", 0),
    ];
    let garbage = rt.new_list(Vec::new());
    let callbacks = rt.new_list(Vec::new());
    if let Some(Kind::Dict(dd)) = d.kind() {
        let mut dd = dd.borrow_mut();
        for (n, f) in fns {
            dd.set_str(rt.intern(n), rt.new_builtin(n, f));
        }
        for (n, v) in consts {
            dd.set_str(rt.intern(n), Value::small_int(v));
        }
        dd.set_str(rt.intern("garbage"), garbage);
        dd.set_str(rt.intern("callbacks"), callbacks);
    }
    m
}

fn gc_collect_young(rt: &mut Runtime, _a: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::small_int(collect(rt, 0) as i64))
}
