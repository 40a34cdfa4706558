//! Iteration: `iter()`, `next()`, the built-in iterator objects, and unpacking.

use super::{Kw, PyResult, Vm};
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::dict::PyDict;
use crate::objects::native::NativeObject;
use crate::objects::set::PySet;
use crate::objects::str::PyStr;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

/// Iterator over a list, tuple, bytes or bytearray by index.
pub struct SeqIterator {
    seq: Value,
    index: Cell<usize>,
    class_name: &'static str,
}

/// Iterator over the code points of a str.
pub struct StrIterator {
    text: Rc<PyStr>,
    byte_pos: Cell<usize>,
}

/// What a dict/set iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TableItems {
    /// Keys (also set members).
    Keys,
    /// Values.
    Values,
    /// `(key, value)` tuples.
    Items,
}

/// Iterator over a dict's slots.
pub struct DictIterator {
    dict: Rc<PyDict>,
    slot: Cell<usize>,
    len: usize,
    what: TableItems,
}

/// Iterator over a set's slots.
pub struct SetIterator {
    set: Rc<PySet>,
    slot: Cell<usize>,
    len: usize,
}

/// Iterator calling `__getitem__` with 0, 1, 2 ... until IndexError.
pub struct GetItemIterator {
    obj: Value,
    index: Cell<i64>,
}

impl NativeObject for SeqIterator {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc(self.class_name)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, _vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        Some(Ok(self.next_item()))
    }
}

impl SeqIterator {
    /// The next item; `None` once exhausted (and from then on).
    #[inline]
    pub fn next_item(&self) -> Option<Value> {
        let i = self.index.get();
        let item = match &self.seq {
            Value::List(l) => l.get(i),
            Value::Tuple(t) => t.as_slice().get(i).cloned(),
            Value::Bytes(b) => b.get(i).map(|&x| Value::Int(x as i64)),
            Value::ByteArray(b) => b.data().get(i).map(|&x| Value::Int(x as i64)),
            _ => None,
        };
        if item.is_some() {
            self.index.set(i + 1);
        } else {
            self.index.set(usize::MAX / 2);
        }
        item
    }
}

impl NativeObject for StrIterator {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc(if self.text.is_ascii() {
            "str_ascii_iterator"
        } else {
            "str_iterator"
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, _vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        let pos = self.byte_pos.get();
        let rest = &self.text.as_str()[pos..];
        let item = rest.chars().next().map(|c| {
            self.byte_pos.set(pos + c.len_utf8());
            let mut buf = [0u8; 4];
            Value::str(c.encode_utf8(&mut buf))
        });
        Some(Ok(item))
    }
}

impl NativeObject for DictIterator {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc(match self.what {
            TableItems::Keys => "dict_keyiterator",
            TableItems::Values => "dict_valueiterator",
            TableItems::Items => "dict_itemiterator",
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        let table = self.dict.table();
        if table.len() != self.len {
            self.slot.set(usize::MAX / 2);
            drop(table);
            return Some(Err(
                vm.runtime_error("dictionary changed size during iteration")
            ));
        }
        let mut i = self.slot.get();
        while i < table.slots() {
            if let Some((_, k, v)) = table.slot(i) {
                self.slot.set(i + 1);
                return Some(Ok(Some(match self.what {
                    TableItems::Keys => k.clone(),
                    TableItems::Values => v.clone(),
                    TableItems::Items => Value::tuple(vec![k.clone(), v.clone()]),
                })));
            }
            i += 1;
        }
        self.slot.set(i);
        Some(Ok(None))
    }
}

impl NativeObject for SetIterator {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc("set_iterator")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        let table = self.set.table();
        if table.len() != self.len {
            self.slot.set(usize::MAX / 2);
            drop(table);
            return Some(Err(vm.runtime_error("Set changed size during iteration")));
        }
        let mut i = self.slot.get();
        while i < table.slots() {
            if let Some(k) = table.key_at(i) {
                self.slot.set(i + 1);
                return Some(Ok(Some(k.clone())));
            }
            i += 1;
        }
        self.slot.set(i);
        Some(Ok(None))
    }
}

impl NativeObject for GetItemIterator {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc("iterator")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        let i = self.index.get();
        if i < 0 {
            return Some(Ok(None));
        }
        Some(match vm.getitem(&self.obj, &Value::Int(i)) {
            Ok(v) => {
                self.index.set(i + 1);
                Ok(Some(v))
            }
            Err(e) if vm.err_is(&e, "IndexError") || vm.err_is(&e, "StopIteration") => {
                self.index.set(-1);
                Ok(None)
            }
            Err(e) => Err(e),
        })
    }
}

