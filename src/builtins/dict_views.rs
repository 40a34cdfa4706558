//! `dict_keys`, `dict_values`, `dict_items`: live views of a dict, and the dict reverse iterators.

use super::receiver::slot_args;
use super::setup::add_methods;
use crate::compiler::opcode::{BinaryOperator as B, ComparisonOperator as Op};
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::dict::PyDict;
use crate::objects::native::NativeObject;
use crate::vm::iter::TableItems;
use crate::vm::{Kw, PyResult, Vm};
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

/// A live view of a dict's keys, values or items.
pub struct DictView {
    /// The viewed dict.
    pub dict: Rc<PyDict>,
    /// Which part of the entries the view shows.
    pub what: TableItems,
}

/// Iterator over a dict from its last entry to its first.
pub struct DictReverseIterator {
    dict: Rc<PyDict>,
    /// One past the next slot to look at.
    slot: Cell<usize>,
    len: usize,
    what: TableItems,
}

impl NativeObject for DictView {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc(view_class_name(self.what))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        (name == "mapping").then(|| Ok(Value::Dict(self.dict.clone())))
    }
}

impl NativeObject for DictReverseIterator {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc(match self.what {
            TableItems::Keys => "dict_reversekeyiterator",
            TableItems::Values => "dict_reversevalueiterator",
            TableItems::Items => "dict_reverseitemiterator",
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        let table = self.dict.table();
        if table.len() != self.len {
            self.slot.set(0);
            drop(table);
            return Some(Err(
                vm.runtime_error("dictionary changed size during iteration")
            ));
        }
        let mut i = self.slot.get().min(table.slots());
        while i > 0 {
            i -= 1;
            if let Some((_, k, v)) = table.slot(i) {
                self.slot.set(i);
                return Some(Ok(Some(entry_value(self.what, k, v))));
            }
        }
        self.slot.set(0);
        Some(Ok(None))
    }
}

/// The class name of a view kind.
fn view_class_name(what: TableItems) -> &'static str {
    match what {
        TableItems::Keys => "dict_keys",
        TableItems::Values => "dict_values",
        TableItems::Items => "dict_items",
    }
}

/// What an iterator over `what` yields for one entry.
fn entry_value(what: TableItems, k: &Value, v: &Value) -> Value {
    match what {
        TableItems::Keys => k.clone(),
        TableItems::Values => v.clone(),
        TableItems::Items => Value::tuple(vec![k.clone(), v.clone()]),
    }
}

/// A new view of `d`.
pub fn view(d: &Rc<PyDict>, what: TableItems) -> Value {
    Value::native(DictView {
        dict: d.clone(),
        what,
    })
}

/// An iterator over `d` in reverse insertion order.
pub fn reverse_iter(d: &Rc<PyDict>, what: TableItems) -> Value {
    let slots = d.table().slots();
    Value::native(DictReverseIterator {
        dict: d.clone(),
        slot: Cell::new(slots),
        len: d.len(),
        what,
    })
}

/// Installs the view methods.
pub fn register(vm: &mut Vm) {
    let common: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__len__", view_len),
        ("__iter__", view_iter),
        ("__reversed__", view_reversed),
        ("__contains__", view_contains),
        ("__repr__", view_repr),
    ];
    let set_like: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__lt__", view_lt),
        ("__le__", view_le),
        ("__gt__", view_gt),
        ("__ge__", view_ge),
        ("__and__", view_and),
        ("__rand__", view_and),
        ("__or__", view_or),
        ("__ror__", view_or),
        ("__xor__", view_xor),
        ("__rxor__", view_xor),
        ("__sub__", view_sub),
        ("__rsub__", view_rsub),
        ("isdisjoint", view_isdisjoint),
    ];
    for what in [TableItems::Keys, TableItems::Values, TableItems::Items] {
        let name = view_class_name(what);
        let class = vm.types().misc(name);
        add_methods(&class, name, common);
        if what != TableItems::Values {
            add_methods(&class, name, set_like);
            class.dict.set_str("__hash__", Value::None);
        }
    }
}

/// `self` as a view.
fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a DictView> {
    match args.first().and_then(|v| v.downcast::<DictView>()) {
        Some(v) => Ok(v),
        None => Err(vm.type_error("descriptor requires a 'dict' view object")),
    }
}

fn view_len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = this(vm, args)?;
    slot_args(vm, args, 0)?;
    Ok(Value::Int(v.dict.len() as i64))
}

fn view_iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = this(vm, args)?;
    slot_args(vm, args, 0)?;
    Ok(vm.dict_iter(&v.dict, v.what))
}

fn view_reversed(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = this(vm, args)?;
    slot_args(vm, args, 0)?;
    Ok(reverse_iter(&v.dict, v.what))
}

