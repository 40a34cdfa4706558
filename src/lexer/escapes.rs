//! Backslash escapes in string and bytes literals, with CPython's error messages.

/// Decodes the body of a non-raw `str` literal. `Err` is the full message
/// (`(unicode error) 'unicodeescape' codec can't decode bytes ...`).
pub fn decode_str(body: &str) -> Result<String, String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    // CPython counts positions after re-encoding non-ASCII characters as 10-byte `\U` escapes.
    let mut pos = 0usize;
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            pos += width(c);
            continue;
        }
        let Some(&(_, e)) = chars.peek() else {
            return Err(unicode_error(pos, pos, "\\ at end of string"));
        };
        chars.next();
        let rest = &body[i + 1 + e.len_utf8()..];
        match e {
            '\n' => {}
            '\\' | '\'' | '"' => out.push(e),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let (value, used) = octal(e, rest);
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
                skip(&mut chars, used);
                pos += used;
            }
            'x' | 'u' | 'U' => {
                let (value, used) = hex_escape(e, rest, pos)?;
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
                skip(&mut chars, used);
                pos += used;
            }
            'N' => {
                let (ch, used) = named_escape(rest, pos)?;
                out.push(ch);
                skip(&mut chars, used);
                pos += used;
            }
            _ => {
                out.push('\\');
                out.push(e);
                pos += if e.is_ascii() { 0 } else { 5 + 10 - 1 };
            }
        }
        pos += 2;
    }
    Ok(out)
}

/// Decodes the body of a non-raw `bytes` literal (the body is known to be ASCII).
pub fn decode_bytes(body: &str) -> Result<Vec<u8>, String> {
    let s = body.as_bytes();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c != b'\\' || i + 1 >= s.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let e = s[i + 1];
        let mut used = 0;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let (value, n) = octal(e as char, &body[i + 2..]);
                out.push(value as u8);
                used = n;
            }
            b'x' => {
                let digits = &s[i + 2..(i + 4).min(s.len())];
                if digits.len() < 2 || !digits.iter().all(u8::is_ascii_hexdigit) {
                    return Err(format!("(value error) invalid \\x escape at position {i}"));
                }
                out.push(u8::from_str_radix(&body[i + 2..i + 4], 16).unwrap_or(0));
                used = 2;
            }
            _ => out.extend_from_slice(&[b'\\', e]),
        }
        i += 2 + used;
    }
    Ok(out)
}

fn width(c: char) -> usize {
    if c.is_ascii() { 1 } else { 10 }
}

fn skip(chars: &mut std::iter::Peekable<std::str::CharIndices>, n: usize) {
    for _ in 0..n {
        chars.next();
    }
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"
    )
}

/// Up to two more octal digits after `first`; returns the value and the digits used.
fn octal(first: char, rest: &str) -> (u32, usize) {
    let mut value = first.to_digit(8).unwrap_or(0);
    let mut used = 0;
    for c in rest.chars().take(2) {
        match c.to_digit(8) {
            Some(d) => {
                value = value * 8 + d;
                used += 1;
            }
            None => break,
        }
    }
    (value, used)
}

/// `\xhh`, `\uXXXX` or `\UXXXXXXXX` (the letter is `kind`); `pos` is the backslash's position.
fn hex_escape(kind: char, rest: &str, pos: usize) -> Result<(u32, usize), String> {
    let (len, name) = match kind {
        'x' => (2, "truncated \\xXX escape"),
        'u' => (4, "truncated \\uXXXX escape"),
        _ => (8, "truncated \\UXXXXXXXX escape"),
    };
    let found = rest
        .chars()
        .take(len)
        .take_while(char::is_ascii_hexdigit)
        .count();
    if found < len {
        return Err(unicode_error(pos, pos + 1 + found, name));
    }
    let value = u32::from_str_radix(&rest[..len], 16).unwrap_or(u32::MAX);
    if value > 0x10ffff {
        return Err(unicode_error(
            pos,
            pos + 1 + len,
            "illegal Unicode character",
        ));
    }
    Ok((value, len))
}

/// `\N{NAME}`; returns the character and the number of characters after `N` used.
fn named_escape(rest: &str, pos: usize) -> Result<(char, usize), String> {
    // CPython's error ends where its scan stopped: after `N`, at the end of the text when
    // no `}` follows, or at the `}` of an empty name.
    let malformed = |end| unicode_error(pos, end, "malformed \\N character escape");
    let inner = rest.strip_prefix('{').ok_or_else(|| malformed(pos + 1))?;
    let scanned: usize = rest.chars().map(width).sum();
    let close = inner
        .find('}')
        .ok_or_else(|| malformed(pos + 1 + scanned))?;
    let name = &inner[..close];
    if name.is_empty() {
        return Err(malformed(pos + 2));
    }
    let used = name.chars().count() + 2;
    let end = pos + 1 + used;
    super::char_names::lookup(name)
        .map(|c| (c, used))
        .ok_or_else(|| unicode_error(pos, end, "unknown Unicode character name"))
}
