//! The `math` module: constants and the float functions, with CPython's results and errors.
//!
//! The integer-exact functions live in `math/integer.rs`, the pure float
//! algorithms in `math/float_ops.rs`, `math/gamma.rs` and `math/norm.rs`.

pub mod float_ops;
pub mod gamma;
pub mod integer;
pub mod norm;

use crate::builtins::args::{check, check_count};
use crate::builtins::setup::function;
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::objects::module::Module;
use crate::vm::{Kw, PyErr, PyResult, Vm};
use float_ops::{MathError, checked1};
use std::f64::consts;
use std::rc::Rc;

/// Builds `math`.
pub fn init(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let _ = vm;
    let m = Rc::new(Module::new("math"));
    let d = &m.dict;
    for (name, v) in [
        ("pi", consts::PI),
        ("e", consts::E),
        ("tau", consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        d.set_str(name, Value::Float(v));
    }
    for (name, f) in FLOAT_FUNCTIONS.iter().chain(integer::FUNCTIONS) {
        d.set_str(name, function(name, *f));
    }
    Ok(m)
}

/// Every float function by name.
const FLOAT_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt),
    ("exp", exp),
    ("expm1", expm1),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("log1p", log1p),
    ("pow", pow),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("atan2", atan2),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh),
    ("degrees", degrees),
    ("radians", radians),
    ("fabs", fabs),
    ("fmod", fmod),
    ("copysign", copysign),
    ("remainder", remainder),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("modf", modf),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isclose", isclose),
    ("hypot", hypot),
    ("dist", dist),
    ("fsum", fsum),
    ("erf", erf),
    ("erfc", erfc),
    ("gamma", gamma),
    ("lgamma", lgamma),
    ("nextafter", nextafter),
    ("ulp", ulp),
    ("cbrt", cbrt),
    ("exp2", exp2),
];

/// A float argument: ints and floats, or anything with `__float__`/`__index__`.
pub fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(_) => vm.int_to_f64(v),
        Value::Instance(_) | Value::Native(_) => {
            let class = vm.class_of(v);
            if class.lookup("__float__").is_some() || class.lookup("__index__").is_some() {
                return vm.to_float(v);
            }
            Err(vm.type_error(format!("must be real number, not {}", class.tp_name())))
        }
        other => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(other)))),
    }
}

/// Raises a [`MathError`].
pub fn math_err(vm: &Vm, e: MathError) -> PyErr {
    match e {
        MathError::Domain(m) => vm.value_error(m),
        MathError::Range(m) => vm.overflow_error(m),
    }
}

/// The float result of a checked operation.
fn float_result(vm: &Vm, r: Result<f64, MathError>) -> PyResult<Value> {
    r.map(Value::Float).map_err(|e| math_err(vm, e))
}

/// One float argument named `name`.
fn one(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<f64> {
    check(vm, name, args, kw, 1, 1)?;
    float_arg(vm, &args[0])
}

/// Two float arguments named `name`.
fn two(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<(f64, f64)> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {}", args.len())));
    }
    Ok((float_arg(vm, &args[0])?, float_arg(vm, &args[1])?))
}

macro_rules! unary {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let x = one(vm, stringify!($name), args, kw)?;
            float_result(vm, checked1(x, $f, $overflow))
        }
    )*};
}

unary! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => float_ops::asinh, false;
    acosh => float_ops::acosh, false;
    atanh => float_ops::atanh, false;
    fabs => f64::abs, false;
    cbrt => float_ops::cbrt, false;
    erf => float_ops::erf, false;
    erfc => float_ops::erfc, false;
}

fn log1p(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = one(vm, "log1p", args, kw)?;
    if x <= -1.0 {
        return Err(math_err(vm, float_ops::DOMAIN));
    }
    Ok(Value::Float(x.ln_1p()))
}

/// CPython's `loghelper`: `func` of a number; ints too large for a float are split into a
/// mantissa in [0.5, 1) and a power of two, so `func(m) + func(2) * e`.
fn log_of(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = vm.to_bigint(v) {
        if n.sign() != num_bigint::Sign::Plus {
            return Err(math_err(vm, float_ops::DOMAIN));
        }
        if let Some(x) = num_traits::ToPrimitive::to_f64(&n).filter(|x| x.is_finite()) {
            return Ok(func(x));
        }
        let (m, e) = big_frexp(&n);
        return Ok(func(m) + func(2.0) * e as f64);
    }
    let x = float_arg(vm, v)?;
    if x <= 0.0 {
        return Err(math_err(vm, float_ops::DOMAIN));
    }
    Ok(func(x))
}

