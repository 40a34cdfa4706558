//! Cloning a `Value`: a bitwise copy, after raising the reference count of a heap kind's object.
//!
//! The eval loop clones a value for every `LOAD_FAST` and `LOAD_CONST`, so a
//! clone is inline: one tag comparison, one increment for a heap kind, one
//! two-word copy.

use super::value::Value;
use std::rc::Rc;

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if !self.is_inline() {
            self.share();
        }
        // SAFETY: an inline kind is plain data; a heap kind's reference count
        // was just raised for the copy, which is exactly what `Rc::clone` returns.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// Raises the reference count of a heap kind's object (no-op for inline
    /// kinds). Every arm does the same thing to the count at the start of its
    /// allocation, so the compiler folds the match into one increment.
    #[inline(always)]
    fn share(&self) {
        match self {
            Value::Null
            | Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_) => {}
            Value::BigInt(x) => std::mem::forget(Rc::clone(x)),
            Value::Str(x) => std::mem::forget(Rc::clone(x)),
            Value::Bytes(x) => std::mem::forget(Rc::clone(x)),
            Value::ByteArray(x) => std::mem::forget(Rc::clone(x)),
            Value::List(x) => std::mem::forget(Rc::clone(x)),
            Value::Tuple(x) => std::mem::forget(Rc::clone(x)),
            Value::Dict(x) => std::mem::forget(Rc::clone(x)),
            Value::Set(x) => std::mem::forget(Rc::clone(x)),
            Value::FrozenSet(x) => std::mem::forget(Rc::clone(x)),
            Value::Function(x) => std::mem::forget(Rc::clone(x)),
            Value::Builtin(x) => std::mem::forget(Rc::clone(x)),
            Value::BoundMethod(x) => std::mem::forget(Rc::clone(x)),
            Value::Class(x) => std::mem::forget(Rc::clone(x)),
            Value::Instance(x) => std::mem::forget(Rc::clone(x)),
            Value::Module(x) => std::mem::forget(Rc::clone(x)),
            Value::Cell(x) => std::mem::forget(Rc::clone(x)),
            Value::Code(x) => std::mem::forget(Rc::clone(x)),
            Value::Native(x) => std::mem::forget(Rc::clone(x)),
        }
    }
}
