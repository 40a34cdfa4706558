//! `PySet`: the set and frozenset object (a [`Table`] whose values are unused).

use super::table::Table;
use super::value::Value;
use std::cell::{Ref, RefCell, RefMut};

/// A set or frozenset (the `Value` variant says which).
#[derive(Default)]
pub struct PySet {
    table: RefCell<Table>,
}

impl PySet {
    /// An empty set.
    pub fn new() -> Self {
        PySet::default()
    }

    /// Shared access to the table.
    pub fn table(&self) -> Ref<'_, Table> {
        self.table.borrow()
    }

    /// Exclusive access to the table.
    pub fn table_mut(&self) -> RefMut<'_, Table> {
        self.table.borrow_mut()
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A snapshot of the members in iteration order.
    pub fn members(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|(_, k, _)| k.clone()).collect()
    }
}
