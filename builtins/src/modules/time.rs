//! The `time` module (clocks and sleep). Struct-time functions (localtime, strftime, ...)
//! arrive with the standard-library issue; until then they raise NotImplementedError.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::object::PyResult;
use crate::ops::num::int_from_big;
use crate::value::Value;
use crate::Runtime;

type Kw<'a> = &'a [(Value, Value)];

fn no_args(rt: &mut Runtime, name: &str, args: &[Value]) -> PyResult<()> {
    if !args.is_empty() {
        let msg = format!("time.{name}() takes no arguments ({} given)", args.len());
        return Err(rt.type_error(&msg));
    }
    Ok(())
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// A process-wide monotonic origin would be global state; each call measures from the
/// first instant this runtime observed instead.
fn monotonic_ns(rt: &mut Runtime) -> u128 {
    let origin = *rt.clock_origin.get_or_insert_with(Instant::now);
    origin.elapsed().as_nanos() + 1_000_000_000
}

fn time(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    no_args(rt, "time", args)?;
    Ok(Value::float(since_epoch().as_secs_f64()))
}

fn time_ns(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    no_args(rt, "time_ns", args)?;
    Ok(int_from_big(since_epoch().as_nanos().into()))
}

fn perf_counter(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    no_args(rt, "perf_counter", args)?;
    Ok(Value::float(monotonic_ns(rt) as f64 / 1e9))
}

fn perf_counter_ns(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    no_args(rt, "perf_counter_ns", args)?;
    Ok(int_from_big(monotonic_ns(rt).into()))
}

fn process_time(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    no_args(rt, "process_time", args)?;
    // Without a CPU-time clock in std, wall time since start is the closest portable value.
    Ok(Value::float(monotonic_ns(rt) as f64 / 1e9))
}

fn sleep(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(v) = args.first() else {
        return Err(rt.type_error("time.sleep() takes exactly one argument (0 given)"));
    };
    let Some(secs) = rt.float_of(v)? else {
        let msg = format!(
            "'{}' object cannot be interpreted as an integer or float",
            rt.type_name(v)
        );
        return Err(rt.type_error(&msg));
    };
    if secs < 0.0 {
        return Err(rt.value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs > 1e9 {
        return Err(rt.overflow_error("sleep length is too large"));
    }
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::NONE)
}

fn not_yet(rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    Err(rt.not_implemented_error(
        "time's struct_time functions (localtime, gmtime, strftime, mktime)",
    ))
}

pub fn make(rt: &mut Runtime) -> Value {
    let m = super::new_module(rt, "time");
    super::add_functions(
        rt,
        &m,
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", process_time),
            ("sleep", sleep),
            ("localtime", not_yet),
            ("gmtime", not_yet),
            ("strftime", not_yet),
            ("mktime", not_yet),
            ("asctime", not_yet),
            ("ctime", not_yet),
        ],
    );
    m
}
