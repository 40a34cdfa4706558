//! The embedding API: build an interpreter, run code, convert values, register host
//! functions and modules, share an interpreter between threads, and control what scripts may do.

pub mod args;
pub mod capture;
pub mod code;
pub mod control;
pub mod convert;
pub mod convert_containers;
pub mod error;
pub mod host_class;
pub mod host_fn;
pub mod interactive;
pub mod interpreter;
pub mod module;
pub mod object;
pub mod options;
pub mod python;
pub mod shared;
pub mod shared_object;
mod stack;

pub use args::IntoArgs;
pub use capture::{CallbackWriter, OutputBuffer};
pub use code::Code;
pub use control::InterruptHandle;
pub use convert::{Bytes, FromPython, ToPython};
pub use error::{HostError, RunError};
pub use host_class::{HostClass, HostRef};
pub use host_fn::IntoHostFunction;
pub use interpreter::Interpreter;
pub use module::NativeModule;
pub use object::PyObject;
pub use options::Options;
pub use python::Python;
pub use shared::SharedInterpreter;
pub use shared_object::SharedObject;
