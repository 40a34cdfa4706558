//! `Table`: the insertion-ordered hash table behind dict and set.
//!
//! Hashes and equality of keys are Python-level operations the table cannot
//! run itself (they may call `__hash__`/`__eq__`). The caller passes the hash;
//! the table compares keys with [`simple_eq`] and, when a key needs Python
//! equality, reports the candidates so the caller can compare them with no
//! borrow held.

use super::str::PyStr;
use super::value::Value;
use hashbrown::HashTable;

/// One slot: hash, key, value. `None` marks a deleted slot.
pub type Entry = Option<(i64, Value, Value)>;

/// An insertion-ordered hash table of Python keys.
#[derive(Default)]
pub struct Table {
    entries: Vec<Entry>,
    /// Slot numbers by hash; empty while the table has at most `SCAN_LIMIT` slots.
    index: HashTable<usize>,
    len: usize,
    /// Changes whenever a key is added or removed (never goes back): see `global_cache`.
    layout: u64,
    /// A class namespace: its key changes also move the class epoch.
    watched: bool,
    /// Bit `hash % 64` is set for the hash of every key inserted since the
    /// table was last emptied: a clear bit proves a key absent without a probe.
    hash_bits: u64,
}

/// The outcome of probing for a key.
pub enum Probe {
    /// The key is at this entry index.
    Found(usize),
    /// The key is absent.
    Missing,
    /// These entries have the same hash but need Python equality to decide.
    Candidates(Vec<usize>),
}

impl Table {
    /// An empty table.
    pub fn new() -> Self {
        Table::default()
    }

    /// The key layout: changes whenever a key is added or removed.
    #[inline]
    pub fn layout(&self) -> u64 {
        self.layout
    }

    /// Changes the layout without changing the keys: for a rebinding that
    /// caches keyed on the layout must notice (a class's special methods).
    pub fn bump_layout(&mut self) {
        self.keys_changed();
    }

    /// Marks the table as a class namespace (see `class_epoch`).
    pub fn watch(&mut self) {
        self.watched = true;
    }

    /// Records a change of keys: a new layout, and a new class epoch for a
    /// class namespace.
    #[inline]
    fn keys_changed(&mut self) {
        self.layout += 1;
        if self.watched {
            super::class_epoch::advance();
        }
    }

    /// Moves every entry into a new table, leaving this one empty (with a new
    /// layout, still watched if it was).
    pub fn take_all(&mut self) -> Table {
        let (layout, watched) = (self.layout, self.watched);
        let mut old = std::mem::take(self);
        old.watched = false;
        self.layout = layout;
        self.watched = watched;
        self.keys_changed();
        old
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Number of slots including deleted ones (iteration bound).
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The entry in slot `i`.
    pub fn slot(&self, i: usize) -> Option<&(i64, Value, Value)> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    /// Mutable value of slot `i`.
    pub fn slot_value_mut(&mut self, i: usize) -> Option<&mut Value> {
        self.entries
            .get_mut(i)
            .and_then(|e| e.as_mut())
            .map(|e| &mut e.2)
    }

    /// Finds `key` using built-in equality where possible.
    pub fn probe(&self, hash: i64, key: &Value) -> Probe {
        if !self.may_hold(hash) {
            return Probe::Missing;
        }
        let mut candidates = Vec::new();
        let mut is_key = |i: usize| {
            let Some((h, k, _)) = &self.entries[i] else {
                return false;
            };
            if *h != hash {
                return false;
            }
            match simple_eq(k, key) {
                Some(equal) => equal,
                None => {
                    candidates.push(i);
                    false
                }
            }
        };
        let found = if self.indexed() {
            self.index
                .iter_hash(hash as u64)
                .copied()
                .find(|&i| is_key(i))
        } else {
            (0..self.entries.len()).find(|&i| is_key(i))
        };
        match found {
            Some(i) => Probe::Found(i),
            None if candidates.is_empty() => Probe::Missing,
            None => Probe::Candidates(candidates),
        }
    }

    /// False when no key with this hash can be in the table (see `hash_bits`).
    #[inline]
    pub fn may_hold(&self, hash: i64) -> bool {
        self.hash_bits & hash_bit(hash) != 0
    }

    /// True when lookups go through `index` rather than a scan of the slots.
    #[inline]
    fn indexed(&self) -> bool {
        self.entries.len() > SCAN_LIMIT
    }

    /// The slot of the live key with hash `hash` that `is_key` accepts.
    #[inline]
    fn find_where(&self, hash: i64, is_key: impl Fn(&Value) -> bool) -> Option<usize> {
        if !self.may_hold(hash) {
            return None;
        }
        let entries = &self.entries;
        let matches = |i: usize| matches!(&entries[i], Some((h, k, _)) if *h == hash && is_key(k));
        if self.indexed() {
            self.index.find(hash as u64, |&i| matches(i)).copied()
        } else {
            (0..entries.len()).find(|&i| matches(i))
        }
    }

    /// Finds a str key by its text (no Python equality needed).
    pub fn find_str(&self, hash: i64, name: &str) -> Option<usize> {
        self.find_where(hash, |k| matches!(k, Value::Str(s) if s.as_str() == name))
    }

    /// Finds a str key, trying identity before comparing text (names from
    /// code objects are usually the very strings stored as keys).
    pub fn find_pystr(&self, hash: i64, name: &PyStr) -> Option<usize> {
        self.find_where(hash, |k| {
            matches!(k, Value::Str(s) if std::ptr::eq(&**s, name) || s.as_str() == name.as_str())
        })
    }

    /// Appends a new entry (the caller has checked the key is absent).
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let i = self.entries.len();
        self.keys_changed();
        self.hash_bits |= hash_bit(hash);
        self.entries.push(Some((hash, key, value)));
        self.len += 1;
        if i == SCAN_LIMIT {
            self.build_index();
        } else if self.indexed() {
            let entries = &self.entries;
            self.index
                .insert_unique(hash as u64, i, |&j| slot_hash(entries, j));
        }
    }

