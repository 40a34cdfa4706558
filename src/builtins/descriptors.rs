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
    /// The attribute name it was assigned to (set by `__set_name__`).
    pub name: std::cell::RefCell<Option<String>>,
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
    /// A property with these accessors and no name yet.
    pub fn new(fget: Value, fset: Value, fdel: Value, doc: Value) -> Property {
        Property {
            fget,
            fset,
            fdel,
            doc,
            name: std::cell::RefCell::new(None),
        }
    }

    /// `AttributeError: property 'x' of 'T' object has no setter` (no name
    /// before `__set_name__` ran).
    fn missing(&self, vm: &Vm, obj: &Value, which: &str) -> crate::vm::PyErr {
        let tname = vm.class_of(obj).qualname.borrow().clone();
        let msg = match &*self.name.borrow() {
            Some(n) => format!("property '{n}' of '{tname}' object has no {which}"),
            None => format!("property of '{tname}' object has no {which}"),
        };
        vm.error("AttributeError", msg)
    }

    /// `obj.attr` through the property.
    pub fn get(&self, vm: &mut Vm, obj: &Value) -> PyResult<Value> {
        if self.fget.is_none() {
            return Err(self.missing(vm, obj, "getter"));
        }
        vm.call(&self.fget, std::slice::from_ref(obj), Kw::EMPTY)
    }

    /// `obj.attr = value` through the property.
    pub fn set(&self, vm: &mut Vm, obj: &Value, value: Value) -> PyResult<()> {
        if self.fset.is_none() {
            return Err(self.missing(vm, obj, "setter"));
        }
        vm.call(&self.fset, &[obj.clone(), value], Kw::EMPTY)
            .map(|_| ())
    }

    /// `del obj.attr` through the property.
    pub fn delete(&self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.fdel.is_none() {
            return Err(self.missing(vm, obj, "deleter"));
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
    Ok(Value::native(Property::new(get(0), get(1), get(2), doc)))
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
    let copy = Property::new(fget, fset, fdel, p.doc.clone());
    *copy.name.borrow_mut() = p.name.borrow().clone();
    Ok(Value::native(copy))
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

/// `property.__set_name__(owner, name)`: remembers the attribute name for messages.
pub fn property_set_name(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    super::args::check_count(vm, "__set_name__", args.len(), 3, 3)?;
    if let (Some(p), Value::Str(name)) = (args[0].downcast::<Property>(), &args[2]) {
        *p.name.borrow_mut() = Some(name.as_str().to_owned());
    }
    Ok(Value::None)
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
