//! Constructors of the built-in types (`int(x)`, `list(it)` ...) and `super`.

use super::args::{bind, check};
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::dict::PyDict;
use crate::objects::function::BoundMethod;
use crate::objects::native::NativeObject;
use crate::vm::frame::Frame;
use crate::vm::{Kw, PyResult, Vm};
use std::any::Any;
use std::rc::Rc;

/// `object.__new__(cls, ...)`.
pub fn object_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => {
            vm.check_plain_object_new(c)?;
            Ok(vm.new_instance(c))
        }
        Some(other) => Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error("object.__new__(): not enough arguments")),
    }
}

/// `object.__init__(self, ...)`.
pub fn object_init(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

/// `int(x=0)` / `int(text, base=10)`.
pub fn int_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ty = vm.types().int.clone();
    if let Some(inst) = vm.new_subclass_instance(args, kw, &ty, int_new)? {
        return Ok(inst);
    }
    let slots = bind(vm, "int", &args[1..], kw, &["x", "base"], 0)?;
    let Some(x) = &slots[0] else {
        if slots[1].is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    match &slots[1] {
        Some(base) => {
            let base = vm.to_index(base)?;
            vm.int_from_text(x, base)
        }
        None => vm.to_int(x),
    }
}

/// `float(x=0.0)`.
pub fn float_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ty = vm.types().float.clone();
    if let Some(inst) = vm.new_subclass_instance(args, kw, &ty, float_new)? {
        return Ok(inst);
    }
    check(vm, "float", &args[1..], kw, 0, 1)?;
    match args.get(1) {
        None => Ok(Value::Float(0.0)),
        Some(x) => vm.to_float(x).map(Value::Float),
    }
}

/// `str(object='')`.
pub fn str_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ty = vm.types().str_.clone();
    if let Some(inst) = vm.new_subclass_instance(args, kw, &ty, str_new)? {
        return Ok(inst);
    }
    let slots = bind(
        vm,
        "str",
        &args[1..],
        kw,
        &["object", "encoding", "errors"],
        0,
    )?;
    match (&slots[0], &slots[1]) {
        (None, _) => Ok(Value::str("")),
        (Some(v), Some(_)) | (Some(v), None) if slots[1].is_some() || slots[2].is_some() => {
            vm.decode_value(v, slots[1].as_ref(), slots[2].as_ref())
        }
        (Some(v), _) => Ok(Value::Str(vm.str(v)?)),
    }
}

/// `bool(x=False)`.
pub fn bool_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "bool", &args[1..], kw, 0, 1)?;
    match args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(x) => Ok(Value::Bool(vm.truthy(x)?)),
    }
}

/// `list(iterable=())`.
pub fn list_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ty = vm.types().list.clone();
    if let Some(inst) = vm.new_subclass_instance(args, kw, &ty, list_new)? {
        return Ok(inst);
    }
    check(vm, "list", &args[1..], kw, 0, 1)?;
    match args.get(1) {
        None => Ok(Value::list(Vec::new())),
        Some(x) => Ok(Value::list(vm.collect(x)?)),
    }
}

/// `tuple(iterable=())`.
pub fn tuple_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ty = vm.types().tuple.clone();
    if let Some(inst) = vm.new_subclass_instance(args, kw, &ty, tuple_new)? {
        return Ok(inst);
    }
    check(vm, "tuple", &args[1..], kw, 0, 1)?;
    match args.get(1) {
        None => Ok(Value::tuple(Vec::new())),
        Some(t @ Value::Tuple(_)) => Ok(t.clone()),
        Some(x) => Ok(Value::tuple(vm.collect(x)?)),
    }
}

/// `dict(mapping_or_iterable=(), **kwargs)`.
pub fn dict_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let ty = vm.types().dict.clone();
    if let Some(inst) = vm.new_subclass_instance(args, kw, &ty, dict_new)? {
        return Ok(inst);
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let d = Rc::new(PyDict::new());
    if let Some(src) = args.get(1) {
        vm.dict_update_from(&d, src)?;
    }
    for (k, v) in kw.iter() {
        d.set_str(k, v.clone());
    }
    Ok(Value::Dict(d))
}

/// `type.__new__`-style entry when `type` itself is called (handled in `call_class`).
pub fn type_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = vm.types().type_.clone();
    vm.call_class(&t, &args[1..], kw)
}

impl Vm {
    /// Merges a mapping or an iterable of pairs into `d` (as `dict(x)` / `d.update(x)`).
    pub fn dict_update_from(&mut self, d: &Rc<PyDict>, src: &Value) -> PyResult<()> {
        if let Value::Dict(s) = src {
            for (k, v) in s.items() {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if self.getattr_opt(src, "keys")?.is_some() {
            return self.dict_update_op(&Value::Dict(d.clone()), src, None);
        }
        let it = self.iter(src)?;
        let mut n = 0;
        while let Some(item) = self.next(&it)? {
            let pair = self.collect(&item).map_err(|_| {
                self.type_error(format!(
                    "cannot convert dictionary update sequence element #{n} to a sequence"
                ))
            })?;
            if pair.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{n} has length {}; 2 is required",
                    pair.len()
                )));
            }
            let mut pair = pair.into_iter();
            let (k, v) = (
                pair.next().unwrap_or(Value::None),
                pair.next().unwrap_or(Value::None),
            );
            self.dict_set(d, k, v)?;
            n += 1;
        }
        Ok(())
    }
}

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
        let mro = start_type.full_mro();
        let pos = mro.iter().position(|c| Rc::ptr_eq(c, &self.class))?;
        for c in &mro[pos + 1..] {
            if let Some(attr) = c.dict.get_str(name) {
                return Some(Ok(bind_super_attr(vm, attr, &self.obj, &start_type)));
            }
        }
        None
    }
}

/// Binds an attribute found through `super` to the object.
fn bind_super_attr(_vm: &mut Vm, attr: Value, obj: &Value, start: &Rc<Class>) -> Value {
    use super::descriptors::{ClassMethod, StaticMethod};
    if let Some(s) = attr.downcast::<StaticMethod>() {
        return s.func.clone();
    }
    if let Some(c) = attr.downcast::<ClassMethod>() {
        let receiver = match obj {
            Value::Class(_) => obj.clone(),
            _ => Value::Class(start.clone()),
        };
        return Value::BoundMethod(Rc::new(BoundMethod {
            func: c.func.clone(),
            receiver,
        }));
    }
    match (&attr, obj) {
        (Value::Function(_), Value::Class(_)) => attr,
        (Value::Function(_), _) | (Value::Builtin(_), _) => {
            Value::BoundMethod(Rc::new(BoundMethod {
                func: attr,
                receiver: obj.clone(),
            }))
        }
        _ => attr,
    }
}

/// `super(type, obj)` (the zero-argument form is resolved by the eval loop).
pub fn super_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "super", &args[1..], kw, 0, 2)?;
    match &args[1..] {
        [Value::Class(c), obj] => Ok(Value::native(Super {
            class: c.clone(),
            obj: obj.clone(),
        })),
        [] => Err(vm.runtime_error("super(): no arguments")),
        _ => Err(vm.type_error("super() argument 1 must be a type")),
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
