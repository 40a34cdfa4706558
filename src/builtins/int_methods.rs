//! The named methods of `int`: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate,
//! and the conversions `__index__`, `__int__`, `__float__`, `__trunc__`, `__floor__`, `__ceil__`, `__round__`.
//!
//! The operator slots (`__add__`, `__lt__` ...) live in [`super::number_slots`].

use super::args::check_count;
use super::receiver::wrong_self;
use super::setup::add_methods;
use crate::objects::Value;
use crate::objects::function::{BuiltinFunction, NativeFn};
use crate::vm::{Kw, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};
use std::rc::Rc;

/// Registers the methods on the `int` class (bool inherits them).
pub fn register(vm: &mut Vm) {
    let int = vm.types().int.clone();
    let methods: [(&'static str, NativeFn); 11] = [
        ("bit_length", bit_length),
        ("bit_count", bit_count),
        ("to_bytes", to_bytes),
        ("as_integer_ratio", as_integer_ratio),
        ("conjugate", conjugate),
        ("__trunc__", trunc),
        ("__floor__", floor),
        ("__ceil__", ceil),
        ("__round__", round),
        ("__getnewargs__", getnewargs),
        ("__sizeof__", sizeof),
    ];
    add_methods(&int, "int", &methods);
    let from_bytes = Value::Builtin(Rc::new(BuiltinFunction {
        name: "from_bytes",
        func: from_bytes,
        owner: None,
        doc: None,
    }));
    int.dict.set_str(
        "from_bytes",
        Value::native(super::descriptors::ClassMethod { func: from_bytes }),
    );
}

/// True for ints (bools included).
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// `self` of an int method as a big int, with CPython's error for a foreign receiver.
fn int_self(vm: &Vm, args: &[Value], name: &str) -> PyResult<BigInt> {
    match args.first() {
        Some(v) if is_int(v) => Ok(vm.to_bigint(v).unwrap_or_default()),
        other => Err(wrong_self(vm, "int", name, other)),
    }
}

/// `self` of a method that takes no arguments.
fn int_self_only(vm: &Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<BigInt> {
    let n = int_self(vm, args, name)?;
    if !kw.is_empty() {
        return Err(vm.type_error(format!("int.{name}() takes no keyword arguments")));
    }
    check_count(vm, &format!("int.{name}"), args.len() - 1, 0, 0)?;
    Ok(n)
}

/// `int.bit_length()`.
fn bit_length(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_self_only(vm, args, kw, "bit_length")?;
    Ok(Value::Int(n.bits() as i64))
}

/// `int.bit_count()`.
fn bit_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_self_only(vm, args, kw, "bit_count")?;
    Ok(Value::Int(n.magnitude().count_ones() as i64))
}

/// `int.as_integer_ratio()`.
fn as_integer_ratio(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_self_only(vm, args, kw, "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(n), Value::Int(1)]))
}

/// `int.conjugate()`.
fn conjugate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_self_only(vm, args, kw, "conjugate")?;
    Ok(Value::from_bigint(n))
}

/// `int.__trunc__()`: the int itself (a bool becomes an int).
fn trunc(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    int_self_only(vm, args, kw, "__trunc__").map(Value::from_bigint)
}

/// `int.__floor__()`.
fn floor(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    int_self_only(vm, args, kw, "__floor__").map(Value::from_bigint)
}

/// `int.__ceil__()`.
fn ceil(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    int_self_only(vm, args, kw, "__ceil__").map(Value::from_bigint)
}

/// `int.__getnewargs__()`.
fn getnewargs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_self_only(vm, args, kw, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::from_bigint(n)]))
}

/// `int.__sizeof__()`: CPython's size (a header plus 30-bit digits).
fn sizeof(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_self_only(vm, args, kw, "__sizeof__")?;
    let digits = n.bits().div_ceil(30).max(1);
    Ok(Value::Int(24 + 4 * digits as i64))
}

/// `int.__round__(ndigits=None)`.
fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_self(vm, args, "__round__")?;
    super::args::check(vm, "__round__", &args[1..], kw, 0, 1)?;
    let nd = args.get(1).filter(|v| !v.is_none());
    vm.round_int(&n, nd)
}

/// The keyword arguments of `to_bytes`/`from_bytes`: positional `length`/`bytes` and
/// `byteorder` (at most two), keyword-only `signed`.
fn byte_args(
    vm: &mut Vm,
    fname: &str,
    pos: &[Value],
    kw: Kw,
    first: &str,
) -> PyResult<(Option<Value>, Option<Value>, bool)> {
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let mut slots = [pos.first().cloned(), pos.get(1).cloned()];
    let mut signed = false;
    for (k, v) in kw.iter() {
        let i = match k {
            k if k == first => 0,
            "byteorder" => 1,
            "signed" => {
                signed = vm.truthy(v)?;
                continue;
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for {fname}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [a, b] = slots;
    Ok((a, b, signed))
}

/// True for `'little'`, false for `'big'` (the default), else CPython's errors.
fn little_endian(vm: &Vm, fname: &str, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(vm.type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = int_self(vm, args, "to_bytes")?;
    let (length, order, signed) = byte_args(vm, "to_bytes", &args[1..], kw, "length")?;
    let length = match length {
        Some(v) => vm.index_bigint(&v)?,
        None => BigInt::from(1),
    };
    let little = little_endian(vm, "to_bytes", order.as_ref())?;
    if length.is_negative() {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let length = usize::try_from(&length)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    if !signed && n.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let minimal = minimal_bytes(&n, signed);
    if minimal.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    vm.check_size(length, 1)?;
    let fill = if n.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - minimal.len()];
    out.extend(minimal);
    if little {
        out.reverse();
    }
    Ok(Value::bytes(out))
}

/// The shortest big-endian bytes of `n` (two's complement when `signed`); empty for zero.
fn minimal_bytes(n: &BigInt, signed: bool) -> Vec<u8> {
    if n.is_zero() {
        return Vec::new();
    }
    if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (data, order, signed) = byte_args(vm, "from_bytes", &args[1..], kw, "bytes")?;
    let Some(data) = data else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = little_endian(vm, "from_bytes", order.as_ref())?;
    let mut bytes = bytes_of(vm, &data)?;
    if little {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_be(&bytes)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &bytes)
    };
    let n = Value::from_bigint(n);
    // Called on a subclass (bool, or a user class), the class converts the int.
    match args.first() {
        Some(cls @ Value::Class(c)) if !Rc::ptr_eq(c, &vm.types().int) => vm.call0(cls, &[n]),
        _ => Ok(n),
    }
}

/// The bytes of a bytes-like object or an iterable of ints in `range(0, 256)`.
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => return Ok(b.to_vec()),
        Value::ByteArray(b) => return Ok(b.data().to_vec()),
        Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(v)
            )));
        }
        _ => {}
    }
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        let n = vm.index_bigint(item)?;
        match u8::try_from(&n) {
            Ok(b) => out.push(b),
            Err(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}
