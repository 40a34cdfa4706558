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

    /// The item at `i`, counting from the end when negative; `None` when out of range.
    #[inline]
    pub fn get_signed(&self, i: i64) -> Option<Value> {
        let items = self.items.borrow();
        items.get(signed_position(i, items.len())?).cloned()
    }

    /// Replaces the item at `i` (negative counts from the end); gives `v` back when out of range.
    #[inline]
    pub fn set_signed(&self, i: i64, v: Value) -> Result<(), Value> {
        let mut items = self.items.borrow_mut();
        let Some(k) = signed_position(i, items.len()) else {
            return Err(v);
        };
        let old = std::mem::replace(&mut items[k], v);
        drop(items);
        old.release();
        Ok(())
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

/// `i` as a position among `len` items (negative counts from the end).
#[inline]
pub fn signed_position(i: i64, len: usize) -> Option<usize> {
    let k = if i < 0 { i.checked_add(len as i64)? } else { i };
    (k >= 0 && (k as usize) < len).then_some(k as usize)
}
