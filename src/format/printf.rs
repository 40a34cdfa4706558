//! Parsing of `%`-format strings (`str % args` and `bytes % args`) into pieces.
//!
//! CPython interleaves parsing with fetching arguments, so which error wins
//! depends on order: `'%s %y' % ()` reports the missing argument, `'%5%' % 1`
//! the bad character. To reproduce that, parsing never fails as a whole: a
//! malformed conversion becomes a [`ConvSpec`] whose `error` is set, holding
//! everything parsed before the problem. The caller walks the pieces in order:
//!
//! 1. if `wants_mapping`, require a mapping argument (`format requires a mapping`);
//! 2. look up `key` if present; fetch `width` / `precision` if they are `*`;
//! 3. if `error` is set, raise it;
//! 4. fetch the value, call [`ConvSpec::check_conversion`], convert and format
//!    with the functions in [`super::printf_conv`].

use super::FormatError;

/// One piece of a `%`-format string; `T` is `String` for str and `Vec<u8>` for bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<T = String> {
    /// Text copied to the output (`%%` already turned into `%`).
    Literal(T),
    /// A conversion specification.
    Conv(ConvSpec<T>),
}

/// A width or precision field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Count {
    /// Not given.
    #[default]
    Absent,
    /// `*`: taken from the next argument.
    Star,
    /// A literal number.
    Num(usize),
}

/// The flag characters `-+ #0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always show a sign.
    pub plus: bool,
    /// ` `: a space before non-negative numbers.
    pub space: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// `0`: pad numbers with zeros.
    pub zero: bool,
}

/// One `%` conversion, possibly malformed (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvSpec<T = String> {
    /// A `(` was seen: the arguments must be a mapping.
    pub wants_mapping: bool,
    /// The mapping key between the parentheses.
    pub key: Option<T>,
    /// The flags.
    pub flags: Flags,
    /// The minimum width.
    pub width: Count,
    /// The precision.
    pub precision: Count,
    /// The conversion character (`'\0'` if the string ended first).
    pub conv: char,
    /// The index of the conversion character (characters for str, bytes for bytes).
    pub index: usize,
    /// The parse error to raise once the key and `*` arguments are fetched.
    pub error: Option<FormatError>,
}

/// Parses a str format into pieces; parsing stops after the first malformed conversion.
pub fn parse_printf(fmt: &str) -> Vec<Piece> {
    let units: Vec<char> = fmt.chars().collect();
    parse_units(&units, |chars| chars.iter().collect())
}

/// Parses a bytes format into pieces; indexes and keys are in bytes.
pub fn parse_printf_bytes(fmt: &[u8]) -> Vec<Piece<Vec<u8>>> {
    let units: Vec<char> = fmt.iter().map(|&b| char::from(b)).collect();
    parse_units(&units, |chars| chars.iter().map(|&c| c as u8).collect())
}

/// The shared parser over code units (bytes are mapped to chars `U+0000..=U+00FF`).
fn parse_units<T>(units: &[char], make: impl Fn(&[char]) -> T) -> Vec<Piece<T>> {
    let mut pieces = Vec::new();
    let mut literal: Vec<char> = Vec::with_capacity(units.len());
    let mut pos = 0;
    while pos < units.len() {
        // The literal run up to the next `%`, copied at once.
        let run_end = units[pos..]
            .iter()
            .position(|&c| c == '%')
            .map_or(units.len(), |i| pos + i);
        literal.extend_from_slice(&units[pos..run_end]);
        pos = run_end;
        if pos == units.len() {
            break;
        }
        if units.get(pos + 1) == Some(&'%') {
            literal.push('%');
            pos += 2;
        } else {
            flush_literal(&mut pieces, &mut literal, &make);
            let mut parser = SpecParser {
                units,
                pos: pos + 1,
            };
            let spec = parser.parse(&make);
            let broken = spec.error.is_some();
            pieces.push(Piece::Conv(spec));
            if broken {
                return pieces;
            }
            pos = parser.pos;
        }
    }
    flush_literal(&mut pieces, &mut literal, &make);
    pieces
}

/// Moves accumulated literal text into a piece.
fn flush_literal<T>(
    pieces: &mut Vec<Piece<T>>,
    literal: &mut Vec<char>,
    make: &impl Fn(&[char]) -> T,
) {
    if !literal.is_empty() {
        pieces.push(Piece::Literal(make(literal)));
        literal.clear();
    }
}

