//! The attributes of code objects (`f.__code__.co_argcount` ...) and of closure cells.

use crate::compiler::code::{CodeKind, CodeObject};
use crate::objects::Value;
use crate::objects::cell::PyCell;
use crate::vm::{PyResult, Vm};

/// `CO_OPTIMIZED`: the code uses fast locals.
const CO_OPTIMIZED: i64 = 0x1;
/// `CO_NEWLOCALS`: a new locals namespace is made for each run.
const CO_NEWLOCALS: i64 = 0x2;
/// `CO_VARARGS`: has `*args`.
const CO_VARARGS: i64 = 0x4;
/// `CO_VARKEYWORDS`: has `**kwargs`.
const CO_VARKEYWORDS: i64 = 0x8;
/// `CO_NESTED`: a function defined inside another function.
const CO_NESTED: i64 = 0x10;
/// `CO_GENERATOR`: calling it makes a generator.
const CO_GENERATOR: i64 = 0x20;

/// The `co_*` attribute `name` of a code object, if it is one.
pub fn code_attr(code: &CodeObject, name: &str) -> Option<Value> {
    let strs =
        |names: &[std::rc::Rc<str>]| Value::tuple(names.iter().map(|n| Value::str(n)).collect());
    Some(match name {
        "co_argcount" => Value::Int(code.argcount as i64),
        "co_posonlyargcount" => Value::Int(code.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(code.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(code.varnames.len() as i64),
        "co_varnames" => strs(&code.varnames),
        "co_cellvars" => strs(&code.cellvars),
        "co_freevars" => strs(&code.freevars),
        "co_names" => strs(&code.names),
        "co_name" => Value::str(&code.name),
        "co_qualname" => Value::str(&code.qualname),
        "co_filename" => Value::str(&code.filename),
        "co_firstlineno" => Value::Int(code.first_line as i64),
        "co_flags" => Value::Int(code_flags(code)),
        _ => return None,
    })
}

/// CPython's `co_flags` bits for a code object.
fn code_flags(code: &CodeObject) -> i64 {
    let f = code.flags;
    let function = !matches!(code.kind, CodeKind::Module | CodeKind::Class);
    let mut bits = 0;
    for (on, bit) in [
        (function, CO_OPTIMIZED | CO_NEWLOCALS),
        (f.varargs, CO_VARARGS),
        (f.varkeywords, CO_VARKEYWORDS),
        (f.nested, CO_NESTED),
        (f.generator, CO_GENERATOR),
    ] {
        if on {
            bits |= bit;
        }
    }
    bits
}

impl Vm {
    /// `cell.cell_contents`: ValueError when the variable is unbound.
    pub fn cell_contents(&self, cell: &PyCell) -> PyResult<Value> {
        let v = cell.get();
        if v.is_null() {
            return Err(self.value_error("Cell is empty"));
        }
        Ok(v)
    }
}
