//! Searching methods of `str`: find, index, count, startswith, replace, partition and friends.

use super::str_methods::{
    adjust, arg, bound_arg, char_index, index_arg, positional, search_arity, str_value, this,
};
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::objects::str::PyStr;
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
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
];

/// A search window: the receiver, the needle and the resolved char bounds.
struct Window<'a> {
    hay: &'a PyStr,
    start: i64,
    end: i64,
}

impl Window<'_> {
    /// The searched text and the byte offset where it begins (`None` if the window is empty).
    fn text(&self) -> Option<(&str, usize)> {
        if self.start > self.end {
            return None;
        }
        let (a, b) = (self.start as usize, self.end as usize);
        let lo = self.hay.byte_offset(a);
        let hi = self.hay.byte_offset(b);
        Some((&self.hay.as_str()[lo..hi], lo))
    }
}

/// Parses `(sub, start=None, end=None)`.
fn window<'a>(
    vm: &mut Vm,
    name: &str,
    args: &'a [Value],
    kw: Kw,
) -> PyResult<(Window<'a>, &'a PyStr)> {
    let hay = this(vm, args, name)?;
    search_arity(vm, name, args, kw, 3)?;
    let sub = str_value(vm, &args[1])?;
    let start = bound_arg(vm, arg(args, 1))?;
    let end = bound_arg(vm, arg(args, 2))?;
    let (start, end) = adjust(start, end, hay.char_len());
    Ok((Window { hay, start, end }, sub))
}

/// The char index of the first (or last) occurrence, like `find`/`rfind`.
fn search(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, last: bool) -> PyResult<i64> {
    let (w, sub) = window(vm, name, args, kw)?;
    let Some((text, offset)) = w.text() else {
        return Ok(-1);
    };
    let found = if last {
        text.rfind(sub.as_str())
    } else {
        text.find(sub.as_str())
    };
    Ok(found.map_or(-1, |b| char_index(w.hay, offset + b) as i64))
}

/// `str.find(sub[, start[, end]])`.
pub fn find(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    search(vm, "find", args, kw, false).map(Value::Int)
}

/// `str.rfind(sub[, start[, end]])`.
pub fn rfind(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    search(vm, "rfind", args, kw, true).map(Value::Int)
}

/// `str.index(sub[, start[, end]])`.
pub fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match search(vm, "index", args, kw, false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

/// `str.rindex(sub[, start[, end]])`.
pub fn rindex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match search(vm, "rindex", args, kw, true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

/// `str.count(sub[, start[, end]])`: non-overlapping occurrences.
pub fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (w, sub) = window(vm, "count", args, kw)?;
    let Some((text, _)) = w.text() else {
        return Ok(Value::Int(0));
    };
    if sub.as_str().is_empty() {
        return Ok(Value::Int(w.end - w.start + 1));
    }
    Ok(Value::Int(text.matches(sub.as_str()).count() as i64))
}

/// `startswith` / `endswith`: a str or a tuple of str, with optional bounds.
fn affix_match(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, at_end: bool) -> PyResult<Value> {
    let hay = this(vm, args, name)?;
    search_arity(vm, name, args, kw, 3)?;
    let start = bound_arg(vm, arg(args, 1))?;
    let end = bound_arg(vm, arg(args, 2))?;
    let (start, end) = adjust(start, end, hay.char_len());
    let w = Window { hay, start, end };
    let candidates: Vec<Value> = match &args[1] {
        Value::Str(_) => vec![args[1].clone()],
        Value::Tuple(t) => t.as_slice().to_vec(),
        other => {
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(other)
            )));
        }
    };
    for cand in &candidates {
        let Value::Str(affix) = cand else {
            return Err(vm.type_error(format!(
                "tuple for {name} must only contain str, not {}",
                vm.type_name(cand)
            )));
        };
        if w.end - w.start < affix.char_len() as i64 {
            continue;
        }
        let Some((text, _)) = w.text() else { continue };
        if (at_end && text.ends_with(affix.as_str()))
            || (!at_end && text.starts_with(affix.as_str()))
        {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `str.startswith(prefix[, start[, end]])`.
pub fn startswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_match(vm, "startswith", args, kw, false)
}

/// `str.endswith(suffix[, start[, end]])`.
pub fn endswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_match(vm, "endswith", args, kw, true)
}

/// `str.replace(old, new[, count])`.
pub fn replace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "replace")?;
    positional(vm, "replace", args, kw, 2, 3)?;
    let mut parts = [""; 2];
    for (i, part) in parts.iter_mut().enumerate() {
        *part = match &args[i + 1] {
            Value::Str(x) => x.as_str(),
            other => {
                return Err(vm.type_error(format!(
                    "replace() argument {} must be str, not {}",
                    i + 1,
                    vm.type_name(other)
                )));
            }
        };
    }
    let limit = match arg(args, 2) {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    let [old, new] = parts;
    let hits = if old.is_empty() {
        s.char_len() + 1
    } else {
        s.as_str().matches(old).count()
    };
    let hits = if limit < 0 {
        hits
    } else {
        hits.min(limit as usize)
    };
    let grow = new.len().saturating_sub(old.len());
    vm.check_size(
        1,
        s.as_str().len().saturating_add(grow.saturating_mul(hits)),
    )?;
    Ok(Value::string(s.as_str().replacen(old, new, hits)))
}

/// `partition` / `rpartition`.
fn split_once(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, last: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    positional(vm, name, args, kw, 1, 1)?;
    let sep = str_value(vm, &args[1])?;
    if sep.as_str().is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if last {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    let parts = match found {
        Some(i) => [
            Value::str(&text[..i]),
            args[1].clone(),
            Value::str(&text[i + sep.as_str().len()..]),
        ],
        None if last => [Value::str(""), Value::str(""), args[0].clone()],
        None => [args[0].clone(), Value::str(""), Value::str("")],
    };
    Ok(Value::tuple(parts.to_vec()))
}

/// `str.partition(sep)`.
pub fn partition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_once(vm, "partition", args, kw, false)
}

/// `str.rpartition(sep)`.
pub fn rpartition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_once(vm, "rpartition", args, kw, true)
}

/// `removeprefix` / `removesuffix`.
fn remove_affix(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, suffix: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    positional(vm, name, args, kw, 1, 1)?;
    let Value::Str(affix) = &args[1] else {
        return Err(vm.type_error(format!(
            "{name}() argument must be str, not {}",
            vm.type_name(&args[1])
        )));
    };
    let text = s.as_str();
    let stripped = if suffix {
        text.strip_suffix(affix.as_str())
    } else {
        text.strip_prefix(affix.as_str())
    };
    match stripped {
        Some(rest) if !affix.as_str().is_empty() => Ok(Value::str(rest)),
        _ => Ok(args[0].clone()),
    }
}

/// `str.removeprefix(prefix)`.
pub fn removeprefix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    remove_affix(vm, "removeprefix", args, kw, false)
}

/// `str.removesuffix(suffix)`.
pub fn removesuffix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    remove_affix(vm, "removesuffix", args, kw, true)
}
