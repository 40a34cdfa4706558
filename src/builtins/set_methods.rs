//! The methods of `set` and `frozenset`: add, remove, discard, pop, the algebra methods
//! (several arguments each), subset tests, and the dunders.

use super::args::check;
use super::receiver::{anyset_self, set_self, slot_args, wrong_self};
use super::setup::{add_methods, add_new};
use crate::compiler::opcode::{BinaryOperator as B, ComparisonOperator as Op};
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::objects::set::PySet;
use crate::vm::{Kw, PyResult, Vm};
use std::rc::Rc;

/// Methods shared by set and frozenset.
const SHARED: &[(&str, NativeFn)] = &[
    ("copy", copy),
    ("union", union),
    ("intersection", intersection),
    ("difference", difference),
    ("symmetric_difference", symmetric_difference),
    ("issubset", issubset),
    ("issuperset", issuperset),
    ("isdisjoint", isdisjoint),
    ("__len__", dunder_len),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__repr__", repr),
    ("__or__", or),
    ("__and__", and),
    ("__sub__", sub),
    ("__xor__", xor),
    ("__ror__", ror),
    ("__rand__", rand),
    ("__rsub__", rsub),
    ("__rxor__", rxor),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];

/// Methods only a mutable set has.
const MUTATORS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("remove", remove),
    ("discard", discard),
    ("pop", pop),
    ("clear", clear),
    ("update", update),
    ("intersection_update", intersection_update),
    ("difference_update", difference_update),
    ("symmetric_difference_update", symmetric_difference_update),
    ("__ior__", ior),
    ("__iand__", iand),
    ("__isub__", isub),
    ("__ixor__", ixor),
];

/// Installs the set and frozenset methods and their constructors.
pub fn register(vm: &mut Vm) {
    let (set, frozenset) = (vm.types().set.clone(), vm.types().frozenset.clone());
    add_methods(&set, "set", SHARED);
    add_methods(&set, "set", MUTATORS);
    add_methods(&set, "set", &[("__init__", init)]);
    set.dict.set_str("__hash__", Value::None);
    add_methods(&frozenset, "frozenset", SHARED);
    add_methods(&frozenset, "frozenset", &[("__hash__", hash)]);
    add_new(&set, "set", set_new);
    add_new(&frozenset, "frozenset", frozenset_new);
}

/// `set(iterable=())`: filled like CPython (sets are merged table to table).
fn set_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ty = vm.types().set.clone();
    if let Some(inst) = vm.new_subclass_instance(args, kw, &ty, set_new)? {
        return Ok(inst);
    }
    check(vm, "set", &args[1..], kw, 0, 1)?;
    match args.get(1) {
        Some(it) => Ok(Value::Set(vm.set_from_iterable(it)?)),
        None => Ok(Value::Set(Rc::new(PySet::new()))),
    }
}

/// `frozenset(iterable=())`: a frozenset argument is returned as is.
fn frozenset_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ty = vm.types().frozenset.clone();
    if let Some(inst) = vm.new_subclass_instance(args, kw, &ty, frozenset_new)? {
        return Ok(inst);
    }
    check(vm, "frozenset", &args[1..], kw, 0, 1)?;
    match args.get(1) {
        Some(f @ Value::FrozenSet(_)) => Ok(f.clone()),
        Some(it) => Ok(Value::FrozenSet(vm.set_from_iterable(it)?)),
        None => Ok(Value::FrozenSet(Rc::new(PySet::new()))),
    }
}

/// "set" or "frozenset", for messages.
fn kind(args: &[Value]) -> &'static str {
    match args.first() {
        Some(Value::FrozenSet(_)) => "frozenset",
        _ => "set",
    }
}

/// A result set of the same kind as `self`.
fn same_kind(args: &[Value], s: Rc<PySet>) -> Value {
    match args.first() {
        Some(Value::FrozenSet(_)) => Value::FrozenSet(s),
        _ => Value::Set(s),
    }
}

