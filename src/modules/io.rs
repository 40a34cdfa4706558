//! A minimal `io` module: `open`, the file classes and `UnsupportedOperation`.

use crate::objects::Value;
use crate::objects::class::{Class, Layout, c3_mro};
use crate::objects::dict::PyDict;
use crate::objects::module::Module;
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

/// Builds `io`.
pub fn init(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = Rc::new(Module::new("io"));
    let d = &m.dict;
    d.set_str("UnsupportedOperation", Value::Class(unsupported_class(vm)));
    if let Some(open) = vm.builtins().get_str("open") {
        d.set_str("open", open);
    }
    for name in ["TextIOWrapper", "BufferedReader", "BufferedWriter"] {
        d.set_str(name, Value::Class(vm.types().misc(name)));
    }
    d.set_str("DEFAULT_BUFFER_SIZE", Value::Int(8192));
    d.set_str("SEEK_SET", Value::Int(0));
    d.set_str("SEEK_CUR", Value::Int(1));
    d.set_str("SEEK_END", Value::Int(2));
    Ok(m)
}

/// `class UnsupportedOperation(OSError, ValueError)`.
fn unsupported_class(vm: &Vm) -> Rc<Class> {
    let bases = vec![vm.types().exc("OSError"), vm.types().exc("ValueError")];
    let mro = c3_mro(&bases).unwrap_or_else(|| bases[0].full_mro());
    let dict = Rc::new(PyDict::new());
    dict.set_str("__module__", Value::str("io"));
    let class = Class::new(
        "UnsupportedOperation",
        bases,
        dict,
        Layout::Exception,
        false,
    );
    class.set_mro(mro);
    Rc::new(class)
}

/// `io.UnsupportedOperation(msg)`, importing `io` if needed.
pub fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let class = match vm.import_module("io") {
        Ok(Value::Module(m)) => match m.dict.get_str("UnsupportedOperation") {
            Some(Value::Class(c)) => c,
            _ => vm.types().exc("OSError"),
        },
        _ => vm.types().exc("OSError"),
    };
    PyErr {
        exc: vm.new_exception(class, vec![Value::str(msg)]),
    }
}
