//! Python-visible built-ins: the `builtins` namespace and the methods of the built-in types.
//!
//! Each file owns one concept (a type's methods, a group of functions);
//! `setup` wires them into a new interpreter.

pub mod args;
pub mod bytearray_methods;
pub mod bytes_codec;
pub mod bytes_methods;
pub mod bytes_search;
pub mod bytes_split;
pub mod bytes_text;
pub mod bytes_translate;
pub mod code_attrs;
pub mod complex_methods;
pub mod complex_new;
pub mod constructors;
pub mod descriptors;
pub mod dict_methods;
pub mod dict_views;
pub mod exception_group;
pub mod file;
pub mod file_io;
pub mod file_methods;
pub mod file_mode;
pub mod float_methods;
pub mod functions;
pub mod help;
pub mod int_methods;
pub mod introspection;
pub mod iterators;
pub mod list_methods;
pub mod mappingproxy;
pub mod number_slots;
pub mod numbers;
pub mod numeric_functions;
pub mod object_methods;
pub mod printf_glue;
pub mod range;
pub mod range_methods;
pub mod receiver;
pub mod rounding;
pub mod scalar_repr;
pub mod set_methods;
pub mod setup;
pub mod slice;
pub mod sort;
pub mod special_attrs;
pub mod str_case;
pub mod str_dunder;
pub mod str_format;
pub mod str_methods;
pub mod str_pad;
pub mod str_predicates;
pub mod str_search;
pub mod str_split;
pub mod str_tables;
pub mod str_unicode;
pub mod super_object;
pub mod text_ops;
pub mod tuple_methods;
pub mod type_docs;

use crate::vm::Vm;

/// Registers the methods of str, bytes, list, tuple, dict, set, int, float and the other built-in types.
pub fn register_type_methods(vm: &mut Vm) {
    list_methods::register(vm);
    tuple_methods::register(vm);
    dict_methods::register(vm);
    set_methods::register(vm);
    str_methods::register(vm);
    bytes_methods::register(vm);
    int_methods::register(vm);
    float_methods::register(vm);
    number_slots::register(vm);
    complex_methods::register(vm);
}
