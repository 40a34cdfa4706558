//! `help`: what an object is (signature, docstring, methods), as a short version of
//! pydoc's text. The text is made by the embedded Python module `_help`, loaded on the
//! first call so that starting an interpreter costs nothing.

use super::args::check;
use super::setup::function;
use crate::objects::Value;
use crate::vm::{Kw, PyResult, Vm};

/// `help([object])`.
pub fn help(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "help", args, kw, 0, 1)?;
    let module = vm.import_module("_help")?;
    let print_help = vm.getattr_str(&module, "help")?;
    vm.call0(&print_help, args)?;
    Ok(Value::None)
}

/// Adds `help` to the builtins namespace.
pub fn register(vm: &mut Vm) {
    let b = vm.builtins().clone();
    b.set_str("help", function("help", help));
}
