//! `repr(str)`, `ascii(str)` and `repr(bytes)` with CPython's quoting and escapes.

use std::fmt::Write;

use super::printable::is_printable;

/// The quote CPython picks: `"` only when the text has `'` but no `"`.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

/// `repr(s)`: quotes, `\n \r \t \\`, `\xhh`/`\uXXXX`/`\UXXXXXXXX` for
/// non-printable characters; printable non-ASCII characters are kept.
pub fn repr_str(s: &str) -> String {
    quote_text(s, false)
}

/// `ascii(s)`: like [`repr_str`] but every non-ASCII character is escaped.
pub fn ascii_str(s: &str) -> String {
    quote_text(s, true)
}

/// Shared body of [`repr_str`] and [`ascii_str`].
fn quote_text(s: &str, ascii_only: bool) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_char_escaped(&mut out, c, quote, ascii_only);
    }
    out.push(quote);
    out
}

/// Appends one character of a str repr.
fn push_char_escaped(out: &mut String, c: char, quote: char, ascii_only: bool) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        _ if c == quote => {
            out.push('\\');
            out.push(c);
        }
        ' '..='~' => out.push(c),
        _ if !c.is_ascii() && !ascii_only && is_printable(c) => out.push(c),
        _ => push_hex_escape(out, c as u32),
    }
}

/// `\xhh`, `\uXXXX` or `\UXXXXXXXX`, whichever fits the code point.
fn push_hex_escape(out: &mut String, code: u32) {
    // Writing to a String cannot fail.
    let _ = if code < 0x100 {
        write!(out, "\\x{code:02x}")
    } else if code < 0x10000 {
        write!(out, "\\u{code:04x}")
    } else {
        write!(out, "\\U{code:08x}")
    };
}

/// `repr(b)`: `b'...'` with `\t \n \r \\`, the quote escaped, printable ASCII
/// kept and every other byte as `\xhh`.
pub fn repr_bytes(bytes: &[u8]) -> String {
    let quote = pick_quote(bytes.contains(&b'\''), bytes.contains(&b'"'));
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            b' '..=b'~' => out.push(b as char),
            _ => push_hex_escape(&mut out, u32::from(b)),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_repr_matches_python() {
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("a\nb\tc\rd\\e", "'a\\nb\\tc\\rd\\\\e'"),
            ("\x00\x1f\x7f", "'\\x00\\x1f\\x7f'"),
            ("\u{a0}\u{ad}é", "'\\xa0\\xadé'"),
            ("中文", "'中文'"),
            ("\u{2028}\u{200b}", "'\\u2028\\u200b'"),
            ("\u{e000}\u{10ffff}", "'\\ue000\\U0010ffff'"),
            ("😀", "'😀'"),
            ("\u{1d173}", "'\\U0001d173'"),
        ];
        for &(input, want) in cases {
            assert_eq!(repr_str(input), want, "{input:?}");
        }
    }

    #[test]
    fn ascii_escapes_everything_non_ascii() {
        assert_eq!(ascii_str("é中😀"), "'\\xe9\\u4e2d\\U0001f600'");
        assert_eq!(ascii_str("it's"), "\"it's\"");
    }

    #[test]
    fn bytes_repr_matches_python() {
        assert_eq!(repr_bytes(b""), "b''");
        assert_eq!(repr_bytes(b"abc"), "b'abc'");
        assert_eq!(repr_bytes(b"it's"), "b\"it's\"");
        assert_eq!(repr_bytes(b"'\""), "b'\\'\"'");
        assert_eq!(
            repr_bytes(b"\x00\n\t\r\\\x7f\x80\xff"),
            "b'\\x00\\n\\t\\r\\\\\\x7f\\x80\\xff'"
        );
    }
}
