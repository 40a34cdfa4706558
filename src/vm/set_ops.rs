//! Set operations that need Python hashing and equality, following CPython's algorithms so
//! results come out in CPython's iteration order (copy, merge, union, intersection, difference ...).

use super::{PyResult, Vm};
use crate::compiler::opcode::{BinaryOperator as B, ComparisonOperator as Op};
use crate::objects::Value;
use crate::objects::set::{Lookup, PySet};
use std::rc::Rc;

impl Vm {
    /// Finds `key` (with a known hash), running `__eq__` with no borrow held.
    fn set_find_hashed(
        &mut self,
        s: &Rc<PySet>,
        hash: i64,
        key: &Value,
    ) -> PyResult<Option<usize>> {
        let found = s.table().lookup(hash, key);
        match found {
            Lookup::Found(i) => Ok(Some(i)),
            Lookup::Candidates(cands) => {
                for i in cands {
                    let k = s.table().key_at(i).cloned();
                    if let Some(k) = k
                        && self.eq(&k, key)?
                    {
                        return Ok(Some(i));
                    }
                }
                Ok(None)
            }
        }
    }

    /// The hash of a set member; a set key is retried as a frozenset, like CPython's lookups.
    fn member_key(&mut self, v: &Value) -> PyResult<(i64, Value)> {
        let key = match v {
            Value::Set(inner) => Value::FrozenSet(inner.clone()),
            other => other.clone(),
        };
        Ok((self.hash(&key)?, key))
    }

    /// Adds a member with a known hash unless an equal one is present.
    pub fn set_add_entry(&mut self, s: &Rc<PySet>, hash: i64, key: Value) -> PyResult<()> {
        if self.set_find_hashed(s, hash, &key)?.is_none() {
            s.table_mut().insert_new(hash, key);
        }
        Ok(())
    }

    /// Adds a member to a set table.
    pub fn set_insert(&mut self, s: &Rc<PySet>, v: Value) -> PyResult<()> {
        let hash = self.hash(&v)?;
        self.set_add_entry(s, hash, v)
    }

    /// Removes a member with a known hash; false when absent.
    fn set_discard_hashed(&mut self, s: &Rc<PySet>, hash: i64, key: &Value) -> PyResult<bool> {
        let found = self.set_find_hashed(s, hash, key)?;
        Ok(found.and_then(|i| s.table_mut().remove_slot(i)).is_some())
    }

    /// Removes a member; false when absent.
    pub fn set_discard(&mut self, s: &Rc<PySet>, v: &Value) -> PyResult<bool> {
        let (hash, key) = self.member_key(v)?;
        self.set_discard_hashed(s, hash, &key)
    }

    /// `v in s`.
    pub fn set_contains(&mut self, s: &Rc<PySet>, v: &Value) -> PyResult<bool> {
        let (hash, key) = self.member_key(v)?;
        Ok(self.set_find_hashed(s, hash, &key)?.is_some())
    }