/// Checks a one-argument method's arguments.
fn one_arg(vm: &Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<()> {
    check(vm, &format!("{}.{name}", kind(args)), &args[1..], kw, 1, 1)
}

/// Checks that a varargs method got no keywords.
fn no_kw(vm: &Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<()> {
    check(vm, &format!("{}.{name}", kind(args)), &[], kw, 0, 0)
}

fn add(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = set_self(vm, args, "add")?.clone();
    one_arg(vm, args, kw, "add")?;
    vm.set_insert(&s, args[1].clone())?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = set_self(vm, args, "remove")?.clone();
    one_arg(vm, args, kw, "remove")?;
    if !vm.set_discard(&s, &args[1])? {
        return Err(vm.key_error(args[1].clone()));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = set_self(vm, args, "discard")?.clone();
    one_arg(vm, args, kw, "discard")?;
    vm.set_discard(&s, &args[1])?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = set_self(vm, args, "pop")?;
    check(vm, "set.pop", &args[1..], kw, 0, 0)?;
    let popped = s.table_mut().pop();
    popped.ok_or_else(|| vm.key_error(Value::str("pop from an empty set")))
}

/// `set.__init__(iterable=())`: refills the set (runs for subclasses only).
fn init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = set_self(vm, args, "__init__")?.clone();
    check(vm, "set", &args[1..], kw, 0, 1)?;
    let old = std::mem::take(&mut *s.table_mut());
    drop(old);
    if let Some(it) = args.get(1) {
        vm.set_update_from(&s, it)?;
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = set_self(vm, args, "clear")?;
    check(vm, "set.clear", &args[1..], kw, 0, 0)?;
    let old = std::mem::take(&mut *s.table_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    anyset_self(vm, args, "copy")?;
    check(vm, &format!("{}.copy", kind(args)), &args[1..], kw, 0, 0)?;
    if let Value::FrozenSet(_) = args[0] {
        return Ok(args[0].clone());
    }
    Ok(Value::Set(vm.set_from_iterable(&args[0])?))
}

fn union(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    anyset_self(vm, args, "union")?;
    no_kw(vm, args, kw, "union")?;
    let result = vm.set_from_iterable(&args[0])?;
    for other in &args[1..] {
        if other.is(&args[0]) {
            continue;
        }
        vm.set_update_from(&result, other)?;
    }
    Ok(same_kind(args, result))
}

/// The intersection of `self` with every argument in turn.
fn intersect_all(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<PySet>> {
    let mut result = match args.get(1) {
        None => return vm.set_from_iterable(&args[0]),
        Some(_) => anyset_self(vm, args, "intersection")?.clone(),
    };
    for other in &args[1..] {
        result = vm.set_intersection(&result, other)?;
    }
    Ok(result)
}

fn intersection(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    anyset_self(vm, args, "intersection")?;
    no_kw(vm, args, kw, "intersection")?;
    let result = intersect_all(vm, args)?;
    Ok(same_kind(args, result))
}

fn difference(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = anyset_self(vm, args, "difference")?.clone();
    no_kw(vm, args, kw, "difference")?;
    let Some(first) = args.get(1) else {
        return Ok(same_kind(args, vm.set_from_iterable(&args[0])?));
    };
    let result = vm.set_difference(&s, first)?;
    for other in &args[2..] {
        vm.set_difference_update(&result, other)?;
    }
    Ok(same_kind(args, result))
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = anyset_self(vm, args, "symmetric_difference")?.clone();
    one_arg(vm, args, kw, "symmetric_difference")?;
    let result = vm.set_symmetric_difference(&s, &args[1])?;
    Ok(same_kind(args, result))
}

fn update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = set_self(vm, args, "update")?.clone();
    no_kw(vm, args, kw, "update")?;
    for other in &args[1..] {
        vm.set_update_from(&s, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = set_self(vm, args, "intersection_update")?.clone();
    no_kw(vm, args, kw, "intersection_update")?;
    let result = intersect_all(vm, args)?;
    if !Rc::ptr_eq(&s, &result) {
        s.swap_with(&result);
    }
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = set_self(vm, args, "difference_update")?.clone();
    no_kw(vm, args, kw, "difference_update")?;
    for other in &args[1..] {
        vm.set_difference_update(&s, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = set_self(vm, args, "symmetric_difference_update")?.clone();
    one_arg(vm, args, kw, "symmetric_difference_update")?;
    vm.set_symmetric_difference_update(&s, &args[1])?;
    Ok(Value::None)
}

/// A set operand as a table: sets directly, other iterables collected into a new set.
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.clone()),
        other => vm.set_from_iterable(other),
    }
}

fn issubset(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = anyset_self(vm, args, "issubset")?.clone();
    one_arg(vm, args, kw, "issubset")?;
    let other = as_set(vm, &args[1])?;
    Ok(Value::Bool(vm.set_is_subset(&s, &other)?))
}

fn issuperset(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = anyset_self(vm, args, "issuperset")?.clone();
    one_arg(vm, args, kw, "issuperset")?;
    let other = as_set(vm, &args[1])?;
    Ok(Value::Bool(vm.set_is_subset(&other, &s)?))
}

fn isdisjoint(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = anyset_self(vm, args, "isdisjoint")?.clone();
    one_arg(vm, args, kw, "isdisjoint")?;
    let (probe, against) = match &args[1] {
        Value::Set(o) | Value::FrozenSet(o) if o.len() > s.len() => {
            (Value::Set(s.clone()), o.clone())
        }
        Value::Set(o) | Value::FrozenSet(o) => (Value::Set(o.clone()), s.clone()),
        other => (other.clone(), s.clone()),
    };
    let it = vm.iter(&probe)?;
    while let Some(x) = vm.next(&it)? {
        if vm.set_contains(&against, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = anyset_self(vm, args, "__len__")?;
    slot_args(vm, args, 0)?;
    Ok(Value::Int(s.len() as i64))
}

fn contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = anyset_self(vm, args, "__contains__")?.clone();
    one_arg(vm, args, kw, "__contains__")?;
    Ok(Value::Bool(vm.set_contains(&s, &args[1])?))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    anyset_self(vm, args, "__iter__")?;
    slot_args(vm, args, 0)?;
    vm.iter(&args[0])
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    anyset_self(vm, args, "__repr__")?;
    slot_args(vm, args, 0)?;
    vm.repr(&args[0])
}

fn hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(f @ Value::FrozenSet(_)) => {
            slot_args(vm, args, 0)?;
            Ok(Value::Int(vm.hash(f)?))
        }
        other => Err(wrong_self(vm, "frozenset", "__hash__", other)),
    }
}

/// A binary operator between two sets (`reflected`: `other op self`); NotImplemented otherwise.
fn binary(vm: &mut Vm, args: &[Value], op: B, reflected: bool) -> PyResult<Value> {
    anyset_self(vm, args, "__or__")?;
    slot_args(vm, args, 1)?;
    if !matches!(args[1], Value::Set(_) | Value::FrozenSet(_)) {
        return Ok(Value::NotImplemented);
    }
    if reflected {
        vm.set_binary(&args[1], &args[0], op)
    } else {
        vm.set_binary(&args[0], &args[1], op)
    }
}

fn or(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    binary(vm, args, B::Or, false)
}

fn and(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    binary(vm, args, B::And, false)
}

fn sub(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    binary(vm, args, B::Subtract, false)
}

fn xor(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    binary(vm, args, B::Xor, false)
}

fn ror(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    binary(vm, args, B::Or, true)
}

fn rand(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    binary(vm, args, B::And, true)
}

fn rsub(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    binary(vm, args, B::Subtract, true)
}

fn rxor(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    binary(vm, args, B::Xor, true)
}

fn ior(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    set_self(vm, args, "__ior__")?;
    binary(vm, args, B::InplaceOr, false)
}

fn iand(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    set_self(vm, args, "__iand__")?;
    binary(vm, args, B::InplaceAnd, false)
}

fn isub(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    set_self(vm, args, "__isub__")?;
    binary(vm, args, B::InplaceSubtract, false)
}

fn ixor(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    set_self(vm, args, "__ixor__")?;
    binary(vm, args, B::InplaceXor, false)
}

/// A comparison between two sets; NotImplemented for anything else.
fn compare(vm: &mut Vm, args: &[Value], op: Op) -> PyResult<Value> {
    anyset_self(vm, args, "__eq__")?;
    slot_args(vm, args, 1)?;
    match (&args[0], &args[1]) {
        (Value::Set(a) | Value::FrozenSet(a), Value::Set(b) | Value::FrozenSet(b)) => {
            let (a, b) = (a.clone(), b.clone());
            vm.set_order(&a, &b, op)
        }
        _ => Ok(Value::NotImplemented),
    }
}

fn eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Eq)
}

fn ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Ne)
}

fn lt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Lt)
}

fn le(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Le)
}

fn gt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Gt)
}

fn ge(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Ge)
}