impl Vm {
    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) => Value::native(SeqIterator {
                seq: v.clone(),
                index: Cell::new(0),
                class_name: "list_iterator",
            }),
            Value::Tuple(_) => Value::native(SeqIterator {
                seq: v.clone(),
                index: Cell::new(0),
                class_name: "tuple_iterator",
            }),
            Value::Bytes(_) | Value::ByteArray(_) => Value::native(SeqIterator {
                seq: v.clone(),
                index: Cell::new(0),
                class_name: "bytes_iterator",
            }),
            Value::Str(s) => Value::native(StrIterator {
                text: s.clone(),
                byte_pos: Cell::new(0),
            }),
            Value::Dict(d) => self.dict_iter(d, TableItems::Keys),
            Value::Set(s) | Value::FrozenSet(s) => Value::native(SetIterator {
                set: s.clone(),
                slot: Cell::new(0),
                len: s.len(),
            }),
            Value::Native(_) if let Some(r) = v.downcast::<crate::builtins::range::Range>() => {
                r.iter()
            }
            _ => return self.iter_by_dunder(v),
        })
    }

    /// An iterator over a dict's keys, values or items.
    pub fn dict_iter(&self, d: &Rc<PyDict>, what: TableItems) -> Value {
        Value::native(DictIterator {
            dict: d.clone(),
            slot: Cell::new(0),
            len: d.len(),
            what,
        })
    }

    fn iter_by_dunder(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(base) = self.inherited_base(v, "__iter__") {
            return self.iter(&base);
        }
        let class = self.class_of(v);
        if let Some(f) = class.lookup("__iter__")
            && !matches!(f, Value::None)
        {
            let it = self.call_bound(&f, v, &[], Kw::EMPTY)?;
            if !self.is_iterator(&it) {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&it)
                )));
            }
            return Ok(it);
        }
        if matches!(v, Value::Instance(_)) && class.lookup("__getitem__").is_some() {
            return Ok(Value::native(GetItemIterator {
                obj: v.clone(),
                index: Cell::new(0),
            }));
        }
        Err(self.type_error(format!("'{}' object is not iterable", class.tp_name())))
    }

    /// True when `v` has `__next__` (or is a native iterator).
    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Native(_) | Value::Instance(_) => self.class_of(v).lookup("__next__").is_some(),
            _ => false,
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Native(n) = it
            && let Some(r) = n.iter_next(self)
        {
            return r;
        }
        let class = self.class_of(it);
        let Some(f) = class.lookup("__next__") else {
            return Err(self.type_error(format!("'{}' object is not an iterator", class.tp_name())));
        };
        match self.call_bound(&f, it, &[], Kw::EMPTY) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_is(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Collects every item of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.to_vec()),
            Value::Tuple(t) => return Ok(t.as_slice().to_vec()),
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `a, b, c = seq`.
    pub fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::List(_) | Value::Tuple(_) => self.sequence_snapshot(seq),
            _ => {
                let it = self.iter(seq).map_err(|e| self.not_unpackable(e, seq))?;
                let mut items = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    items.push(x);
                    if items.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                items
            }
        };
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(items)
    }

    fn not_unpackable(&self, e: super::PyErr, seq: &Value) -> super::PyErr {
        if self.err_is(&e, "TypeError") {
            return self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            ));
        }
        e
    }

    /// `a, *b, c = seq`.
    pub fn unpack_ex(&mut self, seq: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::List(_) | Value::Tuple(_) => self.sequence_snapshot(seq),
            _ => {
                self.iter(seq).map_err(|e| self.not_unpackable(e, seq))?;
                self.collect(seq)?
            }
        };
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = items[..before].to_vec();
        out.push(Value::list(items[before..items.len() - after].to_vec()));
        out.extend_from_slice(&items[items.len() - after..]);
        Ok(out)
    }
}