    /// A set from items, added one by one.
    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = Rc::new(PySet::new());
        for v in items {
            self.set_insert(&s, v)?;
        }
        Ok(Value::Set(s))
    }

    /// A frozenset from items.
    pub fn new_frozenset(&mut self, items: Vec<Value>) -> PyResult<Value> {
        match self.new_set(items)? {
            Value::Set(s) => Ok(Value::FrozenSet(s)),
            other => Ok(other),
        }
    }

    /// Merges the members of set `src` into `dst` (CPython's `set_merge`).
    pub fn set_merge(&mut self, dst: &Rc<PySet>, src: &Rc<PySet>) -> PyResult<()> {
        if Rc::ptr_eq(dst, src) || src.is_empty() {
            return Ok(());
        }
        dst.table_mut().presize_for(src.len());
        if dst.table().fill() == 0 {
            let other = src.table().clone();
            dst.table_mut().fill_from(&other);
            return Ok(());
        }
        let entries = src.table().entries();
        for (h, k) in entries {
            self.set_add_entry(dst, h, k)?;
        }
        Ok(())
    }

    /// Adds every member of an iterable (sets merged, dicts by key, others by iteration).
    pub fn set_update_from(&mut self, dst: &Rc<PySet>, other: &Value) -> PyResult<()> {
        match other {
            Value::Set(s) | Value::FrozenSet(s) => self.set_merge(dst, s),
            Value::Dict(d) => {
                dst.table_mut().presize_for(d.len());
                for k in d.keys() {
                    self.set_insert(dst, k)?;
                }
                Ok(())
            }
            _ => {
                let it = self.iter(other)?;
                while let Some(v) = self.next(&it)? {
                    self.set_insert(dst, v)?;
                }
                Ok(())
            }
        }
    }

    /// A new set holding the members of any iterable, filled as `set(iterable)` is.
    pub fn set_from_iterable(&mut self, other: &Value) -> PyResult<Rc<PySet>> {
        let s = Rc::new(PySet::new());
        self.set_update_from(&s, other)?;
        Ok(s)
    }

    /// `s & other` / `s.intersection(other)`.
    pub fn set_intersection(&mut self, s: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
        let result = Rc::new(PySet::new());
        match other {
            Value::Set(o) | Value::FrozenSet(o) => {
                if Rc::ptr_eq(s, o) {
                    return self.set_from_iterable(other);
                }
                let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
                for (h, k) in small.table().entries() {
                    if self.set_find_hashed(big, h, &k)?.is_some() {
                        self.set_add_entry(&result, h, k)?;
                    }
                }
            }
            _ => {
                let it = self.iter(other)?;
                while let Some(k) = self.next(&it)? {
                    let h = self.hash(&k)?;
                    if self.set_find_hashed(s, h, &k)?.is_some() {
                        self.set_add_entry(&result, h, k)?;
                    }
                }
            }
        }
        Ok(result)
    }

    /// `s - other` / `s.difference(other)`.
    pub fn set_difference(&mut self, s: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
        let other_len = match other {
            Value::Set(o) | Value::FrozenSet(o) => o.len(),
            Value::Dict(d) => d.len(),
            _ => usize::MAX,
        };
        if other_len == usize::MAX || (s.len() >> 2) > other_len {
            let result = self.set_from_iterable(&Value::Set(s.clone()))?;
            self.set_difference_update(&result, other)?;
            return Ok(result);
        }
        let result = Rc::new(PySet::new());
        for (h, k) in s.table().entries() {
            let present = match other {
                Value::Dict(d) => self.dict_get(d, &k)?.is_some(),
                Value::Set(o) | Value::FrozenSet(o) => self.set_find_hashed(o, h, &k)?.is_some(),
                _ => false,
            };
            if !present {
                self.set_add_entry(&result, h, k)?;
            }
        }
        Ok(result)
    }

    /// `s -= other` / `s.difference_update(other)`.
    pub fn set_difference_update(&mut self, s: &Rc<PySet>, other: &Value) -> PyResult<()> {
        match other {
            Value::Set(o) | Value::FrozenSet(o) if Rc::ptr_eq(s, o) => {
                s.table_mut().clear();
                return Ok(());
            }
            Value::Set(o) | Value::FrozenSet(o) => {
                let o = if (o.len() >> 3) > s.len() {
                    self.set_intersection(s, other)?
                } else {
                    o.clone()
                };
                for (h, k) in o.table().entries() {
                    self.set_discard_hashed(s, h, &k)?;
                }
            }
            _ => {
                let it = self.iter(other)?;
                while let Some(k) = self.next(&it)? {
                    self.set_discard(s, &k)?;
                }
            }
        }
        let mut t = s.table_mut();
        if t.fill() - t.len() > t.mask() / 4 {
            let used = t.len();
            t.resize(if used > 50_000 { used * 2 } else { used * 4 });
        }
        Ok(())
    }

    /// `s ^= other` / `s.symmetric_difference_update(other)`.
    pub fn set_symmetric_difference_update(
        &mut self,
        s: &Rc<PySet>,
        other: &Value,
    ) -> PyResult<()> {
        let entries = match other {
            Value::Set(o) | Value::FrozenSet(o) if Rc::ptr_eq(s, o) => {
                s.table_mut().clear();
                return Ok(());
            }
            Value::Set(o) | Value::FrozenSet(o) => o.table().entries(),
            Value::Dict(d) => {
                let mut out = Vec::new();
                for k in d.keys() {
                    out.push((self.hash(&k)?, k));
                }
                out
            }
            _ => self.set_from_iterable(other)?.table().entries(),
        };
        for (h, k) in entries {
            if !self.set_discard_hashed(s, h, &k)? {
                self.set_add_entry(s, h, k)?;
            }
        }
        Ok(())
    }

    /// `s ^ other` / `s.symmetric_difference(other)`: starts from a copy of `other`.
    pub fn set_symmetric_difference(
        &mut self,
        s: &Rc<PySet>,
        other: &Value,
    ) -> PyResult<Rc<PySet>> {
        let result = self.set_from_iterable(other)?;
        self.set_symmetric_difference_update(&result, &Value::Set(s.clone()))?;
        Ok(result)
    }

    /// True when every member of `a` is in `b`.
    pub fn set_is_subset(&mut self, a: &Rc<PySet>, b: &Rc<PySet>) -> PyResult<bool> {
        if a.len() > b.len() {
            return Ok(false);
        }
        for (h, k) in a.table().entries() {
            if self.set_find_hashed(b, h, &k)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Set ordering comparisons (subset/superset).
    pub fn set_order(&mut self, a: &Rc<PySet>, b: &Rc<PySet>, op: Op) -> PyResult<Value> {
        let r = match op {
            Op::Le => self.set_is_subset(a, b)?,
            Op::Lt => a.len() < b.len() && self.set_is_subset(a, b)?,
            Op::Ge => self.set_is_subset(b, a)?,
            Op::Gt => a.len() > b.len() && self.set_is_subset(b, a)?,
            Op::Eq => a.len() == b.len() && self.set_is_subset(a, b)?,
            Op::Ne => !(a.len() == b.len() && self.set_is_subset(a, b)?),
        };
        Ok(Value::Bool(r))
    }

    /// `|`, `&`, `-`, `^` (and in-place forms) on sets; the result has the left operand's kind.
    pub fn set_binary(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Value> {
        let (Value::Set(x) | Value::FrozenSet(x), Value::Set(_) | Value::FrozenSet(_)) = (a, b)
        else {
            return Ok(Value::NotImplemented);
        };
        let base = super::arith::base_op(op);
        if op != base && matches!(a, Value::Set(_)) {
            self.set_inplace(x, b, base)?;
            return Ok(a.clone());
        }
        let result = match base {
            B::Or => {
                let r = self.set_from_iterable(a)?;
                self.set_update_from(&r, b)?;
                r
            }
            B::And => self.set_intersection(x, b)?,
            B::Subtract => self.set_difference(x, b)?,
            B::Xor => self.set_symmetric_difference(x, b)?,
            _ => return Ok(Value::NotImplemented),
        };
        Ok(match a {
            Value::FrozenSet(_) => Value::FrozenSet(result),
            _ => Value::Set(result),
        })
    }

    /// The in-place set operators on a mutable set.
    fn set_inplace(&mut self, x: &Rc<PySet>, b: &Value, base: B) -> PyResult<()> {
        match base {
            B::Or => self.set_update_from(x, b),
            B::And => {
                let r = self.set_intersection(x, b)?;
                x.swap_with(&r);
                Ok(())
            }
            B::Subtract => self.set_difference_update(x, b),
            B::Xor => self.set_symmetric_difference_update(x, b),
            _ => Ok(()),
        }
    }

    /// `SetAdd`.
    pub fn set_add(&mut self, target: &Value, v: Value) -> PyResult<()> {
        match target {
            Value::Set(s) => self.set_insert(s, v),
            _ => Ok(()),
        }
    }

    /// `SetUpdate` (`{*a, *b}`).
    pub fn set_update(&mut self, target: &Value, it: &Value) -> PyResult<()> {
        match target {
            Value::Set(s) => self.set_update_from(s, it),
            _ => Ok(()),
        }
    }
}

/// CPython's frozenset hash: a shuffled xor of the member hashes, independent of order.
pub fn frozenset_hash(s: &PySet) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut hash: u64 = 0;
    for (h, _) in s.table().entries() {
        hash ^= shuffle(h as u64);
    }
    hash ^= (s.len() as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        590_923_713
    } else {
        hash as i64
    }
}
