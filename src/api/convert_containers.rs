//! `ToPython` / `FromPython` for containers: `Option`, `Vec`, slices, tuples, maps and sets.

use super::convert::{FromPython, ToPython, raise, wrong_type};
use super::error::RunError;
use super::object::PyObject;
use super::python::Python;
use crate::objects::Value;
use crate::objects::dict::PyDict;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{BuildHasher, Hash};
use std::rc::Rc;

impl<T: ToPython> ToPython for Option<T> {
    fn to_python(&self, py: &mut Python<'_>) -> Result<PyObject, RunError> {
        match self {
            Some(v) => v.to_python(py),
            None => Ok(py.none()),
        }
    }
}

impl<T: FromPython> FromPython for Option<T> {
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        if obj.is_none() {
            return Ok(None);
        }
        T::from_python(py, obj).map(Some)
    }

    fn missing() -> Option<Self> {
        Some(None)
    }
}

/// Converts each item to a Python value.
fn values_of<'a, T: ToPython + 'a>(
    py: &mut Python<'_>,
    items: impl IntoIterator<Item = &'a T>,
) -> Result<Vec<Value>, RunError> {
    items
        .into_iter()
        .map(|v| v.to_python(py).map(PyObject::into_value))
        .collect()
}

impl<T: ToPython> ToPython for [T] {
    fn to_python(&self, py: &mut Python<'_>) -> Result<PyObject, RunError> {
        Ok(PyObject::from_value(Value::list(values_of(py, self)?)))
    }
}

impl<T: ToPython> ToPython for Vec<T> {
    fn to_python(&self, py: &mut Python<'_>) -> Result<PyObject, RunError> {
        self.as_slice().to_python(py)
    }
}

/// The items of a list, tuple or other iterable (but not a str, which would give its characters).
fn items_of(py: &mut Python<'_>, obj: &PyObject, target: &str) -> Result<Vec<Value>, RunError> {
    match obj.value() {
        Value::List(l) => Ok(l.to_vec()),
        Value::Tuple(t) => Ok(t.as_slice().to_vec()),
        Value::Str(_) => Err(wrong_type(py, obj, target)),
        other => {
            let r = py.vm().collect(other);
            py.check(r)
        }
    }
}

/// Converts every item.
fn extract_all<T: FromPython>(py: &mut Python<'_>, items: Vec<Value>) -> Result<Vec<T>, RunError> {
    items
        .into_iter()
        .map(|v| T::from_python(py, &PyObject::from_value(v)))
        .collect()
}

impl<T: FromPython> FromPython for Vec<T> {
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        let items = items_of(py, obj, "Vec")?;
        extract_all(py, items)
    }
}

/// A dict value from converted pairs.
fn dict_of<'a, K: ToPython + 'a, V: ToPython + 'a>(
    py: &mut Python<'_>,
    pairs: impl IntoIterator<Item = (&'a K, &'a V)>,
) -> Result<PyObject, RunError> {
    let dict = Rc::new(PyDict::new());
    for (k, v) in pairs {
        let key = k.to_python(py)?.into_value();
        let value = v.to_python(py)?.into_value();
        let r = py.vm().dict_set(&dict, key, value);
        py.check(r)?;
    }
    Ok(PyObject::from_value(Value::Dict(dict)))
}

/// The converted items of a dict.
fn dict_items<K: FromPython, V: FromPython>(
    py: &mut Python<'_>,
    obj: &PyObject,
    target: &str,
) -> Result<Vec<(K, V)>, RunError> {
    let Value::Dict(d) = obj.value() else {
        return Err(wrong_type(py, obj, target));
    };
    let mut out = Vec::with_capacity(d.len());
    for (k, v) in d.items() {
        let key = K::from_python(py, &PyObject::from_value(k))?;
        let value = V::from_python(py, &PyObject::from_value(v))?;
        out.push((key, value));
    }
    Ok(out)
}

impl<K: ToPython, V: ToPython, S> ToPython for HashMap<K, V, S> {
    fn to_python(&self, py: &mut Python<'_>) -> Result<PyObject, RunError> {
        dict_of(py, self.iter())
    }
}

