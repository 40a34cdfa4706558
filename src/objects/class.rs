//! `Class`: type objects, for built-in types and user classes alike, with their MRO.

use super::class_cache::LookupCache;
use super::dict::PyDict;
use super::special_memo::{self, SpecialMemo};
use super::value::Value;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

/// The native layout that instances of a class (and its subclasses) carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// A plain object with a `__dict__`.
    Object,
    /// An exception: also carries args, traceback, cause and context.
    Exception,
    /// A built-in type whose values are not instances (int, str, list ...).
    Builtin,
}

/// A class. `mro` excludes the class itself (avoids an `Rc` cycle).
pub struct Class {
    /// `__name__`.
    pub name: RefCell<String>,
    /// `__qualname__`.
    pub qualname: RefCell<String>,
    /// `__bases__`.
    pub bases: RefCell<Vec<Rc<Class>>>,
    /// `__mro__[1:]`.
    pub mro: RefCell<Vec<Rc<Class>>>,
    /// The class namespace.
    pub dict: Rc<PyDict>,
    /// The layout instances need.
    pub layout: Layout,
    /// True for built-in types (their attributes cannot be set).
    pub builtin: bool,
    /// The metaclass, when it is not `type`.
    pub metaclass: RefCell<Option<Rc<Class>>>,
    /// Which attribute hooks the class overrides (saves MRO walks on every
    /// access), with the class epoch they were computed at.
    hooks: Cell<Option<(u64, AttrHooks)>>,
    /// Where names were found along the MRO (see `class_cache`).
    lookups: LookupCache,
    /// What the MRO holds for special method names (see `special_memo`).
    specials: SpecialMemo,
    /// What a call of the class does (see `Vm::class_call`), with the
    /// class epoch it was worked out at. Rebinding a special method on a
    /// class moves the epoch (`Table::bump_layout`), so a cached function
    /// is never stale.
    pub call_cache: RefCell<Option<(u64, ClassCall)>>,
    /// The name error messages give a native type defined in a module other
    /// than `builtins` (CPython's `tp_name`: `_thread.lock`, `collections.deque`);
    /// Unset: the class name.
    tp_name: OnceCell<String>,
}

/// The shapes of class call the eval loop runs without the general protocol.
#[derive(Clone)]
pub enum ClassCall {
    /// Anything else: `Vm::call_class`.
    General,
    /// A user class whose `__new__` is `object.__new__`: make an instance and
    /// run this Python `__init__` on it.
    PlainInit(Rc<super::function::Function>),
    /// A built-in type: its built-in `__new__` makes the value.
    BuiltinNew(Rc<super::function::BuiltinFunction>),
}

/// Attribute-access methods a user class overrides.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttrHooks {
    /// Defines `__getattribute__` (other than `object`'s).
    pub getattribute: bool,
    /// Defines `__setattr__`.
    pub setattr: bool,
    /// Defines `__delattr__`.
    pub delattr: bool,
}

impl Class {
    /// Makes a class; the caller computes and sets the MRO.
    pub fn new(
        name: &str,
        bases: Vec<Rc<Class>>,
        dict: Rc<PyDict>,
        layout: Layout,
        builtin: bool,
    ) -> Self {
        dict.table_mut().watch();
        Class {
            name: RefCell::new(name.to_owned()),
            qualname: RefCell::new(name.to_owned()),
            bases: RefCell::new(bases),
            mro: RefCell::new(Vec::new()),
            dict,
            layout,
            builtin,
            metaclass: RefCell::new(None),
            hooks: Cell::new(None),
            lookups: LookupCache::default(),
            specials: SpecialMemo::default(),
            call_cache: RefCell::new(None),
            tp_name: OnceCell::new(),
        }
    }

    /// The class name.
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// The name messages about instances use (`'_thread.lock' object is not
    /// callable`): the module-qualified name of a native type from a module
    /// other than `builtins`, else the class name.
    pub fn tp_name(&self) -> String {
        match self.tp_name.get() {
            Some(name) => name.clone(),
            None => self.name(),
        }
    }

    /// Places a native type in `module` (not `builtins`): sets its
    /// `__module__` and the name [`Class::tp_name`] gives.
    pub fn set_native_module(&self, module: &str) {
        self.dict.set_str("__module__", Value::str(module));
        let _ = self.tp_name.set(format!("{module}.{}", self.name()));
    }

