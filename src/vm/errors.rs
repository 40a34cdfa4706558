//! Making and inspecting exceptions from Rust: `vm.type_error(..)`, `exc_class_of`, matching.

use super::{PyErr, Vm};
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::exception::ExcData;
use crate::objects::instance::Instance;
use std::cell::RefMut;
use std::rc::Rc;

impl Vm {
    /// An exception instance of `class` with `args`, without running Python `__init__`.
    pub fn new_exception(&self, class: Rc<Class>, args: Vec<Value>) -> Value {
        let inst = Instance::new(class, true);
        if let Some(exc) = &inst.exc {
            exc.borrow_mut().args = Value::tuple(args);
        }
        Value::Instance(Rc::new(inst))
    }

    /// A `PyErr` of the built-in exception `name` with one message argument.
    pub fn error(&self, name: &str, msg: impl Into<String>) -> PyErr {
        let class = self.types().exc(name);
        PyErr {
            exc: self.new_exception(class, vec![Value::string(msg.into())]),
        }
    }

    /// A `PyErr` of the built-in exception `name` with these args.
    pub fn error_args(&self, name: &str, args: Vec<Value>) -> PyErr {
        let class = self.types().exc(name);
        PyErr {
            exc: self.new_exception(class, args),
        }
    }

    /// `TypeError(msg)`.
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("TypeError", msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("ValueError", msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("IndexError", msg)
    }

    /// `KeyError(key)`.
    pub fn key_error(&self, key: Value) -> PyErr {
        self.error_args("KeyError", vec![key])
    }

    /// `AttributeError(msg)` with `name` and `obj` set for suggestions.
    pub fn attribute_error(&self, msg: impl Into<String>, obj: &Value, name: &str) -> PyErr {
        let err = self.error("AttributeError", msg);
        if let Value::Instance(i) = &err.exc {
            i.dict.set_str("name", Value::str(name));
            i.dict.set_str("obj", obj.clone());
        }
        err
    }

    /// `NameError("name 'x' is not defined")` with `name` set.
    pub fn name_error(&self, name: &str) -> PyErr {
        let err = self.error("NameError", format!("name '{name}' is not defined"));
        if let Value::Instance(i) = &err.exc {
            i.dict.set_str("name", Value::str(name));
        }
        err
    }

    /// `ZeroDivisionError(msg)`.
    pub fn zero_division(&self, msg: &str) -> PyErr {
        self.error("ZeroDivisionError", msg)
    }

    /// `OverflowError(msg)`.
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("OverflowError", msg)
    }

    /// `RuntimeError(msg)`.
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("RuntimeError", msg)
    }

    /// `StopIteration(value)` (no args when value is None).
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.error_args("StopIteration", args)
    }

    /// An `OSError` subclass chosen from an errno, with `errno`, `strerror` and `filename` set.
    pub fn os_error(&self, errno: i32, strerror: &str, filename: Option<&str>) -> PyErr {
        let name = os_error_class_name(errno);
        let mut args = vec![Value::Int(errno as i64), Value::str(strerror)];
        if let Some(f) = filename {
            args.push(Value::str(f));
        }
        let err = self.error_args(name, args);
        set_os_error_attrs(&err.exc, errno, strerror, filename);
        err
    }

    /// The `OSError` for a Rust I/O error about `filename`.
    pub fn io_error(&self, e: &std::io::Error, filename: Option<&str>) -> PyErr {
        let errno = e.raw_os_error().unwrap_or(0);
        let msg = strerror(errno).unwrap_or_else(|| e.to_string());
        self.os_error(errno, &msg, filename)
    }

    /// True when `exc` is an instance of `class` (or a subclass).
    pub fn exc_matches(&self, exc: &Value, class: &Rc<Class>) -> bool {
        self.class_of(exc).is_subclass(class)
    }

    /// True when `err` is the built-in exception `name` or a subclass.
    pub fn err_is(&self, err: &PyErr, name: &str) -> bool {
        let class = self.types().exc(name);
        self.exc_matches(&err.exc, &class)
    }
}

/// Exclusive access to an exception's state (None when `exc` is not an exception instance).
pub fn exc_data(exc: &Value) -> Option<RefMut<'_, ExcData>> {
    match exc {
        Value::Instance(i) => i.exc.as_ref().map(|e| e.borrow_mut()),
        _ => None,
    }
}

/// The `args` tuple items of an exception.
pub fn exc_args(exc: &Value) -> Vec<Value> {
    match exc_data(exc).map(|d| d.args.clone()) {
        Some(Value::Tuple(t)) => t.as_slice().to_vec(),
        _ => Vec::new(),
    }
}

/// Sets `errno`, `strerror` and `filename` on an OSError instance.
pub fn set_os_error_attrs(exc: &Value, errno: i32, strerror: &str, filename: Option<&str>) {
    if let Value::Instance(i) = exc {
        i.dict.set_str("errno", Value::Int(errno as i64));
        i.dict.set_str("strerror", Value::str(strerror));
        i.dict
            .set_str("filename", filename.map_or(Value::None, Value::str));
    }
}

/// The OSError subclass CPython picks for an errno.
pub fn os_error_class_name(errno: i32) -> &'static str {
    match errno {
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        1 | 13 => "PermissionError",
        32 => "BrokenPipeError",
        104 => "ConnectionResetError",
        111 => "ConnectionRefusedError",
        103 => "ConnectionAbortedError",
        110 => "TimeoutError",
        4 => "InterruptedError",
        3 => "ProcessLookupError",
        10 => "ChildProcessError",
        11 => "BlockingIOError",
        _ => "OSError",
    }
}

/// The C library's message for an errno, as CPython shows it.
pub fn strerror(errno: i32) -> Option<String> {
    let msg = match errno {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        9 => "Bad file descriptor",
        13 => "Permission denied",
        17 => "File exists",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        28 => "No space left on device",
        39 => "Directory not empty",
        _ => return None,
    };
    Some(msg.to_owned())
}
