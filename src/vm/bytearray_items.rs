//! Item and slice assignment and deletion on bytearrays: `ba[i] = 65`,
//! `ba[1:3] = b"xy"`, `del ba[::2]`, with CPython's messages.

use super::subscript::norm_index;
use super::{PyResult, Vm};
use crate::builtins::slice::Slice;
use crate::objects::Value;
use crate::objects::bytes::PyByteArray;

impl Vm {
    /// `ba[i] = v` and `ba[a:b:c] = v`.
    pub fn bytearray_setitem(&mut self, b: &PyByteArray, i: &Value, v: Value) -> PyResult<()> {
        if let Some(s) = i.downcast::<Slice>() {
            let data = self.bytes_to_assign(&v)?;
            return self.bytearray_set_slice(b, s, data);
        }
        let n = self.bytearray_index(i)?;
        let byte = self.byte_value(&v)?;
        let len = b.data().len();
        match norm_index(n, len) {
            Some(k) => {
                b.data_mut()[k] = byte;
                Ok(())
            }
            None => Err(self.index_error("bytearray index out of range")),
        }
    }

    /// `del ba[i]` and `del ba[a:b:c]`.
    pub fn bytearray_delitem(&mut self, b: &PyByteArray, i: &Value) -> PyResult<()> {
        if let Some(s) = i.downcast::<Slice>() {
            let len = b.data().len();
            let ix = self.slice_indices(s, len)?;
            let mut drop: Vec<usize> = ix.iter().collect();
            drop.sort_unstable();
            let mut data = b.data_mut();
            for k in drop.into_iter().rev() {
                data.remove(k);
            }
            return Ok(());
        }
        let n = self.bytearray_index(i)?;
        let len = b.data().len();
        match norm_index(n, len) {
            Some(k) => {
                b.data_mut().remove(k);
                Ok(())
            }
            None => Err(self.index_error("bytearray index out of range")),
        }
    }

    /// A bytearray index (`__index__`), with CPython's TypeError.
    fn bytearray_index(&mut self, i: &Value) -> PyResult<i64> {
        match i {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
                self.to_index(i)
            }
            _ => Err(self.type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                self.type_name(i)
            ))),
        }
    }

    /// The bytes of the value assigned to a slice: bytes-like objects, or any
    /// iterable of ints (not an int or a str).
    fn bytes_to_assign(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        match v {
            Value::Bytes(b) => return Ok(b.to_vec()),
            Value::ByteArray(b) => return Ok(b.data().clone()),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Str(_) => {
                return Err(self.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            _ => {}
        }
        let items = self.collect(v)?;
        let mut out = Vec::with_capacity(items.len());
        for item in &items {
            out.push(self.byte_value(item)?);
        }
        Ok(out)
    }

    /// `ba[a:b:c] = data`: a simple slice may change the length, an extended one may not.
    fn bytearray_set_slice(&mut self, b: &PyByteArray, s: &Slice, data: Vec<u8>) -> PyResult<()> {
        let len = b.data().len();
        let ix = self.slice_indices(s, len)?;
        if ix.step == 1 {
            let start = ix.start.max(0) as usize;
            let end = (start + ix.len).min(len);
            b.data_mut().splice(start..end, data);
            return Ok(());
        }
        if data.len() != ix.len {
            return Err(self.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                data.len(),
                ix.len
            )));
        }
        let mut bytes = b.data_mut();
        for (k, byte) in ix.iter().zip(data) {
            bytes[k] = byte;
        }
        Ok(())
    }
}
