//! Case conversion methods of `str`: upper, lower, casefold, capitalize, title, swapcase.

use super::str_methods::{positional, this};
use super::str_unicode::{
    is_cased, is_lower, is_upper, push_fold, push_lower_at, push_title, push_upper,
};
use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::vm::{Kw, PyResult, Vm};

/// The case methods, for registration.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("upper", upper),
    ("lower", lower),
    ("casefold", casefold),
    ("capitalize", capitalize),
    ("title", title),
    ("swapcase", swapcase),
];

/// Runs a whole-string transformation on a no-argument method's receiver.
fn transform(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kw: Kw,
    f: fn(&str) -> String,
) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    positional(vm, name, args, kw, 0, 0)?;
    Ok(Value::string(f(s.as_str())))
}

/// `str.upper()`.
pub fn upper(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    transform(vm, "upper", args, kw, to_upper)
}

/// `str.lower()`.
pub fn lower(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    transform(vm, "lower", args, kw, to_lower)
}

/// `str.casefold()`.
pub fn casefold(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    transform(vm, "casefold", args, kw, |s| {
        let mut out = String::with_capacity(s.len());
        s.chars().for_each(|c| push_fold(&mut out, c));
        out
    })
}

/// `str.capitalize()`: titlecase first character, the rest lowercase.
pub fn capitalize(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    transform(vm, "capitalize", args, kw, |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        for i in 0..chars.len() {
            if i == 0 {
                push_title(&mut out, chars[0]);
            } else {
                push_lower_at(&mut out, &chars, i);
            }
        }
        out
    })
}

/// `str.title()`: titlecase after uncased characters, lowercase after cased ones.
pub fn title(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    transform(vm, "title", args, kw, to_title)
}

/// `str.swapcase()`.
pub fn swapcase(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    transform(vm, "swapcase", args, kw, |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        for (i, &c) in chars.iter().enumerate() {
            if is_upper(c) {
                push_lower_at(&mut out, &chars, i);
            } else if is_lower(c) {
                push_upper(&mut out, c);
            } else {
                out.push(c);
            }
        }
        out
    })
}

/// Uppercase text.
pub fn to_upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_upper(&mut out, c));
    out
}

/// Lowercase text (final sigma aware).
pub fn to_lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    (0..chars.len()).for_each(|i| push_lower_at(&mut out, &chars, i));
    out
}

/// Titlecased text.
pub fn to_title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert_eq!(to_title("they're bill's"), "They'Re Bill'S");
        assert_eq!(to_title("ǆungla straße"), "ǅungla Straße");
        assert_eq!(to_upper("straße"), "STRASSE");
        assert_eq!(to_lower("ΑΣ"), "ας");
    }
}