impl<K, V, S> FromPython for HashMap<K, V, S>
where
    K: FromPython + Eq + Hash,
    V: FromPython,
    S: BuildHasher + Default,
{
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        Ok(dict_items(py, obj, "HashMap")?.into_iter().collect())
    }
}

impl<K: ToPython, V: ToPython> ToPython for BTreeMap<K, V> {
    fn to_python(&self, py: &mut Python<'_>) -> Result<PyObject, RunError> {
        dict_of(py, self.iter())
    }
}

impl<K: FromPython + Ord, V: FromPython> FromPython for BTreeMap<K, V> {
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        Ok(dict_items(py, obj, "BTreeMap")?.into_iter().collect())
    }
}

/// A set value holding the converted items.
fn set_of<'a, T: ToPython + 'a>(
    py: &mut Python<'_>,
    items: impl IntoIterator<Item = &'a T>,
) -> Result<PyObject, RunError> {
    let list = Value::list(values_of(py, items)?);
    let set_class = Value::Class(py.vm().types().set.clone());
    let r = py.vm().call(&set_class, &[list], crate::vm::Kw::EMPTY);
    py.check(r).map(PyObject::from_value)
}

/// The items of a set or frozenset.
fn set_items(py: &mut Python<'_>, obj: &PyObject, target: &str) -> Result<Vec<Value>, RunError> {
    match obj.value() {
        Value::Set(_) | Value::FrozenSet(_) => items_of(py, obj, target),
        _ => Err(wrong_type(py, obj, target)),
    }
}

impl<T: ToPython, S> ToPython for HashSet<T, S> {
    fn to_python(&self, py: &mut Python<'_>) -> Result<PyObject, RunError> {
        set_of(py, self.iter())
    }
}

impl<T, S> FromPython for HashSet<T, S>
where
    T: FromPython + Eq + Hash,
    S: BuildHasher + Default,
{
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        let items = set_items(py, obj, "HashSet")?;
        Ok(extract_all(py, items)?.into_iter().collect())
    }
}

impl<T: ToPython> ToPython for BTreeSet<T> {
    fn to_python(&self, py: &mut Python<'_>) -> Result<PyObject, RunError> {
        set_of(py, self.iter())
    }
}

impl<T: FromPython + Ord> FromPython for BTreeSet<T> {
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        let items = set_items(py, obj, "BTreeSet")?;
        Ok(extract_all(py, items)?.into_iter().collect())
    }
}

/// The items of a tuple or list that must have `len` items.
fn fixed_items(py: &mut Python<'_>, obj: &PyObject, len: usize) -> Result<Vec<Value>, RunError> {
    let items = match obj.value() {
        Value::Tuple(t) => t.as_slice().to_vec(),
        Value::List(l) => l.to_vec(),
        _ => return Err(wrong_type(py, obj, "tuple")),
    };
    if items.len() != len {
        let msg = format!(
            "expected a tuple of length {len}, got length {}",
            items.len()
        );
        return Err(raise(py, "ValueError", msg));
    }
    Ok(items)
}

/// `ToPython` and `FromPython` for a tuple of convertible values.
macro_rules! tuple_conversions {
    ($len:expr; $($name:ident $idx:tt),+) => {
        impl<$($name: ToPython),+> ToPython for ($($name,)+) {
            fn to_python(&self, py: &mut Python<'_>) -> Result<PyObject, RunError> {
                let items = vec![$(self.$idx.to_python(py)?.into_value()),+];
                Ok(PyObject::from_value(Value::tuple(items)))
            }
        }

        impl<$($name: FromPython),+> FromPython for ($($name,)+) {
            fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
                let items = fixed_items(py, obj, $len)?;
                Ok(($($name::from_python(py, &PyObject::from_value(items[$idx].clone()))?,)+))
            }
        }
    };
}

tuple_conversions!(1; A 0);
tuple_conversions!(2; A 0, B 1);
tuple_conversions!(3; A 0, B 1, C 2);
tuple_conversions!(4; A 0, B 1, C 2, D 3);
tuple_conversions!(5; A 0, B 1, C 2, D 3, E 4);
tuple_conversions!(6; A 0, B 1, C 2, D 3, E 4, F 5);
