//! Operators on str and bytes that need the formatting engines: `%`, bytes concatenation, containment.

use crate::compiler::opcode::BinaryOperator as B;
use crate::objects::Value;
use crate::objects::bytes::PyByteArray;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// The bytes of a bytes or bytearray value.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.to_vec()),
        Value::ByteArray(b) => Some(b.data().clone()),
        _ => None,
    }
}

impl Vm {
    /// Binary operators on bytes and bytearray: `+`, `*`, `%` and their in-place forms.
    pub fn bytes_binary(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Value> {
        match (a, crate::vm::arith::base_op(op)) {
            (Value::Bytes(_) | Value::ByteArray(_), B::Add) => self.bytes_concat(a, b, op),
            (Value::Bytes(_) | Value::ByteArray(_), B::Multiply) => self.bytes_repeat(a, b, op),
            (_, B::Multiply) if matches!(b, Value::Bytes(_) | Value::ByteArray(_)) => {
                self.bytes_repeat(b, a, B::Multiply)
            }
            (Value::Bytes(x), B::Remainder) => self.bytes_percent(x, b, false),
            (Value::ByteArray(x), B::Remainder) => {
                let data = x.data().clone();
                self.bytes_percent(&data, b, true)
            }
            _ => Ok(Value::NotImplemented),
        }
    }

    fn bytes_concat(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Value> {
        let Some(rhs) = bytes_of(b) else {
            if matches!(b, Value::Instance(_)) {
                return Ok(Value::NotImplemented);
            }
            return Err(self.type_error(format!(
                "can't concat {} to {}",
                self.type_name(b),
                self.type_name(a)
            )));
        };
        match a {
            Value::ByteArray(x) if op == B::InplaceAdd => {
                x.data_mut().extend_from_slice(&rhs);
                Ok(a.clone())
            }
            Value::ByteArray(x) => {
                let mut out = x.data().clone();
                out.extend_from_slice(&rhs);
                Ok(Value::ByteArray(Rc::new(PyByteArray::new(out))))
            }
            Value::Bytes(x) => {
                let mut out = x.to_vec();
                out.extend_from_slice(&rhs);
                Ok(Value::bytes(out))
            }
            _ => Ok(Value::NotImplemented),
        }
    }

    fn bytes_repeat(&mut self, seq: &Value, count: &Value, op: B) -> PyResult<Value> {
        let n = match count {
            Value::Int(n) => (*n).max(0) as usize,
            Value::Bool(b) => *b as usize,
            Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => 0,
            Value::BigInt(_) => {
                return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            _ => return Ok(Value::NotImplemented),
        };
        let data = bytes_of(seq).unwrap_or_default();
        self.check_size(data.len(), n)?;
        let out = data.repeat(n);
        Ok(match seq {
            Value::ByteArray(x) if op == B::InplaceMultiply => {
                *x.data_mut() = out;
                seq.clone()
            }
            Value::ByteArray(_) => Value::ByteArray(Rc::new(PyByteArray::new(out))),
            _ => Value::bytes(out),
        })
    }

    /// `x in bytes`: an int in range(256) or a bytes-like subsequence.
    pub fn bytes_contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let hay = bytes_of(container).unwrap_or_default();
        if let Some(needle) = bytes_of(item) {
            return Ok(super::bytes_methods::find_bytes(&hay, &needle, 0).is_some());
        }
        let byte = self.byte_value(item).map_err(|e| {
            if self.err_is(&e, "TypeError") {
                self.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    self.type_name(item)
                ))
            } else {
                e
            }
        })?;
        Ok(hay.contains(&byte))
    }

    /// An int argument that must be a byte value (`ValueError` outside range(256)).
    pub fn byte_value(&mut self, v: &Value) -> PyResult<u8> {
        let n = match v {
            Value::BigInt(_) => -1,
            _ => self.to_index(v)?,
        };
        u8::try_from(n).map_err(|_| self.value_error("byte must be in range(0, 256)"))
    }

    /// `str(bytes, encoding, errors)`.
    pub fn decode_value(
        &mut self,
        v: &Value,
        encoding: Option<&Value>,
        errors: Option<&Value>,
    ) -> PyResult<Value> {
        use super::bytes_codec::{codec_arg, decode, text_arg};
        let encoding = text_arg(self, "str", "encoding", encoding)?;
        let errors = text_arg(self, "str", "errors", errors)?;
        let Some(data) = bytes_of(v) else {
            let msg = match v {
                Value::Str(_) => "decoding str is not supported".to_owned(),
                _ => format!(
                    "decoding to str: need a bytes-like object, {} found",
                    self.type_name(v)
                ),
            };
            return Err(self.type_error(msg));
        };
        let codec = codec_arg(self, encoding.as_deref())?;
        decode(self, &data, codec, errors.as_deref().unwrap_or("strict")).map(Value::string)
    }

    /// Attribute names of an object (for `dir()` and suggestions).
    pub fn dir_names(&mut self, obj: &Value) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let add_dict = |d: &crate::objects::dict::PyDict, names: &mut Vec<String>| {
            for k in d.keys() {
                if let Value::Str(s) = k {
                    names.push(s.as_str().to_owned());
                }
            }
        };
        match obj {
            Value::Instance(i) => add_dict(&i.dict, &mut names),
            Value::Module(m) => add_dict(&m.dict, &mut names),
            _ => {}
        }
        let class = match obj {
            Value::Class(c) => c.clone(),
            other => self.class_of(other),
        };
        if !matches!(obj, Value::Module(_)) {
            for c in class.full_mro() {
                add_dict(&c.dict, &mut names);
            }
        }
        names.sort();
        names.dedup();
        names
    }
}
