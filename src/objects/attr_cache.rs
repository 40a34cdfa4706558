//! The per-code cache of attribute lookups: where each attribute name was found on the receiver's class, and in which slot of an instance or module dict.
//!
//! Every attribute name of a code object has one entry, shared by the
//! `LoadAttr`, `StoreAttr` and `LoadMethod` instructions (and their fused
//! `LoadFast*` / `StoreFastAttr` forms) that use the name
//! (in one method, `self.x` and `other.x` are usually on the same class).
//!
//! The class side remembers the receiver's class, the class epoch
//! (`Class::epoch`) and the namespace and slot that held the name, or that
//! none did (and, for a built-in type, whose namespace cannot be assigned
//! to, the method itself). The epoch moves whenever any class namespace
//! gains or loses a key, so an unchanged epoch means every namespace still
//! has the same keys in the same slots. For other classes the value is read
//! from the slot at each use, so rebinding a class attribute needs no
//! invalidation; what kind of value it is (a method, a plain value, a
//! descriptor) is decided each time too. A weak reference to the class keeps
//! its address from being reused by another class while the entry points at it.
//!
//! The dict side is a slot hint: the slot where the name was last found in
//! an instance's or a module's dict. The hint is checked against the key in
//! that slot, so it can never give a wrong answer, only a miss.

use super::class::Class;
use super::code::PyCode;
use super::dict::PyDict;
use super::str::PyStr;
use super::table::Table;
use super::value::Value;
use std::cell::Cell;
use std::rc::{Rc, Weak};

/// Where one attribute name was found on a receiver's class.
struct ClassSlot {
    /// The address of the class the entry is for (compared, never followed).
    class_ptr: *const Class,
    /// Keeps that address from being reused by another class while the entry exists.
    _class: Weak<Class>,
    /// `Class::epoch` of that class when the entry was made.
    epoch: u64,
    /// `(position on the MRO, slot)` of the namespace holding the name; `None` when absent.
    found: Option<(u32, u32)>,
    /// For a built-in type, whose namespace cannot change, the method found
    /// (so that a hit needs no namespace read).
    method: Option<Value>,
}

impl Default for ClassSlot {
    fn default() -> Self {
        ClassSlot {
            class_ptr: std::ptr::null(),
            _class: Weak::new(),
            epoch: 0,
            found: None,
            method: None,
        }
    }
}

/// How many receiver classes one name remembers: a method of a base class
/// sees instances of the base and of a subclass.
const WAYS: usize = 2;

/// The class-side entries of one name, the most recently filled first.
type ClassSlots = [ClassSlot; WAYS];

/// The per-name caches of one code object.
#[derive(Default)]
pub struct AttrCache {
    /// Class-side entries, one set per name.
    classes: std::cell::RefCell<Box<[ClassSlots]>>,
    /// Dict slot hints, one per name.
    hints: Box<[Cell<u32>]>,
    /// Per name: what kind of name it is (dunder names take the full path, see `is_special`).
    kinds: Box<[NameKind]>,
}

/// How the fast paths treat an attribute name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NameKind {
    /// An ordinary name.
    Plain,
    /// A dunder name other than `__class__`.
    Special,
    /// `__class__`, which the receiver answers itself.
    Class,
}

impl NameKind {
    fn of(name: &Value) -> NameKind {
        match name {
            Value::Str(s) if s.as_str() == "__class__" => NameKind::Class,
            Value::Str(s) if is_special(s) => NameKind::Special,
            _ => NameKind::Plain,
        }
    }
}

/// What a receiver's class holds for a name, as far as the fast paths care.
pub enum ClassAttr {
    /// No class on the MRO has the name.
    Absent,
    /// A function (Python or built-in method): binds to the instance.
    Method(Value),
    /// A plain value (no descriptor): the instance dict shadows it.
    Plain(Value),
}

impl AttrCache {
    /// Empty caches for a code object's `names` (str values).
    pub fn new(names: &[Value]) -> Self {
        let n = names.len();
        AttrCache {
            classes: std::cell::RefCell::new((0..n).map(|_| ClassSlots::default()).collect()),
            hints: (0..n).map(|_| Cell::new(0)).collect(),
            kinds: names.iter().map(NameKind::of).collect(),
        }
    }
}

/// What `class` holds for name `i` of `code`, through the cache; `None` when
/// the fast paths must not handle the name (special names, descriptors).
/// `epoch` is `class.epoch()`.
#[inline]
pub fn class_attr(code: &PyCode, i: u32, class: &Rc<Class>, epoch: u64) -> Option<ClassAttr> {
    if *code.attr_cache.kinds.get(i as usize)? != NameKind::Plain {
        return None;
    }
    lookup::<false>(code, i, class, epoch)
}

/// Like [`class_attr`] for a receiver of a built-in or native type, whose
/// class namespace no user code can change: dunder names go through the
/// cache too, all but `__class__` (answered by the receiver itself).
#[inline]
pub fn type_attr(code: &PyCode, i: u32, class: &Rc<Class>, epoch: u64) -> Option<ClassAttr> {
    if *code.attr_cache.kinds.get(i as usize)? == NameKind::Class {
        return None;
    }
    lookup::<true>(code, i, class, epoch)
}

