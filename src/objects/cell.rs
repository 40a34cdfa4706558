//! `PyCell`: a closure cell holding one variable shared between scopes.

use super::value::Value;
use std::cell::RefCell;

/// A cell; `Null` contents mean the variable is unbound.
pub struct PyCell {
    /// The variable's value.
    pub value: RefCell<Value>,
}

impl PyCell {
    /// A cell holding `value`.
    pub fn new(value: Value) -> Self {
        PyCell {
            value: RefCell::new(value),
        }
    }

    /// The current contents.
    pub fn get(&self) -> Value {
        self.value.borrow().clone()
    }

    /// Replaces the contents.
    pub fn set(&self, v: Value) {
        *self.value.borrow_mut() = v;
    }
}
