//! `PySet`: the set and frozenset object, an open-addressing hash table laid out like CPython's.
//!
//! Iteration walks the slots in table order, so the order a set prints in
//! depends on hashes, table size and history exactly as in CPython: slots
//! are probed linearly in runs of [`LINEAR_PROBES`], then by a perturbed
//! jump; the table starts with [`MIN_SIZE`] slots and grows when it is 3/5
//! full. Deleted members leave dummy slots until the next resize.
//!
//! Key equality may need Python code, which the table cannot run: lookups
//! report the candidates whose hash matches and the caller compares them
//! with no borrow held (see `vm::set_ops`).

use super::value::Value;
use std::cell::{Ref, RefCell, RefMut};

/// Slots in a new table.
pub const MIN_SIZE: usize = 8;
/// Neighbouring slots tried before jumping.
const LINEAR_PROBES: usize = 9;
/// How fast the high hash bits enter the jump sequence.
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Clone)]
pub enum Slot {
    /// Never used since the last resize.
    Empty,
    /// Held a member that was removed.
    Dummy,
    /// A member and its hash.
    Active(i64, Value),
}

/// The hash table of a set.
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
}

/// The outcome of looking a key up.
pub enum Lookup {
    /// The key is in this slot.
    Found(usize),
    /// Slots holding keys with the same hash, in probe order, that need Python equality.
    Candidates(Vec<usize>),
}

/// The slot indexes a probe for `hash` visits, in order, over a table of `mask + 1` slots.
struct ProbeSeq {
    mask: usize,
    /// Start of the current linear run (jumps are computed from it).
    i: usize,
    /// Offset within the run.
    offset: usize,
    perturb: u64,
    run_left: usize,
}

impl ProbeSeq {
    fn new(hash: i64, mask: usize) -> Self {
        let i = (hash as u64 as usize) & mask;
        ProbeSeq {
            mask,
            i,
            offset: 0,
            perturb: hash as u64,
            run_left: run_length(i, mask),
        }
    }

    /// The current slot index.
    fn index(&self) -> usize {
        self.i + self.offset
    }

    /// Moves to the next slot: the next neighbour while the linear run lasts, then a jump.
    fn advance(&mut self) {
        if self.run_left > 0 {
            self.run_left -= 1;
            self.offset += 1;
            return;
        }
        self.perturb >>= PERTURB_SHIFT;
        let next = (self.i as u64)
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb);
        self.i = (next as usize) & self.mask;
        self.offset = 0;
        self.run_left = run_length(self.i, self.mask);
    }
}

/// Linear probes allowed from slot `i` (none when the run would pass the table's end).
fn run_length(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::with_size(MIN_SIZE)
    }
}

impl SetTable {
    /// An empty table of `size` slots (a power of two).
    fn with_size(size: usize) -> Self {
        SetTable {
            slots: vec![Slot::Empty; size],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (the iteration bound).
    pub fn slots(&self) -> usize {
        self.slots.len()
    }

    /// Active plus dummy slots.
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// The largest slot index.
    pub fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The member in slot `i`, if that slot is active.
    pub fn key_at(&self, i: usize) -> Option<&Value> {
        match self.slots.get(i) {
            Some(Slot::Active(_, k)) => Some(k),
            _ => None,
        }
    }

    /// Hash and member in slot `i`, if active.
    pub fn entry_at(&self, i: usize) -> Option<(i64, &Value)> {
        match self.slots.get(i) {
            Some(Slot::Active(h, k)) => Some((*h, k)),
            _ => None,
        }
    }

    /// Active `(hash, member)` pairs in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// Looks `key` up using built-in equality where possible.
    pub fn lookup(&self, hash: i64, key: &Value) -> Lookup {
        let mut seq = ProbeSeq::new(hash, self.mask());
        let mut candidates = Vec::new();
        for _ in 0..self.slots.len() * 2 + 256 {
            match &self.slots[seq.index()] {
                Slot::Empty => break,
                Slot::Active(h, k) if *h == hash => match super::table::simple_eq(k, key) {
                    Some(true) => return Lookup::Found(seq.index()),
                    Some(false) => {}
                    None => candidates.push(seq.index()),
                },
                _ => {}
            }
            seq.advance();
        }
        Lookup::Candidates(candidates)
    }

    /// Adds a member known to be absent, reusing the first dummy slot on its probe path.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let mut seq = ProbeSeq::new(hash, self.mask());
        let mut free = None;
        let at = loop {
            match &self.slots[seq.index()] {
                Slot::Empty => break seq.index(),
                Slot::Dummy if free.is_none() => free = Some(seq.index()),
                _ => {}
            }
            seq.advance();
        };
        self.used += 1;
        if let Some(d) = free {
            self.slots[d] = Slot::Active(hash, key);
            return;
        }
        self.fill += 1;
        self.slots[at] = Slot::Active(hash, key);
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// Places a member in a table with no dummies and no equal member (resizes and copies).
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mut seq = ProbeSeq::new(hash, self.mask());
        while !matches!(self.slots[seq.index()], Slot::Empty) {
            seq.advance();
        }
        self.slots[seq.index()] = Slot::Active(hash, key);
    }

    /// Rebuilds the table with room for more than `min_used` members, dropping dummies.
    pub fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                self.insert_clean(h, k);
            }
        }
    }

    /// Turns slot `i` into a dummy, returning its member.
    pub fn remove_slot(&mut self, i: usize) -> Option<Value> {
        let slot = self.slots.get_mut(i)?;
        if !matches!(slot, Slot::Active(..)) {
            return None;
        }
        let Slot::Active(_, k) = std::mem::replace(slot, Slot::Dummy) else {
            return None;
        };
        self.used -= 1;
        Some(k)
    }

    /// Removes the member `pop` yields: the first active slot at or after the finger.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let mut i = self.finger & (n - 1);
        while !matches!(self.slots[i], Slot::Active(..)) {
            i = (i + 1) % n;
        }
        self.finger = i + 1;
        self.remove_slot(i)
    }

    /// Removes every member and shrinks to the minimum size.
    pub fn clear(&mut self) {
        let finger = self.finger;
        *self = SetTable::with_size(MIN_SIZE);
        self.finger = finger;
    }

    /// CPython's one big resize before merging `incoming` members that are probably new.
    pub fn presize_for(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Copies `other` into this empty table the way a fresh set is filled from a set.
    pub fn fill_from(&mut self, other: &SetTable) {
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
        } else {
            for slot in &other.slots {
                if let Slot::Active(h, k) = slot {
                    self.insert_clean(*h, k.clone());
                }
            }
        }
        self.fill = other.used;
        self.used = other.used;
    }
}

/// A set or frozenset (the `Value` variant says which).
#[derive(Default)]
pub struct PySet {
    table: RefCell<SetTable>,
}

impl PySet {
    /// An empty set.
    pub fn new() -> Self {
        PySet::default()
    }

    /// Shared access to the table.
    pub fn table(&self) -> Ref<'_, SetTable> {
        self.table.borrow()
    }

    /// Exclusive access to the table.
    pub fn table_mut(&self) -> RefMut<'_, SetTable> {
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
        let t = self.table.borrow();
        (0..t.slots())
            .filter_map(|i| t.key_at(i).cloned())
            .collect()
    }

    /// Exchanges the contents of two sets (in-place operators build a new table, then swap).
    pub fn swap_with(&self, other: &PySet) {
        self.table.swap(&other.table);
        let (mut a, mut b) = (self.table.borrow_mut(), other.table.borrow_mut());
        std::mem::swap(&mut a.finger, &mut b.finger);
    }
}
