//! Searching, replacing, partitioning and joining methods shared by bytes and bytearray.

use super::bytes_methods::{Receiver, arity, bytes_arg, find_bytes, receiver, rfind_bytes};
use super::str_methods::{adjust, bound_arg, index_arg};
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::vm::{Kw, PyResult, Vm};

/// The search methods, for registration.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("replace", replace),
    ("partition", partition),
    ("rpartition", rpartition),
    ("join", join),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
];

/// ASCII whitespace as bytes methods see it.
pub fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The needle of `find`-like methods: an int byte or a bytes-like object.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = super::text_ops::bytes_of(v) {
        return Ok(b);
    }
    if matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_)
    ) {
        return vm.byte_value(v).map(|b| vec![b]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    )))
}

/// Parses `(sub[, start[, end]])`; returns the data, the needle and the window bounds.
fn window(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
) -> PyResult<(Receiver, Vec<u8>, i64, i64)> {
    let r = receiver(vm, args, name)?;
    arity(vm, &r, name, args, kw, 1, 3)?;
    let sub = needle(vm, &args[1])?;
    let start = bound_arg(vm, args.get(2))?;
    let end = bound_arg(vm, args.get(3))?;
    let (start, end) = adjust(start, end, r.data.len());
    Ok((r, sub, start, end))
}

fn search(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, last: bool) -> PyResult<i64> {
    let (r, sub, start, end) = window(vm, name, args, kw)?;
    if end - start < sub.len() as i64 {
        return Ok(-1);
    }
    let hay = &r.data[start as usize..end as usize];
    let found = if last {
        rfind_bytes(hay, &sub)
    } else {
        find_bytes(hay, &sub, 0)
    };
    Ok(found.map_or(-1, |i| i as i64 + start))
}

/// `bytes.find(sub[, start[, end]])`.
pub fn find(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    search(vm, "find", args, kw, false).map(Value::Int)
}

/// `bytes.rfind(sub[, start[, end]])`.
pub fn rfind(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    search(vm, "rfind", args, kw, true).map(Value::Int)
}

/// `bytes.index(sub[, start[, end]])`.
pub fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match search(vm, "index", args, kw, false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

/// `bytes.rindex(sub[, start[, end]])`.
pub fn rindex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match search(vm, "rindex", args, kw, true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

/// `bytes.count(sub[, start[, end]])`.
pub fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (r, sub, start, end) = window(vm, "count", args, kw)?;
    if start > end {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    let hay = &r.data[start as usize..end as usize];
    Ok(Value::Int(count_hits(hay, &sub) as i64))
}

fn affix(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, at_end: bool) -> PyResult<Value> {
    let r = receiver(vm, args, name)?;
    arity(vm, &r, name, args, kw, 1, 3)?;
    let start = bound_arg(vm, args.get(2))?;
    let end = bound_arg(vm, args.get(3))?;
    let (start, end) = adjust(start, end, r.data.len());
    let cands: Vec<Value> = match &args[1] {
        Value::Tuple(t) => t.as_slice().to_vec(),
        v if super::text_ops::bytes_of(v).is_some() => vec![v.clone()],
        other => {
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(other)
            )));
        }
    };
    for cand in &cands {
        let Some(fix) = super::text_ops::bytes_of(cand) else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(cand)
            )));
        };
        if end - start < fix.len() as i64 {
            continue;
        }
        let hay = &r.data[start as usize..end as usize];
        if (at_end && hay.ends_with(&fix)) || (!at_end && hay.starts_with(&fix)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `bytes.startswith(prefix[, start[, end]])`.
pub fn startswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix(vm, "startswith", args, kw, false)
}

/// `bytes.endswith(suffix[, start[, end]])`.
pub fn endswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix(vm, "endswith", args, kw, true)
}

/// `bytes.replace(old, new[, count])`.
pub fn replace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "replace")?;
    arity(vm, &r, "replace", args, kw, 2, 3)?;
    let old = bytes_arg(vm, &args[1])?;
    let new = bytes_arg(vm, &args[2])?;
    let left = match args.get(3) {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    let hits = if old.is_empty() {
        r.data.len() + 1
    } else {
        count_hits(&r.data, &old)
    };
    let hits = if left < 0 {
        hits
    } else {
        hits.min(left as usize)
    };
    vm.check_size(
        1,
        r.data.len().saturating_add(new.len().saturating_mul(hits)),
    )?;
    Ok(r.make(replace_bytes(&r.data, &old, &new, hits)))
}

/// Non-overlapping occurrences of a non-empty needle.
fn count_hits(hay: &[u8], needle: &[u8]) -> usize {
    let (mut n, mut at) = (0, 0);
    while let Some(i) = find_bytes(hay, needle, at) {
        n += 1;
        at = i + needle.len();
    }
    n
}

/// Replaces the first `hits` occurrences of `old` (an empty `old` matches between bytes).
fn replace_bytes(data: &[u8], old: &[u8], new: &[u8], hits: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        for (i, &b) in data.iter().enumerate() {
            if i < hits {
                out.extend_from_slice(new);
            }
            out.push(b);
        }
        if hits > data.len() {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut at = 0;
    for _ in 0..hits {
        let Some(i) = find_bytes(data, old, at) else {
            break;
        };
        out.extend_from_slice(&data[at..i]);
        out.extend_from_slice(new);
        at = i + old.len();
    }
    out.extend_from_slice(&data[at..]);
    out
}

fn split_once(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, last: bool) -> PyResult<Value> {
    let r = receiver(vm, args, name)?;
    arity(vm, &r, name, args, kw, 1, 1)?;
    let sep = bytes_arg(vm, &args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if last {
        rfind_bytes(&r.data, &sep)
    } else {
        find_bytes(&r.data, &sep, 0)
    };
    let d = &r.data;
    let parts = match found {
        Some(i) => [d[..i].to_vec(), sep.clone(), d[i + sep.len()..].to_vec()],
        None if last => [Vec::new(), Vec::new(), d.clone()],
        None => [d.clone(), Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(parts.into_iter().map(|p| r.make(p)).collect()))
}

/// `bytes.partition(sep)`.
pub fn partition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_once(vm, "partition", args, kw, false)
}

/// `bytes.rpartition(sep)`.
pub fn rpartition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_once(vm, "rpartition", args, kw, true)
}

/// `bytes.join(iterable_of_bytes)`.
pub fn join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "join")?;
    arity(vm, &r, "join", args, kw, 1, 1)?;
    let items = vm.collect(&args[1])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(part) = super::text_ops::bytes_of(item) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&r.data);
        }
        out.extend_from_slice(&part);
    }
    Ok(r.make(out))
}

fn remove_affix(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, suffix: bool) -> PyResult<Value> {
    let r = receiver(vm, args, name)?;
    arity(vm, &r, name, args, kw, 1, 1)?;
    let fix = bytes_arg(vm, &args[1])?;
    let d = &r.data;
    let out = match (suffix, d.starts_with(&fix), d.ends_with(&fix)) {
        (false, true, _) => d[fix.len()..].to_vec(),
        (true, _, true) => d[..d.len() - fix.len()].to_vec(),
        _ => d.clone(),
    };
    Ok(r.make(out))
}

/// `bytes.removeprefix(prefix)`.
pub fn removeprefix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    remove_affix(vm, "removeprefix", args, kw, false)
}

/// `bytes.removesuffix(suffix)`.
pub fn removesuffix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    remove_affix(vm, "removesuffix", args, kw, true)
}
