//! String literal tokens: prefixes, quotes and the extent of the body (escapes are
//! decoded later, by [`super::escapes`], when the parser builds the constant).

use logos::Lexer;

use super::error::RawError;
use super::token::{StrKind, StrLit, Tok};

/// The logos callback: the slice so far is the prefix and the opening quote.
pub fn scan(lex: &mut Lexer<Tok>) -> Result<Box<StrLit>, RawError> {
    let start = lex.span().start;
    let opened = lex.span().end;
    let prefix = lex.slice()[..lex.slice().len() - 1].to_ascii_lowercase();
    let bytes = lex.source().as_bytes();
    let quote = bytes[opened - 1];
    let triple = bytes.get(opened) == Some(&quote) && bytes.get(opened + 1) == Some(&quote);
    let body_start = if triple { opened + 2 } else { opened };
    let (body_end, close_len) =
        find_end(bytes, body_start, quote, triple).map_err(|detected| RawError::Unterminated {
            start,
            detected,
            triple,
        })?;
    lex.bump(body_end + close_len - opened);
    let kind = if prefix.contains('b') {
        StrKind::Bytes
    } else if prefix.contains('f') {
        StrKind::Format
    } else {
        StrKind::Str
    };
    Ok(Box::new(StrLit {
        kind,
        raw: prefix.contains('r'),
        start,
        end: body_end + close_len,
        body_start,
        body_end,
    }))
}

/// Finds the closing quote(s); `Err` holds the byte offset where the search gave up.
fn find_end(s: &[u8], from: usize, quote: u8, triple: bool) -> Result<(usize, usize), usize> {
    let mut i = from;
    while i < s.len() {
        match s[i] {
            b'\\' => i += 2,
            b'\n' if !triple => return Err(i),
            c if c == quote => {
                if !triple {
                    return Ok((i, 1));
                }
                if s.get(i + 1) == Some(&quote) && s.get(i + 2) == Some(&quote) {
                    return Ok((i, 3));
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    Err(s.len())
}
