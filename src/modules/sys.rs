//! The `sys` module.

use crate::builtins::args::check;
use crate::builtins::setup::function;
use crate::objects::module::Module;
use crate::objects::Value;
use crate::vm::{Kw, PyResult, Vm};
use std::rc::Rc;

/// Builds `sys`.
pub fn init(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("sys"));
    let d = &m.dict;
    let argv: Vec<Value> = vm.interp.argv.borrow().iter().map(|a| Value::str(a)).collect();
    d.set_str("argv", Value::list(argv));
    d.set_str("path", vm.interp.path.borrow().clone());
    d.set_str("modules", Value::Dict(vm.interp.modules.clone()));
    d.set_str("version", Value::str(crate::PYTHON_VERSION_TEXT));
    d.set_str("version_info", Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)]));
    d.set_str("hexversion", Value::Int(0x030b07f0));
    d.set_str("platform", Value::str("linux"));
    d.set_str("byteorder", Value::str("little"));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("executable", Value::str(&std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()));
    d.set_str("builtin_module_names", Value::tuple(vec![Value::str("builtins"), Value::str("sys")]));
    d.set_str("ps1", Value::str(">>> "));
    d.set_str("ps2", Value::str("... "));
    for (name, f) in [
        ("exit", exit as crate::objects::function::NativeFn),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("exception", exception),
        ("getdefaultencoding", getdefaultencoding),
    ] {
        d.set_str(name, function(name, f));
    }
    Ok(m)
}

fn exit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "exit", args, kw, 0, 1)?;
    Err(vm.error_args("SystemExit", args.to_vec()))
}

fn getrecursionlimit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "getrecursionlimit", args, kw, 0, 0)?;
    Ok(Value::Int(vm.interp.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "setrecursionlimit", args, kw, 1, 1)?;
    let n = match &args[0] {
        Value::Int(n) => *n,
        other => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)))),
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        return Err(vm.error(
            "RecursionError",
            format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth),
        ));
    }
    vm.interp.recursion_limit.set(n as usize);
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "exc_info", args, kw, 0, 0)?;
    let e = vm.handled.clone();
    if e.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let tb = vm.traceback_object(&e);
    Ok(Value::tuple(vec![Value::Class(vm.class_of(&e)), e, tb]))
}

fn exception(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "exception", args, kw, 0, 0)?;
    Ok(vm.handled.clone())
}

fn getdefaultencoding(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "getdefaultencoding", args, kw, 0, 0)?;
    Ok(Value::str("utf-8"))
}
