//! `math`'s integer-exact functions: floor/ceil/trunc, factorial, gcd, lcm, isqrt, comb, perm, prod.

use super::float_arg;
use crate::builtins::args::{bind, check};
use crate::compiler::opcode::BinaryOperator as B;
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::vm::{Kw, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, Zero};

/// Every integer function by name.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("factorial", factorial),
    ("gcd", gcd),
    ("lcm", lcm),
    ("isqrt", isqrt),
    ("comb", comb),
    ("perm", perm),
    ("prod", prod),
];

/// The next float after `x` towards `y`.
pub fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

/// A float converted to an int, with CPython's errors for inf and NaN.
pub fn float_to_int(vm: &Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if x.abs() < 9.0e18 {
        return Ok(Value::Int(x as i64));
    }
    Ok(Value::from_bigint(BigInt::from_f64(x).unwrap_or_default()))
}

/// Shared body of floor/ceil/trunc: ints pass through, `__dunder__` is honoured.
fn rounding(
    vm: &mut Vm,
    name: &str,
    dunder: &str,
    args: &[Value],
    kw: Kw,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    check(vm, name, args, kw, 1, 1)?;
    let x = &args[0];
    match x {
        Value::Int(_) | Value::BigInt(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Instance(_) | Value::Native(_) => {
            if let Some(m) = vm.class_of(x).lookup(dunder) {
                return vm.call_bound(&m, x, &[], Kw::EMPTY);
            }
        }
        _ => {}
    }
    if name == "trunc" && !matches!(x, Value::Float(_)) {
        return Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(x)
        )));
    }
    let v = float_arg(vm, x)?;
    float_to_int(vm, f(v))
}

fn floor(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    rounding(vm, "floor", "__floor__", args, kw, f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    rounding(vm, "ceil", "__ceil__", args, kw, f64::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    rounding(vm, "trunc", "__trunc__", args, kw, f64::trunc)
}

/// An integer argument (`__index__` honoured; floats refused like CPython).
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(n) = vm.to_bigint(v) {
        return Ok(n);
    }
    let n = vm.to_index(v)?;
    Ok(BigInt::from(n))
}

/// The product of the integers in `lo..hi`, by halving (fast for big ranges).
pub fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        return (lo..hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn small_count(vm: &Vm, n: &BigInt, what: &str) -> PyResult<u64> {
    u64::try_from(n).map_err(|_| vm.overflow_error(format!("{what} must not exceed {}", i64::MAX)))
}

fn factorial(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "factorial", args, kw, 1, 1)?;
    let n = int_arg(vm, &args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = small_count(vm, &n, "factorial() argument")?;
    Ok(Value::from_bigint(range_product(1, n + 1)))
}

fn gcd(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("gcd() takes no keyword arguments"));
    }
    let mut g = BigInt::zero();
    for a in args {
        let n = int_arg(vm, a)?;
        g = g.gcd(&n);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("lcm() takes no keyword arguments"));
    }
    let mut l = BigInt::one();
    for a in args {
        let n = int_arg(vm, a)?;
        l = if l.is_zero() || n.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&n)
        };
    }
    Ok(Value::from_bigint(l))
}

fn isqrt(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "isqrt", args, kw, 1, 1)?;
    let n = int_arg(vm, &args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// `n` and `k` for comb/perm, both checked non-negative.
fn n_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = int_arg(vm, n)?;
    let k = int_arg(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "comb", args, kw, 2, 2)?;
    let (n, k) = n_k(vm, &args[0], &args[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let k = small_count(vm, &k, "min(n - k, k)")?;
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn perm(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "perm", args, kw, 1, 2)?;
    let k = match args.get(1) {
        None | Some(Value::None) => args[0].clone(),
        Some(k) => k.clone(),
    };
    let (n, k) = n_k(vm, &args[0], &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = small_count(vm, &k, "k")?;
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

fn prod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind(vm, "prod", args, kw, &["iterable", "start"], 1)?;
    let items = vm.collect(a[0].as_ref().unwrap_or(&Value::None))?;
    let mut acc = a[1].clone().unwrap_or(Value::Int(1));
    for x in &items {
        acc = vm.binary_op(&acc, x, B::Multiply)?;
    }
    Ok(acc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_and_steps() {
        assert_eq!(range_product(1, 11), BigInt::from(3_628_800));
        assert_eq!(range_product(5, 5), BigInt::one());
        assert_eq!(
            range_product(1, 31).to_string(),
            "265252859812191058636308480000000"
        );
        assert_eq!(next_after(1.0, 2.0), 1.0000000000000002);
        assert_eq!(next_after(0.0, -1.0), -5e-324);
    }
}
