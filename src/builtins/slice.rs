//! The `slice` object.

use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::native::NativeObject;
use crate::vm::{Kw, PyResult, Vm};
use std::any::Any;
use std::rc::Rc;

/// `slice(start, stop, step)`.
pub struct Slice {
    /// Start bound (None when omitted).
    pub start: Value,
    /// Stop bound.
    pub stop: Value,
    /// Step.
    pub step: Value,
}

impl NativeObject for Slice {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().slice.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "start" => self.start.clone(),
            "stop" => self.stop.clone(),
            "step" => self.step.clone(),
            _ => return None,
        }))
    }
}

impl Vm {
    /// `BuildSlice`: `[a, b]` or `[a, b, c]`.
    pub fn new_slice(&self, parts: &[Value]) -> Value {
        let get = |i: usize| parts.get(i).cloned().unwrap_or(Value::None);
        Value::native(Slice {
            start: get(0),
            stop: get(1),
            step: get(2),
        })
    }
}

/// `slice(stop)` / `slice(start, stop[, step])`.
pub fn slice_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let args = &args[1..];
    super::args::check(vm, "slice", args, kw, 1, 3)?;
    Ok(match args {
        [stop] => vm.new_slice(&[Value::None, stop.clone()]),
        _ => vm.new_slice(args),
    })
}

/// `repr(slice)`.
pub fn slice_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(s) = args.first().and_then(|a| a.downcast::<Slice>()) else {
        return Ok(Value::None);
    };
    let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
    let text = format!(
        "slice({}, {}, {})",
        vm.repr_str(&a)?,
        vm.repr_str(&b)?,
        vm.repr_str(&c)?
    );
    Ok(Value::string(text))
}
