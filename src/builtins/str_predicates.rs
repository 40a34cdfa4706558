//! The `is...` predicates of `str`.

use super::str_methods::{positional, this};
use super::str_unicode as u;
use crate::format::printable::{is_printable, is_space};
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::vm::{Kw, PyResult, Vm};

/// The predicate methods, for registration.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("isdigit", isdigit),
    ("isdecimal", isdecimal),
    ("isnumeric", isnumeric),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("isupper", isupper),
    ("islower", islower),
    ("istitle", istitle),
    ("isidentifier", isidentifier),
    ("isprintable", isprintable),
    ("isascii", isascii),
];

/// Evaluates a whole-string predicate for a no-argument method.
fn predicate(vm: &Vm, name: &str, args: &[Value], kw: Kw, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    positional(vm, name, args, kw, 0, 0)?;
    Ok(Value::Bool(f(s.as_str())))
}

/// True when the text is non-empty and every character satisfies `f`.
fn all_nonempty(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `str.isdigit()`.
pub fn isdigit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "isdigit", args, kw, |s| all_nonempty(s, u::is_digit))
}

/// `str.isdecimal()`.
pub fn isdecimal(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "isdecimal", args, kw, |s| {
        all_nonempty(s, u::is_decimal)
    })
}

/// `str.isnumeric()`.
pub fn isnumeric(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "isnumeric", args, kw, |s| {
        all_nonempty(s, u::is_numeric)
    })
}

/// `str.isalpha()`.
pub fn isalpha(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "isalpha", args, kw, |s| all_nonempty(s, u::is_alpha))
}

/// `str.isalnum()`.
pub fn isalnum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "isalnum", args, kw, |s| all_nonempty(s, u::is_alnum))
}

/// `str.isspace()`.
pub fn isspace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "isspace", args, kw, |s| all_nonempty(s, is_space))
}

/// `str.isupper()`: some cased character and no lowercase or titlecase one.
pub fn isupper(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "isupper", args, kw, |s| {
        !s.chars().any(|c| u::is_lower(c) || u::is_title(c)) && s.chars().any(u::is_upper)
    })
}

/// `str.islower()`: some cased character and no uppercase or titlecase one.
pub fn islower(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "islower", args, kw, |s| {
        !s.chars().any(|c| u::is_upper(c) || u::is_title(c)) && s.chars().any(u::is_lower)
    })
}

/// `str.istitle()`: uppercase only after uncased, lowercase only after cased characters.
pub fn istitle(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "istitle", args, kw, is_title_text)
}

/// The `istitle` rule on text.
pub fn is_title_text(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if u::is_lower(c) {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// `str.isidentifier()`.
pub fn isidentifier(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "isidentifier", args, kw, |s| {
        let mut chars = s.chars();
        chars.next().is_some_and(u::is_id_start) && chars.all(u::is_id_continue)
    })
}

/// `str.isprintable()` (true for the empty string).
pub fn isprintable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "isprintable", args, kw, |s| s.chars().all(is_printable))
}

/// `str.isascii()` (true for the empty string).
pub fn isascii(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    predicate(vm, "isascii", args, kw, |s| s.is_ascii())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_rule() {
        assert!(is_title_text("Hello World") && is_title_text("ǅungla") && is_title_text("A1 B"));
        assert!(!is_title_text("HEllo") && !is_title_text("hello") && !is_title_text("123"));
    }
}
