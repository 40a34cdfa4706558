//! The methods of `dict`: keys, values, items, get, setdefault, pop, popitem, update, fromkeys ... and its dunders.

use super::args::check;
use super::descriptors::ClassMethod;
use super::dict_views::{reverse_iter, view};
use super::receiver::{dict_self, slot_args};
use super::setup::add_methods;
use crate::compiler::opcode::{BinaryOperator as B, ComparisonOperator as Op};
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::function::BuiltinFunction;
use crate::vm::iter::TableItems;
use crate::vm::{Kw, PyResult, Vm};
use std::rc::Rc;

/// Installs the dict methods.
pub fn register(vm: &mut Vm) {
    let dict = vm.types().dict.clone();
    add_methods(
        &dict,
        "dict",
        &[
            ("__init__", init),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("get", get),
            ("setdefault", setdefault),
            ("pop", pop),
            ("popitem", popitem),
            ("update", update),
            ("clear", clear),
            ("copy", copy),
            ("__len__", dunder_len),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__or__", or),
            ("__ror__", ror),
            ("__ior__", ior),
            ("__repr__", repr),
        ],
    );
    dict.dict.set_str("__hash__", Value::None);
    let f = BuiltinFunction {
        name: "fromkeys",
        func: fromkeys,
        owner: Some("dict"),
        doc: None,
    };
    dict.dict.set_str(
        "fromkeys",
        Value::native(ClassMethod {
            func: Value::Builtin(Rc::new(f)),
        }),
    );
    super::dict_views::register(vm);
}

/// `dict.keys()`.
fn keys(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "keys")?;
    check(vm, "dict.keys", &args[1..], kw, 0, 0)?;
    Ok(view(d, TableItems::Keys))
}

/// `dict.values()`.
fn values(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "values")?;
    check(vm, "dict.values", &args[1..], kw, 0, 0)?;
    Ok(view(d, TableItems::Values))
}

/// `dict.items()`.
fn items(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "items")?;
    check(vm, "dict.items", &args[1..], kw, 0, 0)?;
    Ok(view(d, TableItems::Items))
}

/// `dict.get(key, default=None)`.
fn get(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "get")?.clone();
    check(vm, "get", &args[1..], kw, 1, 2)?;
    let found = vm.dict_get(&d, &args[1])?;
    Ok(found.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

/// `dict.setdefault(key, default=None)`.
fn setdefault(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "setdefault")?.clone();
    check(vm, "setdefault", &args[1..], kw, 1, 2)?;
    if let Some(v) = vm.dict_get(&d, &args[1])? {
        return Ok(v);
    }
    let default = args.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, args[1].clone(), default.clone())?;
    Ok(default)
}

/// `dict.pop(key[, default])`.
fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "pop")?.clone();
    check(vm, "pop", &args[1..], kw, 1, 2)?;
    match (vm.dict_remove(&d, &args[1])?, args.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(vm.key_error(args[1].clone())),
    }
}

/// `dict.popitem()`: the last inserted pair.
fn popitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "popitem")?;
    check(vm, "dict.popitem", &args[1..], kw, 0, 0)?;
    let last = d.table_mut().pop_last();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

/// `dict.update([other], **kwargs)`.
fn update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "update")?.clone();
    super::args::check_count(vm, "update", args.len() - 1, 0, 1)?;
    if let Some(src) = args.get(1) {
        vm.dict_update_from(&d, src)?;
    }
    for (k, v) in kw.iter() {
        d.set_str(k, v.clone());
    }
    Ok(Value::None)
}

/// `dict.__init__(mapping_or_iterable=(), **kwargs)`: adds the items (runs for subclasses only).
fn init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "__init__")?.clone();
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    if let Some(src) = args.get(1) {
        vm.dict_update_from(&d, src)?;
    }
    for (k, v) in kw.iter() {
        d.set_str(k, v.clone());
    }
    Ok(Value::None)
}

