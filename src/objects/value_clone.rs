//! Cloning a `Value`: inline kinds are copied on the spot; heap kinds bump a reference count out of line.
//!
//! The eval loop clones a value for every `LOAD_FAST` and `LOAD_CONST`; most
//! are small ints, floats, bools or None, so the inline kinds are tested first
//! in a few instructions before the full match.

use super::value::Value;
use std::rc::Rc;

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Int(x) => Value::Int(*x),
            Value::Float(x) => Value::Float(*x),
            Value::Bool(x) => Value::Bool(*x),
            Value::None => Value::None,
            _ => self.clone_slow(),
        }
    }
}

impl Value {
    /// Clones any kind (heap kinds share the object).
    #[inline(never)]
    fn clone_slow(&self) -> Value {
        match self {
            Value::Null => Value::Null,
            Value::None => Value::None,
            Value::NotImplemented => Value::NotImplemented,
            Value::Ellipsis => Value::Ellipsis,
            Value::Bool(x) => Value::Bool(*x),
            Value::Int(x) => Value::Int(*x),
            Value::BigInt(x) => Value::BigInt(Rc::clone(x)),
            Value::Float(x) => Value::Float(*x),
            Value::Str(x) => Value::Str(Rc::clone(x)),
            Value::Bytes(x) => Value::Bytes(Rc::clone(x)),
            Value::ByteArray(x) => Value::ByteArray(Rc::clone(x)),
            Value::List(x) => Value::List(Rc::clone(x)),
            Value::Tuple(x) => Value::Tuple(Rc::clone(x)),
            Value::Dict(x) => Value::Dict(Rc::clone(x)),
            Value::Set(x) => Value::Set(Rc::clone(x)),
            Value::FrozenSet(x) => Value::FrozenSet(Rc::clone(x)),
            Value::Function(x) => Value::Function(Rc::clone(x)),
            Value::Builtin(x) => Value::Builtin(Rc::clone(x)),
            Value::BoundMethod(x) => Value::BoundMethod(Rc::clone(x)),
            Value::Class(x) => Value::Class(Rc::clone(x)),
            Value::Instance(x) => Value::Instance(Rc::clone(x)),
            Value::Module(x) => Value::Module(Rc::clone(x)),
            Value::Cell(x) => Value::Cell(Rc::clone(x)),
            Value::Code(x) => Value::Code(Rc::clone(x)),
            Value::Native(x) => Value::Native(Rc::clone(x)),
        }
    }
}
