//! The `time` module: clocks, `sleep`, `struct_time`, gmtime/localtime/mktime and strftime.
//!
//! The calendar arithmetic and formatting are pure (`time/calendar.rs`,
//! `time/strftime.rs`); local time comes from the C library (`time/local.rs`).

pub mod calendar;
pub mod local;
pub mod strftime;

use crate::builtins::args::check;
use crate::builtins::setup::{add_new, function};
use crate::modules::structseq::{StructSeq, struct_class};
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::function::NativeFn;
use crate::objects::module::Module;
use crate::vm::{Kw, PyResult, Vm};
use calendar::Tm;
use std::rc::Rc;
use std::time::Duration;

/// The field names of `struct_time` (the first nine index like a tuple).
const FIELDS: &[&str] = &[
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];

/// Builds `time`.
pub fn init(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("time"));
    let d = &m.dict;
    let class = struct_class(vm, "struct_time", "time");
    add_new(&class, "struct_time", struct_time_new);
    d.set_str("struct_time", Value::Class(class));
    let fns: &[(&str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("sleep", sleep),
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("mktime", mktime),
        ("strftime", strftime),
        ("asctime", asctime),
        ("ctime", ctime),
    ];
    for (name, f) in fns {
        d.set_str(name, function(name, *f));
    }
    let jan = local::localtime(0).unwrap_or_else(|| calendar::gmtime(0));
    d.set_str("timezone", Value::Int(-jan.gmtoff));
    d.set_str("altzone", Value::Int(-jan.gmtoff));
    d.set_str("daylight", Value::Int(0));
    d.set_str(
        "tzname",
        Value::tuple(vec![
            Value::string(jan.zone.clone()),
            Value::string(jan.zone),
        ]),
    );
    Ok(m)
}

/// Waits `secs` seconds. The one place `time.sleep` blocks (the GIL release goes here).
pub fn blocking_sleep(vm: &mut Vm, secs: f64) -> PyResult<()> {
    let deadline = std::time::Instant::now() + Duration::from_secs_f64(secs);
    vm.blocking_wait(Some(deadline), |until| {
        let now = std::time::Instant::now();
        if let Some(u) = until {
            std::thread::sleep(u.saturating_duration_since(now));
        }
        std::time::Instant::now() >= deadline
    })?;
    Ok(())
}

/// Reads a C clock as `(seconds, nanoseconds)`.
#[allow(clippy::unnecessary_cast)] // `time_t` and `c_long` are not i64 on every platform.
fn clock(id: libc::clockid_t) -> (i64, i64) {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `clock_gettime` writes one `timespec` through a valid pointer.
    unsafe { libc::clock_gettime(id, &mut ts) };
    (ts.tv_sec as i64, ts.tv_nsec as i64)
}

fn clock_float(id: libc::clockid_t) -> Value {
    let (s, ns) = clock(id);
    Value::Float(s as f64 + ns as f64 * 1e-9)
}

fn clock_ns(id: libc::clockid_t) -> Value {
    let (s, ns) = clock(id);
    Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns)
}

fn time(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "time", args, kw, 0, 0)?;
    Ok(clock_float(libc::CLOCK_REALTIME))
}

fn time_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "time_ns", args, kw, 0, 0)?;
    Ok(clock_ns(libc::CLOCK_REALTIME))
}

fn monotonic(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "monotonic", args, kw, 0, 0)?;
    Ok(clock_float(libc::CLOCK_MONOTONIC))
}

fn monotonic_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "monotonic_ns", args, kw, 0, 0)?;
    Ok(clock_ns(libc::CLOCK_MONOTONIC))
}

fn process_time(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "process_time", args, kw, 0, 0)?;
    Ok(clock_float(libc::CLOCK_PROCESS_CPUTIME_ID))
}

fn process_time_ns(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "process_time_ns", args, kw, 0, 0)?;
    Ok(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID))
}

/// A seconds argument: int or float (`None` only where the caller allows it).
fn seconds_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let x = match v {
        Value::Float(f) => *f,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.int_to_f64(v)?,
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )));
        }
    };
    if x.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    Ok(x)
}

