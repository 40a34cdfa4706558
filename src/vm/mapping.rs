//! Dict operations that need Python hashing and equality (lookups, inserts, merges).

use super::{PyResult, Vm};
use crate::objects::dict::PyDict;
use crate::objects::table::{Probe, Table};

/// A container backed by a hash table.
pub trait HasTable {
    /// Shared access to the table.
    fn table_ref(&self) -> Ref<'_, Table>;
}

impl HasTable for PyDict {
    fn table_ref(&self) -> Ref<'_, Table> {
        self.table()
    }
}

use crate::objects::Value;
use std::cell::Ref;
use std::rc::Rc;

impl Vm {
    /// Finds `key` in a table, running `__eq__` without holding the borrow.
    fn table_find<T: HasTable>(
        &mut self,
        owner: &T,
        key: &Value,
    ) -> PyResult<(i64, Option<usize>)> {
        let hash = self.hash(key)?;
        let probe = owner.table_ref().probe(hash, key);
        match probe {
            Probe::Found(i) => Ok((hash, Some(i))),
            Probe::Missing => Ok((hash, None)),
            Probe::Candidates(cands) => {
                for i in cands {
                    let k = owner.table_ref().slot(i).map(|e| e.1.clone());
                    if let Some(k) = k
                        && self.eq(&k, key)?
                    {
                        return Ok((hash, Some(i)));
                    }
                }
                Ok((hash, None))
            }
        }
    }

    /// `d.get(key)`.
    pub fn dict_get(&mut self, d: &Rc<PyDict>, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key
            && let Some(v) = d.get_pystr(s)
        {
            return Ok(Some(v));
        }
        let (_, found) = self.table_find(&**d, key)?;
        Ok(found.and_then(|i| d.table().slot(i).map(|e| e.2.clone())))
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &Rc<PyDict>, key: Value, value: Value) -> PyResult<()> {
        if let Value::Str(s) = &key {
            let mut t = d.table_mut();
            if let Some(slot) = t
                .find_str(s.hash(), s.as_str())
                .and_then(|i| t.slot_value_mut(i))
            {
                *slot = value;
                return Ok(());
            }
        }
        let (hash, found) = self.table_find(&**d, &key)?;
        let mut t = d.table_mut();
        match found {
            Some(i) => {
                if let Some(slot) = t.slot_value_mut(i) {
                    *slot = value;
                }
            }
            None => t.insert_new(hash, key, value),
        }
        Ok(())
    }

    /// Removes `key`, returning its value.
    pub fn dict_remove(&mut self, d: &Rc<PyDict>, key: &Value) -> PyResult<Option<Value>> {
        let (_, found) = self.table_find(&**d, key)?;
        Ok(found
            .and_then(|i| d.table_mut().remove_slot(i))
            .map(|(_, v)| v))
    }

    /// A dict from `[k1, v1, k2, v2 ...]`.
    pub fn dict_from_flat(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let d = Rc::new(PyDict::new());
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            self.dict_set(&d, k, v)?;
        }
        Ok(Value::Dict(d))
    }

    /// `DictUpdate`/`DictMerge`: merges a mapping into a dict being built.
    pub fn dict_update_op(
        &mut self,
        target: &Value,
        m: &Value,
        func: Option<&Value>,
    ) -> PyResult<()> {
        let Value::Dict(d) = target else {
            return Ok(());
        };
        let pairs = match m {
            Value::Dict(src) => src.items(),
            _ => self.mapping_items(m, func)?,
        };
        for (k, v) in pairs {
            if func.is_some() {
                if !matches!(k, Value::Str(_)) {
                    return Err(self.type_error("keywords must be strings"));
                }
                if self.dict_get(d, &k)?.is_some() {
                    let name = k
                        .as_str()
                        .map(|s| s.as_str().to_owned())
                        .unwrap_or_default();
                    let callee = self.callable_name(func);
                    return Err(self.type_error(format!(
                        "{callee} got multiple values for keyword argument '{name}'"
                    )));
                }
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// `name()` of a callable for call error messages.
    fn callable_name(&mut self, func: Option<&Value>) -> String {
        match func {
            Some(f) => self.function_str(f),
            None => "function".to_owned(),
        }
    }

    /// How CPython names a callable in call errors: `module.qualname()`, the
    /// module left out for built-ins (`print()`, `list.append()`).
    pub fn function_str(&mut self, func: &Value) -> String {
        let func = match func {
            Value::BoundMethod(m) => m.func.clone(),
            other => other.clone(),
        };
        let qualname = match self.getattr_opt(&func, "__qualname__") {
            Ok(Some(Value::Str(q))) => q.as_str().to_owned(),
            _ => return format!("{} object", self.type_name(&func)),
        };
        match self.getattr_opt(&func, "__module__") {
            Ok(Some(Value::Str(m))) if m.as_str() != "builtins" => {
                format!("{}.{qualname}()", m.as_str())
            }
            _ => format!("{qualname}()"),
        }
    }

    /// Items of a mapping that is not a dict (`keys()` then `[]`).
    fn mapping_items(&mut self, m: &Value, func: Option<&Value>) -> PyResult<Vec<(Value, Value)>> {
        let Some(keys) = self.getattr_opt(m, "keys")? else {
            let what = match func {
                Some(_) => format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.callable_name(func),
                    self.type_name(m)
                ),
                None => format!("'{}' object is not a mapping", self.type_name(m)),
            };
            return Err(self.type_error(what));
        };
        let keys = self.call0(&keys, &[])?;
        let keys = self.collect(&keys)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// `ListExtend`.
    pub fn list_extend_op(&mut self, target: &Value, it: &Value) -> PyResult<()> {
        let items = self.collect(it).map_err(|e| {
            if self.err_is(&e, "TypeError") && !matches!(it, Value::Instance(_)) {
                self.type_error(format!(
                    "Value after * must be an iterable, not {}",
                    self.type_name(it)
                ))
            } else {
                e
            }
        })?;
        if let Value::List(l) = target {
            l.items_mut().extend(items);
        }
        Ok(())
    }
}
