//! Per-class cache of attribute lookups along the MRO, valid while the class epoch stays the same.
//!
//! Looking an attribute up on a class probes the class's namespace and then
//! each base's, and every instance attribute read starts with that walk (a
//! property or other descriptor on the class wins over the instance dict).
//! The cache remembers, per name, which namespace held it and in which slot,
//! or that none did. The class epoch (`class_epoch`) moves whenever a
//! class namespace gains or loses a key, so an unchanged epoch means no
//! namespace changed its keys and the remembered slot still holds the name;
//! the value is read from the slot, so rebinding an existing attribute needs
//! no invalidation.

use super::class::Class;
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
    /// `Class::epoch` when the entry was made.
    epoch: u64,
    /// `(position on the MRO, slot)` of the namespace holding the name; `None` when absent.
    found: Option<(usize, usize)>,
}

/// The cache of one class.
#[derive(Default)]
pub struct LookupCache {
    entries: RefCell<HashTable<Entry>>,
}

impl LookupCache {
    /// Looks `name` (whose hash is `hash`) up along `class`'s MRO (the class
    /// first), through the cache.
    pub fn lookup(&self, class: &Class, hash: i64, name: &str) -> Option<Value> {
        let epoch = class.epoch();
        let known = self
            .entries
            .borrow()
            .find(hash as u64, |e| e.hash == hash && &*e.name == name)
            .map(|e| (e.epoch, e.found));
        let found = match known {
            Some((seen, found)) if seen == epoch => found,
            _ => {
                let found = class.find_on_mro(hash, name);
                self.remember(Entry {
                    name: name.into(),
                    hash,
                    epoch,
                    found,
                });
                found
            }
        };
        found.and_then(|(pos, slot)| class.mro_slot_value(pos, slot))
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
