//! `super`: attribute lookup that starts after a class in an object's MRO.

use super::args::check;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::function::BoundMethod;
use crate::objects::native::NativeObject;
use crate::vm::frame::Frame;
use crate::vm::{Kw, PyResult, Vm};
use std::any::Any;
use std::rc::Rc;

/// A `super` object: attribute lookup starting after `class` in `type(obj)`'s MRO.
pub struct Super {
    /// The class whose successors are searched.
    pub class: Rc<Class>,
    /// The bound object (an instance, or a class for classmethods).
    pub obj: Value,
}

impl NativeObject for Super {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().super_.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let start_type = match &self.obj {
            Value::Class(c) if c.is_subclass(&self.class) => c.clone(),
            other => vm.class_of(other),
        };
        if let Some(attr) = self.find_after_class(&start_type, name)? {
            return Some(bind_super_attr(vm, attr, &self.obj, &start_type));
        }
        Some(Ok(match name {
            "__thisclass__" => Value::Class(self.class.clone()),
            "__self__" => self.obj.clone(),
            "__self_class__" => Value::Class(start_type),
            _ => return None,
        }))
    }
}

impl Super {
    /// `name` in the first namespace after `self.class` on `start`'s MRO:
    /// `None` when `self.class` is not on it, `Some(None)` when no later class has the name.
    fn find_after_class(&self, start: &Rc<Class>, name: &str) -> Option<Option<Value>> {
        let hash = crate::objects::str::hash_name(name);
        let mro = start.mro.borrow();
        let mut classes = std::iter::once(start).chain(mro.iter());
        classes.position(|c| Rc::ptr_eq(c, &self.class))?;
        Some(classes.find_map(|c| c.dict.get_str_hashed(hash, name)))
    }
}

/// `repr(super(B, obj))`: `<super: <class 'B'>, <B object>>`.
pub fn super_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(s) = args.first().and_then(|a| a.downcast::<Super>()) else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'super' object"));
    };
    let self_class = match &s.obj {
        Value::Class(c) if c.is_subclass(&s.class) => c.clone(),
        other => vm.class_of(other),
    };
    Ok(Value::string(format!(
        "<super: <class '{}'>, <{} object>>",
        s.class.name(),
        self_class.name()
    )))
}

/// Binds an attribute found through `super` to the object: methods bind,
/// classmethods bind the class, and descriptors (`property` ...) run `__get__`.
fn bind_super_attr(vm: &mut Vm, attr: Value, obj: &Value, start: &Rc<Class>) -> PyResult<Value> {
    use super::descriptors::{ClassMethod, Property, StaticMethod};
    if let Some(s) = attr.downcast::<StaticMethod>() {
        return Ok(s.func.clone());
    }
    if let Some(c) = attr.downcast::<ClassMethod>() {
        let receiver = match obj {
            Value::Class(_) => obj.clone(),
            _ => Value::Class(start.clone()),
        };
        return Ok(Value::BoundMethod(Rc::new(BoundMethod {
            func: c.func.clone(),
            receiver,
        })));
    }
    let on_instance = !matches!(obj, Value::Class(_));
    if let Some(p) = attr.downcast::<Property>() {
        return if on_instance {
            p.get(vm, obj)
        } else {
            Ok(attr)
        };
    }
    if let Value::Instance(_) = &attr
        && let Some(get) = vm.class_of(&attr).lookup("__get__")
    {
        let instance = if on_instance {
            obj.clone()
        } else {
            Value::None
        };
        let owner = Value::Class(start.clone());
        return vm.call_bound(&get, &attr, &[instance, owner], Kw::EMPTY);
    }
    Ok(match (&attr, obj) {
        (Value::Function(_), Value::Class(_)) => attr,
        (Value::Function(_), _) | (Value::Builtin(_), _) => {
            Value::BoundMethod(Rc::new(BoundMethod {
                func: attr,
                receiver: obj.clone(),
            }))
        }
        _ => attr,
    })
}

/// `super(type, obj)` (the zero-argument form is resolved by the eval loop).
pub fn super_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "super", &args[1..], kw, 0, 2)?;
    match &args[1..] {
        [Value::Class(c), obj] => {
            let fits = match obj {
                Value::Class(o) if o.is_subclass(c) => true,
                other => vm.class_of(other).is_subclass(c),
            };
            if !fits {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            Ok(Value::native(Super {
                class: c.clone(),
                obj: obj.clone(),
            }))
        }
        [] => Err(vm.runtime_error("super(): no arguments")),
        [other, ..] => Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(other)
        ))),
    }
}

impl Vm {
    /// `super()` inside a method: uses the `__class__` cell and the first argument.
    pub fn zero_arg_super(&mut self, frame: &Frame) -> PyResult<Value> {
        let code = &frame.code.code;
        if code.argcount == 0 && !code.flags.varargs {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let first = frame.fast.first().cloned().unwrap_or(Value::Null);
        let first = if first.is_null() {
            code.cell_params
                .iter()
                .find(|(_, v)| *v == 0)
                .map(|(c, _)| frame.cells[*c as usize].get())
                .unwrap_or(Value::Null)
        } else {
            first
        };
        if first.is_null() {
            return Err(self.runtime_error("super(): arg[0] deleted"));
        }
        let ncell = code.cellvars.len();
        let class = code
            .freevars
            .iter()
            .position(|n| &**n == "__class__")
            .map(|i| frame.cells[ncell + i].get());
        match class {
            Some(Value::Class(c)) => Ok(Value::native(Super {
                class: c,
                obj: first,
            })),
            Some(_) => Err(self.runtime_error("super(): empty __class__ cell")),
            None => Err(self.runtime_error("super(): __class__ cell not found")),
        }
    }
}
