//! Number literals: a scanner that follows CPython's tokenizer step by step, so that
//! malformed literals get its messages and offsets.

use logos::Lexer;
use num_bigint::BigInt;

use super::error::RawError;
use super::token::Tok;

/// CPython's limit on decimal digits in an int literal (`sys.get_int_max_str_digits()`).
pub const MAX_STR_DIGITS: usize = 4300;

/// A classified number literal.
#[derive(Debug, Clone, PartialEq)]
pub enum Num {
    /// An integer.
    Int(BigInt),
    /// A decimal integer with more digits than CPython converts: the digit count.
    TooManyDigits(usize),
    /// A float.
    Float(f64),
    /// An imaginary literal's imaginary part.
    Imag(f64),
}

/// A byte cursor that behaves like CPython's `tok_nextc` / `tok_backup`.
struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> Option<u8> {
        let c = self.s.get(self.i).copied();
        if c.is_some() {
            self.i += 1;
        }
        c
    }

    fn backup(&mut self, c: Option<u8>) {
        if c.is_some() {
            self.i -= 1;
        }
    }

    fn lookahead(&self, word: &str) -> bool {
        self.s[self.i..].starts_with(word.as_bytes())
    }

    fn err(&self, msg: impl Into<String>) -> RawError {
        RawError::Number {
            msg: msg.into(),
            cur: self.i,
        }
    }
}

fn is_digit(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
}

fn is_ident_char(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
}

/// The logos callback: scans the literal starting at the token start and bumps past it.
pub fn scan(lex: &mut Lexer<Tok>) -> Result<Num, RawError> {
    let start = lex.span().start;
    let mut cur = Cursor {
        s: lex.source().as_bytes(),
        i: start,
    };
    let kind = scan_number(&mut cur)?;
    let text = &lex.source()[start..cur.i];
    let consumed = lex.span().end - start;
    lex.bump(cur.i - start - consumed);
    Ok(convert(text, kind))
}

#[derive(Clone, Copy)]
enum Kind {
    Int(u32),
    Float,
    Imag,
}

fn convert(text: &str, kind: Kind) -> Num {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    match kind {
        Kind::Int(10) if clean.len() > MAX_STR_DIGITS => Num::TooManyDigits(clean.len()),
        Kind::Int(radix) => {
            let digits = if radix == 10 { &clean[..] } else { &clean[2..] };
            Num::Int(BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default())
        }
        Kind::Float => Num::Float(clean.parse().unwrap_or(f64::NAN)),
        Kind::Imag => Num::Imag(clean[..clean.len() - 1].parse().unwrap_or(f64::NAN)),
    }
}

fn scan_number(cur: &mut Cursor) -> Result<Kind, RawError> {
    let c = cur.next();
    if c == Some(b'.') {
        let c = cur.next();
        return fraction(cur, c);
    }
    if c == Some(b'0') {
        return scan_zero(cur);
    }
    let c = decimal_tail(cur)?;
    after_integer(cur, c)
}

/// After the integer part of a decimal literal: a fraction, exponent, `j` or the end.
fn after_integer(cur: &mut Cursor, c: Option<u8>) -> Result<Kind, RawError> {
    match c {
        Some(b'.') => {
            let c = cur.next();
            fraction(cur, c)
        }
        Some(b'e' | b'E') => exponent(cur, c, Kind::Int(10)),
        Some(b'j' | b'J') => imaginary(cur),
        _ => finish(cur, c, "decimal", Kind::Int(10)),
    }
}

fn scan_zero(cur: &mut Cursor) -> Result<Kind, RawError> {
    let c = cur.next();
    match c {
        Some(b'x' | b'X') => radix_digits(cur, 16, "hexadecimal"),
        Some(b'o' | b'O') => radix_digits(cur, 8, "octal"),
        Some(b'b' | b'B') => radix_digits(cur, 2, "binary"),
        _ => old_octal(cur, c),
    }
}

