//! `ExcData`: the state of an exception object (args, traceback, chaining).

use super::code::PyCode;
use super::value::Value;
use std::rc::Rc;

/// One traceback entry: a frame's code and the instruction that was running.
#[derive(Clone)]
pub struct TbEntry {
    /// The code object of the frame.
    pub code: Rc<PyCode>,
    /// The instruction index in that code.
    pub ip: u32,
}

/// The state every exception carries.
pub struct ExcData {
    /// `args`.
    pub args: Value,
    /// Traceback entries, innermost first (printing reverses them).
    pub traceback: Vec<TbEntry>,
    /// `__cause__` (Null when unset).
    pub cause: Value,
    /// `__context__` (Null when unset).
    pub context: Value,
    /// `__suppress_context__`.
    pub suppress_context: bool,
    /// For NameError: the names visible where it was raised (for "Did you mean").
    pub name_candidates: Vec<String>,
    /// For exception groups: `message` and the `exceptions` tuple.
    pub group: Option<(Value, Value)>,
}

impl Default for ExcData {
    fn default() -> Self {
        ExcData {
            args: Value::tuple(Vec::new()),
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            name_candidates: Vec::new(),
            group: None,
        }
    }
}
