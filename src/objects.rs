//! The object model: `Value` and the data structures behind each built-in kind.
//!
//! These files hold data and pure operations; behaviour that can run Python
//! code (calling `__eq__`, `__repr__` ...) lives in `crate::vm` and `crate::builtins`.

pub mod attr_cache;
pub mod bytes;
pub mod cell;
pub mod class;
pub mod class_cache;
pub mod class_epoch;
pub mod code;
pub mod complex;
pub mod deque;
pub mod dict;
pub mod exception;
pub mod function;
pub mod global_cache;
pub mod instance;
pub mod interner;
pub mod list;
pub mod module;
pub mod native;
pub mod set;
pub mod special_memo;
pub mod str;
pub mod table;
pub mod tuple;
pub mod value;
pub mod value_clone;

pub use value::Value;
