//! `PyDict`: the dict object (an insertion-ordered [`Table`] behind a `RefCell`).

use super::str::PyStr;
use super::table::Table;
use super::value::Value;
use std::cell::{Ref, RefCell, RefMut};

/// A dict. Never hold a borrow of `table` across a call into Python code.
#[derive(Default)]
pub struct PyDict {
    table: RefCell<Table>,
}

impl PyDict {
    /// An empty dict.
    pub fn new() -> Self {
        PyDict::default()
    }

    /// Shared access to the table.
    pub fn table(&self) -> Ref<'_, Table> {
        self.table.borrow()
    }

    /// The value in slot `slot` when that slot's key is the very str object
    /// `key` (the attribute caches' slot hints); `None` otherwise, and while
    /// the table is being changed. The borrow flag is left alone.
    #[inline(always)]
    pub fn value_if_key_at(&self, slot: usize, key: &PyStr) -> Option<Value> {
        // SAFETY: the shared reference lives only in this function, which reads
        // one slot and clones its value (a reference count bump): nothing can
        // borrow the table mutably while it exists.
        let t = unsafe { self.table.try_borrow_unguarded() }.ok()?;
        match t.slot(slot) {
            Some((_, Value::Str(k), v)) if std::ptr::eq(&**k, key) => Some(v.clone()),
            _ => None,
        }
    }

    /// The value in slot `slot` (`None` for an empty slot), read like
    /// [`PyDict::value_if_key_at`].
    #[inline(always)]
    pub fn value_at(&self, slot: usize) -> Option<Value> {
        // SAFETY: as in `value_if_key_at`: one slot is read and its value cloned.
        let t = unsafe { self.table.try_borrow_unguarded() }.ok()?;
        t.slot(slot).map(|e| e.2.clone())
    }

    /// Exclusive access to the table.
    pub fn table_mut(&self) -> RefMut<'_, Table> {
        self.table.borrow_mut()
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Looks up a str key by text.
    pub fn get_str(&self, name: &str) -> Option<Value> {
        self.get_str_hashed(super::str::hash_text(name), name)
    }

    /// Looks up a str key by text whose hash (`hash_text(name)`) the caller
    /// already computed: saves rehashing when probing several dicts (an MRO).
    pub fn get_str_hashed(&self, hash: i64, name: &str) -> Option<Value> {
        let t = self.table.borrow();
        t.find_str(hash, name)
            .and_then(|i| t.slot(i))
            .map(|e| e.2.clone())
    }

    /// Looks up a str key given as a `PyStr` (uses its cached hash).
    pub fn get_pystr(&self, name: &PyStr) -> Option<Value> {
        let t = self.table.borrow();
        t.find_pystr(name.hash(), name)
            .and_then(|i| t.slot(i))
            .map(|e| e.2.clone())
    }

    /// Sets a str key (insert or replace).
    pub fn set_str(&self, name: &str, value: Value) {
        self.set_str_value(Value::str(name), value);
    }

    /// Sets a key that is known to be a str value.
    pub fn set_str_value(&self, key: Value, value: Value) {
        let Value::Str(s) = &key else { return };
        let hash = s.hash();
        let mut t = self.table.borrow_mut();
        match t.find_str(hash, s.as_str()) {
            Some(i) => {
                if let Some(slot) = t.slot_value_mut(i) {
                    *slot = value;
                }
            }
            None => t.insert_new(hash, key, value),
        }
    }

    /// Removes a str key, returning its value.
    pub fn remove_str(&self, name: &str) -> Option<Value> {
        let hash = super::str::hash_text(name);
        let mut t = self.table.borrow_mut();
        let i = t.find_str(hash, name)?;
        t.remove_slot(i).map(|(_, v)| v)
    }

    /// A snapshot of the items in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .iter()
            .map(|(_, k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// A snapshot of the keys in order.
    pub fn keys(&self) -> Vec<Value> {
        self.table
            .borrow()
            .iter()
            .map(|(_, k, _)| k.clone())
            .collect()
    }
}
