//! Constructors of the built-in types (`int(x)`, `list(it)` ...).

use super::args::{bind, check};
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::vm::{Kw, PyResult, Vm};
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
    if kw.get("x").is_some() {
        return Err(vm.type_error("'x' is an invalid keyword argument for int()"));
    }
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
            let base = vm.index_bigint(base)?;
            vm.int_from_text(x, i64::try_from(&base).unwrap_or(-1))
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

/// `NoneType()`: the one `None`.
pub fn none_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
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
