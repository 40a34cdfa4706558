//! The methods of `list`: append, extend, insert, remove, pop, index, count, sort ... and its dunders.

use super::args::check;
use super::receiver::{list_self, slot_args};
use super::setup::add_methods;
use crate::compiler::opcode::{BinaryOperator as B, ComparisonOperator as Op};
use crate::objects::Value;
use crate::objects::list::PyList;
use crate::vm::subscript::norm_index;
use crate::vm::{Kw, PyResult, Vm};
use std::rc::Rc;

/// Installs the list methods.
pub fn register(vm: &mut Vm) {
    let list = vm.types().list.clone();
    add_methods(
        &list,
        "list",
        &[
            ("__init__", init),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("remove", remove),
            ("pop", pop),
            ("index", index),
            ("count", count),
            ("clear", clear),
            ("copy", copy),
            ("reverse", reverse),
            ("sort", sort),
            ("__len__", dunder_len),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__repr__", repr),
        ],
    );
    list.dict.set_str("__hash__", Value::None);
}

/// `list.__init__(iterable=())`: refills the list (runs for subclasses only).
fn init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "__init__")?.clone();
    check(vm, "list", &args[1..], kw, 0, 1)?;
    let items = match args.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    *l.items_mut() = items;
    Ok(Value::None)
}

/// `list.append(x)`.
fn append(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "append")?;
    check(vm, "list.append", &args[1..], kw, 1, 1)?;
    l.push(args[1].clone());
    Ok(Value::None)
}

/// `list.extend(iterable)`: collects first, so `l.extend(l)` doubles the list.
fn extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "extend")?;
    check(vm, "list.extend", &args[1..], kw, 1, 1)?;
    let items = vm.collect(&args[1])?;
    l.items_mut().extend(items);
    Ok(Value::None)
}

/// Clamps an insertion or search bound like CPython (negative counts from the end).
fn clamp_bound(i: i64, len: usize) -> usize {
    let len = len as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    i as usize
}

/// An int argument through `__index__`; huge ints saturate (they only bound searches).
fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }),
        other => vm.to_index(other),
    }
}

/// `list.insert(index, object)`.
fn insert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "insert")?;
    check(vm, "list.insert", &[], kw, 0, 0)?;
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let i = index_arg(vm, &args[1])?;
    let mut items = l.items_mut();
    let at = clamp_bound(i, items.len());
    items.insert(at, args[2].clone());
    Ok(Value::None)
}

/// The position of the first item equal to `x` in `[start, stop)`, comparing with no borrow held.
fn find(
    vm: &mut Vm,
    l: &Rc<PyList>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = l.get(i) else { break };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// `list.remove(x)`.
fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "remove")?;
    check(vm, "list.remove", &args[1..], kw, 1, 1)?;
    match find(vm, l, &args[1], 0, usize::MAX)? {
        Some(i) if i < l.len() => {
            l.items_mut().remove(i);
            Ok(Value::None)
        }
        _ => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

/// `list.pop([index])`.
fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "pop")?;
    check(vm, "pop", &args[1..], kw, 0, 1)?;
    let i = match args.get(1) {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    let len = l.len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    match norm_index(i, len) {
        Some(k) => Ok(l.items_mut().remove(k)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

/// `list.index(x[, start[, stop]])`.
fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "index")?;
    check(vm, "index", &args[1..], kw, 1, 3)?;
    let (start, stop) = search_bounds(vm, &args[2..], l.len())?;
    match find(vm, l, &args[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let shown = vm.repr_str(&args[1])?;
            Err(vm.value_error(format!("{shown} is not in list")))
        }
    }
}

/// The optional `start`/`stop` of `index()`, clamped to `len`.
pub fn search_bounds(vm: &mut Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let start = match rest.first() {
        Some(v) => search_bound(vm, v, len)?,
        None => 0,
    };
    let stop = match rest.get(1) {
        Some(v) => search_bound(vm, v, len)?,
        None => len,
    };
    Ok((start, stop))
}

/// A `start` / `stop` argument of a sequence's `index`, clamped like a slice
/// index: an int or an object with `__index__` (huge ints saturate), else
/// CPython's slice-index TypeError.
pub fn search_bound(vm: &mut Vm, v: &Value, len: usize) -> PyResult<usize> {
    let has_index = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Instance(_) | Value::Native(_) => vm.class_of(v).lookup("__index__").is_some(),
        _ => false,
    };
    if !has_index {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    Ok(clamp_bound(index_arg(vm, v)?, len))
}

/// Counts the items equal to `x` (comparing copies, so `__eq__` may mutate the sequence).
pub fn count_equal(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<usize> {
    let mut n = 0;
    for item in items {
        if vm.eq(item, x)? {
            n += 1;
        }
    }
    Ok(n)
}

/// `list.count(x)`.
fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "count")?;
    check(vm, "list.count", &args[1..], kw, 1, 1)?;
    let items = l.to_vec();
    Ok(Value::Int(count_equal(vm, &items, &args[1])? as i64))
}

