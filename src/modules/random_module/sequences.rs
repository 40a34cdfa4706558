//! `random`'s sequence functions: choice, choices, shuffle and sample, mapping core indices onto Python objects.

use super::{raise, this};
use crate::builtins::args::bind;
use crate::modules::random::algorithms as alg;
use crate::objects::Value;
use crate::vm::{Kw, PyResult, Vm};
use num_bigint::BigInt;

/// An int argument (`__index__` honoured).
pub fn int_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<BigInt> {
    let v = v.unwrap_or(&Value::None);
    match vm.to_bigint(v) {
        Some(n) => Ok(n),
        None => vm.to_index(v).map(BigInt::from),
    }
}

/// The items of a sequence population (sets and dicts refused like 3.11).
fn population(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) | Value::Dict(_) => {
            Err(vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."))
        }
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => vm.collect(v),
        _ => {
            let n = vm.len(v)?;
            let mut items = Vec::with_capacity(n);
            for i in 0..n {
                items.push(vm.getitem(v, &Value::Int(i as i64))?);
            }
            Ok(items)
        }
    }
}

/// `choice(seq)`.
pub fn choice(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let seq = args.get(1).cloned().unwrap_or(Value::None);
    let n = vm.len(&seq)?;
    let i = alg::choice_index(&mut r.rng.borrow_mut().mt, n).map_err(|e| raise(vm, e))?;
    vm.getitem(&seq, &Value::Int(i as i64))
}

/// Floats of an optional weights argument.
fn weights(vm: &mut Vm, v: &Option<Value>) -> PyResult<Option<Vec<f64>>> {
    let Some(v) = v.as_ref().filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for w in vm.collect(v)? {
        out.push(crate::modules::math::float_arg(vm, &w)?);
    }
    Ok(Some(out))
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`.
pub fn choices(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let a = bind(
        vm,
        "choices",
        &args[1..],
        kw,
        &["population", "weights", "cum_weights", "k"],
        1,
    )?;
    let pop = population(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let k = match &a[3] {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    let w = weights(vm, &a[1])?;
    let cw = weights(vm, &a[2])?;
    let mt = &mut r.rng.borrow_mut().mt;
    let picks = if w.is_none() && cw.is_none() {
        alg::choices_indices(mt, pop.len(), k)
    } else {
        alg::choices_weighted_indices(mt, pop.len(), w.as_deref(), cw.as_deref(), k)
    };
    let picks = picks.map_err(|e| raise(vm, e))?;
    Ok(Value::list(
        picks.into_iter().map(|i| pop[i].clone()).collect(),
    ))
}

/// `shuffle(x)`: in place.
pub fn shuffle(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    if let Value::List(l) = &x {
        alg::shuffle(&mut r.rng.borrow_mut().mt, &mut l.items_mut());
        return Ok(Value::None);
    }
    let n = vm.len(&x)?;
    let swaps = alg::shuffle_swaps(&mut r.rng.borrow_mut().mt, n);
    for (i, j) in swaps {
        let (i, j) = (Value::Int(i as i64), Value::Int(j as i64));
        let a = vm.getitem(&x, &i)?;
        let b = vm.getitem(&x, &j)?;
        vm.setitem(&x, &i, b)?;
        vm.setitem(&x, &j, a)?;
    }
    Ok(Value::None)
}

/// `sample(population, k, *, counts=None)`.
pub fn sample(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let a = bind(
        vm,
        "sample",
        &args[1..],
        kw,
        &["population", "k", "counts"],
        2,
    )?;
    let pop = population(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let k = vm.to_index(a[1].as_ref().unwrap_or(&Value::None))?;
    let counts = match a[2].as_ref().filter(|v| !v.is_none()) {
        None => None,
        Some(c) => {
            let mut counts = Vec::new();
            for v in vm.collect(c)? {
                match v {
                    Value::Int(n) => counts.push(n),
                    _ => return Err(vm.type_error(alg::COUNTS_MUST_BE_INTEGERS)),
                }
            }
            if counts.len() != pop.len() {
                return Err(vm.value_error("The number of counts does not match the population"));
            }
            Some(counts)
        }
    };
    let mt = &mut r.rng.borrow_mut().mt;
    let picks = match counts {
        None => alg::sample_indices(mt, pop.len(), k),
        Some(counts) => alg::sample_counts_indices(mt, pop.len(), &counts, k),
    };
    let picks = picks.map_err(|e| raise(vm, e))?;
    Ok(Value::list(
        picks.into_iter().map(|i| pop[i].clone()).collect(),
    ))
}
