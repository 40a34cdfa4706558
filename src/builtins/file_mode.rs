//! The pure parts of `open()`: parsing the mode string, naming encodings, and the text codecs.

/// A parsed `open()` mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OpenMode {
    /// `r`: open for reading.
    pub reading: bool,
    /// `w`: create or truncate, then write.
    pub writing: bool,
    /// `a`: write at the end.
    pub appending: bool,
    /// `x`: create, failing when the file exists.
    pub creating: bool,
    /// `+`: both reading and writing.
    pub updating: bool,
    /// `b`: bytes in and out.
    pub binary: bool,
}

impl OpenMode {
    /// Parses a mode string with CPython's checks and messages.
    pub fn parse(mode: &str) -> Result<OpenMode, String> {
        let mut m = OpenMode::default();
        let mut text = false;
        let mut seen = String::new();
        for c in mode.chars() {
            if !"rwxabt+".contains(c) || seen.contains(c) {
                return Err(format!("invalid mode: '{mode}'"));
            }
            seen.push(c);
            match c {
                'r' => m.reading = true,
                'w' => m.writing = true,
                'a' => m.appending = true,
                'x' => m.creating = true,
                '+' => m.updating = true,
                'b' => m.binary = true,
                _ => text = true,
            }
        }
        if text && m.binary {
            return Err("can't have text and binary mode at once".into());
        }
        let kinds = [m.reading, m.writing, m.appending, m.creating]
            .iter()
            .filter(|k| **k)
            .count();
        if kinds > 1 {
            return Err("must have exactly one of create/read/write/append mode".into());
        }
        if kinds == 0 {
            return Err(
                "Must have exactly one of create/read/write/append mode and at most one plus"
                    .into(),
            );
        }
        Ok(m)
    }

    /// True when the file can be read.
    pub fn readable(&self) -> bool {
        self.reading || self.updating
    }

    /// True when the file can be written.
    pub fn writable(&self) -> bool {
        !self.reading || self.updating
    }

    /// The `mode` attribute of a binary file (`rb`, `wb+` ...).
    pub fn binary_name(&self) -> String {
        let base = match (self.creating, self.reading, self.appending) {
            (true, _, _) => "xb",
            (_, true, _) => "rb",
            (_, _, true) => "ab",
            _ => "wb",
        };
        if self.updating {
            format!("{base}+")
        } else {
            base.to_owned()
        }
    }

    /// The `std::fs::OpenOptions` for this mode.
    pub fn options(&self) -> std::fs::OpenOptions {
        let mut o = std::fs::OpenOptions::new();
        o.read(self.readable());
        if self.writing {
            o.write(true).create(true).truncate(true);
        } else if self.appending {
            o.append(true).create(true);
        } else if self.creating {
            o.write(true).create_new(true);
        } else if self.updating {
            o.write(true);
        }
        o
    }
}

/// A supported text encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8.
    Utf8,
    /// ISO-8859-1: one byte per code point below 256.
    Latin1,
    /// 7-bit ASCII.
    Ascii,
}

impl Encoding {
    /// Looks an encoding up by any of its usual names.
    pub fn lookup(name: &str) -> Option<Encoding> {
        let n = name.to_ascii_lowercase().replace('_', "-");
        match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" => Some(Encoding::Utf8),
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "cp819" | "8859" => {
                Some(Encoding::Latin1)
            }
            "ascii" | "us-ascii" | "646" => Some(Encoding::Ascii),
            _ => None,
        }
    }

    /// The codec's canonical name, as error messages show it.
    pub fn codec_name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Latin1 => "latin-1",
            Encoding::Ascii => "ascii",
        }
    }

    /// Encodes text; the error is the `UnicodeEncodeError` message.
    pub fn encode(self, text: &str) -> Result<Vec<u8>, String> {
        let limit = match self {
            Encoding::Utf8 => return Ok(text.as_bytes().to_vec()),
            Encoding::Latin1 => 256u32,
            Encoding::Ascii => 128u32,
        };
        let mut out = Vec::with_capacity(text.len());
        for (i, c) in text.chars().enumerate() {
            if (c as u32) >= limit {
                let shown = crate::format::repr_str(&c.to_string());
                return Err(format!(
                    "'{}' codec can't encode character {shown} in position {i}: ordinal not in range({limit})",
                    self.codec_name()
                ));
            }
            out.push(c as u32 as u8);
        }
        Ok(out)
    }

    /// Decodes bytes; the error is the `UnicodeDecodeError` message.
    pub fn decode(self, data: &[u8]) -> Result<String, String> {
        match self {
            Encoding::Utf8 => std::str::from_utf8(data)
                .map(str::to_owned)
                .map_err(|e| utf8_error(data, &e)),
            Encoding::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
            Encoding::Ascii => match data.iter().position(|b| *b >= 128) {
                Some(i) => Err(format!(
                    "'ascii' codec can't decode byte {:#04x} in position {i}: ordinal not in range(128)",
                    data[i]
                )),
                None => Ok(data.iter().map(|&b| b as char).collect()),
            },
        }
    }

    /// How many bytes the character starting with `lead` takes (1 for the one-byte codecs).
    pub fn char_width(self, lead: u8) -> usize {
        match self {
            Encoding::Utf8 => match lead {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            },
            _ => 1,
        }
    }
}

