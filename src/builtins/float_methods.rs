//! The named methods of `float`: is_integer, as_integer_ratio, hex, fromhex, conjugate,
//! `__trunc__`, `__floor__`, `__ceil__`, `__round__`.
//!
//! The operator slots (`__add__`, `__lt__` ...) live in [`super::number_slots`].

use super::args::check_count;
use super::receiver::wrong_self;
use super::setup::add_methods;
use crate::format::float_hex;
use crate::objects::Value;
use crate::objects::function::{BuiltinFunction, NativeFn};
use crate::vm::{Kw, PyResult, Vm};
use num_bigint::BigInt;
use std::rc::Rc;

/// Registers the methods on the `float` class.
pub fn register(vm: &mut Vm) {
    let float = vm.types().float.clone();
    let methods: [(&'static str, NativeFn); 9] = [
        ("is_integer", is_integer),
        ("as_integer_ratio", as_integer_ratio),
        ("hex", hex),
        ("conjugate", conjugate),
        ("__trunc__", trunc),
        ("__floor__", floor),
        ("__ceil__", ceil),
        ("__round__", round),
        ("__getnewargs__", getnewargs),
    ];
    add_methods(&float, "float", &methods);
    let fromhex = Value::Builtin(Rc::new(BuiltinFunction {
        name: "fromhex",
        func: fromhex,
        owner: None,
        doc: None,
    }));
    float.dict.set_str(
        "fromhex",
        Value::native(super::descriptors::ClassMethod { func: fromhex }),
    );
}

/// `self` of a float method, with CPython's error for a foreign receiver.
fn float_self(vm: &Vm, args: &[Value], name: &str) -> PyResult<f64> {
    match args.first() {
        Some(Value::Float(f)) => Ok(*f),
        other => Err(wrong_self(vm, "float", name, other)),
    }
}

/// `self` of a method that takes no arguments.
fn float_self_only(vm: &Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<f64> {
    let x = float_self(vm, args, name)?;
    if !kw.is_empty() {
        return Err(vm.type_error(format!("float.{name}() takes no keyword arguments")));
    }
    check_count(vm, &format!("float.{name}"), args.len() - 1, 0, 0)?;
    Ok(x)
}

/// `float.is_integer()`.
fn is_integer(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = float_self_only(vm, args, kw, "is_integer")?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

/// `float.as_integer_ratio()`: the exact fraction in lowest terms.
fn as_integer_ratio(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = float_self_only(vm, args, kw, "as_integer_ratio")?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (num, den) = exact_ratio(x);
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

/// `x` (finite) as `numerator / denominator` with a power-of-two denominator, in lowest terms.
pub fn exact_ratio(x: f64) -> (BigInt, BigInt) {
    if x == 0.0 {
        return (BigInt::from(0), BigInt::from(1));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    let twos = (mantissa.trailing_zeros() as i64).min((-exp).max(0));
    mantissa >>= twos;
    exp += twos;
    let mut num = BigInt::from(mantissa);
    if x < 0.0 {
        num = -num;
    }
    if exp >= 0 {
        (num << exp as u64, BigInt::from(1))
    } else {
        (num, BigInt::from(1) << (-exp) as u64)
    }
}

/// `float.hex()`.
fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = float_self_only(vm, args, kw, "hex")?;
    Ok(Value::string(float_hex::float_to_hex(x)))
}

/// `float.fromhex(string)` (a class method).
fn fromhex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "fromhex", &args[1..], kw, 1, 1)?;
    let Value::Str(s) = &args[1] else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    float_hex::float_from_hex(s.as_str())
        .map(Value::Float)
        .map_err(|e| vm.format_error(e))
}

/// `float.conjugate()`.
fn conjugate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    float_self_only(vm, args, kw, "conjugate").map(Value::Float)
}

/// `float.__trunc__()`.
fn trunc(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = float_self_only(vm, args, kw, "__trunc__")?;
    vm.float_to_int_value(x.trunc())
}

/// `float.__floor__()`.
fn floor(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = float_self_only(vm, args, kw, "__floor__")?;
    vm.float_to_int_value(x.floor())
}

/// `float.__ceil__()`.
fn ceil(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = float_self_only(vm, args, kw, "__ceil__")?;
    vm.float_to_int_value(x.ceil())
}

/// `float.__round__(ndigits=None)`.
fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = float_self(vm, args, "__round__")?;
    super::args::check(vm, "__round__", &args[1..], kw, 0, 1)?;
    let nd = args.get(1).filter(|v| !v.is_none());
    vm.round_float(x, nd)
}

/// `float.__getnewargs__()`.
fn getnewargs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = float_self_only(vm, args, kw, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Float(x)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_are_in_lowest_terms() {
        let r = |x: f64| {
            let (n, d) = exact_ratio(x);
            (n.to_string(), d.to_string())
        };
        assert_eq!(r(1.5), ("3".into(), "2".into()));
        assert_eq!(r(-0.25), ("-1".into(), "4".into()));
        assert_eq!(r(8.0), ("8".into(), "1".into()));
        assert_eq!(
            r(0.1),
            ("3602879701896397".into(), "36028797018963968".into())
        );
        assert_eq!(r(5e-324).0, "1");
    }
}
