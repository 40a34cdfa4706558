//! Splitting and stripping methods shared by bytes and bytearray.

use super::args::bind;
use super::bytes_methods::{arity, bytes_arg, find_bytes, receiver};
use super::bytes_search::is_ws;
use super::str_methods::index_arg;
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::vm::{Kw, PyResult, Vm};

/// The split and strip methods, for registration.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("split", split),
    ("rsplit", rsplit),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
];

/// Parses `(sep=None, maxsplit=-1)`.
fn split_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
) -> PyResult<(Option<Vec<u8>>, Option<usize>)> {
    let slots = bind(vm, name, &args[1..], kw, &["sep", "maxsplit"], 0)?;
    let sep = match &slots[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    if sep.as_ref().is_some_and(|s| s.is_empty()) {
        return Err(vm.value_error("empty separator"));
    }
    let limit = match &slots[1] {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    Ok((sep, usize::try_from(limit).ok()))
}

/// Splits `data` from the left (or right when `rev`), at most `limit` times.
fn split_parts(data: &[u8], sep: Option<&[u8]>, limit: Option<usize>, rev: bool) -> Vec<Vec<u8>> {
    let mut work: Vec<u8> = data.to_vec();
    let mut sep_v: Option<Vec<u8>> = sep.map(<[u8]>::to_vec);
    if rev {
        work.reverse();
        if let Some(s) = sep_v.as_mut() {
            s.reverse();
        }
    }
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep_v {
        Some(sep) => {
            let mut at = 0;
            while limit.is_none_or(|n| parts.len() < n) {
                let Some(i) = find_bytes(&work, &sep, at) else {
                    break;
                };
                parts.push(work[at..i].to_vec());
                at = i + sep.len();
            }
            parts.push(work[at..].to_vec());
        }
        None => {
            let mut rest: &[u8] = &work;
            loop {
                let skip = rest.iter().position(|&b| !is_ws(b)).unwrap_or(rest.len());
                rest = &rest[skip..];
                if rest.is_empty() {
                    break;
                }
                if limit.is_some_and(|n| parts.len() >= n) {
                    parts.push(rest.to_vec());
                    break;
                }
                let end = rest.iter().position(|&b| is_ws(b)).unwrap_or(rest.len());
                parts.push(rest[..end].to_vec());
                rest = &rest[end..];
            }
        }
    }
    if rev {
        parts.reverse();
        parts.iter_mut().for_each(|p| p.reverse());
    }
    parts
}

/// `bytes.split(sep=None, maxsplit=-1)`.
pub fn split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "split")?;
    let (sep, limit) = split_args(vm, "split", args, kw)?;
    let parts = split_parts(&r.data, sep.as_deref(), limit, false);
    Ok(Value::list(parts.into_iter().map(|p| r.make(p)).collect()))
}

/// `bytes.rsplit(sep=None, maxsplit=-1)`.
pub fn rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = receiver(vm, args, "rsplit")?;
    let (sep, limit) = split_args(vm, "rsplit", args, kw)?;
    let parts = split_parts(&r.data, sep.as_deref(), limit, true);
    Ok(Value::list(parts.into_iter().map(|p| r.make(p)).collect()))
}

fn strip_impl(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let r = receiver(vm, args, name)?;
    arity(vm, &r, name, args, kw, 0, 1)?;
    let set: Option<Vec<u8>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let strip_it = |b: &u8| match &set {
        None => is_ws(*b),
        Some(s) => s.contains(b),
    };
    let mut d: &[u8] = &r.data;
    if left {
        d = &d[d.iter().position(|b| !strip_it(b)).unwrap_or(d.len())..];
    }
    if right {
        d = &d[..d.iter().rposition(|b| !strip_it(b)).map_or(0, |i| i + 1)];
    }
    Ok(r.make(d.to_vec()))
}

/// `bytes.strip([bytes])`.
pub fn strip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "strip", args, kw, true, true)
}

/// `bytes.lstrip([bytes])`.
pub fn lstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "lstrip", args, kw, true, false)
}

/// `bytes.rstrip([bytes])`.
pub fn rstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "rstrip", args, kw, false, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits() {
        let v = |p: Vec<Vec<u8>>| {
            p.into_iter()
                .map(|x| String::from_utf8(x).unwrap_or_default())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            v(split_parts(b" a  b c ", None, None, false)),
            ["a", "b", "c"]
        );
        assert_eq!(
            v(split_parts(b" a  b c ", None, Some(1), true)),
            [" a  b", "c"]
        );
        assert_eq!(
            v(split_parts(b"a,b,,c", Some(b","), Some(2), false)),
            ["a", "b", ",c"]
        );
        assert_eq!(v(split_parts(b"aaa", Some(b"aa"), None, true)), ["a", ""]);
    }
}
