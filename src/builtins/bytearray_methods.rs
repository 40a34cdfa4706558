//! Methods that mutate a bytearray in place: append, extend, pop, insert, remove,
//! clear, reverse, copy, item assignment and deletion.

use super::bytes_methods::make;
use crate::builtins::slice::Slice;
use crate::objects::Value;
use crate::objects::bytes::PyByteArray;
use crate::objects::function::NativeFn;
use crate::vm::subscript::norm_index;
use crate::vm::{Kw, PyResult, Vm};
use std::rc::Rc;

/// The bytearray-only methods, for registration.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("pop", pop),
    ("insert", insert),
    ("remove", remove),
    ("clear", clear),
    ("reverse", reverse),
    ("copy", copy),
    ("__setitem__", dunder_setitem),
    ("__delitem__", dunder_delitem),
];

/// The bytearray receiver and an arity check.
fn this<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<&'a Rc<PyByteArray>> {
    let Some(Value::ByteArray(b)) = args.first() else {
        let got = args
            .first()
            .map_or("nothing".to_owned(), |v| vm.type_name(v));
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'bytearray' object but received a '{got}'"
        )));
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!("bytearray.{name}() takes no keyword arguments")));
    }
    let n = args.len() - 1;
    let label = if min == max {
        format!("bytearray.{name}")
    } else {
        name.to_owned()
    };
    super::args::check_count(vm, &label, n, min, max)?;
    Ok(b)
}

/// `bytearray.append(item)`.
pub fn append(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, "append", args, kw, 1, 1)?;
    let byte = vm.byte_value(&args[1])?;
    b.data_mut().push(byte);
    Ok(Value::None)
}

/// `bytearray.extend(iterable_of_ints)`.
pub fn extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, "extend", args, kw, 1, 1)?;
    let new = match super::text_ops::bytes_of(&args[1]) {
        Some(d) => d,
        None => {
            if matches!(args[1], Value::Str(_)) {
                return Err(vm.type_error("expected iterable of integers; got: 'str'"));
            }
            let it = vm.iter(&args[1]).map_err(|e| {
                if vm.err_is(&e, "TypeError") {
                    vm.type_error(format!(
                        "can't extend bytearray with {}",
                        vm.type_name(&args[1])
                    ))
                } else {
                    e
                }
            })?;
            let mut out = Vec::new();
            while let Some(item) = vm.next(&it)? {
                out.push(vm.byte_value(&item)?);
            }
            out
        }
    };
    b.data_mut().extend_from_slice(&new);
    Ok(Value::None)
}

/// `bytearray.pop(index=-1)`.
pub fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, "pop", args, kw, 0, 1)?;
    let i = match args.get(1) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let len = b.data().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let Some(k) = norm_index(i, len) else {
        return Err(vm.index_error("pop index out of range"));
    };
    Ok(Value::Int(b.data_mut().remove(k) as i64))
}

/// `bytearray.insert(index, item)`.
pub fn insert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, "insert", args, kw, 2, 2)?;
    let i = vm.to_index(&args[1])?;
    let byte = vm.byte_value(&args[2])?;
    let len = b.data().len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    b.data_mut().insert(at as usize, byte);
    Ok(Value::None)
}

/// `bytearray.remove(value)`.
pub fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, "remove", args, kw, 1, 1)?;
    let byte = vm.byte_value(&args[1])?;
    let found = b.data().iter().position(|&x| x == byte);
    match found {
        Some(k) => {
            b.data_mut().remove(k);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

/// `bytearray.clear()`.
pub fn clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    this(vm, "clear", args, kw, 0, 0)?.data_mut().clear();
    Ok(Value::None)
}

/// `bytearray.reverse()`.
pub fn reverse(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    this(vm, "reverse", args, kw, 0, 0)?.data_mut().reverse();
    Ok(Value::None)
}

/// `bytearray.copy()`.
pub fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, "copy", args, kw, 0, 0)?;
    let data = b.data().clone();
    Ok(make(data, true))
}

/// `bytearray[i] = byte` and `bytearray[a:b] = iterable`.
pub fn dunder_setitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, "__setitem__", args, kw, 2, 2)?;
    if let Some(s) = args[1].downcast::<Slice>() {
        let new = match super::text_ops::bytes_of(&args[2]) {
            Some(d) => d,
            None if matches!(args[2], Value::Int(_)) => {
                return Err(vm.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            None => {
                let items = vm.collect(&args[2])?;
                items
                    .iter()
                    .map(|v| vm.byte_value(v))
                    .collect::<PyResult<Vec<u8>>>()?
            }
        };
        return set_slice(vm, b, s, new);
    }
    vm.setitem(&args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}

/// Assigns to a slice of a bytearray.
fn set_slice(vm: &mut Vm, b: &PyByteArray, s: &Slice, new: Vec<u8>) -> PyResult<Value> {
    let len = b.data().len();
    let ix = vm.slice_indices(s, len)?;
    if ix.step == 1 {
        let start = ix.start.clamp(0, len as i64) as usize;
        let end = (start + ix.len).min(len);
        b.data_mut().splice(start..end, new);
        return Ok(Value::None);
    }
    if new.len() != ix.len {
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            ix.len
        )));
    }
    let mut data = b.data_mut();
    for (k, byte) in ix.iter().zip(new) {
        data[k] = byte;
    }
    Ok(Value::None)
}

/// `del bytearray[i]` and `del bytearray[a:b]`.
pub fn dunder_delitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this(vm, "__delitem__", args, kw, 1, 1)?;
    let len = b.data().len();
    if let Some(s) = args[1].downcast::<Slice>() {
        let ix = vm.slice_indices(s, len)?;
        let mut drop: Vec<usize> = ix.iter().collect();
        drop.sort_unstable();
        let mut data = b.data_mut();
        for k in drop.into_iter().rev() {
            data.remove(k);
        }
        return Ok(Value::None);
    }
    let i = vm.to_index(&args[1])?;
    let Some(k) = norm_index(i, len) else {
        return Err(vm.index_error("bytearray index out of range"));
    };
    b.data_mut().remove(k);
    Ok(Value::None)
}
