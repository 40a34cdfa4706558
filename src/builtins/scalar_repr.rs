//! `__repr__` of int, bool and float as methods, for explicit calls such as
//! `int.__repr__(True)` or `super(bool, True).__repr__()`.

use super::setup::add_methods;
use crate::objects::Value;
use crate::vm::{Kw, PyResult, Vm};

/// Installs the methods.
pub fn register(vm: &mut Vm) {
    let t = vm.types();
    let (int, boolean, float) = (t.int.clone(), t.bool_.clone(), t.float.clone());
    add_methods(&int, "int", &[("__repr__", int_repr)]);
    add_methods(&boolean, "bool", &[("__repr__", bool_repr)]);
    add_methods(&float, "float", &[("__repr__", float_repr)]);
}

/// The error of a slot wrapper given the wrong `self`.
fn wrong_self(vm: &Vm, owner: &str, got: Option<&Value>) -> crate::vm::PyErr {
    super::receiver::wrong_self(vm, owner, "__repr__", got)
}

/// `int.__repr__(self)`: the decimal digits (a bool shows as 0 or 1).
fn int_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(n) = args.first().and_then(|v| vm.to_bigint(v)) else {
        return Err(wrong_self(vm, "int", args.first()));
    };
    vm.repr(&Value::from_bigint(n))
}

/// `bool.__repr__(self)`: `True` or `False`.
fn bool_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(b @ Value::Bool(_)) => vm.repr(b),
        other => Err(wrong_self(vm, "bool", other)),
    }
}

/// `float.__repr__(self)`: the shortest repr that reads back the same.
fn float_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(f @ Value::Float(_)) => vm.repr(f),
        other => Err(wrong_self(vm, "float", other)),
    }
}
