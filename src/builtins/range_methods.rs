//! The methods of `range`: length, indexing and slicing, membership,
//! `index`/`count`, equality and hashing (ranges compare as sequences).

use super::range::{Bounds, Range};
use super::setup::add_methods;
use crate::objects::Value;
use crate::vm::{Kw, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// Installs the methods of `range`.
pub fn register(vm: &mut Vm) {
    let range = vm.types().range.clone();
    add_methods(
        &range,
        "range",
        &[
            ("__iter__", range_iter),
            ("__reversed__", range_reversed),
            ("__len__", range_len),
            ("__bool__", range_bool),
            ("__repr__", range_repr),
            ("__getitem__", range_getitem),
            ("__contains__", range_contains),
            ("__eq__", range_eq),
            ("__ne__", range_ne),
            ("__hash__", range_hash),
            ("index", range_index),
            ("count", range_count),
        ],
    );
}

/// `self` as a range.
fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Range> {
    args.first()
        .and_then(|a| a.downcast::<Range>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'range' object"))
}

/// `iter(range)`.
fn range_iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(this(vm, args)?.iter())
}

/// `reversed(range)`.
fn range_reversed(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(this(vm, args)?.reversed())
}

/// `len(range)`: OverflowError past the machine size, like CPython.
fn range_len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match this(vm, args)?.len_big().to_i64() {
        Some(n) => Ok(Value::Int(n)),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `bool(range)`: never overflows.
fn range_bool(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(!this(vm, args)?.is_empty()))
}

/// `repr(range)`.
fn range_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (start, stop, step) = this(vm, args)?.big();
    Ok(Value::string(if step == BigInt::from(1) {
        format!("range({start}, {stop})")
    } else {
        format!("range({start}, {stop}, {step})")
    }))
}

/// `range[i]` and `range[a:b:c]` (a slice of a range is a range).
fn range_getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let index = args.get(1).cloned().unwrap_or(Value::None);
    let len = r.len_big();
    if let Some(s) = index.downcast::<super::slice::Slice>() {
        let (start, stop, step) = s.big_indices(vm, &len)?;
        let (_, _, own_step) = r.big();
        let sliced = Range::new(r.at(&start), r.at(&stop), step * own_step);
        return Ok(Value::native(sliced));
    }
    let i = match vm.to_bigint(&index) {
        Some(i) => i,
        None if matches!(index, Value::Instance(_)) => BigInt::from(vm.to_index(&index)?),
        None => {
            return Err(vm.type_error(format!(
                "range indices must be integers or slices, not {}",
                vm.type_name(&index)
            )));
        }
    };
    let k = if i.is_negative() { i + &len } else { i };
    if k.is_negative() || k >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(Value::from_bigint(r.at(&k)))
}

/// The position of the int `x` in `r`, if present.
fn position(r: &Range, x: &BigInt) -> Option<BigInt> {
    if let (Bounds::Small { start, stop, step }, Some(x)) = (&r.bounds, x.to_i64()) {
        let (start, stop, step) = (*start, *stop, *step);
        let inside = if step > 0 {
            x >= start && x < stop
        } else {
            x <= start && x > stop
        };
        let offset = x as i128 - start as i128;
        return (inside && offset % step as i128 == 0).then(|| BigInt::from(offset / step as i128));
    }
    let (start, stop, step) = r.big();
    let inside = if step.is_positive() {
        *x >= start && *x < stop
    } else {
        *x <= start && *x > stop
    };
    let (q, rem) = (x - &start).div_rem(&step);
    (inside && rem.is_zero()).then_some(q)
}

/// The int value of exact ints and bools (what `range` searches arithmetically).
fn exact_int(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// How many values of `r` equal `x` (other kinds than int are compared one by one).
fn count_of(vm: &mut Vm, r: &Range, x: &Value) -> PyResult<usize> {
    if let Some(i) = exact_int(x) {
        return Ok(position(r, &i).is_some() as usize);
    }
    let it = r.iter();
    let mut n = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, x)? {
            n += 1;
        }
    }
    Ok(n)
}

/// `x in range`.
fn range_contains(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(i) = exact_int(&x) {
        return Ok(Value::Bool(position(r, &i).is_some()));
    }
    let it = r.iter();
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `range.index(value)`.
fn range_index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "index", args.get(1..).unwrap_or(&[]), kw, 1, 1)?;
    let r = this(vm, args)?;
    let x = &args[1];
    if let Some(i) = exact_int(x) {
        return match position(r, &i) {
            Some(p) => Ok(Value::from_bigint(p)),
            None => {
                let shown = vm.repr_str(x)?;
                Err(vm.value_error(format!("{shown} is not in range")))
            }
        };
    }
    let it = r.iter();
    let mut k: i64 = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, x)? {
            return Ok(Value::Int(k));
        }
        k += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

/// `range.count(value)`.
fn range_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "count", args.get(1..).unwrap_or(&[]), kw, 1, 1)?;
    let r = this(vm, args)?;
    Ok(Value::Int(count_of(vm, r, &args[1])? as i64))
}

/// What identifies a range as a sequence: its length, first value and step
/// (the first and step only when they matter), as CPython compares and hashes.
fn identity(r: &Range) -> (BigInt, Option<BigInt>, Option<BigInt>) {
    let (start, _, step) = r.big();
    let len = r.len_big();
    match len.to_u8() {
        Some(0) => (len, None, None),
        Some(1) => (len, Some(start), None),
        _ => (len, Some(start), Some(step)),
    }
}

/// `range == other`: the same sequence of values.
fn range_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = this(vm, args)?;
    match args.get(1).and_then(|a| a.downcast::<Range>()) {
        Some(other) => Ok(Value::Bool(identity(r) == identity(other))),
        None => Ok(Value::NotImplemented),
    }
}

/// `range != other`.
fn range_ne(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match range_eq(vm, args, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

/// `hash(range)`: the hash of `(len, start, step)` with the unused parts None.
fn range_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (len, start, step) = identity(this(vm, args)?);
    let part = |v: Option<BigInt>| v.map_or(Value::None, Value::from_bigint);
    let key = Value::tuple(vec![Value::from_bigint(len), part(start), part(step)]);
    Ok(Value::Int(vm.hash(&key)?))
}
