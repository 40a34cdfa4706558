//! gilpy: a small Python interpreter with a global interpreter lock.
//!
//! ```
//! let mut interp = gilpy::Interpreter::new();
//! interp.run_main("x = 6 * 7", "<example>").unwrap();
//! ```

pub mod api;
pub mod builtins;
pub mod compiler;
pub mod format;
pub mod gil;
pub mod lexer;
pub mod modules;
pub mod objects;
pub mod parser;
pub mod stdlib;
pub mod vm;

pub use api::{
    Bytes, CallbackWriter, Code, FromPython, HostError, Interpreter, InterruptHandle, IntoArgs,
    IntoHostFunction, NativeModule, Options, OutputBuffer, PyObject, Python, RunError,
    SharedInterpreter, ToPython,
};
pub use vm::embedding::{Capabilities, Capability, LimitKind, Limits};

/// `sys.version` text.
pub const PYTHON_VERSION_TEXT: &str = "3.11.7 (gilpy 0.1.0)";
