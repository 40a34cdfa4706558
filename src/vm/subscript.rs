//! Subscripts: `c[i]`, `c[i] = v`, `del c[i]` for built-in sequences and mappings, slices, `__getitem__`.

use super::{Kw, PyResult, Vm};
use crate::builtins::slice::Slice;
use crate::objects::Value;
use std::rc::Rc;

/// A resolved slice: start, stop, step and the number of items selected.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    /// First index.
    pub start: i64,
    /// Stop index (exclusive).
    pub stop: i64,
    /// Step (never zero).
    pub step: i64,
    /// Number of items.
    pub len: usize,
}

impl SliceIndices {
    /// The selected indexes in order.
    pub fn iter(&self) -> impl Iterator<Item = usize> {
        let SliceIndices {
            start, step, len, ..
        } = *self;
        (0..len).map(move |k| (start + k as i64 * step) as usize)
    }
}

impl Vm {
    /// `c[i]`.
    pub fn getitem(&mut self, c: &Value, i: &Value) -> PyResult<Value> {
        match c {
            Value::List(l) => match i {
                Value::Int(n) => {
                    let len = l.len();
                    match norm_index(*n, len) {
                        Some(k) => Ok(l.get(k).unwrap_or(Value::None)),
                        None => Err(self.index_error("list index out of range")),
                    }
                }
                _ => self.seq_getitem(c, i, "list"),
            },
            Value::Tuple(_) => self.seq_getitem(c, i, "tuple"),
            Value::Str(_) => self.seq_getitem(c, i, "string"),
            Value::Bytes(_) | Value::ByteArray(_) => self.seq_getitem(c, i, "index"),
            Value::Dict(d) => match self.dict_get(d, i)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(i.clone())),
            },
            Value::Class(cls) => self.class_getitem(cls, c, i),
            _ => self.getitem_by_dunder(c, i),
        }
    }

    fn class_getitem(
        &mut self,
        cls: &Rc<crate::objects::class::Class>,
        c: &Value,
        i: &Value,
    ) -> PyResult<Value> {
        if let Some(f) = cls.lookup("__class_getitem__") {
            return self.call_bound(&f, c, std::slice::from_ref(i), Kw::EMPTY);
        }
        // Generic aliases are not modelled: `list[int]` is `list` itself, and
        // so is a subclass of a built-in generic type (`Counter[str]`).
        const GENERIC: &[&str] = &["list", "dict", "tuple", "set", "frozenset", "deque"];
        let generic_base = || {
            cls.builtin_base()
                .is_some_and(|b| GENERIC.contains(&b.name.borrow().as_str()))
        };
        if cls.builtin || generic_base() {
            return Ok(c.clone());
        }
        Err(self.type_error(format!("type '{}' is not subscriptable", cls.name())))
    }

    fn getitem_by_dunder(&mut self, c: &Value, i: &Value) -> PyResult<Value> {
        if let Some(base) = self.inherited_base(c, "__getitem__") {
            return self.getitem_of_base(c, &base, i);
        }
        let class = self.class_of(c);
        match class.lookup("__getitem__") {
            Some(f) => self.call_bound(&f, c, std::slice::from_ref(i), Kw::EMPTY),
            None => {
                Err(self.type_error(format!("'{}' object is not subscriptable", class.tp_name())))
            }
        }
    }

    /// `c[i]` for an instance extending the built-in value `base`; a dict
    /// subclass's `__missing__` answers for absent keys.
    fn getitem_of_base(&mut self, c: &Value, base: &Value, i: &Value) -> PyResult<Value> {
        let Value::Dict(d) = base else {
            return self.getitem(base, i);
        };
        if let Some(v) = self.dict_get(d, i)? {
            return Ok(v);
        }
        match self.class_of(c).lookup("__missing__") {
            Some(missing) => self.call_bound(&missing, c, std::slice::from_ref(i), Kw::EMPTY),
            None => Err(self.key_error(i.clone())),
        }
    }

    /// Indexing and slicing of list, tuple, str and bytes.
    fn seq_getitem(&mut self, c: &Value, i: &Value, _what: &str) -> PyResult<Value> {
        if let Some(s) = i.downcast::<Slice>() {
            let len = self.len(c)?;
            let ix = self.slice_indices(s, len)?;
            return Ok(self.seq_slice(c, &ix));
        }
        let n = match i {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => self.to_index(i)?,
            Value::Instance(_) if self.class_of(i).lookup("__index__").is_some() => {
                self.to_index(i)?
            }
            _ => {
                let msg = match c {
                    Value::Str(_) => format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(i)
                    ),
                    Value::Bytes(_) => format!(
                        "byte indices must be integers or slices, not {}",
                        self.type_name(i)
                    ),
                    _ => format!(
                        "{} indices must be integers or slices, not {}",
                        self.type_name(c),
                        self.type_name(i)
                    ),
                };
                return Err(self.type_error(msg));
            }
        };
        let len = self.len(c)?;
        let Some(k) = norm_index(n, len) else {
            let msg = match c {
                Value::Bytes(_) => "index out of range".to_owned(),
                Value::Str(_) => "string index out of range".to_owned(),
                _ => format!("{} index out of range", self.type_name(c)),
            };
            return Err(self.index_error(msg));
        };
        Ok(match c {
            Value::List(l) => l.get(k).unwrap_or(Value::None),
            Value::Tuple(t) => t.as_slice()[k].clone(),
            Value::Str(s) => Value::str(&s.char_at(k).map(String::from).unwrap_or_default()),
            Value::Bytes(b) => Value::Int(b[k] as i64),
            Value::ByteArray(b) => Value::Int(b.data()[k] as i64),
            _ => Value::None,
        })
    }

    /// The items a slice selects from a sequence.
    fn seq_slice(&self, c: &Value, ix: &SliceIndices) -> Value {
        match c {
            Value::List(l) => {
                let items = l.items();
                Value::list(ix.iter().map(|k| items[k].clone()).collect())
            }
            Value::Tuple(t) => Value::tuple(ix.iter().map(|k| t.as_slice()[k].clone()).collect()),
            Value::Str(s) => {
                if ix.step == 1 {
                    return Value::str(s.char_slice(ix.start as usize, ix.start as usize + ix.len));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                Value::string(ix.iter().map(|k| chars[k]).collect())
            }
            Value::Bytes(b) => Value::bytes(ix.iter().map(|k| b[k]).collect::<Vec<u8>>()),
            Value::ByteArray(b) => {
                let data = b.data();
                Value::ByteArray(Rc::new(crate::objects::bytes::PyByteArray::new(
                    ix.iter().map(|k| data[k]).collect(),
                )))
            }
            _ => Value::None,
        }
    }

    /// Resolves a slice against a length like CPython's `slice.indices`.
    pub fn slice_indices(&mut self, s: &Slice, len: usize) -> PyResult<SliceIndices> {
        let step = match &s.step {
            Value::None => 1,
            v => self.slice_index(v)?,
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: i64| {
            if v < 0 {
                (v + len).max(lower)
            } else {
                v.min(upper)
            }
        };
        let start = match &s.start {
            Value::None => {
                if step < 0 {
                    upper
                } else {
                    lower
                }
            }
            v => clamp(self.slice_index(v)?),
        };
        let stop = match &s.stop {
            Value::None => {
                if step < 0 {
                    lower
                } else {
                    upper
                }
            }
            v => clamp(self.slice_index(v)?),
        };
        let count = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start,
            stop,
            step,
            len: count as usize,
        })
    }

    /// A slice bound as i64 (big values are clamped like CPython).
    fn slice_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            Value::Int(_) | Value::Bool(_) | Value::Instance(_) => self.to_index(v),
            _ => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// `c[i] = v`.
    pub fn setitem(&mut self, c: &Value, i: &Value, v: Value) -> PyResult<()> {
        match c {
            Value::List(l) => {
                if let Some(s) = i.downcast::<Slice>() {
                    return self.list_set_slice(l, s, v);
                }
                let n = self.list_index(i)?;
                let len = l.len();
                match norm_index(n, len) {
                    Some(k) => {
                        l.items_mut()[k] = v;
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => self.dict_set(d, i.clone(), v),
            Value::ByteArray(b) => self.bytearray_setitem(b, i, v),
            _ => {
                if let Some(base) = self.inherited_base(c, "__setitem__") {
                    return self.setitem(&base, i, v);
                }
                let class = self.class_of(c);
                match class.lookup("__setitem__") {
                    Some(f) => self
                        .call_bound(&f, c, &[i.clone(), v], Kw::EMPTY)
                        .map(|_| ()),
                    None => Err(self.type_error(format!(
                        "'{}' object does not support item assignment",
                        class.tp_name()
                    ))),
                }
            }
        }
    }

    fn list_index(&mut self, i: &Value) -> PyResult<i64> {
        match i {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
                self.to_index(i)
            }
            _ => Err(self.type_error(format!(
                "list indices must be integers or slices, not {}",
                self.type_name(i)
            ))),
        }
    }

    fn list_set_slice(
        &mut self,
        l: &Rc<crate::objects::list::PyList>,
        s: &Slice,
        v: Value,
    ) -> PyResult<()> {
        let items = self
            .collect(&v)
            .map_err(|_| self.type_error("can only assign an iterable"))?;
        let len = l.len();
        let ix = self.slice_indices(s, len)?;
        if ix.step == 1 {
            let start = ix.start.max(0) as usize;
            let end = (start + ix.len).min(len);
            l.items_mut().splice(start..end, items);
            return Ok(());
        }
        if items.len() != ix.len {
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                ix.len
            )));
        }
        let mut data = l.items_mut();
        for (k, item) in ix.iter().zip(items) {
            data[k] = item;
        }
        Ok(())
    }

    /// `del c[i]`.
    pub fn delitem(&mut self, c: &Value, i: &Value) -> PyResult<()> {
        match c {
            Value::List(l) => {
                if let Some(s) = i.downcast::<Slice>() {
                    let len = l.len();
                    let ix = self.slice_indices(s, len)?;
                    let removed = remove_selected(&mut l.items_mut(), &ix);
                    drop(removed);
                    return Ok(());
                }
                let n = self.list_index(i)?;
                let len = l.len();
                match norm_index(n, len) {
                    Some(k) => {
                        l.items_mut().remove(k);
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => match self.dict_remove(d, i)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(i.clone())),
            },
            Value::ByteArray(b) => self.bytearray_delitem(b, i),
            _ => {
                if let Some(base) = self.inherited_base(c, "__delitem__") {
                    return self.delitem(&base, i);
                }
                let class = self.class_of(c);
                match class.lookup("__delitem__") {
                    Some(f) => self
                        .call_bound(&f, c, std::slice::from_ref(i), Kw::EMPTY)
                        .map(|_| ()),
                    None => Err(self.type_error(format!(
                        "'{}' object doesn't support item deletion",
                        class.tp_name()
                    ))),
                }
            }
        }
    }
}

/// Removes the items a slice selects in one pass; returns them so that they
/// are dropped after the list is no longer borrowed.
fn remove_selected(data: &mut Vec<Value>, ix: &SliceIndices) -> Vec<Value> {
    if ix.len == 0 {
        return Vec::new();
    }
    let (low, step) = if ix.step > 0 {
        (ix.start as usize, ix.step as usize)
    } else {
        let last = ix.start + ix.step * (ix.len as i64 - 1);
        (last as usize, ix.step.unsigned_abs() as usize)
    };
    if step == 1 {
        return data.drain(low..low + ix.len).collect();
    }
    let high = low + step * (ix.len - 1);
    let mut removed = Vec::with_capacity(ix.len);
    let mut kept = Vec::with_capacity(data.len() - ix.len);
    for (k, v) in data.drain(..).enumerate() {
        if k >= low && k <= high && (k - low) % step == 0 {
            removed.push(v);
        } else {
            kept.push(v);
        }
    }
    *data = kept;
    removed
}

/// Resolves a possibly negative index against a length.
pub fn norm_index(n: i64, len: usize) -> Option<usize> {
    crate::objects::list::signed_position(n, len)
}