/// `dict.clear()`.
fn clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "clear")?;
    check(vm, "dict.clear", &args[1..], kw, 0, 0)?;
    let old = d.table_mut().take_all();
    drop(old);
    Ok(Value::None)
}

/// A shallow copy of a dict, keeping insertion order.
pub fn copy_dict(vm: &mut Vm, d: &Rc<PyDict>) -> PyResult<Rc<PyDict>> {
    let out = Rc::new(PyDict::new());
    for (k, v) in d.items() {
        vm.dict_set(&out, k, v)?;
    }
    Ok(out)
}

/// `dict.copy()`.
fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "copy")?.clone();
    check(vm, "dict.copy", &args[1..], kw, 0, 0)?;
    Ok(Value::Dict(copy_dict(vm, &d)?))
}

/// `dict.fromkeys(iterable, value=None)` (a classmethod: `args[0]` is the class).
fn fromkeys(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "fromkeys", args.get(1..).unwrap_or(&[]), kw, 1, 2)?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    if let Some(Value::Class(cls)) = args.first()
        && !cls.builtin
    {
        let d = vm.call(&args[0], &[], Kw::EMPTY)?;
        let it = vm.iter(&args[1])?;
        while let Some(k) = vm.next(&it)? {
            vm.setitem(&d, &k, value.clone())?;
        }
        return Ok(d);
    }
    let d = Rc::new(PyDict::new());
    let it = vm.iter(&args[1])?;
    while let Some(k) = vm.next(&it)? {
        vm.dict_set(&d, k, value.clone())?;
    }
    Ok(Value::Dict(d))
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "__len__")?;
    slot_args(vm, args, 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    dict_self(vm, args, "__getitem__")?;
    check(vm, "dict.__getitem__", &args[1..], kw, 1, 1)?;
    vm.getitem(&args[0], &args[1])
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "__setitem__")?.clone();
    slot_args(vm, args, 2)?;
    vm.dict_set(&d, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "__delitem__")?.clone();
    slot_args(vm, args, 1)?;
    match vm.dict_remove(&d, &args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(args[1].clone())),
    }
}

fn contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "__contains__")?.clone();
    check(vm, "dict.__contains__", &args[1..], kw, 1, 1)?;
    Ok(Value::Bool(vm.dict_get(&d, &args[1])?.is_some()))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "__iter__")?;
    slot_args(vm, args, 0)?;
    Ok(vm.dict_iter(d, TableItems::Keys))
}

fn reversed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "__reversed__")?;
    check(vm, "dict.__reversed__", &args[1..], kw, 0, 0)?;
    Ok(reverse_iter(d, TableItems::Keys))
}

/// `==`/`!=` between dicts; NotImplemented for anything else.
fn compare(vm: &mut Vm, args: &[Value], op: Op, name: &str) -> PyResult<Value> {
    dict_self(vm, args, name)?;
    slot_args(vm, args, 1)?;
    if !matches!(args[1], Value::Dict(_)) {
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

/// `dict | dict`.
fn or(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    dict_self(vm, args, "__or__")?;
    slot_args(vm, args, 1)?;
    if !matches!(args[1], Value::Dict(_)) {
        return Ok(Value::NotImplemented);
    }
    vm.binary_op(&args[0], &args[1], B::Or)
}

/// `other | dict` (reflected).
fn ror(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    dict_self(vm, args, "__ror__")?;
    slot_args(vm, args, 1)?;
    if !matches!(args[1], Value::Dict(_)) {
        return Ok(Value::NotImplemented);
    }
    vm.binary_op(&args[1], &args[0], B::Or)
}

/// `dict |= mapping_or_pairs`.
fn ior(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = dict_self(vm, args, "__ior__")?.clone();
    slot_args(vm, args, 1)?;
    vm.dict_update_from(&d, &args[1])?;
    Ok(args[0].clone())
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    dict_self(vm, args, "__repr__")?;
    slot_args(vm, args, 0)?;
    vm.repr(&args[0])
}