/// `list.clear()`.
fn clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "clear")?;
    check(vm, "list.clear", &args[1..], kw, 0, 0)?;
    let old = std::mem::take(&mut *l.items_mut());
    drop(old);
    Ok(Value::None)
}

/// `list.copy()`.
fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "copy")?;
    check(vm, "list.copy", &args[1..], kw, 0, 0)?;
    Ok(Value::list(l.to_vec()))
}

/// `list.reverse()`.
fn reverse(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "reverse")?;
    check(vm, "list.reverse", &args[1..], kw, 0, 0)?;
    l.items_mut().reverse();
    Ok(Value::None)
}

/// `list.sort(*, key=None, reverse=False)`: stable; the list reads as empty while sorting.
fn sort(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "sort")?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let items = std::mem::take(&mut *l.items_mut());
    let saved = items.clone();
    let result = super::functions::sort_with_kw(vm, items, kw, "sort");
    let modified = !l.is_empty();
    let mut slot = l.items_mut();
    match result {
        Ok(sorted) => {
            *slot = sorted;
            drop(slot);
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            *slot = saved;
            Err(e)
        }
    }
}

/// `list.__len__()`.
fn dunder_len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "__len__")?;
    slot_args(vm, args, 0)?;
    Ok(Value::Int(l.len() as i64))
}

/// `list.__getitem__(i)`.
fn getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    list_self(vm, args, "__getitem__")?;
    check(vm, "list.__getitem__", &args[1..], kw, 1, 1)?;
    vm.getitem(&args[0], &args[1])
}

/// `list.__setitem__(i, v)`.
fn setitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    list_self(vm, args, "__setitem__")?;
    slot_args(vm, args, 2)?;
    vm.setitem(&args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}

/// `list.__delitem__(i)`.
fn delitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    list_self(vm, args, "__delitem__")?;
    slot_args(vm, args, 1)?;
    vm.delitem(&args[0], &args[1])?;
    Ok(Value::None)
}

/// `list.__contains__(x)`.
fn contains(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    list_self(vm, args, "__contains__")?;
    slot_args(vm, args, 1)?;
    Ok(Value::Bool(vm.contains(&args[0], &args[1])?))
}

/// `list.__iter__()`.
fn iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    list_self(vm, args, "__iter__")?;
    slot_args(vm, args, 0)?;
    vm.iter(&args[0])
}

/// `list.__reversed__()`.
fn reversed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    list_self(vm, args, "__reversed__")?;
    check(vm, "list.__reversed__", &args[1..], kw, 0, 0)?;
    super::iterators::reversed(vm, &[Value::None, args[0].clone()], Kw::EMPTY)
}

/// `list.__add__(other)`: lists only.
fn add(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    list_self(vm, args, "__add__")?;
    slot_args(vm, args, 1)?;
    if !matches!(args[1], Value::List(_)) {
        let tname = vm.type_name(&args[1]);
        return Err(vm.type_error(format!(
            "can only concatenate list (not \"{tname}\") to list"
        )));
    }
    vm.binary_op(&args[0], &args[1], B::Add)
}

/// `list.__iadd__(iterable)`.
fn iadd(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = list_self(vm, args, "__iadd__")?;
    slot_args(vm, args, 1)?;
    let items = vm.collect(&args[1])?;
    l.items_mut().extend(items);
    Ok(args[0].clone())
}

/// `list.__mul__(n)` / `__rmul__`.
fn mul(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    list_self(vm, args, "__mul__")?;
    slot_args(vm, args, 1)?;
    let n = index_arg(vm, &args[1])?;
    vm.binary_op(&args[0], &Value::Int(n), B::Multiply)
}

/// `list.__imul__(n)`.
fn imul(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    list_self(vm, args, "__imul__")?;
    slot_args(vm, args, 1)?;
    let n = index_arg(vm, &args[1])?;
    vm.binary_op(&args[0], &Value::Int(n), B::InplaceMultiply)
}

/// A rich comparison between two lists; NotImplemented for anything else.
fn compare(vm: &mut Vm, args: &[Value], op: Op, name: &str) -> PyResult<Value> {
    list_self(vm, args, name)?;
    slot_args(vm, args, 1)?;
    if !matches!(args[1], Value::List(_)) {
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

/// `list.__repr__()`.
fn repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    list_self(vm, args, "__repr__")?;
    slot_args(vm, args, 0)?;
    vm.repr(&args[0])
}