/// Parses one conversion, starting just after its `%`.
struct SpecParser<'a> {
    units: &'a [char],
    pos: usize,
}

impl SpecParser<'_> {
    fn peek(&self) -> Option<char> {
        self.units.get(self.pos).copied()
    }

    fn parse<T>(&mut self, make: &impl Fn(&[char]) -> T) -> ConvSpec<T> {
        let mut spec = ConvSpec {
            wants_mapping: false,
            key: None,
            flags: Flags::default(),
            width: Count::Absent,
            precision: Count::Absent,
            conv: '\0',
            index: self.pos,
            error: None,
        };
        if let Err(e) = self.parse_fields(&mut spec, make) {
            spec.error = Some(e);
        }
        spec
    }

    fn parse_fields<T>(
        &mut self,
        spec: &mut ConvSpec<T>,
        make: &impl Fn(&[char]) -> T,
    ) -> Result<(), FormatError> {
        if self.peek() == Some('(') {
            spec.wants_mapping = true;
            spec.key = Some(make(self.key()?));
        }
        self.flags(&mut spec.flags);
        spec.width = self.count(isize::MAX as usize, "width too big")?;
        if self.peek() == Some('.') {
            self.pos += 1;
            spec.precision = self.count(i32::MAX as usize, "precision too big")?;
            if spec.precision == Count::Absent {
                spec.precision = Count::Num(0);
            }
        }
        if matches!(self.peek(), Some('h' | 'l' | 'L')) {
            self.pos += 1;
        }
        let conv = self.peek().ok_or_else(incomplete_format)?;
        spec.conv = conv;
        spec.index = self.pos;
        self.pos += 1;
        Ok(())
    }

    /// The key inside balanced parentheses; the cursor is on the `(`.
    fn key(&mut self) -> Result<&[char], FormatError> {
        let start = self.pos + 1;
        let mut depth = 0usize;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                '(' => depth += 1,
                ')' if depth == 1 => return Ok(&self.units[start..self.pos - 1]),
                ')' => depth -= 1,
                _ => {}
            }
        }
        Err(FormatError::Value("incomplete format key".into()))
    }

    fn flags(&mut self, flags: &mut Flags) {
        while let Some(c) = self.peek() {
            match c {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => return,
            }
            self.pos += 1;
        }
    }

    /// A `*` or a run of digits up to `limit`; `too_big` is the overflow message.
    fn count(&mut self, limit: usize, too_big: &str) -> Result<Count, FormatError> {
        if self.peek() == Some('*') {
            self.pos += 1;
            return Ok(Count::Star);
        }
        let mut value: Option<usize> = None;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            let next = value
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize));
            let next = next.filter(|&v| v <= limit);
            value = Some(next.ok_or_else(|| FormatError::Value(too_big.into()))?);
            self.pos += 1;
        }
        Ok(value.map_or(Count::Absent, Count::Num))
    }
}

/// The "incomplete format" error.
fn incomplete_format() -> FormatError {
    FormatError::Value("incomplete format".into())
}