/// A positive big int as `m * 2**e` with `m` in [0.5, 1) correctly rounded.
fn big_frexp(n: &num_bigint::BigInt) -> (f64, i64) {
    let e = n.bits() as i64;
    match crate::format::float_exact::scale_exact(n, -e) {
        Some(m) if m < 1.0 => (m, e),
        _ => (0.5, e + 1),
    }
}

fn log(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    check_count(vm, "log", args.len(), 1, 2)?;
    let num = log_of(vm, &args[0], f64::ln)?;
    let Some(base) = args.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = log_of(vm, base, f64::ln)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "log2", args, kw, 1, 1)?;
    log_of(vm, &args[0], f64::log2).map(Value::Float)
}

fn log10(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "log10", args, kw, 1, 1)?;
    log_of(vm, &args[0], f64::log10).map(Value::Float)
}

fn pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "pow", args, kw)?;
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(math_err(vm, float_ops::DOMAIN));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        let e = if x == 0.0 {
            float_ops::DOMAIN
        } else {
            float_ops::RANGE
        };
        return Err(math_err(vm, e));
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (y, x) = two(vm, "atan2", args, kw)?;
    Ok(Value::Float(y.atan2(x)))
}

fn fmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "fmod", args, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(math_err(vm, float_ops::DOMAIN));
    }
    Ok(Value::Float(r))
}

fn copysign(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "copysign", args, kw)?;
    Ok(Value::Float(x.copysign(y)))
}

fn remainder(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "remainder", args, kw)?;
    float_result(vm, float_ops::remainder(x, y))
}

fn nextafter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "nextafter", args, kw)?;
    Ok(Value::Float(integer::next_after(x, y)))
}

fn ulp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = one(vm, "ulp", args, kw)?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let up = integer::next_after(x, f64::INFINITY);
    Ok(Value::Float(if up.is_infinite() {
        x - integer::next_after(x, 0.0)
    } else {
        up - x
    }))
}

fn degrees(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(
        one(vm, "degrees", args, kw)? * (180.0 / consts::PI),
    ))
}

fn radians(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(
        one(vm, "radians", args, kw)? * (consts::PI / 180.0),
    ))
}

fn frexp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (m, e) = float_ops::frexp(one(vm, "frexp", args, kw)?);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn ldexp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "ldexp", args, kw, 2, 2)?;
    let x = float_arg(vm, &args[0])?;
    let e = match &args[1] {
        Value::BigInt(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        Value::Int(_) | Value::Bool(_) => vm.to_index(&args[1])?,
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    let r = float_ops::ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(math_err(vm, float_ops::RANGE));
    }
    Ok(Value::Float(r))
}

fn modf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = one(vm, "modf", args, kw)?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else {
        ((x - x.trunc()).copysign(x), x.trunc())
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn isfinite(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(one(vm, "isfinite", args, kw)?.is_finite()))
}

fn isinf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(one(vm, "isinf", args, kw)?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(one(vm, "isnan", args, kw)?.is_nan()))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let names = ["a", "b", "rel_tol", "abs_tol"];
    let a = crate::builtins::args::bind(vm, "isclose", args, kw, &names, 2)?;
    let mut f = [0.0, 0.0, 1e-9, 0.0];
    for (slot, v) in f.iter_mut().zip(&a) {
        if let Some(v) = v {
            *slot = float_arg(vm, v)?;
        }
    }
    let [x, y, rel, abs] = f;
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

fn hypot(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let mut v = Vec::with_capacity(args.len());
    for a in args {
        v.push(float_arg(vm, a)?);
    }
    Ok(Value::Float(norm::vector_norm(&v)))
}

fn dist(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "dist", args, kw, 2, 2)?;
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        v.push(float_arg(vm, a)? - float_arg(vm, b)?);
    }
    Ok(Value::Float(norm::vector_norm(&v)))
}

fn fsum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "fsum", args, kw, 1, 1)?;
    let items = vm.collect(&args[0])?;
    let mut v = Vec::with_capacity(items.len());
    for x in &items {
        v.push(float_arg(vm, x)?);
    }
    float_result(vm, float_ops::fsum(&v))
}

fn gamma(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = one(vm, "gamma", args, kw)?;
    float_result(vm, gamma::gamma(x))
}

fn lgamma(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = one(vm, "lgamma", args, kw)?;
    float_result(vm, gamma::lgamma(x))
}