    /// Looks `name` up along the MRO (self first).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(index) = special_memo::index_of(name) {
            return self.lookup_special(index, name);
        }
        self.lookup_hashed(super::str::hash_name(name), name)
    }

    /// [`Class::lookup`] of the special name `name`, whose memo index
    /// (`special_memo::index_of(name)`) the caller already knows.
    #[inline]
    pub fn lookup_special(&self, index: usize, name: &str) -> Option<Value> {
        debug_assert_eq!(special_memo::index_of(name), Some(index));
        self.specials.get(index, self.epoch(), || {
            self.lookup_hashed(super::str::hash_name(name), name)
        })
    }

    /// Like [`Class::lookup`] with a `PyStr` key (cached hash).
    pub fn lookup_pystr(&self, name: &super::str::PyStr) -> Option<Value> {
        self.lookup_hashed(name.hash(), name.as_str())
    }

    /// Looks `name`, whose str hash is `hash`, up along the MRO through the lookup cache.
    fn lookup_hashed(&self, hash: i64, name: &str) -> Option<Value> {
        self.lookups.lookup(self, hash, name)
    }

    /// The class epoch that caches of what this class and its MRO hold are
    /// keyed on: it moves whenever any class namespace gains or loses a key
    /// or has a special method rebound, and whenever an MRO is set (see
    /// `class_epoch`).
    #[inline(always)]
    pub fn epoch(&self) -> u64 {
        super::class_epoch::current()
    }

    /// Sets the MRO (the class itself excluded), moving the class epoch.
    pub fn set_mro(&self, mro: Vec<Rc<Class>>) {
        *self.mro.borrow_mut() = mro;
        super::class_epoch::advance();
    }

    /// `(position on the MRO, slot)` of the first namespace holding `name`,
    /// whose str hash is `hash` (position 0 is the class itself).
    pub fn find_on_mro(&self, hash: i64, name: &str) -> Option<(usize, usize)> {
        if let Some(slot) = self.dict.table().find_str(hash, name) {
            return Some((0, slot));
        }
        let mro = self.mro.borrow();
        mro.iter().enumerate().find_map(|(pos, c)| {
            let slot = c.dict.table().find_str(hash, name)?;
            Some((pos + 1, slot))
        })
    }

    /// The value in slot `slot` of the namespace at `pos` on the MRO (0 is the class itself).
    #[inline]
    pub fn mro_slot_value(&self, pos: usize, slot: usize) -> Option<Value> {
        let value_in = |d: &PyDict| d.value_at(slot);
        match pos {
            0 => value_in(&self.dict),
            _ => value_in(&self.mro.borrow().get(pos - 1)?.dict),
        }
    }

    /// True when `self` is `other` or inherits from it.
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// The attribute `name` when a user class in the MRO defines it before any
    /// built-in class does: an override of what a built-in base type provides.
    pub fn user_override(&self, name: &str) -> Option<Value> {
        if self.builtin {
            return None;
        }
        let hash = super::str::hash_name(name);
        if let Some(v) = self.dict.get_str_hashed(hash, name) {
            return Some(v);
        }
        for c in self.mro.borrow().iter() {
            if c.builtin {
                return None;
            }
            if let Some(v) = c.dict.get_str_hashed(hash, name) {
                return Some(v);
            }
        }
        None
    }

    /// The built-in type (other than `object`) this class derives from, if any:
    /// the type whose values its instances extend.
    pub fn builtin_base(self: &Rc<Self>) -> Option<Rc<Class>> {
        self.full_mro()
            .into_iter()
            .find(|c| c.builtin && c.layout == Layout::Builtin && *c.name.borrow() != "object")
    }

    /// True when a built-in class called `name` is in the MRO (the class included).
    pub fn has_builtin_ancestor(&self, name: &str) -> bool {
        let named = |c: &Class| c.builtin && *c.name.borrow() == name;
        named(self) || self.mro.borrow().iter().any(|c| named(c))
    }

    /// Which attribute hooks the class (or a base) overrides.
    pub fn hooks(&self) -> AttrHooks {
        self.hooks_at(self.epoch())
    }

    /// [`Class::hooks`] when the caller already has `epoch()`. A hook
    /// added to or removed from any class on the MRO moves the epoch, and
    /// so does rebinding one (`Table::bump_layout`).
    #[inline]
    pub fn hooks_at(&self, epoch: u64) -> AttrHooks {
        match self.hooks.get() {
            Some((seen, hooks)) if seen == epoch => hooks,
            _ => {
                let hooks = self.find_hooks();
                self.hooks.set(Some((epoch, hooks)));
                hooks
            }
        }
    }

    /// Walks the MRO for the attribute hooks.
    fn find_hooks(&self) -> AttrHooks {
        let user = |name: &str| {
            let mut classes = vec![self.dict.clone()];
            classes.extend(self.mro.borrow().iter().map(|c| c.dict.clone()));
            classes
                .iter()
                .find_map(|d| d.get_str(name))
                .is_some_and(|v| !matches!(&v, Value::Builtin(b) if b.owner == Some("object")))
        };
        AttrHooks {
            getattribute: user("__getattribute__"),
            setattr: user("__setattr__"),
            delattr: user("__delattr__"),
        }
    }

    /// The full MRO including the class itself.
    pub fn full_mro(self: &Rc<Self>) -> Vec<Rc<Class>> {
        let mut v = vec![self.clone()];
        v.extend(self.mro.borrow().iter().cloned());
        v
    }
}

/// Computes the C3 linearisation of `bases` (the MRO without the class itself).
/// Returns `None` when no consistent order exists.
pub fn c3_mro(bases: &[Rc<Class>]) -> Option<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.full_mro()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs.iter().map(|s| s[0].clone()).find(|cand| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, cand)))
        })?;
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}
