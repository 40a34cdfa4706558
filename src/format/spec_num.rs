//! `format(value, spec)` for int, float and str once the spec is parsed.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_text::{FloatOpts, FloatStyle, non_finite_text, render_magnitude, shows_zero};
use super::layout::{NumberParts, Separator, layout_number, pad};
use super::spec::{Align, FormatSpec, Grouping, SignMode, quote_type_char};
use super::{FormatError, MAX_RESULT_LEN, value_err};

/// The "Unknown format code" error for `kind` on `type_name`.
fn unknown_code(kind: char, type_name: &str) -> FormatError {
    FormatError::Value(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quote_type_char(kind)
    ))
}

/// The sign text for a number of the given sign under `mode`.
fn sign_text(negative: bool, mode: SignMode) -> &'static str {
    match (negative, mode) {
        (true, _) => "-",
        (false, SignMode::Plus) => "+",
        (false, SignMode::Space) => " ",
        (false, SignMode::Minus) => "",
    }
}

/// Fill, alignment and width for a number under `spec`.
fn number_padding(spec: &FormatSpec) -> (char, Align, usize) {
    let align = match spec.align {
        Some(align) => align,
        None if spec.zero_pad => Align::AfterSign,
        None => Align::Right,
    };
    (spec.fill.unwrap_or(' '), align, spec.width.unwrap_or(0))
}

/// The separator for `spec`, with groups of `size` digits for `_`.
fn separator(spec: &FormatSpec, underscore_size: usize) -> Option<Separator> {
    match spec.grouping {
        Grouping::None => None,
        Grouping::Comma => Some(Separator { sep: ',', size: 3 }),
        Grouping::Underscore => Some(Separator {
            sep: '_',
            size: underscore_size,
        }),
    }
}

/// `format(n, spec)` for an int (`type_name` is `int`, `bool`, ... for messages).
pub fn format_int(n: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    match spec.kind {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            return format_float(int_to_float(n)?, spec, type_name);
        }
        None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') => {}
        Some(kind) => return Err(unknown_code(kind, type_name)),
    }
    if spec.precision.is_some() {
        return value_err("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_zero {
        return value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if spec.kind == Some('c') {
        return format_int_char(n, spec);
    }
    let (radix, prefix, upper) = int_radix(spec.kind);
    let mut digits = n.magnitude().to_str_radix(radix);
    if upper {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        sign: sign_text(n.sign() == Sign::Minus, spec.sign),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        rest: "",
    };
    let (fill, align, width) = number_padding(spec);
    let size = if radix == 10 { 3 } else { 4 };
    layout_number(&parts, fill, align, width, separator(spec, size))
}

/// Radix, alternate-form prefix and upper-case flag for an integer type.
fn int_radix(kind: Option<char>) -> (u32, &'static str, bool) {
    match kind {
        Some('b') => (2, "0b", false),
        Some('o') => (8, "0o", false),
        Some('x') => (16, "0x", false),
        Some('X') => (16, "0X", true),
        _ => (10, "", false),
    }
}

/// An int as a float for the float presentation types, or CPython's overflow error.
pub fn int_to_float(n: &BigInt) -> Result<f64, FormatError> {
    match n.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err(FormatError::Overflow(
            "int too large to convert to float".into(),
        )),
    }
}

