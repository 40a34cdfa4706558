//! The `_collections` module: the native `deque` and its iterators
//! (`collections.py` in the embedded stdlib builds the rest on top).

pub mod deque_dunders;
pub mod deque_methods;
pub mod deque_new;

use crate::builtins::descriptors::Property;
use crate::builtins::object_methods::{iter_next, iter_self};
use crate::builtins::setup::{add_methods, add_new};
use crate::objects::Value;
use crate::objects::class::{Class, Layout};
use crate::objects::function::BuiltinFunction;
use crate::objects::module::Module;
use crate::vm::types::make_class;
use crate::vm::{PyResult, Vm};
use deque_dunders as dd;
use deque_methods as dm;
use std::rc::Rc;

/// Builds `_collections`.
pub fn init(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("_collections"));
    let deque = deque_class(vm);
    m.dict.set_str("deque", Value::Class(deque));
    for name in ["_deque_iterator", "_deque_reverse_iterator"] {
        let class = make_class(name, Some(&vm.types().object), Layout::Builtin);
        add_methods(
            &class,
            "iterator",
            &[("__iter__", iter_self), ("__next__", iter_next)],
        );
        class.set_native_module("_collections");
        m.dict.set_str(name, Value::Class(class));
    }
    Ok(m)
}

/// The `deque` class with its methods.
fn deque_class(vm: &mut Vm) -> Rc<Class> {
    let class = make_class("deque", Some(&vm.types().object), Layout::Builtin);
    add_new(&class, "deque", deque_new::deque_new);
    add_methods(
        &class,
        "deque",
        &[
            ("__init__", deque_new::deque_init),
            ("append", dm::append),
            ("appendleft", dm::appendleft),
            ("pop", dm::pop),
            ("popleft", dm::popleft),
            ("extend", dm::extend),
            ("extendleft", dm::extendleft),
            ("rotate", dm::rotate),
            ("clear", dm::clear),
            ("copy", dm::copy),
            ("__copy__", dm::copy),
            ("count", dm::count),
            ("index", dm::index),
            ("insert", dm::insert),
            ("remove", dm::remove),
            ("reverse", dm::reverse),
            ("__len__", dd::len),
            ("__bool__", dd::bool_),
            ("__getitem__", dd::getitem),
            ("__setitem__", dd::setitem),
            ("__delitem__", dd::delitem),
            ("__contains__", dd::contains),
            ("__iter__", dd::iter),
            ("__reversed__", dd::reversed),
            ("__hash__", dd::hash),
            ("__eq__", dd::eq),
            ("__ne__", dd::ne),
            ("__lt__", dd::lt),
            ("__le__", dd::le),
            ("__gt__", dd::gt),
            ("__ge__", dd::ge),
            ("__add__", dd::add),
            ("__iadd__", dd::iadd),
            ("__mul__", dd::mul),
            ("__rmul__", dd::mul),
            ("__imul__", dd::imul),
            ("__repr__", dd::repr),
        ],
    );
    let getter = Value::Builtin(Rc::new(BuiltinFunction {
        name: "maxlen",
        func: dd::maxlen,
        owner: Some("deque"),
        doc: None,
    }));
    let maxlen = Property::new(getter, Value::None, Value::None, Value::None);
    class.dict.set_str("maxlen", Value::native(maxlen));
    class.set_native_module("collections");
    class
}