/// Membership in a view: keys by lookup, items by lookup then value equality, values by scan.
fn view_contains(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = this(vm, args)?;
    slot_args(vm, args, 1)?;
    let (d, x) = (v.dict.clone(), &args[1]);
    let found = match v.what {
        TableItems::Keys => vm.dict_get(&d, x)?.is_some(),
        TableItems::Items => item_in(vm, &d, x)?,
        TableItems::Values => {
            let values: Vec<Value> = d.items().into_iter().map(|(_, v)| v).collect();
            super::list_methods::count_equal(vm, &values, x)? > 0
        }
    };
    Ok(Value::Bool(found))
}

/// True when `x` is a `(key, value)` pair present in `d`.
fn item_in(vm: &mut Vm, d: &Rc<PyDict>, x: &Value) -> PyResult<bool> {
    let Value::Tuple(t) = x else { return Ok(false) };
    let [k, want] = t.as_slice() else {
        return Ok(false);
    };
    match vm.dict_get(d, k)? {
        Some(have) => vm.eq(&have, want),
        None => Ok(false),
    }
}

/// The items a view iterates over (a snapshot).
fn members(v: &DictView) -> Vec<Value> {
    v.dict
        .items()
        .into_iter()
        .map(|(k, val)| entry_value(v.what, &k, &val))
        .collect()
}

fn view_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = this(vm, args)?;
    slot_args(vm, args, 0)?;
    let name = view_class_name(v.what);
    let id = Rc::as_ptr(&v.dict) as *const u8 as usize;
    if vm.repr_guard.contains(&id) {
        return Ok(Value::string(format!("{name}(...)")));
    }
    let items = Value::list(members(v));
    vm.repr_guard.push(id);
    let r = vm.repr_str(&items);
    vm.repr_guard.pop();
    Ok(Value::string(format!("{name}({})", r?)))
}

/// The members of a set-like operand: views and sets directly, anything else by iteration.
fn operand_set(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    let items = match x.downcast::<DictView>() {
        Some(v) => members(v),
        None => vm.collect(x)?,
    };
    vm.new_set(items)
}

/// Applies a set operator with the view on the left (`reflected`: on the right).
fn view_binary(vm: &mut Vm, args: &[Value], op: B, reflected: bool) -> PyResult<Value> {
    this(vm, args)?;
    slot_args(vm, args, 1)?;
    let me = operand_set(vm, &args[0])?;
    let other = match operand_set(vm, &args[1]) {
        Ok(s) => s,
        Err(e) if vm.err_is(&e, "TypeError") => return Ok(Value::NotImplemented),
        Err(e) => return Err(e),
    };
    if reflected {
        vm.binary_op(&other, &me, op)
    } else {
        vm.binary_op(&me, &other, op)
    }
}

fn view_and(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    view_binary(vm, args, B::And, false)
}

fn view_or(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    view_binary(vm, args, B::Or, false)
}

fn view_xor(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    view_binary(vm, args, B::Xor, false)
}

fn view_sub(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    view_binary(vm, args, B::Subtract, false)
}

fn view_rsub(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    view_binary(vm, args, B::Subtract, true)
}

/// `==` between a keys/items view and a set or another set-like view.
fn view_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    view_compare(vm, args, Op::Eq)
}

/// `<`.
fn view_lt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    view_compare(vm, args, Op::Lt)
}

/// `<=`.
fn view_le(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    view_compare(vm, args, Op::Le)
}

/// `>`.
fn view_gt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    view_compare(vm, args, Op::Gt)
}

/// `>=`.
fn view_ge(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    view_compare(vm, args, Op::Ge)
}

/// A comparison of a keys/items view with a set or another set-like view,
/// as sets (equality, subset, superset); NotImplemented for anything else.
fn view_compare(vm: &mut Vm, args: &[Value], op: Op) -> PyResult<Value> {
    this(vm, args)?;
    slot_args(vm, args, 1)?;
    let other = &args[1];
    let set_like = matches!(other, Value::Set(_) | Value::FrozenSet(_))
        || other
            .downcast::<DictView>()
            .is_some_and(|v| v.what != TableItems::Values);
    if !set_like {
        return Ok(Value::NotImplemented);
    }
    let me = operand_set(vm, &args[0])?;
    let them = operand_set(vm, other)?;
    vm.compare(&me, &them, op)
}

fn view_ne(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match view_eq(vm, args, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

/// `view.isdisjoint(iterable)`.
fn view_isdisjoint(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    this(vm, args)?;
    super::args::check(vm, "isdisjoint", &args[1..], kw, 1, 1)?;
    let me = operand_set(vm, &args[0])?;
    let Value::Set(me) = me else {
        return Ok(Value::Bool(true));
    };
    let it = vm.iter(&args[1])?;
    while let Some(x) = vm.next(&it)? {
        if vm.set_contains(&me, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
