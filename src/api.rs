//! The embedding API: build an interpreter, run code, get results and errors.

pub mod interactive;
pub mod interpreter;
pub mod options;

pub use interpreter::{Interpreter, RunError};
pub use options::Options;
