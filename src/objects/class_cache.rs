//! Per-class cache of attribute lookups along the MRO, valid while no namespace on the MRO gains or loses a key.
//!
//! Looking an attribute up on a class probes the class's namespace and then
//! each base's, and every instance attribute read starts with that walk (a
//! property or other descriptor on the class wins over the instance dict).
//! The cache remembers, per name, which namespace held it and in which slot,
//! or that none did. Key layouts (`Table::layout`) only ever grow and change
//! exactly when a key is added or removed, so an unchanged sum of the MRO's
//! layouts means no namespace changed its keys and the remembered slot still
//! holds the name; the value is read from the slot, so rebinding an existing
//! attribute needs no invalidation.

use super::dict::PyDict;
use super::value::Value;
use hashbrown::HashTable;
use std::cell::RefCell;

/// The most names remembered per class (a bound on memory).
const CAPACITY: usize = 512;

/// Where a name was found along a class's MRO.
struct Entry {
    /// The attribute name.
    name: Box<str>,
    /// Its hash (`PyStr::hash`).
    hash: i64,
    /// The sum of the MRO namespaces' key layouts when the entry was made.
    layouts: u64,
    /// `(position on the MRO, slot)` of the namespace holding the name; `None` when absent.
    found: Option<(usize, usize)>,
}

/// The cache of one class.
#[derive(Default)]
pub struct LookupCache {
    entries: RefCell<HashTable<Entry>>,
}

impl LookupCache {
    /// Looks `name` (whose hash is `hash`) up in `dicts` (the MRO's
    /// namespaces, the class first), through the cache.
    pub fn lookup<'a>(
        &self,
        dicts: impl Iterator<Item = &'a PyDict> + Clone,
        hash: i64,
        name: &str,
    ) -> Option<Value> {
        let layouts = layout_sum(dicts.clone());
        let known = self
            .entries
            .borrow()
            .find(hash as u64, |e| e.hash == hash && &*e.name == name)
            .map(|e| (e.layouts, e.found));
        match known {
            Some((seen, found)) if seen == layouts => {
                found.and_then(|(pos, slot)| value_at(dicts, pos, slot))
            }
            _ => self.fill(dicts, hash, name, layouts),
        }
    }

    /// Does the full walk and records its outcome.
    fn fill<'a>(
        &self,
        dicts: impl Iterator<Item = &'a PyDict>,
        hash: i64,
        name: &str,
        layouts: u64,
    ) -> Option<Value> {
        let mut found = None;
        let mut value = None;
        for (pos, dict) in dicts.enumerate() {
            let table = dict.table();
            if let Some(slot) = table.find_str(hash, name) {
                value = table.slot(slot).map(|e| e.2.clone());
                found = Some((pos, slot));
                break;
            }
        }
        self.remember(Entry {
            name: name.into(),
            hash,
            layouts,
            found,
        });
        value
    }

    /// Stores `entry`, replacing an older one for the same name.
    fn remember(&self, entry: Entry) {
        let mut entries = self.entries.borrow_mut();
        let hash = entry.hash;
        let full = entries.len() >= CAPACITY;
        match entries.find_mut(hash as u64, |e| e.hash == hash && e.name == entry.name) {
            Some(old) => *old = entry,
            None if !full => {
                entries.insert_unique(hash as u64, entry, |e| e.hash as u64);
            }
            None => {}
        }
    }
}

/// The sum of the key layouts of `dicts`.
fn layout_sum<'a>(dicts: impl Iterator<Item = &'a PyDict>) -> u64 {
    dicts.map(|d| d.table().layout()).fold(0, u64::wrapping_add)
}

/// The value in slot `slot` of the namespace at `pos`.
fn value_at<'a>(
    mut dicts: impl Iterator<Item = &'a PyDict>,
    pos: usize,
    slot: usize,
) -> Option<Value> {
    dicts.nth(pos)?.table().slot(slot).map(|e| e.2.clone())
}
