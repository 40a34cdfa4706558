//! Name resolution: locals, globals, builtins, cells, and their error messages.

use super::frame::Frame;
use super::{PyResult, Vm};
use crate::objects::Value;
use crate::objects::code::PyCode;
use crate::objects::global_cache;
use crate::objects::str::PyStr;
use std::rc::Rc;

impl Vm {
    /// `LoadName`: locals, then globals, then builtins.
    pub fn load_name(&mut self, frame: &Frame, code: &PyCode, i: u32) -> PyResult<Value> {
        if let Some(locals) = &frame.locals {
            if Rc::ptr_eq(locals, &frame.globals) {
                // A module body: its locals are its globals.
                if let Some(v) = global_cache::cached(code, i, &frame.globals, self.builtins()) {
                    return Ok(v);
                }
            } else if let Some(v) = locals.get_pystr(code.name(i)) {
                return Ok(v);
            }
        }
        self.load_global(frame, code, i)
    }

    /// `LoadGlobal`: globals, then builtins.
    pub fn load_global(&mut self, frame: &Frame, code: &PyCode, i: u32) -> PyResult<Value> {
        let builtins = self.builtins().clone();
        if let Some(v) = global_cache::lookup(code, i, &frame.globals, &builtins) {
            return Ok(v);
        }
        Err(self.name_error_in(frame, code.name(i).as_str()))
    }

    /// NameError carrying the names visible in `frame` (for the "Did you mean" hint).
    pub fn name_error_in(&self, frame: &Frame, name: &str) -> super::PyErr {
        let err = self.name_error(name);
        let mut names: Vec<String> = Vec::new();
        for (i, v) in frame.fast.iter().enumerate() {
            if !v.is_null() {
                names.push(frame.code.code.varnames[i].to_string());
            }
        }
        if let Some(locals) = &frame.locals {
            names.extend(
                locals
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(|s| s.as_str().to_owned())),
            );
        }
        names.extend(
            frame
                .globals
                .keys()
                .iter()
                .filter_map(|k| k.as_str().map(|s| s.as_str().to_owned())),
        );
        if let Some(mut d) = super::errors::exc_data(&err.exc) {
            d.name_candidates = names;
        }
        err
    }

    /// `StoreName`.
    pub fn store_name(&mut self, frame: &Frame, name: &Value, v: Value) -> PyResult<()> {
        match &frame.locals {
            Some(locals) => locals.set_str_value(name.clone(), v),
            None => frame.globals.set_str_value(name.clone(), v),
        }
        Ok(())
    }

    /// `DeleteName`.
    pub fn delete_name(&mut self, frame: &Frame, name: &PyStr) -> PyResult<()> {
        let dict = frame.locals.as_ref().unwrap_or(&frame.globals);
        match dict.remove_str(name.as_str()) {
            Some(_) => Ok(()),
            None => Err(self.name_error_in(frame, name.as_str())),
        }
    }

    /// `LoadClassDeref`: the class namespace first, then the cell.
    pub fn load_class_deref(&mut self, frame: &Frame, i: u32) -> PyResult<Value> {
        let name = cell_name(&frame.code, i);
        if let Some(locals) = &frame.locals
            && let Some(v) = locals.get_str(&name)
        {
            return Ok(v);
        }
        let v = frame.cells[i as usize].get();
        if v.is_null() {
            return Err(self.unbound_deref(&frame.code, i));
        }
        Ok(v)
    }

    /// UnboundLocalError for a fast local.
    pub fn unbound_local(&self, name: &str) -> super::PyErr {
        self.error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    /// The error for reading an empty cell.
    pub fn unbound_deref(&self, code: &PyCode, i: u32) -> super::PyErr {
        let name = cell_name(code, i);
        if (i as usize) < code.code.cellvars.len() {
            self.unbound_local(&name)
        } else {
            self.error(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }
}

/// The name of cell `i` (cellvars then freevars).
pub fn cell_name(code: &PyCode, i: u32) -> String {
    let c = &code.code;
    let i = i as usize;
    if i < c.cellvars.len() {
        c.cellvars[i].to_string()
    } else {
        c.freevars
            .get(i - c.cellvars.len())
            .map_or_else(String::new, |s| s.to_string())
    }
}
