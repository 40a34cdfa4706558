//! Argument checking for functions implemented in Rust, with CPython's messages.

use crate::objects::Value;
use crate::vm::{Kw, PyResult, Vm};

/// Checks a positional-only signature: between `min` and `max` arguments and no keywords.
pub fn check(vm: &Vm, name: &str, args: &[Value], kw: Kw, min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    check_count(vm, name, args.len(), min, max)
}

/// Checks only the number of positional arguments.
pub fn check_count(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.type_error(msg))
}

/// Binds positional and keyword arguments to named parameters.
///
/// `names` lists every parameter; the first `required` must be given. Returns one
/// slot per parameter (`None` when absent).
pub fn bind(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kw: Kw,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    if args.len() > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.len()
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; names.len()];
    for (i, a) in args.iter().enumerate() {
        slots[i] = Some(a.clone());
    }
    for (k, v) in kw.iter() {
        match names.iter().position(|n| *n == k) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    for (i, slot) in slots.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(slots)
}

/// The str payload of an argument, or CPython's TypeError.
pub fn str_arg<'a>(vm: &Vm, fname: &str, v: &'a Value) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(vm.type_error(format!(
            "{fname}() argument must be str, not {}",
            vm.type_name(other)
        ))),
    }
}
