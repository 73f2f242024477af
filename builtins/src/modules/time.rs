//! `_time`: the native half of the `time` module (lib/time.py): clocks, sleep, and the C
//! library's broken-down time (localtime, gmtime, mktime, strftime, the zone) as plain
//! tuples that lib/time.py turns into `struct_time`.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::libc_sys::Tm;
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
    Ok(Value::float(
        super::libc_sys::process_time_ns() as f64 / 1e9,
    ))
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
    // In slices, so that a signal (Ctrl-C) runs its handler without waiting for the end.
    let end = Instant::now() + Duration::from_secs_f64(secs);
    loop {
        let now = Instant::now();
        if now >= end {
            break;
        }
        std::thread::sleep((end - now).min(Duration::from_millis(20)));
        #[cfg(unix)]
        if super::signals::pending() {
            super::signals::run_pending(rt)?;
        }
    }
    Ok(Value::NONE)
}

fn process_time_ns(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    no_args(rt, "process_time_ns", args)?;
    Ok(int_from_big(super::libc_sys::process_time_ns().into()))
}

/// (year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff) as a tuple.
fn tm_tuple(rt: &mut Runtime, t: &Tm) -> Value {
    let zone = rt.new_str(&t.zone);
    rt.new_tuple(vec![
        Value::small_int(t.year),
        Value::small_int(t.mon as i64),
        Value::small_int(t.mday as i64),
        Value::small_int(t.hour as i64),
        Value::small_int(t.min as i64),
        Value::small_int(t.sec as i64),
        Value::small_int(t.wday as i64),
        Value::small_int(t.yday as i64),
        Value::small_int(t.isdst as i64),
        zone,
        Value::small_int(t.gmtoff),
    ])
}

/// The tuple lib/time.py passes back (the 9 fields, then zone and gmtoff or None).
fn tm_from(rt: &mut Runtime, v: &Value) -> PyResult<Tm> {
    let items = rt.to_vec(v)?;
    if items.len() < 9 {
        return Err(rt.type_error("time tuple must have 9 fields"));
    }
    let mut n = [0i64; 9];
    for (i, it) in items.iter().take(9).enumerate() {
        n[i] = rt.index_of(it)?;
    }
    let zone = match items.get(9) {
        Some(z) if !z.is_none() => rt.str_string(z)?,
        _ => String::new(),
    };
    let gmtoff = match items.get(10) {
        Some(g) if !g.is_none() => rt.index_of(g)?,
        _ => 0,
    };
    let small = |x: i64| x.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    Ok(Tm {
        year: n[0],
        mon: small(n[1]),
        mday: small(n[2]),
        hour: small(n[3]),
        min: small(n[4]),
        sec: small(n[5]),
        wday: small(n[6]),
        yday: small(n[7]),
        isdst: small(n[8]),
        gmtoff,
        zone,
    })
}

fn secs_arg(rt: &mut Runtime, args: &[Value]) -> PyResult<i64> {
    match args.first() {
        None => Ok(since_epoch().as_secs() as i64),
        Some(v) if v.is_none() => Ok(since_epoch().as_secs() as i64),
        Some(v) => {
            if let Some(f) = rt.float_of(v)? {
                if f.is_nan() {
                    return Err(rt.value_error("Invalid value NaN (not a number)"));
                }
                if !f.is_finite() || f.abs() > 9.2e18 {
                    return Err(rt.overflow_error("timestamp out of range for platform time_t"));
                }
                return Ok(f.floor() as i64);
            }
            let tn = rt.type_name(v);
            Err(rt.type_error(&format!(
                "'{tn}' object cannot be interpreted as an integer"
            )))
        }
    }
}

fn broken_down(rt: &mut Runtime, args: &[Value], utc: bool) -> PyResult {
    let secs = secs_arg(rt, args)?;
    match super::libc_sys::broken_down(secs, utc) {
        Some(t) => Ok(tm_tuple(rt, &t)),
        None => Err(rt.overflow_error("timestamp out of range for platform time_t")),
    }
}

fn localtime(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    broken_down(rt, args, false)
}

fn gmtime(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    broken_down(rt, args, true)
}

fn mktime(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let Some(v) = args.first() else {
        return Err(rt.type_error("mktime() takes exactly one argument (0 given)"));
    };
    let t = tm_from(rt, v)?;
    match super::libc_sys::mktime(&t) {
        Some(s) => Ok(Value::float(s as f64)),
        None => Err(rt.overflow_error("mktime argument out of range")),
    }
}

fn strftime(rt: &mut Runtime, args: &[Value], _kw: Kw) -> PyResult {
    let (Some(f), Some(v)) = (args.first(), args.get(1)) else {
        return Err(rt.type_error("_strftime() takes exactly 2 arguments"));
    };
    let fmt = rt.str_string(f)?;
    if fmt.contains('\0') {
        return Err(rt.value_error("embedded null character"));
    }
    let t = tm_from(rt, v)?;
    let s = super::libc_sys::strftime(&fmt, &t);
    Ok(rt.new_string(s))
}

/// (timezone, altzone, daylight, (tzname0, tzname1)) after tzset().
fn tzinfo(rt: &mut Runtime, _args: &[Value], _kw: Kw) -> PyResult {
    let (tz, alt, dl, n0, n1) = super::libc_sys::tz_info(since_epoch().as_secs() as i64);
    let names = rt.new_tuple(vec![rt.new_string(n0), rt.new_string(n1)]);
    Ok(rt.new_tuple(vec![
        Value::small_int(tz),
        Value::small_int(alt),
        Value::small_int(dl as i64),
        names,
    ]))
}

pub fn make(rt: &mut Runtime) -> Value {
    let m = super::new_module(rt, "_time");
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
            ("process_time_ns", process_time_ns),
            ("localtime", localtime),
            ("gmtime", gmtime),
            ("mktime", mktime),
            ("strftime", strftime),
            ("tzinfo", tzinfo),
        ],
    );
    m
}
