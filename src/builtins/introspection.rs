//! `globals`, `locals`, `vars` and `dir`: looking at namespaces from Python code.
//!
//! Without arguments these read the caller's scope; the eval loop answers
//! such calls itself (see `crate::vm::scope`), so the functions here only see
//! calls made from native code, which fall back to the `__main__` namespace.

use super::args::check;
use super::setup::function;
use crate::objects::Value;
use crate::vm::{Kw, PyResult, Vm};

/// `globals()`.
pub fn globals(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "globals", args, kw, 0, 0)?;
    Ok(Value::Dict(vm.main_namespace()))
}

/// `locals()`.
pub fn locals(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "locals", args, kw, 0, 0)?;
    Ok(Value::Dict(vm.main_namespace()))
}

/// `vars([object])`: the object's `__dict__`.
pub fn vars(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "vars", args, kw, 0, 1)?;
    let Some(obj) = args.first() else {
        return Ok(Value::Dict(vm.main_namespace()));
    };
    match vm.getattr_opt(obj, "__dict__")? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// `dir([object])`: the sorted result of `type(object).__dir__(object)`.
pub fn dir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "dir", args, kw, 0, 1)?;
    let Some(obj) = args.first() else {
        let mut names = vm.main_namespace().keys();
        crate::vm::scope::sort_names(&mut names);
        return Ok(Value::list(names));
    };
    let class = vm.class_of(obj);
    let names = match class.lookup("__dir__") {
        Some(f) => {
            let listed = vm.call_bound(&f, obj, &[], Kw::EMPTY)?;
            vm.collect(&listed)?
        }
        None => vm.dir_names(obj).into_iter().map(Value::string).collect(),
    };
    let sorted = super::sort::sort_values(vm, names, None, false)?;
    Ok(Value::list(sorted))
}

/// Adds these functions to the builtins namespace.
pub fn register(vm: &mut Vm) {
    let b = vm.builtins().clone();
    for (name, func) in [
        ("globals", globals as crate::objects::function::NativeFn),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
    ] {
        b.set_str(name, function(name, func));
    }
}