/// The cached MRO walk behind [`class_attr`] and [`type_attr`] (`BUILTIN`:
/// the latter, whose entries may hold the method itself).
#[inline(always)]
fn lookup<const BUILTIN: bool>(
    code: &PyCode,
    i: u32,
    class: &Rc<Class>,
    epoch: u64,
) -> Option<ClassAttr> {
    let cached = {
        // SAFETY: the reference dies at the end of this block, before `fill`
        // (the only mutable borrow) can run; nothing in the block calls out.
        let entries = unsafe { code.attr_cache.classes.try_borrow_unguarded() }.ok()?;
        let ways = entries.get(i as usize)?;
        let hit = ways
            .iter()
            .find(|e| std::ptr::eq(e.class_ptr, Rc::as_ptr(class)) && e.epoch == epoch);
        if BUILTIN
            && let Some(ClassSlot {
                method: Some(m), ..
            }) = hit
        {
            return Some(ClassAttr::Method(m.clone()));
        }
        hit.map(|e| e.found)
    };
    let found = match cached {
        Some(found) => found,
        None => fill(code, i, class, code.name(i), epoch),
    };
    match found {
        None => Some(ClassAttr::Absent),
        Some((pos, slot)) => classify(class.mro_slot_value(pos as usize, slot as usize)?),
    }
}

/// Walks the MRO for `name` and records the outcome in entry `i`.
fn fill(code: &PyCode, i: u32, class: &Rc<Class>, name: &PyStr, epoch: u64) -> Option<(u32, u32)> {
    let found = class
        .find_on_mro(name.hash(), name.as_str())
        .and_then(|(pos, slot)| Some((u32::try_from(pos).ok()?, u32::try_from(slot).ok()?)));
    let method = match found {
        Some((pos, slot)) if class.builtin => class
            .mro_slot_value(pos as usize, slot as usize)
            .and_then(classify)
            .and_then(|attr| match attr {
                ClassAttr::Method(m) => Some(m),
                _ => None,
            }),
        _ => None,
    };
    if let Some(ways) = code.attr_cache.classes.borrow_mut().get_mut(i as usize) {
        ways.rotate_right(1);
        ways[0] = ClassSlot {
            class_ptr: Rc::as_ptr(class),
            _class: Rc::downgrade(class),
            epoch,
            found,
            method,
        };
    }
    found
}

/// Sorts a class attribute into what the fast paths handle; `None` for
/// descriptors and anything else that needs the full protocol.
fn classify(v: Value) -> Option<ClassAttr> {
    match &v {
        Value::Function(_) => Some(ClassAttr::Method(v)),
        Value::Builtin(b) if b.owner.is_some() => Some(ClassAttr::Method(v)),
        Value::Instance(_) | Value::Native(_) => None,
        _ => Some(ClassAttr::Plain(v)),
    }
}

/// Dunder names have special meanings on assignment and lookup (`__class__`,
/// `__dict__` ...): they always take the full path.
fn is_special(name: &PyStr) -> bool {
    let s = name.as_str().as_bytes();
    s.len() > 4 && s.starts_with(b"__") && s.ends_with(b"__")
}

/// True when slot `slot` of `t` holds the key `name`.
#[inline]
fn key_at(t: &Table, slot: usize, name: &PyStr) -> bool {
    match t.slot(slot) {
        Some((h, Value::Str(k), _)) => {
            std::ptr::eq(&**k, name) || (*h == name.hash() && k.as_str() == name.as_str())
        }
        _ => false,
    }
}

/// The slot of name `i` of `code` in `t`, trying the hint first and updating it.
#[inline(always)]
fn find_slot(code: &PyCode, i: u32, t: &Table) -> Option<usize> {
    let name = code.name(i);
    let hint = code.attr_cache.hints.get(i as usize)?;
    let h = hint.get() as usize;
    if key_at(t, h, name) {
        return Some(h);
    }
    probe_slot(code, i, t)
}

/// The slot of name `i` of `code` in `t` by a full search, moving the hint
/// there. The table's hash-bit filter is tested here, inline, so that the
/// usual miss (a method name looked up in an instance dict) makes no call.
#[inline(always)]
fn probe_slot(code: &PyCode, i: u32, t: &Table) -> Option<usize> {
    let name = code.name(i);
    if !t.may_hold(name.hash()) {
        return None;
    }
    let slot = t.find_pystr(name.hash(), name)?;
    if let Some(hint) = code.attr_cache.hints.get(i as usize) {
        hint.set(u32::try_from(slot).unwrap_or(0));
    }
    Some(slot)
}

/// `dict[names[i]]` through the slot hint: a hint that still points at the
/// very key object is answered in place; anything else takes [`dict_get_probed`].
#[inline(always)]
pub fn dict_get(code: &PyCode, i: u32, dict: &PyDict) -> Option<Value> {
    let hint = code.attr_cache.hints.get(i as usize)?.get() as usize;
    if let Some(v) = dict.value_if_key_at(hint, code.name(i)) {
        return Some(v);
    }
    dict_get_probed(code, i, &dict.table())
}

/// [`dict_get`] when the hint missed (or matched an equal key that is another
/// object): the full slot search, which also moves the hint.
#[inline(never)]
fn dict_get_probed(code: &PyCode, i: u32, t: &Table) -> Option<Value> {
    let slot = probe_slot(code, i, t)?;
    t.slot(slot).map(|e| e.2.clone())
}

/// `dict[names[i]] = value` through the slot hint.
#[inline]
pub fn dict_set(code: &PyCode, i: u32, dict: &PyDict, value: Value) {
    let mut t = dict.table_mut();
    let old = match find_slot(code, i, &t) {
        Some(slot) => t.slot_value_mut(slot).map(|v| std::mem::replace(v, value)),
        None => {
            let name = &code.names[i as usize];
            let Value::Str(s) = name else { return };
            let slot = t.slots();
            t.insert_new(s.hash(), name.clone(), value);
            if let Some(hint) = code.attr_cache.hints.get(i as usize) {
                hint.set(u32::try_from(slot).unwrap_or(0));
            }
            None
        }
    };
    // The old value is dropped once the dict is no longer borrowed.
    drop(t);
    drop(old);
}
