//! Splitting, stripping and joining methods of `str`.

use super::args::bind;
use super::str_methods::{arg, index_arg, positional, this};
use crate::format::printable::is_space;
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::vm::{Kw, PyResult, Vm};

/// The split/strip/join methods, for registration.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("join", join),
];

/// Which ends `strip` works on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ends {
    Left,
    Right,
    Both,
}

fn strip_impl(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, ends: Ends) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    positional(vm, name, args, kw, 0, 1)?;
    let chars: Option<Vec<char>> = match arg(args, 0) {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.as_str().chars().collect()),
        Some(_) => return Err(vm.type_error(format!("{name} arg must be None or str"))),
    };
    let strip_it = |c: char| match &chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let mut text = s.as_str();
    if ends != Ends::Right {
        text = text.trim_start_matches(strip_it);
    }
    if ends != Ends::Left {
        text = text.trim_end_matches(strip_it);
    }
    if text.len() == s.as_str().len() {
        return Ok(args[0].clone());
    }
    Ok(Value::str(text))
}

/// `str.strip([chars])`.
pub fn strip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "strip", args, kw, Ends::Both)
}

/// `str.lstrip([chars])`.
pub fn lstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "lstrip", args, kw, Ends::Left)
}

/// `str.rstrip([chars])`.
pub fn rstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, "rstrip", args, kw, Ends::Right)
}

/// Parses `(sep=None, maxsplit=-1)`; returns the separator text and the limit.
fn split_args(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
) -> PyResult<(Option<String>, Option<usize>)> {
    if let Some((k, _)) = kw.iter().find(|(k, _)| !["sep", "maxsplit"].contains(k)) {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
    }
    let slots = bind(vm, name, &args[1..], kw, &["sep", "maxsplit"], 0)?;
    let sep = match &slots[0] {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) if s.as_str().is_empty() => {
            return Err(vm.value_error("empty separator"));
        }
        Some(Value::Str(s)) => Some(s.as_str().to_owned()),
        Some(other) => {
            return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(other))));
        }
    };
    let limit = match &slots[1] {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    Ok((sep, usize::try_from(limit).ok()))
}

/// `str.split(sep=None, maxsplit=-1)`.
pub fn split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "split")?;
    let (sep, limit) = split_args(vm, "split", args, kw)?;
    let text = s.as_str();
    let parts: Vec<&str> = match (&sep, limit) {
        (None, _) => split_whitespace(text, limit),
        (Some(sep), None) => text.split(sep.as_str()).collect(),
        (Some(sep), Some(n)) => text.splitn(n.saturating_add(1), sep.as_str()).collect(),
    };
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

/// `str.rsplit(sep=None, maxsplit=-1)`.
pub fn rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "rsplit")?;
    let (sep, limit) = split_args(vm, "rsplit", args, kw)?;
    let text = s.as_str();
    let mut parts: Vec<&str> = match (&sep, limit) {
        (None, _) => rsplit_whitespace(text, limit),
        (Some(sep), None) => text.rsplit(sep.as_str()).collect(),
        (Some(sep), Some(n)) => text.rsplitn(n.saturating_add(1), sep.as_str()).collect(),
    };
    parts.reverse();
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

/// Splits on runs of whitespace, at most `limit` times; the rest keeps its inner spaces.
fn split_whitespace(text: &str, limit: Option<usize>) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text.trim_start_matches(is_space);
    while !rest.is_empty() {
        if limit.is_some_and(|n| parts.len() >= n) {
            parts.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        parts.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_space);
    }
    parts
}

/// Like [`split_whitespace`] from the right; the parts come out last first.
fn rsplit_whitespace(text: &str, limit: Option<usize>) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text.trim_end_matches(is_space);
    while !rest.is_empty() {
        if limit.is_some_and(|n| parts.len() >= n) {
            parts.push(rest);
            break;
        }
        let start = rest.rfind(is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        parts.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_space);
    }
    parts
}

/// Whether `c` ends a line for `splitlines`.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Splits text into lines at every line boundary, `\r\n` counting as one.
pub fn split_lines(text: &str, keepends: bool) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && iter.peek().is_some_and(|&(_, n)| n == '\n') {
            iter.next();
            end += 1;
        }
        lines.push(&text[start..if keepends { end } else { i }]);
        start = end;
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// `str.splitlines(keepends=False)`.
pub fn splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "splitlines")?;
    if let Some((k, _)) = kw.iter().find(|(k, _)| *k != "keepends") {
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for splitlines()"
        )));
    }
    let slots = bind(vm, "splitlines", &args[1..], kw, &["keepends"], 0)?;
    let keepends = match &slots[0] {
        None => false,
        Some(Value::Float(_)) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        Some(v) => vm.truthy(v)?,
    };
    let lines = split_lines(s.as_str(), keepends);
    Ok(Value::list(lines.into_iter().map(Value::str).collect()))
}

/// `str.join(iterable)`.
pub fn join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "join")?;
    positional(vm, "join", args, kw, 1, 1)?;
    let it = vm.iter(&args[1]).map_err(|e| {
        if vm.err_is(&e, "TypeError") {
            vm.type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut out = String::new();
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let Value::Str(part) = crate::vm::subclass::base_value(&item) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(&item)
            )));
        };
        if i > 0 {
            out.push_str(s.as_str());
        }
        out.push_str(part.as_str());
        i += 1;
    }
    Ok(Value::string(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_splits() {
        assert_eq!(split_whitespace("  a b\u{3000}c  ", None), ["a", "b", "c"]);
        assert_eq!(split_whitespace(" a  b  c ", Some(1)), ["a", "b  c "]);
        assert_eq!(rsplit_whitespace(" a  b  c ", Some(1)), ["c", " a  b"]);
        assert!(split_whitespace("   ", None).is_empty());
    }

    #[test]
    fn lines() {
        assert_eq!(
            split_lines("a\r\nb\rc\x0bd\u{2028}e\n", false),
            ["a", "b", "c", "d", "e"]
        );
        assert_eq!(split_lines("a\r\nb", true), ["a\r\n", "b"]);
        assert!(split_lines("", false).is_empty());
    }
}
