//! The per-code cache of `LOAD_GLOBAL`: which dict slot held each global name, valid while the dict's keys stay put.
//!
//! A dict's key layout (`Table::layout`) changes whenever a key is added or
//! removed, and never otherwise; assigning a new value to an existing key
//! leaves it alone. So while the globals (and, for a built-in name, the
//! builtins) keep the layout recorded here, the name is still in the same
//! slot and the lookup is one comparison and one index. A weak reference to
//! the globals dict keeps its address from being reused by another dict.

use super::code::PyCode;
use super::dict::PyDict;
use super::str::PyStr;
use super::value::Value;
use std::rc::{Rc, Weak};

/// Where one global name was found the last time it was looked up.
#[derive(Default)]
pub struct GlobalSlot {
    /// The globals dict the entry is for.
    globals: Weak<PyDict>,
    /// The globals' key layout when the entry was made.
    globals_layout: u64,
    /// The builtins' key layout when the entry was made (built-in names only).
    builtins_layout: u64,
    /// The slot holding the name, in the globals or the builtins.
    index: usize,
    /// True when the name was absent from the globals and found in the builtins.
    in_builtins: bool,
}

/// The value of global name `i` of `code` if the cache entry is still valid.
#[inline]
pub fn cached(code: &PyCode, i: u32, globals: &Rc<PyDict>, builtins: &PyDict) -> Option<Value> {
    let cache = code.global_cache.borrow();
    let entry = cache.get(i as usize)?;
    if !std::ptr::eq(entry.globals.as_ptr(), Rc::as_ptr(globals)) {
        return None;
    }
    let g = globals.table();
    if g.layout() != entry.globals_layout {
        return None;
    }
    if !entry.in_builtins {
        return g.slot(entry.index).map(|e| e.2.clone());
    }
    let b = builtins.table();
    if b.layout() != entry.builtins_layout {
        return None;
    }
    b.slot(entry.index).map(|e| e.2.clone())
}

/// Looks global name `i` of `code` up in the globals then the builtins,
/// recording where it was found. `None` when it is in neither.
pub fn lookup(code: &PyCode, i: u32, globals: &Rc<PyDict>, builtins: &PyDict) -> Option<Value> {
    let name: &PyStr = code.name(i);
    let found = find(globals, name, false).or_else(|| find(builtins, name, true));
    let (value, index, in_builtins) = found?;
    let entry = GlobalSlot {
        globals: Rc::downgrade(globals),
        globals_layout: globals.table().layout(),
        builtins_layout: builtins.table().layout(),
        index,
        in_builtins,
    };
    if let Some(slot) = code.global_cache.borrow_mut().get_mut(i as usize) {
        *slot = entry;
    }
    Some(value)
}

/// The value of `name` in `dict` and its slot.
fn find(dict: &PyDict, name: &PyStr, in_builtins: bool) -> Option<(Value, usize, bool)> {
    let t = dict.table();
    let index = t.find_pystr(name.hash(), name)?;
    t.slot(index).map(|e| (e.2.clone(), index, in_builtins))
}
