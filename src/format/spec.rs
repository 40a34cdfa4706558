//! Parsing of the `format()` mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use super::{FormatError, value_err};

/// Where padding goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`: pad on the right.
    Left,
    /// `>`: pad on the left.
    Right,
    /// `^`: pad both sides, the extra character on the right.
    Center,
    /// `=`: pad between the sign (and prefix) and the digits.
    AfterSign,
}

/// The sign option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SignMode {
    /// `-` (the default): only negative numbers get a sign.
    #[default]
    Minus,
    /// `+`: always a sign.
    Plus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// The thousands separator option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Grouping {
    /// No separator.
    #[default]
    None,
    /// `,` every three decimal digits.
    Comma,
    /// `_` every three decimal digits, or every four for `b o x X`.
    Underscore,
}

/// A parsed format specification.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormatSpec {
    /// The fill character, if one was given (explicitly or by the `0` flag).
    pub fill: Option<char>,
    /// The alignment, if one was given (explicitly or by the `0` flag).
    pub align: Option<Align>,
    /// The sign option.
    pub sign: SignMode,
    /// Whether a sign option character was written at all.
    pub sign_given: bool,
    /// `z`: negative zero after rounding is shown as zero.
    pub no_neg_zero: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// Minimum width in characters.
    pub width: Option<usize>,
    /// Thousands separator.
    pub grouping: Grouping,
    /// Precision (digits, or maximum characters for strings).
    pub precision: Option<usize>,
    /// The presentation type character, if any.
    pub kind: Option<char>,
    /// The `0` flag was given without an alignment: numbers then align with `=`.
    pub zero_pad: bool,
}

/// A cursor over the spec's characters.
struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.pos + offset).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        self.pos += usize::from(hit);
        hit
    }

    /// A run of ASCII digits as a number; `Ok(None)` when there are none.
    fn number(&mut self) -> Result<Option<usize>, FormatError> {
        let start = self.pos;
        let mut value: i64 = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(i64::from(d)))
                .map_or_else(|| value_err("Too many decimal digits in format string"), Ok)?;
            self.pos += 1;
        }
        Ok((self.pos > start).then_some(value as usize))
    }
}

