//! `NativeObject`: the trait for the long tail of built-in object kinds (iterators, ranges, files, locks ...).

use super::class::Class;
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

/// A Rust object exposed to Python. Attribute access goes through its class
/// (methods registered as builtins) and then [`NativeObject::get_attr`].
pub trait NativeObject: Any {
    /// The object's class (`type(obj)`).
    fn class(&self, vm: &Vm) -> Rc<Class>;
    /// For downcasting by reference.
    fn as_any(&self) -> &dyn Any;
    /// Data attributes that are not methods (e.g. `range.start`).
    fn get_attr(&self, _vm: &mut Vm, _name: &str) -> Option<crate::vm::PyResult<super::Value>> {
        None
    }
    /// For built-in containers: the length `__len__` reports, read directly so
    /// that `len()` and truth tests make no method call. `None`: not sized.
    fn sized_len(&self) -> Option<usize> {
        None
    }
    /// For iterators: produces the next item (`Ok(None)` when exhausted). `None`: not an iterator.
    fn iter_next(&self, _vm: &mut Vm) -> Option<crate::vm::PyResult<Option<super::Value>>> {
        None
    }
}
