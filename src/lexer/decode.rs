//! Source files read as bytes: the UTF-8 byte order mark, PEP 263 coding declarations, and
//! CPython's report for bytes that are not UTF-8.

/// The UTF-8 byte order mark, skipped at the start of a file.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// The encodings a coding declaration may name here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    /// UTF-8 (also `ascii`, a subset).
    Utf8,
    /// ISO-8859-1: every byte is the code point of the same value.
    Latin1,
}

/// Decodes a source file as CPython's tokenizer does. The error is the message of the
/// `SyntaxError` CPython raises (it has no position: `filename` is part of the message).
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, String> {
    let (bom, body) = match bytes.strip_prefix(BOM) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let Some(name) = coding_declaration(body) else {
        return decode_utf8(body, filename);
    };
    match encoding_named(name) {
        Some(Encoding::Utf8) => Ok(String::from_utf8_lossy(body).into_owned()),
        Some(Encoding::Latin1) if bom => Err("encoding problem: iso-8859-1 with BOM".to_owned()),
        Some(Encoding::Latin1) => Ok(body.iter().map(|&b| char::from(b)).collect()),
        None => Err(format!("encoding problem: {name}")),
    }
}

/// UTF-8 source without a declaration: the first byte that starts no valid sequence is
/// reported with its line.
fn decode_utf8(body: &[u8], filename: &str) -> Result<String, String> {
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = 1 + body[..at].iter().filter(|&&b| b == b'\n').count();
            Err(format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                body[at]
            ))
        }
    }
}

/// The encoding named by a PEP 263 declaration (`# -*- coding: latin-1 -*-`) on the first
/// line, or on the second when the first holds only a comment or blanks.
pub fn coding_declaration(text: &[u8]) -> Option<&str> {
    let mut lines = text.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = declared_in(first) {
        return Some(name);
    }
    let blank_or_comment = first
        .iter()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\x0c' | b'\r'))
        .is_none_or(|&b| b == b'#');
    if blank_or_comment {
        return lines.next().and_then(declared_in);
    }
    None
}

/// The name in a comment line matching `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn declared_in(line: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(line).ok()?;
    let comment = text
        .trim_start_matches([' ', '\t', '\x0c'])
        .strip_prefix('#')?;
    let mut rest = comment;
    while let Some(i) = rest.find("coding") {
        let after = &rest[i + "coding".len()..];
        if let Some(value) = after.strip_prefix([':', '=']) {
            let value = value.trim_start_matches([' ', '\t']);
            let len = value
                .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
                .unwrap_or(value.len());
            if len > 0 {
                return Some(&value[..len]);
            }
        }
        rest = after;
    }
    None
}

/// The encoding for a declared name, normalised as CPython does (case, `_` for `-`).
fn encoding_named(name: &str) -> Option<Encoding> {
    let norm = name.to_ascii_lowercase().replace('_', "-");
    let family = |base: &str| norm == base || norm.starts_with(&format!("{base}-"));
    if family("utf-8") || matches!(norm.as_str(), "utf8" | "ascii" | "us-ascii") {
        Some(Encoding::Utf8)
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"]
        .iter()
        .any(|b| family(b))
        || norm == "latin1"
    {
        Some(Encoding::Latin1)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_the_byte_order_mark() {
        assert_eq!(
            decode_source(b"\xef\xbb\xbfx = 1\n", "f"),
            Ok("x = 1\n".into())
        );
    }

    #[test]
    fn reports_the_first_bad_byte_and_its_line() {
        let err = decode_source(b"x = 1\ny = '\xc3('\n", "f.py").unwrap_err();
        assert!(err.starts_with("Non-UTF-8 code starting with '\\xc3' in file f.py on line 2,"));
    }

    #[test]
    fn reads_declarations_on_the_first_two_lines() {
        assert_eq!(
            coding_declaration(b"# -*- coding: latin-1 -*-\n"),
            Some("latin-1")
        );
        assert_eq!(
            coding_declaration(b"#!/bin/python\n# vim: set fileencoding=utf8 :\n"),
            Some("utf8")
        );
        assert_eq!(coding_declaration(b"x = 1\n# coding: latin-1\n"), None);
        assert_eq!(
            decode_source(b"# coding: latin-1\nx = '\xff'\n", "f"),
            Ok("# coding: latin-1\nx = '\u{ff}'\n".into())
        );
        assert_eq!(
            decode_source(b"# coding: foo\n", "f"),
            Err("encoding problem: foo".into())
        );
    }
}