/// The alignment named by `c`, if it is an alignment character.
fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// How CPython quotes a presentation-type character in error messages.
pub(crate) fn quote_type_char(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

impl FormatSpec {
    /// Parses `spec` for an object of type `type_name` (named in error messages).
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut cur = Cursor {
            chars: &chars,
            pos: 0,
        };
        let mut out = FormatSpec::default();
        out.parse_fill_align(&mut cur);
        out.parse_flags(&mut cur);
        out.width = cur.number()?;
        out.parse_grouping(&mut cur)?;
        if cur.eat('.') {
            out.precision = cur.number()?;
            if out.precision.is_none() {
                return value_err("Format specifier missing precision");
            }
        }
        let rest = &chars[cur.pos..];
        if rest.len() > 1 {
            return value_err(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            ));
        }
        out.kind = rest.first().copied();
        out.check_grouping_type()?;
        Ok(out)
    }

    fn parse_fill_align(&mut self, cur: &mut Cursor) {
        if let Some(align) = cur.peek_at(1).and_then(align_of) {
            self.fill = cur.peek();
            self.align = Some(align);
            cur.pos += 2;
        } else if let Some(align) = cur.peek().and_then(align_of) {
            self.align = Some(align);
            cur.pos += 1;
        }
    }

    fn parse_flags(&mut self, cur: &mut Cursor) {
        let sign = match cur.peek() {
            Some('+') => Some(SignMode::Plus),
            Some('-') => Some(SignMode::Minus),
            Some(' ') => Some(SignMode::Space),
            _ => None,
        };
        if let Some(sign) = sign {
            self.sign = sign;
            self.sign_given = true;
            cur.pos += 1;
        }
        self.no_neg_zero = cur.eat('z');
        self.alternate = cur.eat('#');
        if self.fill.is_none() && cur.eat('0') {
            self.fill = Some('0');
            self.zero_pad = self.align.is_none();
        }
    }

    fn parse_grouping(&mut self, cur: &mut Cursor) -> Result<(), FormatError> {
        if cur.eat(',') {
            self.grouping = Grouping::Comma;
        }
        if cur.eat('_') {
            if self.grouping != Grouping::None {
                return value_err("Cannot specify both ',' and '_'.");
            }
            self.grouping = Grouping::Underscore;
        }
        if cur.peek() == Some(',') && self.grouping == Grouping::Underscore {
            return value_err("Cannot specify both ',' and '_'.");
        }
        Ok(())
    }

    /// Rejects a separator with a presentation type that cannot take it.
    pub(crate) fn check_grouping_type(&self) -> Result<(), FormatError> {
        let sep = match self.grouping {
            Grouping::None => return Ok(()),
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        };
        match self.kind {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(()),
            Some(kind) => value_err(format!(
                "Cannot specify '{sep}' with {}.",
                quote_type_char(kind)
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_err(spec: &str) -> String {
        FormatSpec::parse(spec, "int")
            .unwrap_err()
            .message()
            .to_owned()
    }

    #[test]
    fn all_fields() {
        let spec = FormatSpec::parse("*^+z#012_.3f", "float").unwrap();
        assert_eq!((spec.fill, spec.align), (Some('*'), Some(Align::Center)));
        assert_eq!(
            (spec.sign, spec.no_neg_zero, spec.alternate),
            (SignMode::Plus, true, true)
        );
        assert_eq!(
            (spec.width, spec.grouping, spec.precision),
            (Some(12), Grouping::Underscore, Some(3))
        );
        assert_eq!((spec.kind, spec.zero_pad), (Some('f'), false));
        let zero = FormatSpec::parse("010", "int").unwrap();
        assert_eq!(
            (zero.fill, zero.align, zero.zero_pad, zero.width),
            (Some('0'), None, true, Some(10))
        );
        let fill_is_zero_char = FormatSpec::parse("0<5", "int").unwrap();
        assert_eq!(
            (fill_is_zero_char.fill, fill_is_zero_char.zero_pad),
            (Some('0'), false)
        );
        assert_eq!(FormatSpec::parse("", "str").unwrap(), FormatSpec::default());
        assert_eq!(FormatSpec::parse("中^5", "str").unwrap().fill, Some('中'));
    }

    #[test]
    fn errors_match_python() {
        assert_eq!(
            parse_err("99999999999999999999"),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            parse_err(".99999999999999999999"),
            "Too many decimal digits in format string"
        );
        assert_eq!(parse_err("."), "Format specifier missing precision");
        assert_eq!(parse_err(".x"), "Format specifier missing precision");
        assert_eq!(
            parse_err("xx"),
            "Invalid format specifier 'xx' for object of type 'int'"
        );
        assert_eq!(parse_err("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(parse_err(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(parse_err(",,"), "Cannot specify ',' with ','.");
        assert_eq!(parse_err("__"), "Cannot specify '_' with '_'.");
        assert_eq!(parse_err(",x"), "Cannot specify ',' with 'x'.");
        assert_eq!(parse_err(",\u{e9}"), "Cannot specify ',' with '\\xe9'.");
        assert!(FormatSpec::parse("_x", "int").is_ok());
    }

    #[test]
    fn huge_width_is_a_memory_error_not_an_allocation() {
        let spec = FormatSpec::parse("99999999999", "int").unwrap();
        let n = num_bigint::BigInt::from(1);
        assert_eq!(
            super::super::format_int(&n, &spec, "int"),
            Err(FormatError::Memory)
        );
        assert_eq!(
            super::super::format_str("a", &spec, "str"),
            Err(FormatError::Memory)
        );
        assert_eq!(
            super::super::format_float(1.0, &spec, "float"),
            Err(FormatError::Memory)
        );
    }
}
