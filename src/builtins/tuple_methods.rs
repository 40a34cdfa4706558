//! The methods of `tuple`: index, count and its dunders.

use super::args::check;
use super::list_methods::{count_equal, search_bounds};
use super::receiver::{slot_args, tuple_self};
use super::setup::add_methods;
use crate::compiler::opcode::{BinaryOperator as B, ComparisonOperator as Op};
use crate::objects::Value;
use crate::vm::{Kw, PyResult, Vm};

/// Installs the tuple methods.
pub fn register(vm: &mut Vm) {
    let tuple = vm.types().tuple.clone();
    add_methods(
        &tuple,
        "tuple",
        &[
            ("index", index),
            ("count", count),
            ("__len__", dunder_len),
            ("__getitem__", getitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__add__", add),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__hash__", hash),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__repr__", repr),
        ],
    );
}

/// `tuple.index(x[, start[, stop]])`.
fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = tuple_self(vm, args, "index")?.clone();
    check(vm, "index", &args[1..], kw, 1, 3)?;
    let (start, stop) = search_bounds(vm, &args[2..], t.len())?;
    for (i, item) in t.as_slice().iter().enumerate().take(stop).skip(start) {
        if vm.eq(item, &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

/// `tuple.count(x)`.
fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = tuple_self(vm, args, "count")?.clone();
    check(vm, "tuple.count", &args[1..], kw, 1, 1)?;
    Ok(Value::Int(count_equal(vm, t.as_slice(), &args[1])? as i64))
}

/// `tuple.__len__()`.
fn dunder_len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = tuple_self(vm, args, "__len__")?;
    slot_args(vm, args, 0)?;
    Ok(Value::Int(t.len() as i64))
}

/// `tuple.__getitem__(i)`.
fn getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    tuple_self(vm, args, "__getitem__")?;
    check(vm, "tuple.__getitem__", &args[1..], kw, 1, 1)?;
    vm.getitem(&args[0], &args[1])
}

/// `tuple.__contains__(x)`.
fn contains(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    tuple_self(vm, args, "__contains__")?;
    slot_args(vm, args, 1)?;
    Ok(Value::Bool(vm.contains(&args[0], &args[1])?))
}

/// `tuple.__iter__()`.
fn iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    tuple_self(vm, args, "__iter__")?;
    slot_args(vm, args, 0)?;
    vm.iter(&args[0])
}

/// `tuple.__add__(other)`: tuples only.
fn add(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    tuple_self(vm, args, "__add__")?;
    slot_args(vm, args, 1)?;
    if !matches!(args[1], Value::Tuple(_)) {
        let tname = vm.type_name(&args[1]);
        return Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{tname}\") to tuple"
        )));
    }
    vm.binary_op(&args[0], &args[1], B::Add)
}

/// `tuple.__mul__(n)` / `__rmul__`.
fn mul(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    tuple_self(vm, args, "__mul__")?;
    slot_args(vm, args, 1)?;
    let n = vm.to_index(&args[1])?;
    vm.binary_op(&args[0], &Value::Int(n), B::Multiply)
}

/// `tuple.__hash__()`.
fn hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    tuple_self(vm, args, "__hash__")?;
    slot_args(vm, args, 0)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

/// A rich comparison between two tuples; NotImplemented for anything else.
fn compare(vm: &mut Vm, args: &[Value], op: Op, name: &str) -> PyResult<Value> {
    tuple_self(vm, args, name)?;
    slot_args(vm, args, 1)?;
    if !matches!(args[1], Value::Tuple(_)) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&args[0], &args[1], op)
}

fn eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Eq, "__eq__")
}

fn ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Ne, "__ne__")
}

fn lt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Lt, "__lt__")
}

fn le(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Le, "__le__")
}

fn gt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Gt, "__gt__")
}

fn ge(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Ge, "__ge__")
}

/// `tuple.__repr__()`.
fn repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    tuple_self(vm, args, "__repr__")?;
    slot_args(vm, args, 0)?;
    vm.repr(&args[0])
}