    /// Indexes every live slot (when the table outgrows scanning).
    fn build_index(&mut self) {
        let entries = &self.entries;
        self.index.clear();
        for (i, e) in entries.iter().enumerate() {
            if let Some((h, _, _)) = e {
                self.index
                    .insert_unique(*h as u64, i, |&j| slot_hash(entries, j));
            }
        }
    }

    /// Removes the entry at slot `i`, returning its key and value.
    pub fn remove_slot(&mut self, i: usize) -> Option<(Value, Value)> {
        let (hash, key, value) = self.entries.get_mut(i)?.take()?;
        self.keys_changed();
        if self.indexed()
            && let Ok(found) = self.index.find_entry(hash as u64, |&j| j == i)
        {
            found.remove();
        }
        self.len -= 1;
        self.maybe_compact();
        Some((key, value))
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.keys_changed();
        self.hash_bits = 0;
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &(i64, Value, Value)> {
        self.entries.iter().filter_map(|e| e.as_ref())
    }

    /// Removes and returns the last inserted entry.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_slot(i)
    }

    fn maybe_compact(&mut self) {
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.rebuild();
        }
    }

    fn rebuild(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.index.clear();
        self.hash_bits = 0;
        self.len = 0;
        for (h, k, v) in old.into_iter().flatten() {
            self.insert_new(h, k, v);
        }
    }
}

/// Tables with at most this many slots have no index: scanning the hashes
/// of a few slots is cheaper than a probe, and saves an allocation per dict.
const SCAN_LIMIT: usize = 8;

/// The hash stored in slot `j` (for rehashing the index).
fn slot_hash(entries: &[Entry], j: usize) -> u64 {
    entries[j].as_ref().map_or(0, |e| e.0 as u64)
}

/// The bit of `Table::hash_bits` for a key hash.
#[inline]
fn hash_bit(hash: i64) -> u64 {
    1 << (hash as u64 % 64)
}

/// Equality that needs no Python code: `Some(result)` for built-in scalar,
/// str and bytes keys (and tuples of them), `None` when `__eq__` must run.
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(true);
    }
    Some(match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => false,
        (Bytes(x), Bytes(y)) => x[..] == y[..],
        (None, None) => true,
        (Tuple(x), Tuple(y)) => return tuple_simple_eq(x.as_slice(), y.as_slice()),
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        (BigInt(_), Float(_)) | (Float(_), BigInt(_)) => return Option::None,
        (FrozenSet(_), FrozenSet(_)) | (FrozenSet(_), Set(_)) | (Set(_), FrozenSet(_)) => {
            return Option::None;
        }
        (Native(_), _) | (_, Native(_)) => return Option::None,
        // Containers compare item by item, which may run `__eq__`.
        (List(_), List(_))
        | (Dict(_), Dict(_))
        | (Set(_), Set(_))
        | (ByteArray(_), ByteArray(_) | Bytes(_))
        | (Bytes(_), ByteArray(_))
        | (BoundMethod(_), BoundMethod(_)) => return Option::None,
        _ => false,
    })
}

fn tuple_simple_eq(x: &[Value], y: &[Value]) -> Option<bool> {
    if x.len() != y.len() {
        return Some(false);
    }
    for (a, b) in x.iter().zip(y) {
        match simple_eq(a, b)? {
            true => {}
            false => return Some(false),
        }
    }
    Some(true)
}
