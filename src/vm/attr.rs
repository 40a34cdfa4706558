//! Attribute access: `getattr`/`setattr`/`delattr` and `LoadMethod`, with descriptors and MRO lookup.

use super::{Kw, PyResult, Vm};
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::function::BoundMethod;
use crate::objects::str::PyStr;
use std::rc::Rc;

/// What a class attribute does when fetched through an instance.
enum Binding {
    /// Bind the instance as first argument.
    Method,
    /// Return as is.
    Plain,
}

impl Vm {
    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        match obj {
            Value::Instance(_) => self.instance_getattr(obj, name),
            Value::Class(c) => self.class_getattr(c, obj, name),
            Value::Module(m) => match m.dict.get_pystr(name) {
                Some(v) => Ok(v),
                None => self.module_getattr_missing(m, obj, name),
            },
            _ => self.builtin_getattr(obj, name),
        }
    }

    /// `getattr(obj, name)` with a Rust string name.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        self.getattr(obj, &PyStr::new(name))
    }

    /// `getattr(obj, name, None)`-like: `None` when the attribute is missing (AttributeError).
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_is(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn module_getattr_missing(
        &mut self,
        m: &crate::objects::module::Module,
        obj: &Value,
        name: &PyStr,
    ) -> PyResult<Value> {
        if name.as_str() == "__dict__" {
            return Ok(Value::Dict(m.dict.clone()));
        }
        if let Some(v) = self.special_attr(obj, name.as_str())? {
            return Ok(v);
        }
        let mname = match m.dict.get_str("__name__") {
            Some(Value::Str(s)) => s.as_str().to_owned(),
            _ => m.name.clone(),
        };
        Err(self.attribute_error(
            format!("module '{mname}' has no attribute '{}'", name.as_str()),
            obj,
            name.as_str(),
        ))
    }

    /// Attribute lookup on an instance of a user class.
    fn instance_getattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        let Value::Instance(inst) = obj else {
            unreachable!()
        };
        let class = inst.class();
        if class.hooks().getattribute
            && let Some(ga) = class.lookup("__getattribute__")
        {
            return self.call_bound(
                &ga,
                obj,
                &[Value::Str(Rc::new(PyStr::new(name.as_str())))],
                Kw::EMPTY,
            );
        }
        self.generic_getattr(obj, &class, name)
    }

    /// `object.__getattribute__`: data descriptors, instance dict, class attributes, `__getattr__`.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        class: &Rc<Class>,
        name: &PyStr,
    ) -> PyResult<Value> {
        let class_attr = class.lookup_pystr(name);
        if let Some(attr) = &class_attr
            && let Some(v) = self.data_descriptor_get(attr, obj)?
        {
            return Ok(v);
        }
        if let Value::Instance(inst) = obj
            && let Some(v) = inst.dict.get_pystr(name)
        {
            return Ok(v);
        }
        if let Some(attr) = class_attr {
            return self.bind_class_attr(attr, obj, class);
        }
        if let Some(v) = self.special_attr(obj, name.as_str())? {
            return Ok(v);
        }
        if let Some(ga) = class.lookup("__getattr__") {
            return self.call_bound(&ga, obj, &[Value::str(name.as_str())], Kw::EMPTY);
        }
        Err(self.attribute_error(
            format!(
                "'{}' object has no attribute '{}'",
                class.tp_name(),
                name.as_str()
            ),
            obj,
            name.as_str(),
        ))
    }

    /// Properties (and other data descriptors) take precedence over the instance dict.
    fn data_descriptor_get(&mut self, attr: &Value, obj: &Value) -> PyResult<Option<Value>> {
        if let Some(p) = attr.downcast::<crate::builtins::descriptors::Property>() {
            return p.get(self, obj).map(Some);
        }
        if let Value::Instance(_) = attr {
            let dclass = self.class_of(attr);
            if (dclass.lookup("__set__").is_some() || dclass.lookup("__delete__").is_some())
                && let Some(get) = dclass.lookup("__get__")
            {
                let owner = Value::Class(self.class_of(obj));
                return self
                    .call_bound(&get, attr, &[obj.clone(), owner], Kw::EMPTY)
                    .map(Some);
            }
        }
        Ok(None)
    }

    /// Binds a class attribute fetched through an instance.
    fn bind_class_attr(&mut self, attr: Value, obj: &Value, class: &Rc<Class>) -> PyResult<Value> {
        match self.binding_of(&attr) {
            Binding::Method => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                func: attr,
                receiver: obj.clone(),
            }))),
            Binding::Plain => self.descriptor_get(attr, obj, class),
        }
    }

    /// How an attribute found on a class binds to instances.
    fn binding_of(&self, attr: &Value) -> Binding {
        match attr {
            Value::Function(_) => Binding::Method,
            Value::Builtin(b) if b.owner.is_some() => Binding::Method,
            _ => Binding::Plain,
        }
    }

    /// Non-data descriptors: staticmethod, classmethod, user `__get__`.
    fn descriptor_get(&mut self, attr: Value, obj: &Value, class: &Rc<Class>) -> PyResult<Value> {
        use crate::builtins::descriptors::{ClassMethod, StaticMethod};
        if let Some(s) = attr.downcast::<StaticMethod>() {
            return Ok(s.func.clone());
        }
        if let Some(c) = attr.downcast::<ClassMethod>() {
            let receiver = Value::Class(class.clone());
            return Ok(Value::BoundMethod(Rc::new(BoundMethod {
                func: c.func.clone(),
                receiver,
            })));
        }
        if let Value::Instance(_) = &attr {
            let dclass = self.class_of(&attr);
            if let Some(get) = dclass.lookup("__get__") {
                return self.call_bound(
                    &get,
                    &attr,
                    &[obj.clone(), Value::Class(class.clone())],
                    Kw::EMPTY,
                );
            }
        }
        Ok(attr)
    }

    /// Attribute lookup on a class object.
    fn class_getattr(&mut self, class: &Rc<Class>, obj: &Value, name: &PyStr) -> PyResult<Value> {
        if let Some(attr) = class.lookup_pystr(name) {
            return self.class_attr_get(attr, class);
        }
        if let Some(v) = self.special_attr(obj, name.as_str())? {
            return Ok(v);
        }
        let meta = self.class_of(obj);
        if let Some(attr) = meta.lookup_pystr(name) {
            return self.bind_class_attr(attr, obj, &meta);
        }
        Err(self.attribute_error(
            format!(
                "type object '{}' has no attribute '{}'",
                class.tp_name(),
                name.as_str()
            ),
            obj,
            name.as_str(),
        ))
    }

    /// A class attribute fetched through the class: classmethods bind, properties stay.
    fn class_attr_get(&mut self, attr: Value, class: &Rc<Class>) -> PyResult<Value> {
        use crate::builtins::descriptors::{ClassMethod, StaticMethod};
        if let Some(s) = attr.downcast::<StaticMethod>() {
            return Ok(s.func.clone());
        }
        if let Some(c) = attr.downcast::<ClassMethod>() {
            let receiver = Value::Class(class.clone());
            return Ok(Value::BoundMethod(Rc::new(BoundMethod {
                func: c.func.clone(),
                receiver,
            })));
        }
        if let Value::Instance(_) = &attr {
            let dclass = self.class_of(&attr);
            if let Some(get) = dclass.lookup("__get__") {
                return self.call_bound(
                    &get,
                    &attr,
                    &[Value::None, Value::Class(class.clone())],
                    Kw::EMPTY,
                );
            }
        }
        Ok(attr)
    }

    /// Attribute lookup on built-in values: methods from the class, then special attributes.
    fn builtin_getattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        let class = self.class_of(obj);
        if let Value::Native(n) = obj
            && let Some(r) = n.get_attr(self, name.as_str())
        {
            return r;
        }
        if let Some(v) = self.special_attr(obj, name.as_str())? {
            return Ok(v);
        }
        if let Some(attr) = class.lookup_pystr(name) {
            if let Some(v) = self.data_descriptor_get(&attr, obj)? {
                return Ok(v);
            }
            return self.bind_class_attr(attr, obj, &class);
        }
        Err(self.attribute_error(
            format!(
                "'{}' object has no attribute '{}'",
                class.tp_name(),
                name.as_str()
            ),
            obj,
            name.as_str(),
        ))
    }

    /// `LoadMethod`: `(method, self)` for plain methods, else `(attribute, Null)`.
    pub fn load_method(&mut self, obj: Value, name: &PyStr) -> PyResult<(Value, Value)> {
        let class = self.class_of(&obj);
        let plain_receiver = match &obj {
            Value::Instance(i) => !class.hooks().getattribute && i.dict.get_pystr(name).is_none(),
            // A native object's own attributes come first (see `builtin_getattr`).
            Value::Native(n) if name.as_str() != "__class__" => {
                match n.get_attr(self, name.as_str()) {
                    Some(v) => return Ok((v?, Value::Null)),
                    None => true,
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Native(_) => false,
            _ => true,
        };
        if plain_receiver
            && let Some(attr) = class.lookup_pystr(name)
            && matches!(self.binding_of(&attr), Binding::Method)
        {
            return Ok((attr, obj));
        }
        let v = self.getattr(&obj, name)?;
        Ok((v, Value::Null))
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let Value::Str(sname) = name else {
            return Err(crate::builtins::functions::attr_name_error(self, name));
        };
        match obj {
            Value::Instance(inst) => {
                let class = inst.class();
                if class.hooks().setattr
                    && let Some(sa) = class.lookup("__setattr__")
                {
                    self.call_bound(&sa, obj, &[name.clone(), value], Kw::EMPTY)?;
                    return Ok(());
                }
                self.generic_setattr(obj, name, value)
            }
            Value::Class(c) => {
                if c.builtin {
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        sname.as_str(),
                        c.tp_name()
                    )));
                }
                self.set_class_attr(c, sname, value);
                Ok(())
            }
            Value::Module(m) => {
                m.dict.set_str_value(name.clone(), value);
                Ok(())
            }
            Value::Function(f) => {
                self.set_function_attr(f, sname.as_str(), value);
                Ok(())
            }
            Value::Cell(c) if sname.as_str() == "cell_contents" => {
                c.set(value);
                Ok(())
            }
            _ if sname.as_str() == "__class__" => self.set_class_of(obj, &value),
            _ => Err(self.setattr_error(obj, sname.as_str())),
        }
    }

    /// `object.__setattr__`: data descriptors, then the instance dict.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let Value::Str(sname) = name else {
            return Ok(());
        };
        if sname.as_str() == "__class__" {
            return self.set_class_of(obj, &value);
        }
        let class = self.class_of(obj);
        if let Some(attr) = class.lookup_pystr(sname) {
            if let Some(p) = attr.downcast::<crate::builtins::descriptors::Property>() {
                return p.set(self, obj, value);
            }
            if let Value::Instance(_) = &attr {
                let dclass = self.class_of(&attr);
                if let Some(set) = dclass.lookup("__set__") {
                    self.call_bound(&set, &attr, &[obj.clone(), value], Kw::EMPTY)?;
                    return Ok(());
                }
            }
        }
        match obj {
            Value::Instance(_) if Rc::ptr_eq(&class, &self.types().object) => {
                Err(self.setattr_error(obj, sname.as_str()))
            }
            Value::Instance(inst) => {
                if inst.exc.is_some() && self.set_exception_attr(obj, sname.as_str(), &value)? {
                    return Ok(());
                }
                inst.dict.set_str_value(name.clone(), value);
                Ok(())
            }
            _ => Err(self.setattr_error(obj, sname.as_str())),
        }
    }

    /// `obj.__class__ = cls`: only between user classes whose instances have the same layout.
    fn set_class_of(&mut self, obj: &Value, value: &Value) -> PyResult<()> {
        let Value::Class(new) = value else {
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(value)
            )));
        };
        let old = self.class_of(obj);
        let Value::Instance(inst) = obj else {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        };
        if new.builtin || old.builtin {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let same_base = match (old.builtin_base(), new.builtin_base()) {
            (Some(a), Some(b)) => Rc::ptr_eq(&a, &b),
            (a, b) => a.is_none() && b.is_none(),
        };
        if old.layout != new.layout || !same_base {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name(),
                old.name()
            )));
        }
        *inst.class.borrow_mut() = new.clone();
        Ok(())
    }

    /// Assigning `args`, `__cause__`, `__context__`, `__suppress_context__`, `__traceback__`
    /// of an exception; false for other names.
    fn set_exception_attr(&mut self, exc: &Value, name: &str, value: &Value) -> PyResult<bool> {
        let valid_exc = value.is_none() || self.is_exception_instance(value);
        match name {
            "args" => {
                let items = self.collect(value)?;
                if let Some(mut d) = super::errors::exc_data(exc) {
                    d.args = Value::tuple(items);
                }
            }
            "__cause__" | "__context__" if !valid_exc => {
                let what = if name == "__cause__" {
                    "cause"
                } else {
                    "context"
                };
                return Err(self.type_error(format!(
                    "exception {what} must be None or derive from BaseException"
                )));
            }
            "__cause__" => {
                if let Some(mut d) = super::errors::exc_data(exc) {
                    d.cause = value.clone();
                    d.suppress_context = true;
                }
            }
            "__context__" => {
                if let Some(mut d) = super::errors::exc_data(exc) {
                    d.context = value.clone();
                }
            }
            "__suppress_context__" => {
                let b = self.truthy(value)?;
                if let Some(mut d) = super::errors::exc_data(exc) {
                    d.suppress_context = b;
                }
            }
            "__traceback__" => {
                if !value.is_none() && value.downcast::<super::traceback::Traceback>().is_none() {
                    return Err(self.type_error("__traceback__ must be a traceback or None"));
                }
                if let Some(mut d) = super::errors::exc_data(exc)
                    && value.is_none()
                {
                    d.traceback.clear();
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The AttributeError of a `del` of a missing attribute: as in CPython, it
    /// carries no `name` / `obj` (so no suggestion).
    fn delattr_missing(&self, msg: String) -> super::PyErr {
        self.error("AttributeError", msg)
    }

    /// The AttributeError of an assignment to an attribute of a value that
    /// has no instance dict, worded as CPython words it: a class attribute
    /// (a method, a plain value) is read-only, an attribute the value itself
    /// computes (`(1.5).real`) is not writable, anything else is missing. As in
    /// CPython, the error carries no `name` / `obj` (so no suggestion).
    fn setattr_error(&mut self, obj: &Value, name: &str) -> super::PyErr {
        let tname = self.type_name(obj);
        let msg = if self.class_of(obj).lookup(name).is_some() {
            format!("'{tname}' object attribute '{name}' is read-only")
        } else if self.getattr(obj, &PyStr::new(name)).is_ok() {
            format!("attribute '{name}' of '{tname}' objects is not writable")
        } else {
            format!("'{tname}' object has no attribute '{name}'")
        };
        self.error("AttributeError", msg)
    }

    fn set_class_attr(&mut self, c: &Rc<Class>, name: &Rc<PyStr>, value: Value) {
        match name.as_str() {
            "__name__" => {
                if let Value::Str(s) = &value {
                    *c.name.borrow_mut() = s.as_str().to_owned();
                }
            }
            "__qualname__" => {
                if let Value::Str(s) = &value {
                    *c.qualname.borrow_mut() = s.as_str().to_owned();
                }
            }
            _ => {
                c.dict.set_str_value(Value::Str(name.clone()), value);
                if name.as_str().starts_with("__") {
                    // Caches keyed on the class epoch hold values (its
                    // `call_cache`, its attribute hooks): they must notice.
                    c.dict.table_mut().bump_layout();
                }
            }
        }
    }

    fn set_function_attr(
        &mut self,
        f: &crate::objects::function::Function,
        name: &str,
        value: Value,
    ) {
        match name {
            "__name__" => *f.name.borrow_mut() = value,
            "__qualname__" => *f.qualname.borrow_mut() = value,
            "__defaults__" => {
                *f.defaults.borrow_mut() = match &value {
                    Value::Tuple(t) => t.as_slice().to_vec(),
                    _ => Vec::new(),
                }
            }
            _ => f.dict.set_str(name, value),
        }
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &PyStr) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let class = inst.class();
                if class.hooks().delattr
                    && let Some(da) = class.lookup("__delattr__")
                {
                    self.call_bound(&da, obj, &[Value::str(name.as_str())], Kw::EMPTY)?;
                    return Ok(());
                }
                if let Some(attr) = class.lookup_pystr(name)
                    && let Some(p) = attr.downcast::<crate::builtins::descriptors::Property>()
                {
                    return p.delete(self, obj);
                }
                if inst.dict.remove_str(name.as_str()).is_some() {
                    return Ok(());
                }
                Err(self.delattr_missing(format!(
                    "'{}' object has no attribute '{}'",
                    class.tp_name(),
                    name.as_str()
                )))
            }
            Value::Class(c) if !c.builtin => {
                if c.dict.remove_str(name.as_str()).is_some() {
                    return Ok(());
                }
                Err(self.delattr_missing(format!(
                    "type object '{}' has no attribute '{}'",
                    c.tp_name(),
                    name.as_str()
                )))
            }
            Value::Module(m) => {
                if m.dict.remove_str(name.as_str()).is_some() {
                    return Ok(());
                }
                Err(self.delattr_missing(format!(
                    "'module' object has no attribute '{}'",
                    name.as_str()
                )))
            }
            Value::Function(f) if f.dict.remove_str(name.as_str()).is_some() => Ok(()),
            _ => Err(self.setattr_error(obj, name.as_str())),
        }
    }

    /// `hasattr`-style probe that swallows only AttributeError.
    pub fn lookup_special(&self, obj: &Value, name: &str) -> Option<Value> {
        self.class_of(obj).lookup(name)
    }
}
