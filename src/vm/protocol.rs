//! The core object protocols: type of a value, truth, hashing, length, subscripts, containment.

use super::{PyResult, Vm};
use crate::objects::Value;
use crate::objects::class::Class;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

/// The modulus of CPython's numeric hash (2**61 - 1).
const HASH_MODULUS: i64 = (1 << 61) - 1;

impl Vm {
    /// `type(v)`.
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        let t = self.types();
        match v {
            Value::Null | Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::BoundMethod(m) => match m.func {
                Value::Builtin(_) => t.builtin_function.clone(),
                _ => t.method.clone(),
            },
            Value::Class(c) => c
                .metaclass
                .borrow()
                .clone()
                .unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Native(n) => n.class(self),
        }
    }

    /// The type name messages give a value (see `Class::tp_name`: native
    /// types from modules other than `builtins` carry their module).
    pub fn type_name(&self, v: &Value) -> String {
        self.class_of(v).tp_name()
    }

    /// Truth value fast path for the common inline kinds, falling back to [`Vm::truthy`].
    #[inline]
    pub fn truthy_fast(&mut self, v: &Value) -> PyResult<bool> {
        match super::fast_ops::truth(v) {
            Some(b) => Ok(b),
            None => self.truthy(v),
        }
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.data().is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Native(n) => match n.sized_len() {
                Some(len) => len != 0,
                None => return self.truthy_by_dunder(v),
            },
            Value::Instance(_) => return self.truthy_by_dunder(v),
            _ => true,
        })
    }

    /// `__bool__`, then `__len__`, else true.
    fn truthy_by_dunder(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(base) = self.inherited_base(v, "__bool__")
            && self.inherited_base(v, "__len__").is_some()
        {
            return self.truthy(&base);
        }
        let class = self.class_of(v);
        if let Some(f) = class.lookup("__bool__") {
            return match self.call_bound(&f, v, &[], super::Kw::EMPTY)? {
                Value::Bool(b) => Ok(b),
                other => Err(self.type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(&other)
                ))),
            };
        }
        if class.lookup("__len__").is_some() {
            return Ok(self.len(v)? != 0);
        }
        Ok(true)
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.data().len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Native(n) => match n.sized_len() {
                Some(len) => len,
                None => return self.len_by_dunder(v),
            },
            _ => return self.len_by_dunder(v),
        })
    }

    fn len_by_dunder(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(base) = self.inherited_base(v, "__len__") {
            return self.len(&base);
        }
        let class = self.class_of(v);
        let Some(f) = class.lookup("__len__") else {
            return Err(
                self.type_error(format!("object of type '{}' has no len()", class.tp_name()))
            );
        };
        let r = self.call_bound(&f, v, &[], super::Kw::EMPTY)?;
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::BigInt(b) if b.is_negative() => {
                Err(self.value_error("__len__() should return >= 0"))
            }
            Value::BigInt(_) => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            other => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(&other)
            ))),
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None | Value::Null => 0x5f3d_1b2c,
            Value::NotImplemented | Value::Ellipsis => 0x2a4c_77e1,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => hash_i64(*i),
            Value::BigInt(b) => hash_bigint(b),
            Value::Float(f) => hash_float(*f),
            Value::Str(s) => s.hash(),
            Value::Bytes(b) => crate::objects::str::hash_bytes(b),
            Value::Tuple(t) => self.hash_tuple(t.as_slice())?,
            Value::FrozenSet(s) => super::set_ops::frozenset_hash(s),
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))));
            }
            Value::Instance(_) | Value::Native(_) => return self.hash_by_dunder(v),
            other => other.heap_ptr().map_or(0, |p| (p >> 4) as i64),
        })
    }

    fn hash_tuple(&mut self, items: &[Value]) -> PyResult<i64> {
        // CPython's xxHash-based tuple hash, so sets of tuples iterate in CPython's order.
        const PRIME_1: u64 = 11_400_714_785_074_694_791;
        const PRIME_2: u64 = 14_029_467_366_897_019_727;
        const PRIME_5: u64 = 2_870_177_450_012_600_261;
        let mut acc = PRIME_5;
        for item in items {
            let lane = self.hash(item)? as u64;
            acc = acc
                .wrapping_add(lane.wrapping_mul(PRIME_2))
                .rotate_left(31)
                .wrapping_mul(PRIME_1);
        }
        acc = acc.wrapping_add(items.len() as u64 ^ (PRIME_5 ^ 3_527_539));
        Ok(if acc == u64::MAX {
            1_546_275_796
        } else {
            acc as i64
        })
    }

    fn hash_by_dunder(&mut self, v: &Value) -> PyResult<i64> {
        let class = self.class_of(v);
        if let Some(base) = self.inherited_base(v, "__hash__")
            && !matches!(class.lookup("__hash__"), Some(Value::None))
        {
            return self.hash(&base);
        }
        match class.lookup("__hash__") {
            Some(Value::None) | None => {
                Err(self.type_error(format!("unhashable type: '{}'", class.tp_name())))
            }
            Some(f) => match self.call_bound(&f, v, &[], super::Kw::EMPTY)? {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::Bool(b) => Ok(b as i64),
                Value::BigInt(b) => Ok(hash_bigint(&b)),
                _ => Err(self.type_error("__hash__ method should return an integer")),
            },
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match super::subclass::base_value(item) {
                Value::Str(needle) => Ok(s.as_str().contains(needle.as_str())),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) | Value::FrozenSet(s) => self.set_contains(s, item),
            Value::List(_) | Value::Tuple(_) => {
                let items = self.sequence_snapshot(container);
                for x in &items {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Bytes(_) | Value::ByteArray(_) => self.bytes_contains(container, item),
            _ => self.contains_by_dunder(container, item),
        }
    }

    fn contains_by_dunder(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(base) = self.inherited_base(container, "__contains__") {
            return self.contains(&base, item);
        }
        let class = self.class_of(container);
        if let Some(f) = class.lookup("__contains__") {
            let r = self.call_bound(&f, container, std::slice::from_ref(item), super::Kw::EMPTY)?;
            return self.truthy(&r);
        }
        if class.lookup("__iter__").is_none() && class.lookup("__getitem__").is_none() {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                class.tp_name()
            )));
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Items of a list or tuple (a copy, so no borrow is held while comparing).
    pub fn sequence_snapshot(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::List(l) => l.to_vec(),
            Value::Tuple(t) => t.as_slice().to_vec(),
            _ => Vec::new(),
        }
    }

    /// Converts an int-like value to i64 (`__index__`), with CPython's TypeError.
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => {
                Err(self.error("IndexError", "cannot fit 'int' into an index-sized integer"))
            }
            Value::Instance(i) if i.base.is_some() && self.to_bigint(v).is_some() => {
                let base = i.base.clone().unwrap_or(Value::None);
                self.to_index(&base)
            }
            Value::Instance(_) => {
                let class = self.class_of(v);
                if class.lookup("__index__").is_some() {
                    let n = self.index_bigint(v)?;
                    return self.to_index(&Value::from_bigint(n));
                }
                Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    class.tp_name()
                )))
            }
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// Converts an int-like value to a big integer, if it is one.
    pub fn to_bigint(&self, v: &Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::BigInt(b) => Some((**b).clone()),
            Value::Instance(i) => i.base.as_ref().and_then(|b| self.to_bigint(b)),
            _ => None,
        }
    }
}

/// CPython's hash of a machine int.
pub fn hash_i64(i: i64) -> i64 {
    let h = if i >= 0 {
        i % HASH_MODULUS
    } else {
        -((-(i as i128) % HASH_MODULUS as i128) as i64)
    };
    if h == -1 { -2 } else { h }
}

/// CPython's hash of a big int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 { -2 } else { h }
}

/// CPython's hash of a float (equal to the int hash for integral values).
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while !m.is_zero() {
        x = ((x << 28) & HASH_MODULUS as u64) | (x >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS as u64 {
            x -= HASH_MODULUS as u64;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS as u64) | (x >> (61 - e));
    let h = if f < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 { -2 } else { h }
}

/// Splits `f` into a mantissa in [0.5, 1) and a power of two.
fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}
