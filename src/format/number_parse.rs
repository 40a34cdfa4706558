//! `int(str, base)` and `float(str)` parsing, `bin`/`oct`/`hex` text, and their error messages.

use num_bigint::{BigInt, Sign};
use num_traits::FromPrimitive;

use super::FormatError;

use super::printable::{decimal_value, is_space};
use super::text_repr::repr_str;

/// `ValueError` text for a failed `int(text, base)`; the repr is cut to 200 characters.
pub fn int_parse_error_msg(text: &str, base: u32) -> String {
    let repr: String = repr_str(text).chars().take(200).collect();
    format!("invalid literal for int() with base {base}: {repr}")
}

/// `ValueError` text for a failed `float(text)`.
pub fn float_parse_error_msg(text: &str) -> String {
    format!("could not convert string to float: {}", repr_str(text))
}

/// `ValueError` text for a bad `base` argument of `int()`.
pub const INT_BASE_ERROR_MSG: &str = "int() base must be >= 2 and <= 36, or 0";

/// Trims Python whitespace and maps Unicode decimal digits to ASCII, as `int()` does.
fn normalize(text: &str) -> String {
    text.trim_matches(is_space)
        .chars()
        .map(|c| match decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
            _ => c,
        })
        .collect()
}

/// Splits an optional leading `+`/`-`; returns (is_negative, rest).
fn split_sign(text: &str) -> (bool, &str) {
    match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    }
}

/// The base named by a `0x`/`0o`/`0b` prefix, if `text` starts with one.
fn prefix_base(text: &str) -> Option<u32> {
    let bytes = text.as_bytes();
    if bytes.len() < 2 || bytes[0] != b'0' {
        return None;
    }
    match bytes[1].to_ascii_lowercase() {
        b'x' => Some(16),
        b'o' => Some(8),
        b'b' => Some(2),
        _ => None,
    }
}

/// `int(text, base)` for `base` 0 or 2..=36; `None` when Python raises `ValueError`.
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let text = normalize(text);
    let (negative, body) = split_sign(&text);
    let (radix, digits, after_prefix) = match prefix_base(body) {
        Some(b) if base == 0 || base == b => (b, &body[2..], true),
        _ => (if base == 0 { 10 } else { base }, body, false),
    };
    let cleaned = strip_underscores(digits, after_prefix)?;
    if !cleaned.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    if base == 0 && !after_prefix && has_leading_zero(&cleaned) {
        return None;
    }
    let magnitude = BigInt::parse_bytes(cleaned.as_bytes(), radix)?;
    Some(if negative { -magnitude } else { magnitude })
}

/// Base-0 rule: a decimal literal may start with `0` only if it is all zeros.
fn has_leading_zero(digits: &str) -> bool {
    digits.starts_with('0') && !digits.trim_start_matches('0').is_empty()
}

/// Removes single underscores that sit between digits (or right after a prefix).
fn strip_underscores(digits: &str, after_prefix: bool) -> Option<String> {
    let mut out = String::with_capacity(digits.len());
    let mut prev_digit = after_prefix;
    for c in digits.chars() {
        if c == '_' {
            if !prev_digit {
                return None;
            }
            prev_digit = false;
        } else {
            out.push(c);
            prev_digit = true;
        }
    }
    (prev_digit && !out.is_empty()).then_some(out)
}

/// `float(text)`; `None` when Python raises `ValueError`.
pub fn parse_float(text: &str) -> Option<f64> {
    let text = normalize(text);
    let (negative, body) = split_sign(&text);
    let magnitude = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => parse_decimal(body)?,
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Validates `digits[.digits][e[sign]digits]` (underscores between digits) and converts.
fn parse_decimal(body: &str) -> Option<f64> {
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let int_digits = optional_digit_run(int_part)?;
    let frac_digits = frac_part
        .map(optional_digit_run)
        .unwrap_or(Some(String::new()))?;
    if int_digits.is_empty() && frac_digits.is_empty() {
        return None;
    }
    let mut clean = format!("{int_digits}.{frac_digits}0");
    if let Some(exp) = exponent {
        let (exp_negative, exp_digits) = split_sign(exp);
        let exp_digits = strip_underscores(exp_digits, false)?;
        ascii_digits(&exp_digits)?;
        clean.push_str(if exp_negative { "e-" } else { "e" });
        clean.push_str(&exp_digits);
    }
    clean.parse().ok()
}

/// A possibly empty run of ASCII digits with single inner underscores.
fn optional_digit_run(text: &str) -> Option<String> {
    if text.is_empty() {
        return Some(String::new());
    }
    let run = strip_underscores(text, false)?;
    ascii_digits(&run)?;
    Some(run)
}

/// `Some(())` when `text` is all ASCII digits.
fn ascii_digits(text: &str) -> Option<()> {
    text.bytes().all(|b| b.is_ascii_digit()).then_some(())
}

/// `int(x)` for a float: truncation toward zero, with CPython's errors for nan and inf.
pub fn float_to_int(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::Value(
            "cannot convert float NaN to integer".into(),
        ));
    }
    BigInt::from_f64(x.trunc())
        .ok_or_else(|| FormatError::Overflow("cannot convert float infinity to integer".into()))
}

