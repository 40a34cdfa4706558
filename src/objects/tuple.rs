//! `PyTuple`: the immutable tuple object.

use super::value::Value;

/// A tuple.
pub struct PyTuple {
    items: Box<[Value]>,
}

impl PyTuple {
    /// A tuple holding `items`.
    pub fn new(items: Vec<Value>) -> Self {
        PyTuple {
            items: items.into_boxed_slice(),
        }
    }

    /// The items.
    pub fn as_slice(&self) -> &[Value] {
        &self.items
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}
