//! The `self` argument of built-in methods: type checks with CPython's messages.

use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::list::PyList;
use crate::objects::set::PySet;
use crate::objects::tuple::PyTuple;
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

/// The error for a method called on the wrong kind of object (or on nothing).
pub fn wrong_self(vm: &Vm, owner: &str, name: &str, got: Option<&Value>) -> PyErr {
    match got {
        None => vm.type_error(format!("unbound method {owner}.{name}() needs an argument")),
        Some(v) => vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )),
    }
}

/// `self` as a list.
pub fn list_self<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PyList>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l),
        other => Err(wrong_self(vm, "list", name, other)),
    }
}

/// `self` as a tuple.
pub fn tuple_self<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PyTuple>> {
    match args.first() {
        Some(Value::Tuple(t)) => Ok(t),
        other => Err(wrong_self(vm, "tuple", name, other)),
    }
}

/// `self` as a dict.
pub fn dict_self<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PyDict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d),
        other => Err(wrong_self(vm, "dict", name, other)),
    }
}

/// `self` as a (mutable) set.
pub fn set_self<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PySet>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s),
        other => Err(wrong_self(vm, "set", name, other)),
    }
}

/// `self` as a set or frozenset (for the methods both share).
pub fn anyset_self<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PySet>> {
    match args.first() {
        Some(Value::Set(s) | Value::FrozenSet(s)) => Ok(s),
        other => Err(wrong_self(vm, "set", name, other)),
    }
}

/// The error of `__len__`-style slot wrappers given arguments.
pub fn expected_args(vm: &Vm, want: usize, got: usize) -> PyErr {
    vm.type_error(format!(
        "expected {want} argument{}, got {got}",
        if want == 1 { "" } else { "s" }
    ))
}

/// Checks the argument count of a slot wrapper (`__len__`, `__add__` ...), excluding `self`.
pub fn slot_args(vm: &Vm, args: &[Value], want: usize) -> PyResult<()> {
    let got = args.len().saturating_sub(1);
    if got != want {
        return Err(expected_args(vm, want, got));
    }
    Ok(())
}