fn sleep(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "sleep", args, kw, 1, 1)?;
    let secs = seconds_arg(vm, &args[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 1e15 {
        return Err(vm.overflow_error("sleep length is too large"));
    }
    blocking_sleep(vm, secs)?;
    Ok(Value::None)
}

/// The timestamp argument of gmtime/localtime/ctime, floored; now when absent or None.
fn timestamp_arg(vm: &mut Vm, args: &[Value]) -> PyResult<i64> {
    match args.first() {
        None | Some(Value::None) => Ok(clock(libc::CLOCK_REALTIME).0),
        Some(v) => {
            let x = seconds_arg(vm, v)?.floor();
            if x.abs() > 1e17 {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(x as i64)
        }
    }
}

/// The `struct_time` class of this interpreter.
fn struct_time_class(vm: &mut Vm) -> PyResult<Rc<Class>> {
    if let Value::Module(m) = vm.import_module("time")?
        && let Some(Value::Class(c)) = m.dict.get_str("struct_time")
    {
        return Ok(c);
    }
    Ok(struct_class(vm, "struct_time", "time"))
}

fn make_struct(class: Rc<Class>, values: Vec<Value>) -> Value {
    Value::native(StructSeq {
        class,
        repr_name: "time.struct_time",
        fields: FIELDS,
        values,
        visible: 9,
    })
}

fn tm_value(vm: &mut Vm, tm: Tm) -> PyResult<Value> {
    let ints = [
        tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst,
    ];
    let mut values: Vec<Value> = ints.iter().map(|n| Value::Int(*n)).collect();
    values.push(Value::string(tm.zone));
    values.push(Value::Int(tm.gmtoff));
    Ok(make_struct(struct_time_class(vm)?, values))
}

fn struct_time_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let class = match args.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => struct_time_class(vm)?,
    };
    let items = vm.collect(args.get(1).unwrap_or(&Value::None))?;
    if !(9..=11).contains(&items.len()) {
        let what = if items.len() < 9 {
            "at least"
        } else {
            "at most"
        };
        let n = if items.len() < 9 { 9 } else { 11 };
        return Err(vm.type_error(format!(
            "time.struct_time() takes {what} {n}-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let mut values = items;
    values.resize(11, Value::None);
    Ok(make_struct(class, values))
}

fn gmtime(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "gmtime", args, kw, 0, 1)?;
    let t = timestamp_arg(vm, args)?;
    tm_value(vm, calendar::gmtime(t))
}

fn localtime(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "localtime", args, kw, 0, 1)?;
    let t = timestamp_arg(vm, args)?;
    let tm = local::localtime(t)
        .ok_or_else(|| vm.overflow_error("timestamp out of range for platform time_t"))?;
    tm_value(vm, tm)
}

/// A `struct_time` or 9-tuple argument as a [`Tm`], checked like CPython.
fn tm_arg(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<Tm> {
    let items = match v.downcast::<StructSeq>() {
        Some(s) => s.values.clone(),
        None => match v {
            Value::Tuple(t) => t.as_slice().to_vec(),
            other => {
                let tname = vm.type_name(other);
                return Err(vm.type_error(format!(
                    "Tuple or struct_time argument required, not {tname}"
                )));
            }
        },
    };
    if items.len() < 9 || (v.downcast::<StructSeq>().is_none() && items.len() != 9) {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut n = [0i64; 9];
    for (slot, item) in n.iter_mut().zip(&items) {
        *slot = vm.to_index(item)?;
    }
    let zone = match items.get(9) {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        _ => "UTC".to_owned(),
    };
    let gmtoff = match items.get(10) {
        Some(Value::Int(i)) => *i,
        _ => 0,
    };
    let [year, mon, mday, hour, min, sec, wday, yday, isdst] = n;
    Ok(Tm {
        year,
        mon,
        mday,
        hour,
        min,
        sec,
        wday,
        yday,
        isdst,
        gmtoff,
        zone,
    })
}

/// CPython's range checks before formatting (month and day 0 become 1).
fn check_tm(vm: &Vm, tm: &mut Tm) -> PyResult<()> {
    tm.mon = tm.mon.max(1);
    tm.mday = tm.mday.max(1);
    tm.yday = tm.yday.max(1);
    let checks = [
        (tm.mon <= 12, "month out of range"),
        (tm.mday <= 31, "day of month out of range"),
        ((0..=23).contains(&tm.hour), "hour out of range"),
        ((0..=59).contains(&tm.min), "minute out of range"),
        ((0..=61).contains(&tm.sec), "seconds out of range"),
        (tm.wday >= 0, "day of week out of range"),
        (tm.yday <= 366, "day of year out of range"),
    ];
    for (ok, msg) in checks {
        if !ok {
            return Err(vm.value_error(msg));
        }
    }
    tm.wday = tm.wday.rem_euclid(7);
    Ok(())
}

/// The broken-down time given as argument `i`, or the local time now.
fn tm_or_now(vm: &mut Vm, fname: &str, args: &[Value], i: usize) -> PyResult<Tm> {
    let mut tm = match args.get(i) {
        Some(v) if !v.is_none() => tm_arg(vm, fname, v)?,
        _ => {
            let now = clock(libc::CLOCK_REALTIME).0;
            local::localtime(now).unwrap_or_else(|| calendar::gmtime(now))
        }
    };
    check_tm(vm, &mut tm)?;
    Ok(tm)
}

fn strftime(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "strftime", args, kw, 1, 2)?;
    let fmt = crate::builtins::args::str_arg(vm, "strftime", &args[0])?.to_owned();
    let tm = tm_or_now(vm, "strftime", args, 1)?;
    Ok(Value::string(strftime::strftime(&fmt, &tm)))
}

fn asctime(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "asctime", args, kw, 0, 1)?;
    let tm = tm_or_now(vm, "asctime", args, 0)?;
    Ok(Value::string(strftime::asctime(&tm)))
}

fn ctime(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "ctime", args, kw, 0, 1)?;
    let t = timestamp_arg(vm, args)?;
    let tm = local::localtime(t)
        .ok_or_else(|| vm.overflow_error("timestamp out of range for platform time_t"))?;
    Ok(Value::string(strftime::asctime(&tm)))
}

fn mktime(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "mktime", args, kw, 1, 1)?;
    let tm = tm_arg(vm, "mktime", &args[0])?;
    match local::mktime(&tm) {
        Some(t) => Ok(Value::Float(t as f64)),
        None => Err(vm.overflow_error("mktime argument out of range")),
    }
}
