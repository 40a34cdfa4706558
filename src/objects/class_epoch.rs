//! The class epoch: one counter that moves whenever any class namespace gains or loses a key, a special method is rebound, or a class's MRO is set.
//!
//! Caches of what a class (and its MRO) holds for a name remember the epoch
//! they were filled at; an unchanged epoch proves that no namespace on any
//! MRO changed its keys, so a remembered slot still holds the name. Classes
//! are built once and rarely change afterwards, so one load of this counter
//! replaces a walk over the MRO on every cached lookup.
//!
//! The counter is shared by every interpreter of the process: a change in
//! one only costs the others a refill. Each interpreter's own changes are
//! ordered with its lookups by its GIL, so relaxed ordering suffices.

use std::sync::atomic::{AtomicU64, Ordering};

static EPOCH: AtomicU64 = AtomicU64::new(1);

/// The current epoch.
#[inline(always)]
pub fn current() -> u64 {
    EPOCH.load(Ordering::Relaxed)
}

/// Moves the epoch on: every class-keyed cache entry is refilled on next use.
#[inline]
pub fn advance() {
    EPOCH.fetch_add(1, Ordering::Relaxed);
}
