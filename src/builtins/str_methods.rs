//! The methods of `str`: registration and the argument helpers they share.
//!
//! The methods themselves live by theme: [`super::str_case`], [`super::str_search`],
//! [`super::str_split`], [`super::str_pad`], [`super::str_predicates`],
//! [`super::str_dunder`] and [`super::str_format`].

use super::args::check_count;
use super::setup::add_methods;
use super::{
    str_case as c, str_dunder as d, str_format as f, str_pad as p, str_predicates as q,
    str_search as s, str_split as sp,
};
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::objects::str::PyStr;
use crate::vm::{Kw, PyResult, Vm};
use std::rc::Rc;

/// The `self` str of a method call, with CPython's errors for a missing or foreign receiver.
pub fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PyStr>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

/// Checks a positional-only method signature (`args` includes `self`).
///
/// Uses CPython's two wordings: `str.upper() takes no arguments (1 given)` for
/// fixed arities and `ljust expected at least 1 argument, got 0` otherwise.
pub fn positional(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let n = args.len().saturating_sub(1);
    if min == max {
        return check_count(vm, &format!("str.{name}"), n, min, max);
    }
    check_count(vm, name, n, min, max)
}

/// Like [`positional`] with the older wording of the search methods:
/// `find() takes at least 1 argument (0 given)`.
pub fn search_arity(vm: &Vm, name: &str, args: &[Value], kw: Kw, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let n = args.len().saturating_sub(1);
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < 1 {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(())
}

/// A str argument, or `must be str, not int`.
pub fn str_value<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(vm.type_error(format!("must be str, not {}", vm.type_name(other)))),
    }
}

/// The argument at `i` (after `self`), if given.
pub fn arg(args: &[Value], i: usize) -> Option<&Value> {
    args.get(i + 1)
}

/// A slice bound argument (`None` or an int), like the `start`/`end` of `find`.
pub fn bound_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::BigInt(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        })),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::Instance(_))) => vm.to_index(v).map(Some),
        Some(_) => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// Resolves optional `start`/`end` against a length like CPython's `ADJUST_INDICES`:
/// negative values count from the end; `end` is clamped to the length, `start` only below.
pub fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The char index of a byte offset within `s`.
pub fn char_index(s: &PyStr, byte: usize) -> usize {
    if s.is_ascii() {
        byte
    } else {
        s.as_str()[..byte].chars().count()
    }
}

/// An integer argument (`__index__`), like a width or a count.
pub fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Ok(i64::MIN),
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.to_index(v),
    }
}

/// A new str value.
pub fn new_str(s: String) -> PyResult<Value> {
    Ok(Value::string(s))
}

/// Registers every str method on the `str` class.
pub fn register(vm: &mut Vm) {
    let class = vm.types().str_.clone();
    let groups: [&[(&'static str, NativeFn)]; 8] = [
        c::METHODS,
        s::METHODS,
        sp::METHODS,
        p::METHODS,
        q::METHODS,
        d::METHODS,
        f::METHODS,
        d::CODEC_METHODS,
    ];
    for methods in groups {
        add_methods(&class, "str", methods);
    }
    d::register_maketrans(&class);
}
