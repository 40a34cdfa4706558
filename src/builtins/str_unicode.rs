//! Character properties and case mappings with Python's Unicode semantics.

use super::str_tables::{
    ALPHA, CASE_IGNORABLE, DIGIT_EXTRA, FOLD_MAP, NUMERIC_EXTRA, TITLE_MAP, TITLECASE_LETTERS,
};
use crate::format::printable::decimal_value;

/// Whether `c` lies in one of the sorted inclusive ranges.
fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    let i = table.partition_point(|&(_, hi)| hi < c);
    table.get(i).is_some_and(|&(lo, _)| lo <= c)
}

/// The mapped text of `c` in a sorted mapping table.
fn lookup_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let c = c as u32;
    table
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// `c.isalpha()`: a letter.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(ALPHA, c)
    }
}

/// `c.isdecimal()`.
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `c.isdigit()`: decimal digits plus superscripts and similar.
pub fn is_digit(c: char) -> bool {
    is_decimal(c) || in_ranges(DIGIT_EXTRA, c)
}

/// `c.isnumeric()`: digits plus fractions, numerals and other numbers.
pub fn is_numeric(c: char) -> bool {
    is_digit(c) || in_ranges(NUMERIC_EXTRA, c)
}

/// `c.isalnum()`.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// A titlecase letter such as `ǅ`.
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(TITLECASE_LETTERS, c)
}

/// `c.islower()` for one character (the Unicode Lowercase property).
pub fn is_lower(c: char) -> bool {
    c.is_lowercase()
}

/// `c.isupper()` for one character (the Unicode Uppercase property).
pub fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

/// A cased character: lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

/// A case-ignorable character (marks, format controls, modifiers, word-internal punctuation).
pub fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{b7}'
            | '\u{387}'
            | '\u{55f}'
            | '\u{5f4}'
            | '\u{2018}'
            | '\u{2019}'
    ) || matches!(
        c,
        '\u{2024}'
            | '\u{2027}'
            | '\u{fe13}'
            | '\u{fe52}'
            | '\u{fe55}'
            | '\u{ff07}'
            | '\u{ff0e}'
            | '\u{ff1a}'
    ) || (!c.is_ascii() && in_ranges(CASE_IGNORABLE, c))
}

/// Appends the uppercase mapping of `c`.
pub fn push_upper(out: &mut String, c: char) {
    out.extend(c.to_uppercase());
}

/// Appends the titlecase mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    match lookup_map(TITLE_MAP, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// Appends the case folding of `c`.
pub fn push_fold(out: &mut String, c: char) {
    match lookup_map(FOLD_MAP, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_lowercase()),
    }
}

/// Appends the lowercase mapping of `chars[i]`; a capital sigma becomes final
/// `ς` when it ends a word (cased letter before, none after, skipping case-ignorables).
pub fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let before = chars[..i].iter().rev().find(|&&x| !is_case_ignorable(x));
    let after = chars[i + 1..].iter().find(|&&x| !is_case_ignorable(x));
    let final_sigma = before.is_some_and(|&x| is_cased(x)) && !after.is_some_and(|&x| is_cased(x));
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

/// `c` may start an identifier (approximates XID_Start with the letters).
pub fn is_id_start(c: char) -> bool {
    c == '_' || is_alpha(c)
}

/// `c` may continue an identifier (approximates XID_Continue: letters, digits, combining marks).
pub fn is_id_continue(c: char) -> bool {
    is_id_start(c) || is_decimal(c) || (c >= '\u{300}' && in_ranges(CASE_IGNORABLE, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties() {
        assert!(is_alpha('é') && is_alpha('中') && !is_alpha('1') && !is_alpha('\u{300}'));
        assert!(is_digit('²') && !is_decimal('²') && is_numeric('½') && !is_digit('½'));
        assert!(is_numeric('三') && is_title('ǅ') && is_cased('ǅ') && !is_cased('1'));
        assert!(is_case_ignorable('\'') && is_case_ignorable('\u{301}'));
    }

    #[test]
    fn mappings() {
        let mut s = String::new();
        push_title(&mut s, 'ß');
        push_title(&mut s, 'ǆ');
        push_fold(&mut s, 'ß');
        push_upper(&mut s, 'ﬁ');
        assert_eq!(s, "SsǅssFI");
        let chars: Vec<char> = "ΑΣ ΣΑ".chars().collect();
        let mut low = String::new();
        for i in 0..chars.len() {
            push_lower_at(&mut low, &chars, i);
        }
        assert_eq!(low, "ας σα");
    }
}
