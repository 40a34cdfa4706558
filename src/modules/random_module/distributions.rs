//! `random`'s distribution methods: uniform, triangular, the exponential family, von Mises,
//! gamma, beta, Pareto, Weibull and randbytes, over the core in `random/distributions.rs`.

use super::{raise, this};
use crate::builtins::args::bind;
use crate::compiler::opcode::BinaryOperator as B;
use crate::modules::math::float_arg;
use crate::modules::random::{algorithms as alg, distributions as dist};
use crate::objects::Value;
use crate::vm::{Kw, PyResult, Vm};

/// Binds the parameters of a distribution and converts them to floats; absent optional
/// parameters take `defaults` (one per name; `None` marks a required parameter).
fn params(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kw: Kw,
    names: &[&str],
    defaults: &[Option<f64>],
) -> PyResult<Vec<f64>> {
    let required = defaults.iter().take_while(|d| d.is_none()).count();
    let slots = bind(vm, fname, &args[1..], kw, names, required)?;
    let mut out = Vec::with_capacity(names.len());
    for (slot, default) in slots.iter().zip(defaults) {
        out.push(match slot {
            Some(v) => float_arg(vm, v)?,
            None => default.unwrap_or(0.0),
        });
    }
    Ok(out)
}

/// `uniform(a, b)`: `a + (b - a) * random()`, computed with Python arithmetic like CPython.
pub fn uniform(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let slots = bind(vm, "uniform", &args[1..], kw, &["a", "b"], 2)?;
    let (a, b) = (
        slots[0].clone().unwrap_or(Value::None),
        slots[1].clone().unwrap_or(Value::None),
    );
    let u = Value::Float(r.rng.borrow_mut().mt.random());
    let span = vm.binary_op(&b, &a, B::Subtract)?;
    let offset = vm.binary_op(&span, &u, B::Multiply)?;
    vm.binary_op(&a, &offset, B::Add)
}

/// `triangular(low=0.0, high=1.0, mode=None)`.
pub fn triangular(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let names = ["low", "high", "mode"];
    let slots = bind(vm, "triangular", &args[1..], kw, &names, 0)?;
    let mut f = [0.0, 1.0];
    for (x, slot) in f.iter_mut().zip(&slots) {
        if let Some(v) = slot {
            *x = float_arg(vm, v)?;
        }
    }
    let mode = match &slots[2] {
        None | Some(Value::None) => None,
        Some(m) => Some(float_arg(vm, m)?),
    };
    let mt = &mut r.rng.borrow_mut().mt;
    Ok(Value::Float(dist::triangular(mt, f[0], f[1], mode)))
}

/// `expovariate(lambd)`.
pub fn expovariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let f = params(vm, "expovariate", args, kw, &["lambd"], &[Some(1.0)])?;
    if f[0] == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    let u = r.rng.borrow_mut().mt.random();
    Ok(Value::Float(-(1.0 - u).ln() / f[0]))
}

/// `lognormvariate(mu, sigma)`.
pub fn lognormvariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let f = params(
        vm,
        "lognormvariate",
        args,
        kw,
        &["mu", "sigma"],
        &[None, None],
    )?;
    let mt = &mut r.rng.borrow_mut().mt;
    Ok(Value::Float(dist::lognormvariate(mt, f[0], f[1])))
}

/// `vonmisesvariate(mu, kappa)`.
pub fn vonmisesvariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let f = params(
        vm,
        "vonmisesvariate",
        args,
        kw,
        &["mu", "kappa"],
        &[None, None],
    )?;
    let mt = &mut r.rng.borrow_mut().mt;
    Ok(Value::Float(dist::vonmisesvariate(mt, f[0], f[1])))
}

/// `gammavariate(alpha, beta)`.
pub fn gammavariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let f = params(
        vm,
        "gammavariate",
        args,
        kw,
        &["alpha", "beta"],
        &[None, None],
    )?;
    let result = dist::gammavariate(&mut r.rng.borrow_mut().mt, f[0], f[1]);
    result.map(Value::Float).map_err(|e| raise(vm, e))
}

/// `betavariate(alpha, beta)`.
pub fn betavariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let f = params(
        vm,
        "betavariate",
        args,
        kw,
        &["alpha", "beta"],
        &[None, None],
    )?;
    let result = dist::betavariate(&mut r.rng.borrow_mut().mt, f[0], f[1]);
    result.map(Value::Float).map_err(|e| raise(vm, e))
}

/// `paretovariate(alpha)`.
pub fn paretovariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let f = params(vm, "paretovariate", args, kw, &["alpha"], &[None])?;
    let mt = &mut r.rng.borrow_mut().mt;
    Ok(Value::Float(dist::paretovariate(mt, f[0])))
}

/// `weibullvariate(alpha, beta)`.
pub fn weibullvariate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let f = params(
        vm,
        "weibullvariate",
        args,
        kw,
        &["alpha", "beta"],
        &[None, None],
    )?;
    let mt = &mut r.rng.borrow_mut().mt;
    Ok(Value::Float(dist::weibullvariate(mt, f[0], f[1])))
}

/// `randbytes(n)`.
pub fn randbytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let slots = bind(vm, "randbytes", &args[1..], kw, &["n"], 1)?;
    let n = super::sequences::int_arg(vm, slots[0].as_ref())?;
    let bytes = alg::randbytes(&mut r.rng.borrow_mut().mt, &n).map_err(|e| raise(vm, e))?;
    Ok(Value::bytes(bytes))
}
