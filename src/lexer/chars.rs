//! Character classes the tokenizer needs for its messages (Python's `str.isprintable`).

use logos::Logos;

/// The characters `str.isprintable()` rejects: Unicode categories C* and Z* other than space.
#[derive(Logos, Debug, PartialEq)]
enum Class {
    #[regex(r"[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]")]
    NonPrintable,
}

/// An identifier as the parser sees it: NFKC-normalised, as CPython normalises non-ASCII
/// identifiers (so `ｆｕｌｌ` and `full` are one name).
pub fn identifier(text: &str) -> String {
    if text.is_ascii() {
        return text.to_owned();
    }
    unicode_normalization::UnicodeNormalization::nfkc(text).collect()
}

/// True if Python considers `c` printable (`' '` is printable, other separators are not).
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    !matches!(Class::lexer(s).next(), Some(Ok(Class::NonPrintable)))
}