impl<T> ConvSpec<T> {
    /// Checks the conversion character once the value has been fetched.
    /// `bytes` selects the bytes rules (which add `b` and reject non-ASCII).
    pub fn check_conversion(&self, bytes: bool) -> Result<(), FormatError> {
        let known = "diouxXeEfFgGcrsa".contains(self.conv) || (bytes && self.conv == 'b');
        if known && self.conv != '\0' {
            return Ok(());
        }
        let code = self.conv as u32;
        if bytes && code >= 0x80 {
            return Err(FormatError::Overflow(
                "character argument not in range(0x110000)".into(),
            ));
        }
        let shown = if (31..=126).contains(&code) {
            self.conv
        } else {
            '?'
        };
        Err(FormatError::Value(format!(
            "unsupported format character '{shown}' (0x{code:x}) at index {}",
            self.index
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv_of<T: Clone>(pieces: &[Piece<T>], at: usize) -> ConvSpec<T> {
        match &pieces[at] {
            Piece::Conv(spec) => spec.clone(),
            Piece::Literal(_) => panic!("piece {at} is a literal"),
        }
    }

    #[test]
    fn literals_and_fields() {
        let pieces = parse_printf("a%%b%(k(x))-+ #012.3ld!");
        assert_eq!(pieces[0], Piece::Literal("a%b".to_owned()));
        let spec = conv_of(&pieces, 1);
        assert_eq!(spec.key.as_deref(), Some("k(x)"));
        let all = Flags {
            left: true,
            plus: true,
            space: true,
            alternate: true,
            zero: true,
        };
        assert_eq!(
            (spec.flags, spec.width, spec.precision),
            (all, Count::Num(12), Count::Num(3))
        );
        assert_eq!((spec.conv, spec.index, spec.error), ('d', 21, None));
        assert_eq!(pieces[2], Piece::Literal("!".to_owned()));
        let stars = conv_of(&parse_printf("%*.*f"), 0);
        assert_eq!((stars.width, stars.precision), (Count::Star, Count::Star));
        assert_eq!(conv_of(&parse_printf("%.f"), 0).precision, Count::Num(0));
    }

    #[test]
    fn malformed_specs_carry_their_error() {
        let err = |fmt: &str| {
            let pieces = parse_printf(fmt);
            conv_of(&pieces, pieces.len() - 1)
                .error
                .map(|e| e.message().to_owned())
        };
        assert_eq!(err("%").as_deref(), Some("incomplete format"));
        assert_eq!(err("ab%5.2").as_deref(), Some("incomplete format"));
        assert_eq!(err("%(a").as_deref(), Some("incomplete format key"));
        assert_eq!(err("%(a)").as_deref(), Some("incomplete format"));
        assert_eq!(
            err("%99999999999999999999d").as_deref(),
            Some("width too big")
        );
        assert_eq!(err("%.2147483648d").as_deref(), Some("precision too big"));
        let keyed = conv_of(&parse_printf("%(a)*"), 0);
        assert!(keyed.wants_mapping && keyed.width == Count::Star);
        let no_key = conv_of(&parse_printf("%(a"), 0);
        assert!(no_key.wants_mapping && no_key.key.is_none());
    }

    #[test]
    fn conversion_characters() {
        let check = |fmt: &str, bytes: bool| conv_of(&parse_printf(fmt), 0).check_conversion(bytes);
        assert_eq!(check("%s", false), Ok(()));
        assert!(check("%b", false).is_err());
        assert_eq!(check("%b", true), Ok(()));
        let msg = |fmt: &str| check(fmt, false).unwrap_err().message().to_owned();
        assert_eq!(
            msg("%5%"),
            "unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(
            msg("%\u{20ac}"),
            "unsupported format character '?' (0x20ac) at index 1"
        );
        assert_eq!(
            msg("%\x7f"),
            "unsupported format character '?' (0x7f) at index 1"
        );
        assert_eq!(
            msg("%lld"),
            "unsupported format character 'l' (0x6c) at index 2"
        );
    }

    #[test]
    fn bytes_formats() {
        let pieces = parse_printf_bytes(b"x%(k)5b\xff%\xff");
        assert_eq!(pieces[0], Piece::Literal(b"x".to_vec()));
        let spec = conv_of(&pieces, 1);
        assert_eq!(
            (spec.key, spec.conv, spec.width),
            (Some(b"k".to_vec()), 'b', Count::Num(5))
        );
        assert_eq!(pieces[2], Piece::Literal(b"\xff".to_vec()));
        assert_eq!(
            conv_of(&pieces, 3).check_conversion(true),
            Err(FormatError::Overflow(
                "character argument not in range(0x110000)".into()
            ))
        );
        let bad = conv_of(&parse_printf_bytes(b"ab%y"), 1).check_conversion(true);
        assert_eq!(
            bad.unwrap_err().message(),
            "unsupported format character 'y' (0x79) at index 3"
        );
    }
}

#[cfg(test)]
mod robustness {
    use super::*;

    /// Every short format over a tricky alphabet parses without panicking.
    #[test]
    fn no_panics_on_arbitrary_formats() {
        let alphabet: Vec<char> = "%()*.-+ #09lds€".chars().collect();
        let mut fmt = String::new();
        for a in &alphabet {
            for b in &alphabet {
                for c in &alphabet {
                    for d in &alphabet {
                        fmt.clear();
                        fmt.extend([*a, *b, *c, *d]);
                        for piece in parse_printf(&fmt) {
                            if let Piece::Conv(spec) = piece {
                                let _ = spec.check_conversion(false);
                            }
                        }
                        let _ = parse_printf_bytes(fmt.as_bytes());
                    }
                }
            }
        }
    }
}
