//! Text codecs for `str.encode` and `bytes.decode`: UTF-8, ASCII and Latin-1 with
//! the `strict`, `replace`, `ignore`, `backslashreplace` and `xmlcharrefreplace` handlers.

use crate::objects::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The codecs gilpy knows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    /// UTF-8.
    Utf8,
    /// 7-bit ASCII.
    Ascii,
    /// ISO-8859-1.
    Latin1,
}

impl Codec {
    /// The codec for an encoding name, normalised the way Python's codec registry does.
    pub fn lookup(name: &str) -> Option<Codec> {
        let norm: String = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        match norm.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Codec::Utf8),
            "ascii" | "us-ascii" | "646" | "us" => Some(Codec::Ascii),
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859"
            | "cp819" | "iso-ir-100" => Some(Codec::Latin1),
            _ => None,
        }
    }

    /// The name used in error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The largest code point the codec can encode (exclusive), for its error message.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x110000,
            Codec::Ascii => 128,
            Codec::Latin1 => 256,
        }
    }
}

/// The codec named by an optional `encoding` argument (UTF-8 by default).
pub fn codec_arg(vm: &Vm, encoding: Option<&str>) -> PyResult<Codec> {
    let name = encoding.unwrap_or("utf-8");
    Codec::lookup(name).ok_or_else(|| vm.error("LookupError", format!("unknown encoding: {name}")))
}

/// The error raised for an unknown `errors` handler name.
fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.error(
        "LookupError",
        format!("unknown error handler name '{errors}'"),
    )
}

/// Decodes `data` with `codec`, applying the `errors` handler.
pub fn decode(vm: &Vm, data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        let (text, bad) = decode_run(&data[pos..], codec);
        out.push_str(text.as_str());
        pos += text.consumed;
        let Some((len, reason)) = bad else { continue };
        let start = pos;
        match errors {
            "strict" => return Err(decode_error(vm, codec, data, start, start + len, reason)),
            "replace" => out.push('\u{fffd}'),
            "ignore" => {}
            "backslashreplace" => data[start..start + len]
                .iter()
                .for_each(|b| out.push_str(&format!("\\x{b:02x}"))),
            other => return Err(unknown_handler(vm, other)),
        }
        pos += len;
    }
    Ok(out)
}

/// Decoded text and how many input bytes it used.
struct Run {
    text: String,
    consumed: usize,
}

impl Run {
    fn as_str(&self) -> &str {
        &self.text
    }
}

/// Decodes the longest valid prefix; returns the bad sequence's length and reason if one follows.
fn decode_run(data: &[u8], codec: Codec) -> (Run, Option<(usize, &'static str)>) {
    match codec {
        Codec::Latin1 => (
            Run {
                text: data.iter().map(|&b| b as char).collect(),
                consumed: data.len(),
            },
            None,
        ),
        Codec::Ascii => {
            let n = data
                .iter()
                .position(|b| !b.is_ascii())
                .unwrap_or(data.len());
            let text = String::from_utf8_lossy(&data[..n]).into_owned();
            let bad = (n < data.len()).then_some((1, "ordinal not in range(128)"));
            (Run { text, consumed: n }, bad)
        }
        Codec::Utf8 => match std::str::from_utf8(data) {
            Ok(s) => (
                Run {
                    text: s.to_owned(),
                    consumed: data.len(),
                },
                None,
            ),
            Err(e) => {
                let n = e.valid_up_to();
                let text = String::from_utf8_lossy(&data[..n]).into_owned();
                let first = data[n];
                let bad = match e.error_len() {
                    None => (data.len() - n, "unexpected end of data"),
                    Some(_) if !(0xc2..=0xf4).contains(&first) => (1, "invalid start byte"),
                    Some(len) => (len, "invalid continuation byte"),
                };
                (Run { text, consumed: n }, Some(bad))
            }
        },
    }
}

/// CPython's `UnicodeDecodeError` for bytes `start..end`.
fn decode_error(
    vm: &Vm,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let name = codec.name();
    let msg = if end - start == 1 {
        format!(
            "'{name}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            data[start]
        )
    } else {
        format!(
            "'{name}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    vm.error("UnicodeDecodeError", msg)
}

/// Encodes `text` with `codec`, applying the `errors` handler.
pub fn encode(vm: &Vm, text: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    if codec == Codec::Utf8 {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if (chars[i] as u32) < limit {
            out.push(chars[i] as u32 as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|&&c| (c as u32) >= limit)
            .count();
        match errors {
            "strict" => return Err(encode_error(vm, codec, &chars, i, end)),
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "ignore" => {}
            "xmlcharrefreplace" => chars[i..end]
                .iter()
                .for_each(|&c| out.extend(format!("&#{};", c as u32).bytes())),
            "backslashreplace" => chars[i..end]
                .iter()
                .for_each(|&c| out.extend(escape_char(c).bytes())),
            other => return Err(unknown_handler(vm, other)),
        }
        i = end;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a character.
fn escape_char(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// CPython's `UnicodeEncodeError` for characters `start..end`.
fn encode_error(vm: &Vm, codec: Codec, chars: &[char], start: usize, end: usize) -> PyErr {
    let name = codec.name();
    let reason = format!("ordinal not in range({})", codec.limit());
    let msg = if end - start == 1 {
        format!(
            "'{name}' codec can't encode character '{}' in position {start}: {reason}",
            escape_char(chars[start])
        )
    } else {
        format!(
            "'{name}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )
    };
    vm.error("UnicodeEncodeError", msg)
}

/// The text of an optional str argument (`encoding=` / `errors=`), with CPython's TypeError.
pub fn text_arg(vm: &Vm, fname: &str, what: &str, v: Option<&Value>) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_owned())),
        Some(other) => Err(vm.type_error(format!(
            "{fname}() argument '{what}' must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codec_names() {
        assert_eq!(Codec::lookup("UTF_8"), Some(Codec::Utf8));
        assert_eq!(Codec::lookup("Latin-1"), Some(Codec::Latin1));
        assert_eq!(Codec::lookup("ebcdic"), None);
    }

    #[test]
    fn utf8_error_reasons() {
        let reason = |b: &[u8]| decode_run(b, Codec::Utf8).1;
        assert_eq!(reason(b"\xff"), Some((1, "invalid start byte")));
        assert_eq!(reason(b"\xe4\xb8x"), Some((2, "invalid continuation byte")));
        assert_eq!(reason(b"\xe4\xb8"), Some((2, "unexpected end of data")));
        assert_eq!(
            reason(b"\xed\xa0\x80"),
            Some((1, "invalid continuation byte"))
        );
        assert_eq!(reason("é".as_bytes()), None);
    }
}