/// The `c` presentation: the int as a character, padded like a number.
fn format_int_char(n: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.sign_given {
        return value_err("Sign not allowed with integer format specifier 'c'");
    }
    if spec.alternate {
        return value_err("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    let text = code_point_text(n, "%c arg not in range(0x110000)")?;
    let parts = NumberParts {
        digits: &text,
        ..NumberParts::default()
    };
    let (fill, align, width) = number_padding(spec);
    layout_number(&parts, fill, align, width, None)
}

/// The character with code point `n`; lone surrogates become U+FFFD.
pub(crate) fn code_point_text(n: &BigInt, range_msg: &str) -> Result<String, FormatError> {
    match n.to_u32().filter(|&c| c < 0x110000) {
        Some(code) => Ok(char::from_u32(code).unwrap_or('\u{fffd}').to_string()),
        None => Err(FormatError::Overflow(range_msg.into())),
    }
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let (opts, upper, percent) = float_options(spec, type_name)?;
    let value = if percent { x * 100.0 } else { x };
    let mut negative = value.is_sign_negative() && !value.is_nan();
    let mut body = if value.is_finite() {
        render_magnitude(value, opts)
    } else {
        non_finite_text(value, upper).to_owned()
    };
    if upper {
        body.make_ascii_uppercase();
    }
    if percent {
        body.push('%');
    }
    if negative && spec.no_neg_zero && value.is_finite() && shows_zero(&body) {
        negative = false;
    }
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(split);
    let parts = NumberParts {
        sign: sign_text(negative, spec.sign),
        prefix: "",
        digits,
        rest,
    };
    let (fill, align, width) = number_padding(spec);
    let sep = if digits.is_empty() {
        None
    } else {
        separator(spec, 3)
    };
    layout_number(&parts, fill, align, width, sep)
}

/// Rendering options, upper-case flag and percent flag for a float spec.
fn float_options(
    spec: &FormatSpec,
    type_name: &str,
) -> Result<(FloatOpts, bool, bool), FormatError> {
    let given = spec.precision;
    if given.is_some_and(|p| p > i32::MAX as usize) {
        return value_err("precision too big");
    }
    if given.is_some_and(|p| p > MAX_RESULT_LEN) {
        return Err(FormatError::Memory);
    }
    let precision = given.unwrap_or(6);
    let (style, add_dot_0) = match spec.kind {
        None if given.is_none() => (FloatStyle::Repr, true),
        None => (FloatStyle::General, true),
        Some('e' | 'E') => (FloatStyle::Exponent, false),
        Some('f' | 'F' | '%') => (FloatStyle::Fixed, false),
        Some('g' | 'G' | 'n') => (FloatStyle::General, false),
        Some(kind) => return Err(unknown_code(kind, type_name)),
    };
    let opts = FloatOpts {
        style,
        precision,
        alternate: spec.alternate,
        add_dot_0,
    };
    let upper = matches!(spec.kind, Some('E' | 'F' | 'G'));
    Ok((opts, upper, spec.kind == Some('%')))
}

/// `format(s, spec)` for a str: truncation to the precision, then padding.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    if spec.kind.is_none() {
        // A str's default type is `s`, which takes no separator.
        FormatSpec {
            kind: Some('s'),
            ..spec.clone()
        }
        .check_grouping_type()?;
    }
    if let Some(kind) = spec.kind.filter(|&k| k != 's') {
        return Err(unknown_code(kind, type_name));
    }
    if spec.sign_given {
        return value_err(if spec.sign == SignMode::Space {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        });
    }
    if spec.no_neg_zero {
        return value_err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return value_err("Alternate form (#) not allowed in string format specifier");
    }
    if spec.align == Some(Align::AfterSign) {
        return value_err("'=' alignment not allowed in string format specifier");
    }
    let text = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_owned(),
    };
    let align = spec.align.unwrap_or(Align::Left);
    pad(
        &text,
        spec.fill.unwrap_or(' '),
        align,
        spec.width.unwrap_or(0),
        0,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected results recorded from CPython 3.11: (value, spec, outcome, text),
    // where outcome is "Ok" or the exception class and text the result or message.
    const INT_CASES: &[(&str, &str, &str, &str)] = &[
        ("0", "", "Ok", "0"),
        ("42", "", "Ok", "42"),
        ("-42", "+", "Ok", "-42"),
        ("42", " ", "Ok", " 42"),
        ("1234567", ",", "Ok", "1,234,567"),
        ("1234567", "_", "Ok", "1_234_567"),
        ("1234567", "010,", "Ok", "01,234,567"),
        ("1234", "08,", "Ok", "0,001,234"),
        ("1234567", "012,", "Ok", "0,001,234,567"),
        ("-1234", "09,", "Ok", "-0,001,234"),
        ("255", "#x", "Ok", "0xff"),
        ("-255", "#x", "Ok", "-0xff"),
        ("255", "#X", "Ok", "0XFF"),
        ("255", "#o", "Ok", "0o377"),
        ("5", "#b", "Ok", "0b101"),
        ("-255", "#010x", "Ok", "-0x00000ff"),
        ("12345678", "_x", "Ok", "bc_614e"),
        ("12345678", "#_b", "Ok", "0b1011_1100_0110_0001_0100_1110"),
        ("123456789", "_o", "Ok", "7_2674_6425"),
        ("1", "=10", "Ok", "         1"),
        ("-1", "05", "Ok", "-0001"),
        ("-1", "<05", "Ok", "-1000"),
        ("1", "0=5", "Ok", "00001"),
        ("123", "*^9", "Ok", "***123***"),
        ("65", "c", "Ok", "A"),
        ("65", "05c", "Ok", "0000A"),
        ("65", "^5c", "Ok", "  A  "),
        ("20013", "<3c", "Ok", "中  "),
        ("1", "n", "Ok", "1"),
        ("-7", "x<+6", "Ok", "-7xxxx"),
        (
            "1000000000000000000000000000000",
            ",",
            "Ok",
            "1,000,000,000,000,000,000,000,000,000,000",
        ),
        ("1", "-", "Ok", "1"),
        ("18446744073709551616", "X", "Ok", "10000000000000000"),
        (
            "1",
            "z",
            "ValueError",
            "Negative zero coercion (z) not allowed in integer format specifier",
        ),
        (
            "1",
            ".2",
            "ValueError",
            "Precision not allowed in integer format specifier",
        ),
        (
            "65",
            "+c",
            "ValueError",
            "Sign not allowed with integer format specifier 'c'",
        ),
        (
            "65",
            "-c",
            "ValueError",
            "Sign not allowed with integer format specifier 'c'",
        ),
        (
            "65",
            "#c",
            "ValueError",
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ),
        (
            "1114112",
            "c",
            "OverflowError",
            "%c arg not in range(0x110000)",
        ),
        ("-1", "c", "OverflowError", "%c arg not in range(0x110000)"),
        (
            "1",
            "s",
            "ValueError",
            "Unknown format code 's' for object of type 'int'",
        ),
        (
            "1",
            "\u{1}",
            "ValueError",
            "Unknown format code '\\x1' for object of type 'int'",
        ),
        (
            "1",
            "é",
            "ValueError",
            "Unknown format code '\\xe9' for object of type 'int'",
        ),
        (
            "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376",
            "e",
            "OverflowError",
            "int too large to convert to float",
        ),
        ("1", "e", "Ok", "1.000000e+00"),
        ("1", ".0%", "Ok", "100%"),
        ("100000000000000000000", ",.2e", "Ok", "1.00e+20"),
        (
            "9223372036854775808",
            "f",
            "Ok",
            "9223372036854775808.000000",
        ),
        ("3", ".3g", "Ok", "3"),
        ("7", "08.3f", "Ok", "0007.000"),
    ];
    const FLOAT_CASES: &[(f64, &str, &str, &str)] = &[
        (1.0_f64, "", "Ok", "1.0"),
        (1e+16_f64, "", "Ok", "1e+16"),
        (1e+22_f64, "", "Ok", "1e+22"),
        (1e-05_f64, "", "Ok", "1e-05"),
        (0.0001_f64, "", "Ok", "0.0001"),
        (0.30000000000000004_f64, "", "Ok", "0.30000000000000004"),
        (-0.0_f64, "", "Ok", "-0.0"),
        (1.0_f64, ".3", "Ok", "1.0"),
        (1e+20_f64, ".3", "Ok", "1e+20"),
        (100.0_f64, ".3", "Ok", "1e+02"),
        (123.0_f64, ".3", "Ok", "1.23e+02"),
        (1234.5_f64, ".5", "Ok", "1234.5"),
        (0.5_f64, ".0", "Ok", "0.5"),
        (0.0_f64, ".0", "Ok", "0e+00"),
        (1e+16_f64, ".17", "Ok", "1e+16"),
        (1.0_f64, "#", "Ok", "1.0"),
        (1e+16_f64, "#", "Ok", "1.e+16"),
        (1.0_f64, "#.3", "Ok", "1.00"),
        (1e-05_f64, "g", "Ok", "1e-05"),
        (0.0_f64, "g", "Ok", "0"),
        (1.0_f64, "#g", "Ok", "1.00000"),
        (1e+100_f64, "#.3g", "Ok", "1.00e+100"),
        (100.0_f64, "#.3g", "Ok", "100."),
        (123456.0_f64, "g", "Ok", "123456"),
        (1234567.0_f64, "g", "Ok", "1.23457e+06"),
        (1.234e-05_f64, ".2g", "Ok", "1.2e-05"),
        (2.5_f64, ".0g", "Ok", "2"),
        (1.0_f64, "G", "Ok", "1"),
        (1e-10_f64, "G", "Ok", "1E-10"),
        (1.0_f64, "e", "Ok", "1.000000e+00"),
        (0.0_f64, "e", "Ok", "0.000000e+00"),
        (1.0_f64, ".0e", "Ok", "1e+00"),
        (1.0_f64, "#.0e", "Ok", "1.e+00"),
        (12345.678_f64, "+.2e", "Ok", "+1.23e+04"),
        (1e+300_f64, "E", "Ok", "1.000000E+300"),
        (5e-324_f64, "e", "Ok", "4.940656e-324"),
        (5e-324_f64, ".3e", "Ok", "4.941e-324"),
        (1.7976931348623157e+308_f64, "e", "Ok", "1.797693e+308"),
        (2.5_f64, ".0f", "Ok", "2"),
        (1.5_f64, ".0f", "Ok", "2"),
        (0.5_f64, ".0f", "Ok", "0"),
        (1.5_f64, "#.0f", "Ok", "2."),
        (2.675_f64, ".2f", "Ok", "2.67"),
        (0.125_f64, ".2f", "Ok", "0.12"),
        (1e+22_f64, "f", "Ok", "10000000000000000000000.000000"),
        (1.5_f64, "F", "Ok", "1.500000"),
        (-1.5_f64, "08.3f", "Ok", "-001.500"),
        (3.14259_f64, "=+08.2f", "Ok", "+0003.14"),
        (3.14259_f64, "+08.2f", "Ok", "+0003.14"),
        (12345.678_f64, "_.2f", "Ok", "12_345.68"),
        (1234.5_f64, "012,.2f", "Ok", "0,001,234.50"),
        (12345.678_f64, ",", "Ok", "12,345.678"),
        (
            1e+300_f64,
            ",.0f",
            "Ok",
            "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160",
        ),
        (1.0_f64, "%", "Ok", "100.000000%"),
        (0.5_f64, ".0%", "Ok", "50%"),
        (0.125_f64, ".1%", "Ok", "12.5%"),
        (12345.0_f64, ".2%", "Ok", "1234500.00%"),
        (1.0_f64, "_%", "Ok", "100.000000%"),
        (f64::NAN, "", "Ok", "nan"),
        (f64::INFINITY, "", "Ok", "inf"),
        (f64::NEG_INFINITY, "", "Ok", "-inf"),
        (f64::NAN, "010", "Ok", "0000000nan"),
        (f64::NEG_INFINITY, "010", "Ok", "-000000inf"),
        (f64::INFINITY, "=+10", "Ok", "+      inf"),
        (f64::NAN, "%", "Ok", "nan%"),
        (f64::INFINITY, "F", "Ok", "INF"),
        (f64::NAN, "E", "Ok", "NAN"),
        (f64::NAN, "010,", "Ok", "0000000nan"),
        (-f64::NAN, "+", "Ok", "+nan"),
        (f64::INFINITY, "<6", "Ok", "inf   "),
        (-0.0_f64, "z", "Ok", "0.0"),
        (-0.0_f64, "z.1f", "Ok", "0.0"),
        (-1e-05_f64, "z.1f", "Ok", "0.0"),
        (-0.0_f64, "zg", "Ok", "0"),
        (-0.0_f64, "z%", "Ok", "0.000000%"),
        (-0.001_f64, "z.1%", "Ok", "-0.1%"),
        (-1e-300_f64, "z.2e", "Ok", "-1.00e-300"),
        (-0.0_f64, "+z", "Ok", "+0.0"),
        (-0.0_f64, "+", "Ok", "-0.0"),
        (1.0_f64, "n", "Ok", "1"),
        (1234.5_f64, "n", "Ok", "1234.5"),
        (1.5_f64, "010,e", "Ok", "1.500000e+00"),
        (1.0_f64, "_", "Ok", "1.0"),
        (1.0_f64, " ", "Ok", " 1.0"),
        (1.5_f64, "*^9", "Ok", "***1.5***"),
        (1.5_f64, "<8", "Ok", "1.5     "),
        (
            1.0_f64,
            "d",
            "ValueError",
            "Unknown format code 'd' for object of type 'float'",
        ),
        (
            1.0_f64,
            "c",
            "ValueError",
            "Unknown format code 'c' for object of type 'float'",
        ),
        (
            1.0_f64,
            "xx",
            "ValueError",
            "Invalid format specifier 'xx' for object of type 'float'",
        ),
        (
            1.0_f64,
            "é",
            "ValueError",
            "Unknown format code '\\xe9' for object of type 'float'",
        ),
        (1.0_f64, ".2147483648", "ValueError", "precision too big"),
        (1.0_f64, "_n", "ValueError", "Cannot specify '_' with 'n'."),
        (
            1.0_f64,
            "#z+.2",
            "ValueError",
            "Invalid format specifier '#z+.2' for object of type 'float'",
        ),
    ];
    const STR_CASES: &[(&str, &str, &str, &str)] = &[
        ("", "", "Ok", ""),
        ("abc", "", "Ok", "abc"),
        ("ab", "05", "Ok", "ab000"),
        ("abc", ".1", "Ok", "a"),
        ("abc", "x<7.2", "Ok", "abxxxxx"),
        ("中文", "^7", "Ok", "  中文   "),
        ("abc", "^", "Ok", "abc"),
        ("abc", "0<5", "Ok", "abc00"),
        ("abc", ">5", "Ok", "  abc"),
        ("abc", "s", "Ok", "abc"),
        ("abc", "10.2s", "Ok", "ab        "),
        ("é", "*>3", "Ok", "**é"),
        (
            "a",
            "z",
            "ValueError",
            "Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "a",
            "xx",
            "ValueError",
            "Invalid format specifier 'xx' for object of type 'str'",
        ),
        ("a", ",s", "ValueError", "Cannot specify ',' with 's'."),
        ("a", ",", "ValueError", "Cannot specify ',' with 's'."),
        (
            "a",
            "=5",
            "ValueError",
            "'=' alignment not allowed in string format specifier",
        ),
        (
            "a",
            "+",
            "ValueError",
            "Sign not allowed in string format specifier",
        ),
        (
            "a",
            "-",
            "ValueError",
            "Sign not allowed in string format specifier",
        ),
        (
            "a",
            " ",
            "ValueError",
            "Space not allowed in string format specifier",
        ),
        (
            "a",
            "#",
            "ValueError",
            "Alternate form (#) not allowed in string format specifier",
        ),
        (
            "a",
            "d",
            "ValueError",
            "Unknown format code 'd' for object of type 'str'",
        ),
        (
            "a",
            "+d",
            "ValueError",
            "Unknown format code 'd' for object of type 'str'",
        ),
        (
            "a",
            "#=",
            "ValueError",
            "'=' alignment not allowed in string format specifier",
        ),
        (
            "a",
            "z#",
            "ValueError",
            "Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "a",
            "=#",
            "ValueError",
            "Alternate form (#) not allowed in string format specifier",
        ),
    ];

    fn outcome<T: Into<String>>(result: Result<T, FormatError>) -> (String, String) {
        match result {
            Ok(text) => ("Ok".into(), text.into()),
            Err(e) => (e.class_name().into(), e.message().into()),
        }
    }

    fn check(got: Result<String, FormatError>, spec: &str, kind: &str, want: &str) {
        assert_eq!(
            outcome(got),
            (kind.to_owned(), want.to_owned()),
            "spec {spec:?}"
        );
    }

    #[test]
    fn ints_match_python() {
        for &(value, spec, kind, want) in INT_CASES {
            let n: BigInt = value.parse().unwrap();
            let got = FormatSpec::parse(spec, "int").and_then(|s| format_int(&n, &s, "int"));
            check(got, spec, kind, want);
        }
    }

    #[test]
    fn floats_match_python() {
        for &(value, spec, kind, want) in FLOAT_CASES {
            let got =
                FormatSpec::parse(spec, "float").and_then(|s| format_float(value, &s, "float"));
            check(got, spec, kind, want);
        }
    }

    #[test]
    fn strs_match_python() {
        for &(value, spec, kind, want) in STR_CASES {
            let got = FormatSpec::parse(spec, "str").and_then(|s| format_str(value, &s, "str"));
            check(got, spec, kind, want);
        }
    }
}

#[cfg(test)]
mod robustness {
    use super::*;

    /// Every short spec over a tricky alphabet formats or fails cleanly, never panics.
    #[test]
    fn no_panics_on_arbitrary_specs() {
        let alphabet: Vec<char> = "0<=^+- z#,_.9fgen%cxsé".chars().collect();
        let n = BigInt::from(-1234567);
        let mut spec = String::new();
        for a in 0..alphabet.len() {
            for b in 0..alphabet.len() {
                for c in 0..alphabet.len() {
                    spec.clear();
                    spec.extend([alphabet[a], alphabet[b], alphabet[c]]);
                    if let Ok(parsed) = FormatSpec::parse(&spec, "x") {
                        let _ = format_int(&n, &parsed, "int");
                        let _ = format_float(-0.0, &parsed, "float");
                        let _ = format_float(f64::NAN, &parsed, "float");
                        let _ = format_str("ab", &parsed, "str");
                    }
                }
            }
        }
    }
}
