//! `mappingproxy`: the read-only view of a class namespace that `Class.__dict__` returns.
//!
//! Reading goes to the dict's own methods; writing is not possible.

use super::setup::add_methods;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::dict::PyDict;
use crate::objects::native::NativeObject;
use crate::vm::{Kw, PyResult, Vm};
use std::any::Any;
use std::rc::Rc;

/// A read-only view of a dict.
pub struct MappingProxy {
    /// The viewed namespace.
    pub dict: Rc<PyDict>,
}

impl NativeObject for MappingProxy {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc("mappingproxy")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Installs the methods of `mappingproxy`.
pub fn register(vm: &mut Vm) {
    let class = vm.types().misc("mappingproxy");
    add_methods(
        &class,
        "mappingproxy",
        &[
            ("__getitem__", getitem),
            ("__len__", len),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__contains__", contains),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__or__", or),
            ("__ror__", ror),
            ("__repr__", repr),
            ("__str__", str),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("get", get),
            ("copy", copy),
        ],
    );
    class.dict.set_str("__hash__", Value::None);
}

/// Calls the dict method `name` on the viewed dict with the same arguments.
fn delegate(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    let Some(p) = args.first().and_then(|a| a.downcast::<MappingProxy>()) else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'mappingproxy' object"
        )));
    };
    let mut on_dict = args.to_vec();
    on_dict[0] = Value::Dict(p.dict.clone());
    let method = vm.types().dict.lookup(name).unwrap_or(Value::None);
    vm.call(&method, &on_dict, kw)
}

/// `proxy[key]`.
fn getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "__getitem__")
}

/// `len(proxy)`.
fn len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "__len__")
}

/// `iter(proxy)`.
fn iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "__iter__")
}

/// `reversed(proxy)`.
fn reversed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "__reversed__")
}

/// `key in proxy`.
fn contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "__contains__")
}

/// `proxy == other` compares the viewed dict.
fn eq(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "__eq__")
}

/// `proxy != other`.
fn ne(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "__ne__")
}

/// `proxy | other`: a new dict.
fn or(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "__or__")
}

/// `other | proxy`.
fn ror(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "__ror__")
}

/// `repr(proxy)`: `mappingproxy({...})`.
fn repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let inner = delegate(vm, args, kw, "__repr__")?;
    let text = vm.str_string(&inner)?;
    Ok(Value::string(format!("mappingproxy({text})")))
}

/// `str(proxy)`: the viewed dict's str.
fn str(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "__repr__")
}

/// `proxy.keys()`.
fn keys(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "keys")
}

/// `proxy.values()`.
fn values(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "values")
}

/// `proxy.items()`.
fn items(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "items")
}

/// `proxy.get(key, default=None)`.
fn get(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "get")
}

/// `proxy.copy()`: a plain dict.
fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    delegate(vm, args, kw, "copy")
}
