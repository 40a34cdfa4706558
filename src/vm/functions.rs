//! Making function objects (`MakeFunction`) and generator objects.

use super::frame::Frame;
use super::{PyResult, Vm};
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::function::Function;
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// `MakeFunction(flags)`.
    pub fn make_function(&mut self, frame: &mut Frame, flags: u32) -> PyResult<Value> {
        let qualname = frame.pop();
        let Value::Code(code) = frame.pop() else {
            return Err(self.runtime_error("MakeFunction without a code object"));
        };
        let closure = if flags & 8 != 0 {
            match frame.pop() {
                Value::Tuple(t) => t
                    .as_slice()
                    .iter()
                    .filter_map(|c| match c {
                        Value::Cell(c) => Some(c.clone()),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let annotations = if flags & 4 != 0 {
            Some(frame.pop())
        } else {
            None
        };
        let kwdefaults = if flags & 2 != 0 {
            match frame.pop() {
                Value::Dict(d) => Some(d),
                _ => None,
            }
        } else {
            None
        };
        let defaults = if flags & 1 != 0 {
            match frame.pop() {
                Value::Tuple(t) => t.as_slice().to_vec(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let dict = Rc::new(PyDict::new());
        dict.set_str(
            "__module__",
            frame.globals.get_str("__name__").unwrap_or(Value::None),
        );
        if let Some(Value::Tuple(pairs)) = annotations {
            dict.set_str(
                "__annotations__",
                self.dict_from_flat(pairs.as_slice().to_vec())?,
            );
        }
        let name = Value::str(&code.code.name);
        Ok(Value::Function(Rc::new(Function {
            code,
            globals: frame.globals.clone(),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            dict,
        })))
    }
}
