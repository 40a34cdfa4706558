//! `complex(real=0, imag=0)` and `complex(string)`, with CPython 3.11's rules and messages.

use super::args::bind;
use crate::objects::Value;
use crate::objects::complex::Complex;
use crate::vm::{Kw, PyResult, Vm};

/// The message for text that is no complex number.
const MALFORMED: &str = "complex() arg is a malformed string";

/// `complex.__new__(cls, real=0, imag=0)`.
pub fn complex_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some((k, _)) = kw.iter().find(|(k, _)| !["real", "imag"].contains(k)) {
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for complex()"
        )));
    }
    let slots = bind(vm, "complex", &args[1..], kw, &["real", "imag"], 0)?;
    let (real, imag) = (slots[0].as_ref(), slots[1].as_ref());
    let Some(real) = real else {
        return from_parts(vm, &Value::Int(0), imag);
    };
    if let Value::Str(s) = real {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return parse_complex(s.as_str())
            .map(Complex::into_value)
            .map_err(|msg| vm.value_error(msg));
    }
    if real.downcast::<Complex>().is_some() && imag.is_none() {
        return Ok(real.clone());
    }
    from_parts(vm, real, imag)
}

/// `real + imag*1j` for numbers, either of which may itself be complex.
fn from_parts(vm: &mut Vm, real: &Value, imag: Option<&Value>) -> PyResult<Value> {
    if matches!(imag, Some(Value::Str(_))) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let real = match special_complex(vm, real)? {
        Some(c) => c.into_value(),
        None => real.clone(),
    };
    if !is_number(vm, &real) {
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(&real)
        )));
    }
    if let Some(i) = imag.filter(|i| !is_number(vm, i)) {
        return Err(vm.type_error(format!(
            "complex() second argument must be a number, not '{}'",
            vm.type_name(i)
        )));
    }
    let (cr, real_is_complex) = part(vm, &real)?;
    let (mut re, mut im) = (cr.re, cr.im);
    if let Some(i) = imag {
        let (ci, imag_is_complex) = part(vm, i)?;
        im = ci.re;
        if imag_is_complex {
            re -= ci.im;
        }
        if real_is_complex {
            im += cr.im;
        }
    }
    Ok(Complex::new(re, im).into_value())
}

/// A complex number as itself, anything else through `float()`; and whether it was complex.
fn part(vm: &mut Vm, v: &Value) -> PyResult<(Complex, bool)> {
    match v.downcast::<Complex>() {
        Some(c) => Ok((*c, true)),
        None => Ok((Complex::real(vm.to_float(v)?), false)),
    }
}

/// True for what `complex()` takes as a number: complex, float, int, or an object with
/// `__float__` or `__index__`.
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => true,
        _ if v.downcast::<Complex>().is_some() => true,
        Value::Instance(_) => {
            let class = vm.class_of(v);
            class.lookup("__float__").is_some() || class.lookup("__index__").is_some()
        }
        _ => false,
    }
}

/// The result of `v.__complex__()` when the type defines it.
fn special_complex(vm: &mut Vm, v: &Value) -> PyResult<Option<Complex>> {
    if !matches!(v, Value::Instance(_)) {
        return Ok(None);
    }
    let Some(f) = vm.class_of(v).lookup("__complex__") else {
        return Ok(None);
    };
    let r = vm.call_bound(&f, v, &[], Kw::EMPTY)?;
    match r.downcast::<Complex>() {
        Some(c) => Ok(Some(*c)),
        None => Err(vm.type_error(format!(
            "__complex__ returned non-complex (type {})",
            vm.type_name(&r)
        ))),
    }
}

/// `complex(text)`: `<float>`, `<float>j`, `<float><signed float>j` (also `j`, `-j`,
/// `1+j`), optionally in parentheses, with blanks around; underscores only between digits.
pub fn parse_complex(text: &str) -> Result<Complex, String> {
    if !text.contains('_') {
        return parse_plain(text).ok_or_else(|| MALFORMED.to_owned());
    }
    let cleaned = without_underscores(text).ok_or_else(|| {
        format!(
            "could not convert string to complex: {}",
            crate::format::repr_str(text)
        )
    })?;
    parse_plain(&cleaned).ok_or_else(|| MALFORMED.to_owned())
}