/// `0` followed by more digits: only zeros are allowed unless a fraction or exponent follows.
fn old_octal(cur: &mut Cursor, mut c: Option<u8>) -> Result<Kind, RawError> {
    let start = cur.i - 1 - usize::from(c.is_some());
    loop {
        if c == Some(b'_') {
            c = cur.next();
            if !is_digit(c) {
                cur.backup(c);
                return Err(cur.err("invalid decimal literal"));
            }
        }
        if c != Some(b'0') {
            break;
        }
        c = cur.next();
    }
    let zeros_end = cur.i;
    let nonzero = is_digit(c);
    if nonzero {
        c = decimal_tail(cur)?;
    }
    match c {
        Some(b'.' | b'e' | b'E' | b'j' | b'J') => after_integer(cur, c),
        _ if nonzero => {
            cur.backup(c);
            Err(RawError::NumberRange {
                msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                    .into(),
                start,
                end: zeros_end,
            })
        }
        _ => finish(cur, c, "decimal", Kind::Int(10)),
    }
}

fn radix_digits(cur: &mut Cursor, radix: u32, name: &str) -> Result<Kind, RawError> {
    let mut c = cur.next();
    loop {
        if c == Some(b'_') {
            c = cur.next();
        }
        if !c.is_some_and(|d| (d as char).is_digit(radix)) {
            if radix < 10 && is_digit(c) {
                let d = c.map_or('?', char::from);
                return Err(cur.err(format!("invalid digit '{d}' in {name} literal")));
            }
            cur.backup(c);
            return Err(cur.err(format!("invalid {name} literal")));
        }
        while c.is_some_and(|d| (d as char).is_digit(radix)) {
            c = cur.next();
        }
        if c != Some(b'_') {
            break;
        }
    }
    if radix < 10 && is_digit(c) {
        let d = c.map_or('?', char::from);
        return Err(cur.err(format!("invalid digit '{d}' in {name} literal")));
    }
    finish(cur, c, name, Kind::Int(radix))
}

/// Digits with single underscores between them; returns the first character after them.
fn decimal_tail(cur: &mut Cursor) -> Result<Option<u8>, RawError> {
    loop {
        let mut c = cur.next();
        while is_digit(c) {
            c = cur.next();
        }
        if c != Some(b'_') {
            return Ok(c);
        }
        c = cur.next();
        if !is_digit(c) {
            cur.backup(c);
            return Err(cur.err("invalid decimal literal"));
        }
    }
}

fn fraction(cur: &mut Cursor, mut c: Option<u8>) -> Result<Kind, RawError> {
    if is_digit(c) {
        c = decimal_tail(cur)?;
    }
    match c {
        Some(b'e' | b'E') => exponent(cur, c, Kind::Float),
        Some(b'j' | b'J') => imaginary(cur),
        _ => finish(cur, c, "decimal", Kind::Float),
    }
}

fn exponent(cur: &mut Cursor, e: Option<u8>, before: Kind) -> Result<Kind, RawError> {
    let mut c = cur.next();
    if matches!(c, Some(b'+' | b'-')) {
        c = cur.next();
        if !is_digit(c) {
            cur.backup(c);
            return Err(cur.err("invalid decimal literal"));
        }
    } else if !is_digit(c) {
        cur.backup(c);
        verify_end(cur, e, "decimal")?;
        cur.backup(e);
        return Ok(before);
    }
    c = decimal_tail(cur)?;
    match c {
        Some(b'j' | b'J') => imaginary(cur),
        _ => finish(cur, c, "decimal", Kind::Float),
    }
}

fn imaginary(cur: &mut Cursor) -> Result<Kind, RawError> {
    let c = cur.next();
    finish(cur, c, "imaginary", Kind::Imag)
}

fn finish(cur: &mut Cursor, c: Option<u8>, name: &str, kind: Kind) -> Result<Kind, RawError> {
    verify_end(cur, c, name)?;
    cur.backup(c);
    Ok(kind)
}

/// CPython's `verify_end_of_number`: a literal may touch a few keywords, not other names.
fn verify_end(cur: &mut Cursor, c: Option<u8>, name: &str) -> Result<(), RawError> {
    let keyword = match c {
        Some(b'a') => cur.lookahead("nd"),
        Some(b'e') => cur.lookahead("lse"),
        Some(b'f') => cur.lookahead("or"),
        Some(b'i') => matches!(cur.s.get(cur.i), Some(b'f' | b'n' | b's')),
        Some(b'o') => cur.lookahead("r"),
        Some(b'n') => cur.lookahead("ot"),
        _ => false,
    };
    if !keyword && is_ident_char(c) {
        cur.backup(c);
        return Err(cur.err(format!("invalid {name} literal")));
    }
    Ok(())
}
