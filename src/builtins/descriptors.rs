//! `property`, `staticmethod` and `classmethod` objects.

use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::native::NativeObject;
use crate::vm::{Kw, PyResult, Vm};
use std::any::Any;
use std::rc::Rc;

/// A `property`.
pub struct Property {
    /// Getter.
    pub fget: Value,
    /// Setter.
    pub fset: Value,
    /// Deleter.
    pub fdel: Value,
    /// `__doc__`.
    pub doc: Value,
}

/// A `staticmethod`.
pub struct StaticMethod {
    /// The wrapped callable.
    pub func: Value,
}

/// A `classmethod`.
pub struct ClassMethod {
    /// The wrapped callable.
    pub func: Value,
}

impl Property {
    /// The attribute's name for messages (from the getter's `__name__`).
    fn name(&self, vm: &mut Vm, fallback: &str) -> String {
        for f in [&self.fget, &self.fset, &self.fdel] {
            if let Value::Function(func) = f
                && let Value::Str(s) = &*func.name.borrow()
            {
                return s.as_str().to_owned();
            }
        }
        let _ = vm;
        fallback.to_owned()
    }

    /// `obj.attr` through the property.
    pub fn get(&self, vm: &mut Vm, obj: &Value) -> PyResult<Value> {
        if self.fget.is_none() {
            let name = self.name(vm, "?");
            let tname = vm.type_name(obj);
            return Err(vm.error(
                "AttributeError",
                format!("property '{name}' of '{tname}' object has no getter"),
            ));
        }
        vm.call(&self.fget, std::slice::from_ref(obj), Kw::EMPTY)
    }

    /// `obj.attr = value` through the property.
    pub fn set(&self, vm: &mut Vm, obj: &Value, value: Value, attr: &str) -> PyResult<()> {
        if self.fset.is_none() {
            let name = self.name(vm, attr);
            let tname = vm.type_name(obj);
            return Err(vm.error(
                "AttributeError",
                format!("property '{name}' of '{tname}' object has no setter"),
            ));
        }
        vm.call(&self.fset, &[obj.clone(), value], Kw::EMPTY)
            .map(|_| ())
    }

    /// `del obj.attr` through the property.
    pub fn delete(&self, vm: &mut Vm, obj: &Value, attr: &str) -> PyResult<()> {
        if self.fdel.is_none() {
            let name = self.name(vm, attr);
            let tname = vm.type_name(obj);
            return Err(vm.error(
                "AttributeError",
                format!("property '{name}' of '{tname}' object has no deleter"),
            ));
        }
        vm.call(&self.fdel, std::slice::from_ref(obj), Kw::EMPTY)
            .map(|_| ())
    }
}

impl NativeObject for Property {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().property.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "fget" => self.fget.clone(),
            "fset" => self.fset.clone(),
            "fdel" => self.fdel.clone(),
            "__doc__" => self.doc.clone(),
            _ => return None,
        }))
    }
}

impl NativeObject for StaticMethod {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().staticmethod.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        (name == "__func__").then(|| Ok(self.func.clone()))
    }
}

impl NativeObject for ClassMethod {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().classmethod.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        (name == "__func__").then(|| Ok(self.func.clone()))
    }
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn property_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = super::args::bind(
        vm,
        "property",
        &args[1..],
        kw,
        &["fget", "fset", "fdel", "doc"],
        0,
    )?;
    let get = |i: usize| slots[i].clone().unwrap_or(Value::None);
    let mut doc = get(3);
    if doc.is_none()
        && let Value::Function(f) = get(0)
    {
        doc = f
            .code
            .code
            .docstring
            .as_deref()
            .map_or(Value::None, Value::str);
    }
    Ok(Value::native(Property {
        fget: get(0),
        fset: get(1),
        fdel: get(2),
        doc,
    }))
}

/// `prop.setter(f)`, `prop.getter(f)`, `prop.deleter(f)`: a copy with one accessor replaced.
fn property_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    super::args::check_count(vm, "setter", args.len(), 2, 2)?;
    let Some(p) = args[0].downcast::<Property>() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = args[1].clone();
    let mut fns = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    fns[which] = f;
    let [fget, fset, fdel] = fns;
    Ok(Value::native(Property {
        fget,
        fset,
        fdel,
        doc: p.doc.clone(),
    }))
}

/// `property.getter`.
pub fn property_getter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    property_with(vm, args, 0)
}

/// `property.setter`.
pub fn property_setter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    property_with(vm, args, 1)
}

/// `property.deleter`.
pub fn property_deleter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    property_with(vm, args, 2)
}

/// `property.__get__(obj, type)`.
pub fn property_dunder_get(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(p) = args.first().and_then(|a| a.downcast::<Property>()) else {
        return Ok(Value::None);
    };
    match args.get(1) {
        None | Some(Value::None) => Ok(args[0].clone()),
        Some(obj) => p.get(vm, obj),
    }
}

/// `staticmethod(f)`.
pub fn staticmethod_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "staticmethod", &args[1..], kw, 1, 1)?;
    Ok(Value::native(StaticMethod {
        func: args[1].clone(),
    }))
}

/// `classmethod(f)`.
pub fn classmethod_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "classmethod", &args[1..], kw, 1, 1)?;
    Ok(Value::native(ClassMethod {
        func: args[1].clone(),
    }))
}