/// `text` with its underscores removed; `None` when one is not between two digits.
fn without_underscores(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut prev = '\0';
    for c in text.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

/// The grammar of `complex(text)` once underscores are gone.
fn parse_plain(text: &str) -> Option<Complex> {
    let mut s = text.trim_start_matches(is_space);
    let bracket = s.starts_with('(');
    if bracket {
        s = s[1..].trim_start_matches(is_space);
    }
    let (value, rest) = parse_number(s)?;
    let mut rest = rest.trim_start_matches(is_space);
    if bracket {
        rest = rest.strip_prefix(')')?.trim_start_matches(is_space);
    }
    rest.is_empty().then_some(value)
}

/// The number at the start of `s` and the text after it.
fn parse_number(s: &str) -> Option<(Complex, &str)> {
    let Some((first, rest)) = float_prefix(s) else {
        // `j`, `+j` or `-j`.
        let (unit, rest) = sign_unit(s);
        return Some((Complex::new(0.0, unit), strip_j(rest)?));
    };
    if rest.starts_with(['+', '-']) {
        let (im, rest) = float_prefix(rest).unwrap_or_else(|| sign_unit(rest));
        return Some((Complex::new(first, im), strip_j(rest)?));
    }
    match strip_j(rest) {
        Some(rest) => Some((Complex::new(0.0, first), rest)),
        None => Some((Complex::real(first), rest)),
    }
}

/// An optional sign standing for an imaginary unit: (+1 or -1, the rest).
fn sign_unit(s: &str) -> (f64, &str) {
    match s.as_bytes().first() {
        Some(b'-') => (-1.0, &s[1..]),
        Some(b'+') => (1.0, &s[1..]),
        _ => (1.0, s),
    }
}

/// The text after a leading `j` or `J`.
fn strip_j(s: &str) -> Option<&str> {
    s.strip_prefix(['j', 'J'])
}

/// The longest float at the start of `s` (as `float()` spells them: digits with an optional
/// point and exponent, `inf`, `infinity`, `nan`; a sign first) and the text after it.
fn float_prefix(s: &str) -> Option<(f64, &str)> {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let negative = b.first() == Some(&b'-');
    let word = |w: &str| {
        s.get(i..i + w.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(w))
    };
    for (w, v) in [
        ("infinity", f64::INFINITY),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        if word(w) {
            let v = if negative { -v } else { v };
            return Some((v, &s[i + w.len()..]));
        }
    }
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let int_digits = digits(i);
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        frac_digits = digits(i + 1);
        i += 1 + frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(b.get(i + 1), Some(b'+' | b'-')));
        let exp_digits = digits(i + 1 + sign);
        if exp_digits > 0 {
            i += 1 + sign + exp_digits;
        }
    }
    s[..i].parse().ok().map(|v| (v, &s[i..]))
}

/// The blanks `complex()` skips around its text.
fn is_space(c: char) -> bool {
    c.is_whitespace()
}

#[cfg(test)]
mod tests {
    use super::parse_complex;
    use crate::objects::complex::Complex;

    fn ok(text: &str) -> (f64, f64) {
        let c: Complex = parse_complex(text).unwrap();
        (c.re, c.im)
    }

    #[test]
    fn parses_the_forms_cpython_accepts() {
        assert_eq!(ok("1+2j"), (1.0, 2.0));
        assert_eq!(ok(" (3-4j) "), (3.0, -4.0));
        assert_eq!(ok("j"), (0.0, 1.0));
        assert_eq!(ok("-J"), (0.0, -1.0));
        assert_eq!(ok("1+j"), (1.0, 1.0));
        assert_eq!(ok("1e3"), (1000.0, 0.0));
        assert_eq!(ok("-infj"), (0.0, f64::NEG_INFINITY));
        assert_eq!(ok("1_000j"), (0.0, 1000.0));
        assert_eq!(ok(".5-.5j"), (0.5, -0.5));
    }

    #[test]
    fn rejects_malformed_text() {
        for bad in ["1+", "j1", "1+2", "(1j", "1 + 2j", "", "()", "1e", "1ej"] {
            assert!(parse_complex(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_complex("1__0j").unwrap_err(),
            "could not convert string to complex: '1__0j'"
        );
    }
}