/// `bin`/`oct`/`hex` text of `n` in base 2, 8 or 16 (`-0xff`); lower-case digits.
pub fn int_to_base(n: &BigInt, base: u32, prefix: bool) -> String {
    let digits = n.magnitude().to_str_radix(base);
    let sign = if n.sign() == Sign::Minus { "-" } else { "" };
    let tag = match (prefix, base) {
        (false, _) => "",
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        (true, _) => "",
    };
    format!("{sign}{tag}{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(text: &str, base: u32) -> Option<String> {
        parse_int(text, base).map(|n| n.to_string())
    }

    #[test]
    fn int_accepts_what_python_accepts() {
        let cases: &[(&str, u32, &str)] = &[
            ("  42\n", 10, "42"),
            ("-0", 10, "0"),
            ("+1_000", 10, "1000"),
            ("0x1f", 16, "31"),
            ("0X_1F", 0, "31"),
            ("0o17", 0, "15"),
            ("0b101", 0, "5"),
            ("0b1", 16, "177"),
            ("000", 0, "0"),
            ("0_0", 0, "0"),
            ("007", 10, "7"),
            ("z", 36, "35"),
            ("\u{663}\u{661}", 10, "31"),
            ("\u{2003}12\u{3000}", 10, "12"),
            (
                "-123456789012345678901234567890",
                0,
                "-123456789012345678901234567890",
            ),
        ];
        for &(text, base, want) in cases {
            assert_eq!(
                int(text, base).as_deref(),
                Some(want),
                "int({text:?}, {base})"
            );
        }
    }

    #[test]
    fn int_rejects_what_python_rejects() {
        let cases: &[(&str, u32)] = &[
            ("", 10),
            (" ", 10),
            ("-", 10),
            ("1_", 10),
            ("_1", 10),
            ("1__0", 10),
            ("- 1", 10),
            ("+-1", 10),
            ("1.0", 10),
            ("07", 0),
            ("0_7", 0),
            ("0x", 16),
            ("0x1f", 10),
            ("0o8", 0),
            ("0b2", 2),
            ("12", 2),
            ("1 2", 10),
            ("0x_", 0),
            ("9", 1),
        ];
        for &(text, base) in cases {
            assert_eq!(int(text, base), None, "int({text:?}, {base})");
        }
    }

    #[test]
    fn float_accepts_what_python_accepts() {
        let cases: &[(&str, f64)] = &[
            (" 1.5 ", 1.5),
            ("-.5", -0.5),
            ("1.", 1.0),
            ("1.e5", 1e5),
            ("1_000.000_1", 1000.0001),
            ("1e-3", 1e-3),
            ("1E+3", 1e3),
            ("1e1_0", 1e10),
            ("-iNfInItY", f64::NEG_INFINITY),
            ("+inf", f64::INFINITY),
            ("1e999", f64::INFINITY),
            ("1e-999", 0.0),
            ("\u{663}.\u{665}", 3.5),
            ("0.1", 0.1),
        ];
        for &(text, want) in cases {
            assert_eq!(parse_float(text), Some(want), "float({text:?})");
        }
        assert!(parse_float("-NaN").unwrap().is_nan());
    }

    #[test]
    fn float_rejects_what_python_rejects() {
        for text in [
            "", ".", "1e", "e5", "1__0", "_1", "1_", "1_.5", "1._5", "1e_5", "1e+-5", "0x10",
            "in f", "nann", "1.5.", "1e5.0", "- 1", "--1",
        ] {
            assert_eq!(parse_float(text), None, "float({text:?})");
        }
    }

    #[test]
    fn messages_and_bases() {
        assert_eq!(
            int_parse_error_msg("x", 10),
            "invalid literal for int() with base 10: 'x'"
        );
        assert_eq!(int_parse_error_msg(&"x".repeat(300), 10).len(), 240);
        assert_eq!(
            float_parse_error_msg("a'b"),
            "could not convert string to float: \"a'b\""
        );
        let n = BigInt::from(-255);
        assert_eq!(int_to_base(&n, 16, true), "-0xff");
        assert_eq!(int_to_base(&n, 2, false), "-11111111");
        assert_eq!(int_to_base(&BigInt::from(0), 8, true), "0o0");
        assert_eq!(int_to_base(&BigInt::from(8), 8, true), "0o10");
        assert_eq!(float_to_int(-2.7).unwrap(), BigInt::from(-2));
        assert_eq!(
            float_to_int(1e20).unwrap().to_string(),
            "100000000000000000000"
        );
        assert_eq!(
            float_to_int(f64::NAN).unwrap_err().message(),
            "cannot convert float NaN to integer"
        );
        assert_eq!(
            float_to_int(f64::NEG_INFINITY).unwrap_err(),
            FormatError::Overflow("cannot convert float infinity to integer".into())
        );
    }
}
