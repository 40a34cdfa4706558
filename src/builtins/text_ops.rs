//! Operators on str and bytes that need the formatting engines: `%`, bytes concatenation, containment.

use crate::compiler::opcode::BinaryOperator as B;
use crate::objects::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `text % args`.
    pub fn str_percent(&mut self, _text: &str, _args: &Value) -> PyResult<Value> {
        Ok(Value::NotImplemented)
    }

    /// Binary operators on bytes and bytearray.
    pub fn bytes_binary(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Value> {
        let bytes_of = |v: &Value| -> Option<Vec<u8>> {
            match v {
                Value::Bytes(b) => Some(b.to_vec()),
                Value::ByteArray(b) => Some(b.data().clone()),
                _ => None,
            }
        };
        match (bytes_of(a), bytes_of(b), crate::vm::arith::base_op(op)) {
            (Some(mut x), Some(y), B::Add) => {
                x.extend(y);
                Ok(match a {
                    Value::ByteArray(_) => Value::ByteArray(std::rc::Rc::new(crate::objects::bytes::PyByteArray::new(x))),
                    _ => Value::Bytes(x.into()),
                })
            }
            _ => Ok(Value::NotImplemented),
        }
    }

    /// `x in bytes`.
    pub fn bytes_contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let hay: Vec<u8> = match container {
            Value::Bytes(b) => b.to_vec(),
            Value::ByteArray(b) => b.data().clone(),
            _ => return Ok(false),
        };
        match item {
            Value::Int(n) => Ok(hay.contains(&(*n as u8))),
            Value::Bytes(needle) => Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == &needle[..])),
            _ => Err(self.type_error(format!("a bytes-like object is required, not '{}'", self.type_name(item)))),
        }
    }

    /// `str(bytes, encoding, errors)`.
    pub fn decode_value(&mut self, v: &Value, _encoding: Option<&Value>, _errors: Option<&Value>) -> PyResult<Value> {
        match v {
            Value::Bytes(b) => Ok(Value::string(String::from_utf8_lossy(b).into_owned())),
            _ => Err(self.type_error(format!("decoding to str: need a bytes-like object, {} found", self.type_name(v)))),
        }
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
