//! `PyList`: the list object.

use super::value::Value;
use std::cell::{Ref, RefCell, RefMut};

/// A list. Never hold a borrow across a call into Python code.
#[derive(Default)]
pub struct PyList {
    items: RefCell<Vec<Value>>,
}

impl PyList {
    /// A list holding `items`.
    pub fn new(items: Vec<Value>) -> Self {
        PyList {
            items: RefCell::new(items),
        }
    }

    /// Shared access to the items.
    pub fn items(&self) -> Ref<'_, Vec<Value>> {
        self.items.borrow()
    }

    /// Exclusive access to the items.
    pub fn items_mut(&self) -> RefMut<'_, Vec<Value>> {
        self.items.borrow_mut()
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at `i`, if in range.
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Appends an item.
    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }

    /// A copy of the items.
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}
