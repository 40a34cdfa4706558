//! The caller's scope for `locals()`, `globals()`, `vars()` and `dir()` without arguments.
//!
//! Native functions do not see the frame that calls them, so these four
//! built-ins are recognised where the eval loop calls them (as it does for
//! zero-argument `super()`) and answered from the calling frame. Called
//! from native code instead (`map(globals, ...)`), their own functions fall
//! back to the `__main__` namespace.

use super::frame::Frame;
use super::{PyResult, Vm};
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::function::BuiltinFunction;
use std::rc::Rc;

/// The built-in functions that read the caller's scope when called without arguments.
const SCOPE_READERS: &[&str] = &["locals", "globals", "vars", "dir"];

/// True when `b` is one of the scope-reading built-ins of the `builtins` module.
pub fn reads_caller_scope(b: &BuiltinFunction) -> bool {
    b.owner.is_none() && SCOPE_READERS.contains(&b.name)
}

impl Vm {
    /// Runs the scope reader `b` with no arguments on behalf of `frame`.
    pub fn call_scope_reader(&mut self, frame: &Frame, b: &BuiltinFunction) -> PyResult<Value> {
        match b.name {
            "globals" => Ok(Value::Dict(frame.globals.clone())),
            "dir" => {
                let locals = self.frame_locals(frame);
                let mut names: Vec<Value> = locals.keys();
                sort_names(&mut names);
                Ok(Value::list(names))
            }
            _ => Ok(Value::Dict(self.frame_locals(frame))),
        }
    }

    /// The locals mapping of `frame`: the namespace of a module or class body,
    /// or a fresh snapshot of a function's bound variables in CPython's order
    /// (parameters and locals, then cell variables, then free variables).
    pub fn frame_locals(&self, frame: &Frame) -> Rc<PyDict> {
        if let Some(locals) = &frame.locals {
            return locals.clone();
        }
        let code = &frame.code.code;
        let snapshot = Rc::new(PyDict::new());
        for (i, name) in code.varnames.iter().enumerate() {
            let cell = code.cell_params.iter().find(|(_, v)| *v as usize == i);
            let v = match cell {
                Some((c, _)) => frame.cells[*c as usize].get(),
                None => frame.fast[i].clone(),
            };
            if !v.is_null() {
                snapshot.set_str(name, v);
            }
        }
        let ncell = code.cellvars.len();
        let cell_names = code.cellvars.iter().chain(code.freevars.iter());
        for (i, name) in cell_names.enumerate() {
            let is_param = i < ncell && code.cell_params.iter().any(|(c, _)| *c as usize == i);
            if is_param {
                continue;
            }
            if let Some(v) = frame.cells.get(i).map(|c| c.get())
                && !v.is_null()
            {
                snapshot.set_str(name, v);
            }
        }
        snapshot
    }

    /// The `__main__` namespace: the scope of a scope reader called from native code.
    pub fn main_namespace(&self) -> Rc<PyDict> {
        match self.interp.modules.get_str("__main__") {
            Some(Value::Module(m)) => m.dict.clone(),
            _ => self.builtins().clone(),
        }
    }
}

/// Sorts names (str values) in place.
pub fn sort_names(names: &mut [Value]) {
    names.sort_by(|a, b| {
        let (a, b) = (a.as_str(), b.as_str());
        a.map(|s| s.as_str()).cmp(&b.map(|s| s.as_str()))
    });
}
