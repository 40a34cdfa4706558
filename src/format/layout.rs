//! Padding, alignment and digit grouping shared by `format()` and the `%` operator.

use super::spec::Align;
use super::{FormatError, MAX_RESULT_LEN};

/// A number split into the parts that padding and grouping treat differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NumberParts<'a> {
    /// `-`, `+`, ` ` or empty.
    pub sign: &'a str,
    /// `0x`, `0o`, `0b`, `0X` or empty.
    pub prefix: &'a str,
    /// The integer digits that grouping applies to (ASCII).
    pub digits: &'a str,
    /// Everything after them: point, fraction, exponent, `%`, or `inf`/`nan`.
    pub rest: &'a str,
}

/// A thousands separator and how many digits it separates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Separator {
    /// The separator character (`,` or `_`).
    pub sep: char,
    /// Digits per group (3, or 4 for binary, octal and hex).
    pub size: usize,
}

/// Fails with `MemoryError` when a width would build an absurdly large string.
pub fn check_width(width: usize) -> Result<(), FormatError> {
    if width > MAX_RESULT_LEN {
        Err(FormatError::Memory)
    } else {
        Ok(())
    }
}

/// Pads `text` (counted in characters) to `width` with `fill`, per `align`.
/// `AfterSign` pads after the first `split` characters (the sign and prefix).
pub fn pad(
    text: &str,
    fill: char,
    align: Align,
    width: usize,
    split: usize,
) -> Result<String, FormatError> {
    check_width(width)?;
    let len = text.chars().count();
    if width <= len {
        return Ok(text.to_owned());
    }
    let total = width - len;
    let (left, right) = match align {
        Align::Left => (0, total),
        Align::Right | Align::AfterSign => (total, 0),
        Align::Center => (total / 2, total - total / 2),
    };
    let mut out = String::with_capacity(text.len() + total * fill.len_utf8());
    if align == Align::AfterSign {
        let cut = text
            .char_indices()
            .nth(split)
            .map_or(text.len(), |(i, _)| i);
        out.push_str(&text[..cut]);
        out.extend(std::iter::repeat_n(fill, total));
        out.push_str(&text[cut..]);
        return Ok(out);
    }
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// Lays out a number: groups its digits and pads it to `width`.
///
/// With `0` fill and `=` alignment the padding becomes leading zeros inside
/// the grouped digits, as CPython does (`format(1234, '08,')` is `0,001,234`).
pub fn layout_number(
    parts: &NumberParts,
    fill: char,
    align: Align,
    width: usize,
    sep: Option<Separator>,
) -> Result<String, FormatError> {
    check_width(width)?;
    let head = parts.sign.len() + parts.prefix.len();
    let digits = match sep {
        Some(sep) => {
            let fixed = head + parts.rest.chars().count();
            let min_len = if fill == '0' && align == Align::AfterSign {
                width.saturating_sub(fixed)
            } else {
                0
            };
            group_digits(parts.digits, sep, min_len)
        }
        None => parts.digits.to_owned(),
    };
    let body = format!("{}{}{}{}", parts.sign, parts.prefix, digits, parts.rest);
    pad(&body, fill, align, width, head)
}

/// Inserts separators into ASCII `digits`, then keeps adding leading zeros
/// (never a leading separator) until the result is at least `min_len` long.
pub fn group_digits(digits: &str, sep: Separator, min_len: usize) -> String {
    let mut reversed: Vec<char> = Vec::with_capacity(digits.len() * 2 + min_len);
    let mut count = 0;
    for d in digits.chars().rev() {
        push_grouped(&mut reversed, &mut count, d, sep);
    }
    while reversed.len() < min_len {
        push_grouped(&mut reversed, &mut count, '0', sep);
    }
    reversed.iter().rev().collect()
}

/// Pushes one digit (reversed order), preceded by a separator at group boundaries.
fn push_grouped(reversed: &mut Vec<char>, count: &mut usize, digit: char, sep: Separator) {
    if *count > 0 && (*count).is_multiple_of(sep.size) {
        reversed.push(sep.sep);
    }
    reversed.push(digit);
    *count += 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMA: Separator = Separator { sep: ',', size: 3 };

    #[test]
    fn grouping_with_min_width() {
        assert_eq!(group_digits("1234567", COMMA, 0), "1,234,567");
        assert_eq!(group_digits("1234", COMMA, 8), "0,001,234");
        assert_eq!(group_digits("1234567", COMMA, 10), "01,234,567");
        assert_eq!(group_digits("1234567", COMMA, 12), "0,001,234,567");
        assert_eq!(group_digits("", COMMA, 7), "000,000");
        let under4 = Separator { sep: '_', size: 4 };
        assert_eq!(group_digits("bc614e", under4, 0), "bc_614e");
    }

    #[test]
    fn padding_modes() {
        assert_eq!(pad("123", '*', Align::Center, 9, 0).unwrap(), "***123***");
        assert_eq!(pad("中文", ' ', Align::Center, 7, 0).unwrap(), "  中文   ");
        assert_eq!(
            pad("-0xff", '0', Align::AfterSign, 10, 3).unwrap(),
            "-0x00000ff"
        );
        assert_eq!(pad("abc", ' ', Align::Left, 2, 0).unwrap(), "abc");
        assert_eq!(
            pad("a", ' ', Align::Left, usize::MAX, 0),
            Err(FormatError::Memory)
        );
    }

    #[test]
    fn number_layout() {
        let parts = NumberParts {
            sign: "",
            prefix: "",
            digits: "1234",
            rest: ".50",
        };
        assert_eq!(
            layout_number(&parts, '0', Align::AfterSign, 12, Some(COMMA)).unwrap(),
            "0,001,234.50"
        );
        let nan = NumberParts {
            sign: "-",
            prefix: "",
            digits: "",
            rest: "inf",
        };
        assert_eq!(
            layout_number(&nan, '0', Align::AfterSign, 10, None).unwrap(),
            "-000000inf"
        );
    }
}