/// CPython's message for invalid UTF-8.
fn utf8_error(data: &[u8], e: &std::str::Utf8Error) -> String {
    let pos = e.valid_up_to();
    let byte = data.get(pos).copied().unwrap_or(0);
    let why = match e.error_len() {
        None => "unexpected end of data",
        Some(_) if (0x80..0xC0).contains(&byte) || byte >= 0xF8 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    format!("'utf-8' codec can't decode byte {byte:#04x} in position {pos}: {why}")
}

/// The `newline=` argument of a text file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// `None`: any line ending reads as `\n`; `\n` is written as is.
    Universal,
    /// `""`: any line ending ends a line, none is translated.
    Untranslated,
    /// `"\n"`, `"\r"` or `"\r\n"`: only that ending ends a line; written `\n` becomes it.
    Exact(&'static str),
}

impl Newline {
    /// Parses the `newline` argument (`None` means [`Newline::Universal`]).
    pub fn parse(arg: Option<&str>) -> Result<Newline, String> {
        Ok(match arg {
            None => Newline::Universal,
            Some("") => Newline::Untranslated,
            Some("\n") => Newline::Exact("\n"),
            Some("\r") => Newline::Exact("\r"),
            Some("\r\n") => Newline::Exact("\r\n"),
            Some(other) => {
                return Err(format!(
                    "illegal newline value: {}",
                    crate::format::repr_str(other)
                ));
            }
        })
    }

    /// Text as written to the file.
    pub fn on_write(self, text: &str) -> std::borrow::Cow<'_, str> {
        match self {
            Newline::Exact(end) if end != "\n" && text.contains('\n') => {
                text.replace('\n', end).into()
            }
            _ => text.into(),
        }
    }

    /// Text as read back from the file.
    pub fn on_read(self, text: String) -> String {
        if self == Newline::Universal && text.contains('\r') {
            return text.replace("\r\n", "\n").replace('\r', "\n");
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_follow_cpython() {
        assert!(OpenMode::parse("r").is_ok_and(|m| m.readable() && !m.writable()));
        assert!(OpenMode::parse("a+").is_ok_and(|m| m.readable() && m.writable()));
        assert_eq!(OpenMode::parse("q"), Err("invalid mode: 'q'".into()));
        assert_eq!(OpenMode::parse("rr"), Err("invalid mode: 'rr'".into()));
        assert_eq!(
            OpenMode::parse("rw"),
            Err("must have exactly one of create/read/write/append mode".into())
        );
        assert!(OpenMode::parse("+").is_err_and(|e| e.starts_with("Must have")));
        assert_eq!(
            OpenMode::parse("r+b").map(|m| m.binary_name()),
            Ok("rb+".into())
        );
    }

    #[test]
    fn codecs_round_trip_and_fail_like_cpython() {
        assert_eq!(Encoding::lookup("UTF_8"), Some(Encoding::Utf8));
        assert_eq!(Encoding::Latin1.decode(&[0xe9]), Ok("é".into()));
        assert_eq!(Encoding::Latin1.encode("é"), Ok(vec![0xe9]));
        assert!(
            Encoding::Ascii
                .encode("é")
                .is_err_and(|e| e.contains("ordinal not in range(128)"))
        );
        assert!(
            Encoding::Utf8
                .decode(&[0xff])
                .is_err_and(|e| e.ends_with("invalid start byte"))
        );
    }

    #[test]
    fn newlines_translate() {
        assert_eq!(Newline::Universal.on_read("a\r\nb\rc".into()), "a\nb\nc");
        assert_eq!(Newline::Exact("\r\n").on_write("a\n"), "a\r\n");
    }
}
