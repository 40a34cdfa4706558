//! Callables: Python functions, built-in (Rust) functions and bound methods.

use super::cell::PyCell;
use super::code::PyCode;
use super::dict::PyDict;
use super::value::Value;
use crate::vm::{Kw, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// A Python function (from `def` or `lambda`).
pub struct Function {
    /// The code it runs.
    pub code: Rc<PyCode>,
    /// The module globals it sees.
    pub globals: Rc<PyDict>,
    /// `__name__`.
    pub name: RefCell<Value>,
    /// `__qualname__`.
    pub qualname: RefCell<Value>,
    /// `__defaults__` for the last positional parameters.
    pub defaults: RefCell<Vec<Value>>,
    /// `__kwdefaults__`.
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    /// The cells of its free variables.
    pub closure: Vec<Rc<PyCell>>,
    /// `__dict__` (function attributes, `__doc__` override, `__module__`).
    pub dict: Rc<PyDict>,
}

/// The signature of every function implemented in Rust: positional arguments and keywords.
pub type NativeFn = fn(&mut Vm, &[Value], Kw) -> PyResult<Value>;

/// A function implemented in Rust.
pub struct BuiltinFunction {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// For methods of a built-in type: the type's name (for repr and errors).
    pub owner: Option<&'static str>,
    /// `__doc__`.
    pub doc: Option<&'static str>,
}

/// A callable bound to its first argument (`obj.method`).
pub struct BoundMethod {
    /// The underlying function.
    pub func: Value,
    /// The object it is bound to (`__self__`).
    pub receiver: Value,
}
