//! `Value`: every Python value, with None, bools, small ints and floats stored inline.

use super::bytes::PyByteArray;
use super::class::Class;
use super::dict::PyDict;
use super::function::{BoundMethod, BuiltinFunction, Function};
use super::instance::Instance;
use super::list::PyList;
use super::module::Module;
use super::native::NativeObject;
use super::set::PySet;
use super::str::PyStr;
use super::tuple::PyTuple;
use num_bigint::BigInt;
use std::rc::Rc;

/// A Python value. Heap kinds are reference counted (`Rc`): values never cross
/// OS threads except through the GIL-guarded wrapper in `crate::gil`.
///
/// The tag is a whole word so that every payload sits at offset 8 and a value
/// moves as two words (with a one-byte tag, some payloads start at offset 1
/// and the compiler copies values piecewise). The inline kinds come first, so
/// `is_inline` is one comparison.
#[repr(u64)]
pub enum Value {
    /// An empty slot: an unbound local, or the "no self" marker of `LoadMethod`.
    /// Never visible to Python code.
    Null,
    /// `None`.
    None,
    /// `NotImplemented`.
    NotImplemented,
    /// `...`.
    Ellipsis,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A float.
    Float(f64),
    /// An int that does not fit in 64 bits (always normalised: never fits in i64).
    BigInt(Rc<BigInt>),
    /// A str.
    Str(Rc<PyStr>),
    /// A bytes object (boxed once more so that the pointer is thin).
    Bytes(Rc<Box<[u8]>>),
    /// A bytearray.
    ByteArray(Rc<PyByteArray>),
    /// A list.
    List(Rc<PyList>),
    /// A tuple.
    Tuple(Rc<PyTuple>),
    /// A dict.
    Dict(Rc<PyDict>),
    /// A set.
    Set(Rc<PySet>),
    /// A frozenset.
    FrozenSet(Rc<PySet>),
    /// A Python function.
    Function(Rc<Function>),
    /// A function implemented in Rust.
    Builtin(Rc<BuiltinFunction>),
    /// A function bound to its first argument.
    BoundMethod(Rc<BoundMethod>),
    /// A class (type object).
    Class(Rc<Class>),
    /// An instance of a user-defined class (exceptions included).
    Instance(Rc<Instance>),
    /// A module.
    Module(Rc<Module>),
    /// A closure cell (only inside closure tuples).
    Cell(Rc<super::cell::PyCell>),
    /// A code object.
    Code(Rc<super::code::PyCode>),
    /// Any other native object (iterators, ranges, files, locks ...), boxed
    /// once more so that the pointer is thin.
    Native(Rc<Box<dyn NativeObject>>),
}

impl Value {
    /// Makes a str value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    /// Makes a str value from an owned string.
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from(s)))
    }

    /// Makes an int value from a big integer, normalising to the inline form when it fits.
    pub fn from_bigint(n: BigInt) -> Value {
        match i64::try_from(&n) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::BigInt(Rc::new(n)),
        }
    }

    /// Makes a tuple value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    /// Makes a list value.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(PyList::new(items)))
    }

    /// Makes a native object value.
    pub fn native<T: NativeObject + 'static>(obj: T) -> Value {
        Value::Native(Rc::new(Box::new(obj)))
    }

    /// Makes a bytes value.
    pub fn bytes(data: impl Into<Box<[u8]>>) -> Value {
        Value::Bytes(Rc::new(data.into()))
    }

    /// True for the `Null` marker.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// True for the kinds stored inline (no reference to release when dropped).
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        matches!(
            self,
            Value::Null
                | Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
        )
    }

    /// Drops the value, skipping the out-of-line drop code for inline kinds.
    #[inline(always)]
    pub fn release(self) {
        if self.is_inline() {
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }

    /// Empties `values` from index `len` on (front to back, like
    /// `Vec::truncate`), running drop code only for values that hold a reference.
    #[inline]
    pub fn truncate_values(values: &mut Vec<Value>, len: usize) {
        let end = values.len();
        if len >= end {
            return;
        }
        // SAFETY: the length drops first, so each value in `len..end` is read
        // out exactly once and never seen through the vector again (a panic
        // in a drop would leak the rest, never drop one twice).
        unsafe {
            values.set_len(len);
            let base = values.as_ptr();
            for i in len..end {
                std::ptr::read(base.add(i)).release();
            }
        }
    }

    /// True for `None`.
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): same object, or equal inline scalars of the same kind.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null)
            | (None, None)
            | (NotImplemented, NotImplemented)
            | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, if the value is on the heap.
    pub fn heap_ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return Option::None,
        })
    }

    /// The str payload, if this is a str.
    pub fn as_str(&self) -> Option<&PyStr> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Downcasts a native object to a concrete Rust type.
    pub fn downcast<T: 'static>(&self) -> Option<&T> {
        match self {
            Value::Native(obj) => obj.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }

    /// The class of an instance-like value, if it has a user class pointer.
    pub fn instance(&self) -> Option<&Rc<Instance>> {
        match self {
            Value::Instance(i) => Some(i),
            _ => None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => write!(f, "<null>"),
            Value::None => write!(f, "None"),
            Value::NotImplemented => write!(f, "NotImplemented"),
            Value::Ellipsis => write!(f, "Ellipsis"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::BigInt(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            _ => write!(f, "<object>"),
        }
    }
}

// Values are two words: a tag and an inline payload or a thin pointer.
const _: () = assert!(std::mem::size_of::<Value>() == 16);
// `Option<Value>` uses a spare tag value for `None`.
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);
