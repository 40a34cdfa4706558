//! Formatting one `%` conversion once its argument is fetched, and the `%` operator's messages.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_text::{FloatOpts, FloatStyle, non_finite_text, render_magnitude};
use super::layout::{check_width, pad};
use super::printf::{ConvSpec, Flags};
use super::spec::Align;
use super::spec_num::code_point_text;
use super::{FormatError, MAX_RESULT_LEN};

/// A conversion with its `*` fields resolved to numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conv {
    /// The flags (a negative `*` width turns on `left`).
    pub flags: Flags,
    /// The minimum width (0 when absent).
    pub width: usize,
    /// The precision, if any.
    pub precision: Option<usize>,
    /// The conversion character.
    pub conv: char,
}

impl<T> ConvSpec<T> {
    /// Resolves the fields, given the values fetched for `*` width and precision.
    pub fn resolve(&self, star_width: Option<i64>, star_precision: Option<i64>) -> Conv {
        use super::printf::Count;
        let mut flags = self.flags;
        let width = match (self.width, star_width) {
            (Count::Num(n), _) => n,
            (Count::Star, Some(w)) => {
                flags.left |= w < 0;
                w.unsigned_abs() as usize
            }
            _ => 0,
        };
        let precision = match (self.precision, star_precision) {
            (Count::Num(n), _) => Some(n),
            (Count::Star, Some(p)) => Some(p.max(0) as usize),
            _ => None,
        };
        Conv {
            flags,
            width,
            precision,
            conv: self.conv,
        }
    }
}

/// The sign text for a number under the flags.
fn sign_text(negative: bool, flags: Flags) -> &'static str {
    if negative {
        "-"
    } else if flags.plus {
        "+"
    } else if flags.space {
        " "
    } else {
        ""
    }
}

/// Pads a number `head` + `body`: zeros after the head with `0`, spaces otherwise.
fn pad_number(head: &str, body: &str, conv: &Conv) -> Result<String, FormatError> {
    let text = format!("{head}{body}");
    let (fill, align) = if conv.flags.left {
        (' ', Align::Left)
    } else if conv.flags.zero {
        ('0', Align::AfterSign)
    } else {
        (' ', Align::Right)
    };
    pad(&text, fill, align, conv.width, head.chars().count())
}

/// `%d %i %u %o %x %X` of an int (the caller converts floats with `int()`).
pub fn format_int_conv(n: &BigInt, conv: &Conv) -> Result<String, FormatError> {
    if let Some(small) = n.to_i64() {
        return format_i64_conv(small, conv);
    }
    let digits = n.magnitude().to_str_radix(radix_of(conv.conv));
    int_digits_conv(n.sign() == Sign::Minus, digits, conv)
}

/// [`format_int_conv`] of an int that fits in an `i64`.
pub fn format_i64_conv(n: i64, conv: &Conv) -> Result<String, FormatError> {
    let magnitude = n.unsigned_abs();
    let digits = match conv.conv {
        'o' => format!("{magnitude:o}"),
        'x' | 'X' => format!("{magnitude:x}"),
        _ => magnitude.to_string(),
    };
    int_digits_conv(n < 0, digits, conv)
}

/// The base an integer conversion writes in.
fn radix_of(conv: char) -> u32 {
    match conv {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    }
}

/// The rest of an integer conversion, given the sign and the magnitude's
/// digits (lower case): case, precision, sign, prefix and padding.
fn int_digits_conv(negative: bool, mut digits: String, conv: &Conv) -> Result<String, FormatError> {
    let prefix = match conv.conv {
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        _ => "",
    };
    if conv.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = conv.precision.filter(|&p| p > digits.len()) {
        check_width(p)?;
        digits.insert_str(0, &"0".repeat(p - digits.len()));
    }
    let sign = sign_text(negative, conv.flags);
    let bare = !conv.flags.alternate || prefix.is_empty();
    if bare && conv.width <= sign.len() + digits.len() {
        // No prefix and nothing to pad: the sign and the digits are the text.
        if !sign.is_empty() {
            digits.insert_str(0, sign);
        }
        return Ok(digits);
    }
    let head = format!("{sign}{}", if conv.flags.alternate { prefix } else { "" });
    pad_number(&head, &digits, conv)
}

/// `%e %E %f %F %g %G` of a float.
pub fn format_float_conv(x: f64, conv: &Conv) -> Result<String, FormatError> {
    let precision = conv.precision.unwrap_or(6);
    if precision > MAX_RESULT_LEN {
        return Err(FormatError::Memory);
    }
    let style = match conv.conv {
        'e' | 'E' => FloatStyle::Exponent,
        'f' | 'F' => FloatStyle::Fixed,
        _ => FloatStyle::General,
    };
    let upper = conv.conv.is_ascii_uppercase();
    let mut body = if x.is_finite() {
        let opts = FloatOpts {
            style,
            precision,
            alternate: conv.flags.alternate,
            add_dot_0: false,
        };
        render_magnitude(x, opts)
    } else {
        non_finite_text(x, upper).to_owned()
    };
    if upper {
        body.make_ascii_uppercase();
    }
    let sign = sign_text(x.is_sign_negative() && !x.is_nan(), conv.flags);
    pad_number(sign, &body, conv)
}

/// `%s %r %a %c` of already-converted text: precision truncates (not for `%c`),
/// width pads with spaces, `-` left-justifies.
pub fn pad_text(text: &str, conv: &Conv) -> Result<String, FormatError> {
    let truncated: String = match conv.precision.filter(|_| conv.conv != 'c') {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_owned(),
    };
    let align = if conv.flags.left {
        Align::Left
    } else {
        Align::Right
    };
    pad(&truncated, ' ', align, conv.width, 0)
}

/// `%s %b %r %a %c` for bytes formatting: like [`pad_text`] on bytes.
pub fn pad_bytes(bytes: &[u8], conv: &Conv) -> Result<Vec<u8>, FormatError> {
    check_width(conv.width)?;
    let keep = match conv.precision.filter(|_| conv.conv != 'c') {
        Some(p) => p.min(bytes.len()),
        None => bytes.len(),
    };
    let fill = conv.width.saturating_sub(keep);
    let mut out = Vec::with_capacity(keep + fill);
    if !conv.flags.left {
        out.resize(fill, b' ');
    }
    out.extend_from_slice(&bytes[..keep]);
    if conv.flags.left {
        out.resize(keep + fill, b' ');
    }
    Ok(out)
}

/// `%c` of an int in str formatting.
pub fn char_from_int(n: &BigInt) -> Result<String, FormatError> {
    code_point_text(n, "%c arg not in range(0x110000)")
}

/// `%c` of an int in bytes formatting.
pub fn byte_from_int(n: &BigInt) -> Result<u8, FormatError> {
    n.to_u8()
        .ok_or_else(|| FormatError::Overflow("%c arg not in range(256)".into()))
}

/// `TypeError`: more conversions than arguments.
pub const NOT_ENOUGH_ARGS: &str = "not enough arguments for format string";
/// `TypeError`: a `(key)` conversion without a mapping argument.
pub const REQUIRES_MAPPING: &str = "format requires a mapping";
/// `TypeError`: a `*` whose argument is not an int.
pub const STAR_WANTS_INT: &str = "* wants int";

/// `TypeError`: arguments left over (`bytes` selects the bytes wording).
pub fn not_all_converted(bytes: bool) -> String {
    let what = if bytes { "bytes" } else { "string" };
    format!("not all arguments converted during {what} formatting")
}

/// `TypeError` for `%d %i %u` of a non-number: `%d format: a real number is required, not str`.
pub fn real_number_required(conv: char, type_name: &str) -> String {
    format!("%{conv} format: a real number is required, not {type_name}")
}

/// `TypeError` for `%o %x %X` of a non-integer: `%x format: an integer is required, not float`.
pub fn integer_required(conv: char, type_name: &str) -> String {
    format!("%{conv} format: an integer is required, not {type_name}")
}

/// `TypeError` for `%e %f %g` of a non-number.
pub fn float_required(type_name: &str, bytes: bool) -> String {
    if bytes {
        format!("float argument required, not {type_name}")
    } else {
        format!("must be real number, not {type_name}")
    }
}

/// `TypeError` for `%c` of something that is not an int or a single character/byte.
pub fn char_required(bytes: bool) -> &'static str {
    if bytes {
        "%c requires an integer in range(256) or a single byte"
    } else {
        "%c requires int or char"
    }
}

/// `TypeError` for bytes `%s`/`%b` of a non-bytes-like object.
pub fn bytes_like_required(type_name: &str) -> String {
    format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{type_name}'"
    )
}

#[cfg(test)]
mod tests {
    use super::super::float_repr::repr_float;
    use super::super::number_parse::float_to_int;
    use super::super::printf::{Count, Piece, parse_printf};
    use super::super::text_repr::{ascii_str, repr_str};
    use super::*;

    /// A test argument: an int (decimal text), a float or a str.
    #[derive(Debug, Clone, Copy)]
    enum Arg {
        I(&'static str),
        F(f64),
        S(&'static str),
    }
    use Arg::{F, I, S};

    // Expected results recorded from CPython 3.11: (format, args, outcome, text).
    const PRINTF_CASES: &[(&str, &[Arg], &str, &str)] = &[
        ("%-5.3s", &[S("abcdef")], "Ok", "abc  "),
        ("%+05d", &[I("42")], "Ok", "+0042"),
        ("%#x", &[I("255")], "Ok", "0xff"),
        ("%#X", &[I("255")], "Ok", "0XFF"),
        ("%#o", &[I("8")], "Ok", "0o10"),
        ("%o", &[I("-8")], "Ok", "-10"),
        ("%#.3x", &[I("5")], "Ok", "0x005"),
        ("%.3d", &[I("-5")], "Ok", "-005"),
        ("%+.3d", &[I("5")], "Ok", "+005"),
        ("% d", &[I("5")], "Ok", " 5"),
        ("% +d", &[I("5")], "Ok", "+5"),
        ("%.0f", &[F(0.5)], "Ok", "0"),
        ("%.0f", &[F(1.5)], "Ok", "2"),
        ("%.0f", &[F(2.5)], "Ok", "2"),
        ("%.0f", &[F(3.5)], "Ok", "4"),
        ("%#.0f", &[F(2.5)], "Ok", "2."),
        ("%c", &[I("65")], "Ok", "A"),
        ("%c", &[S("z")], "Ok", "z"),
        (
            "%c",
            &[I("1114112")],
            "OverflowError",
            "%c arg not in range(0x110000)",
        ),
        (
            "%c",
            &[I("-1")],
            "OverflowError",
            "%c arg not in range(0x110000)",
        ),
        ("%5c", &[I("65")], "Ok", "    A"),
        ("%-5c|", &[I("20013")], "Ok", "中    |"),
        ("%.0c", &[I("65")], "Ok", "A"),
        ("%e", &[F(1.0)], "Ok", "1.000000e+00"),
        ("%g", &[F(1e-05)], "Ok", "1e-05"),
        ("%#g", &[F(1.0)], "Ok", "1.00000"),
        ("%G", &[F(1e+20)], "Ok", "1E+20"),
        ("%r", &[S("x")], "Ok", "'x'"),
        ("%a", &[S("é")], "Ok", "'\\xe9'"),
        ("%s", &[S("é")], "Ok", "é"),
        ("%r", &[S("it's")], "Ok", "\"it's\""),
        ("%10.4r", &[S("abcdef")], "Ok", "      'abc"),
        ("%.5a", &[S("abcdefg")], "Ok", "'abcd"),
        ("%*d", &[I("5"), I("1")], "Ok", "    1"),
        ("%*d", &[I("-5"), I("1")], "Ok", "1    "),
        ("%-*d|", &[I("4"), I("7")], "Ok", "7   |"),
        ("%.*f", &[I("2"), F(1.0)], "Ok", "1.00"),
        ("%.*f", &[I("-3"), F(1.5)], "Ok", "2"),
        ("%*.*f", &[I("8"), I("2"), F(3.14259)], "Ok", "    3.14"),
        ("%ld", &[I("5")], "Ok", "5"),
        ("%hd %Lf", &[I("5"), F(1.0)], "Ok", "5 1.000000"),
        (
            "%lld",
            &[I("5")],
            "ValueError",
            "unsupported format character 'l' (0x6c) at index 2",
        ),
        ("%5.2x", &[I("1")], "Ok", "   01"),
        ("%x", &[I("-255")], "Ok", "-ff"),
        ("%#x", &[I("-255")], "Ok", "-0xff"),
        ("%#08x", &[I("-255")], "Ok", "-0x000ff"),
        ("%-#8x|", &[I("255")], "Ok", "0xff    |"),
        ("%08.3f", &[F(-1.5)], "Ok", "-001.500"),
        ("%+.2e", &[F(12345.678)], "Ok", "+1.23e+04"),
        ("%.3g", &[F(0.0001234)], "Ok", "0.000123"),
        ("%.0e", &[F(2.5)], "Ok", "2e+00"),
        ("%.0g", &[F(2.5)], "Ok", "2"),
        ("%i", &[I("3")], "Ok", "3"),
        ("%u", &[I("3")], "Ok", "3"),
        ("% 5d", &[I("3")], "Ok", "    3"),
        ("%05.3d", &[I("1")], "Ok", "00001"),
        ("%-05.3d|", &[I("1")], "Ok", "001  |"),
        ("%#x", &[I("0")], "Ok", "0x0"),
        ("%#5.3o", &[I("8")], "Ok", "0o010"),
        ("%010f", &[F(f64::INFINITY)], "Ok", "0000000inf"),
        ("%-010f|", &[F(f64::INFINITY)], "Ok", "inf       |"),
        ("%010f", &[F(f64::NAN)], "Ok", "0000000nan"),
        ("%+f", &[F(f64::NAN)], "Ok", "+nan"),
        ("%F", &[F(f64::NAN)], "Ok", "NAN"),
        ("%E", &[F(f64::NEG_INFINITY)], "Ok", "-INF"),
        ("%05s", &[S("ab")], "Ok", "   ab"),
        (
            "%f",
            &[F(1e+300)],
            "Ok",
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000",
        ),
        ("%.1f", &[F(0.05)], "Ok", "0.1"),
        ("%.2f", &[F(2.675)], "Ok", "2.67"),
        ("%#.0e", &[F(1.0)], "Ok", "1.e+00"),
        ("%#g", &[F(0.0)], "Ok", "0.00000"),
        ("%g", &[F(0.0)], "Ok", "0"),
        ("%g", &[F(-0.0)], "Ok", "-0"),
        ("%s%%", &[I("1")], "Ok", "1%"),
        ("100%% %s", &[S("x")], "Ok", "100% x"),
        ("%d", &[F(1.5)], "Ok", "1"),
        ("%d", &[F(-2.7)], "Ok", "-2"),
        ("%u", &[F(1e+20)], "Ok", "100000000000000000000"),
        ("%.2e", &[F(1e-310)], "Ok", "1.00e-310"),
        (
            "%.3s|%5s|%-5s|",
            &[S("abcd"), S("ab"), S("cd")],
            "Ok",
            "abc|   ab|cd   |",
        ),
        (
            "%s %s",
            &[I("1")],
            "TypeError",
            "not enough arguments for format string",
        ),
        (
            "%s",
            &[I("1"), I("2")],
            "TypeError",
            "not all arguments converted during string formatting",
        ),
        (
            "x",
            &[I("1")],
            "TypeError",
            "not all arguments converted during string formatting",
        ),
        (
            "%5%",
            &[I("1")],
            "ValueError",
            "unsupported format character '%' (0x25) at index 2",
        ),
        (
            "%5%",
            &[],
            "TypeError",
            "not enough arguments for format string",
        ),
        (
            "%y",
            &[],
            "TypeError",
            "not enough arguments for format string",
        ),
        (
            "%s %y",
            &[],
            "TypeError",
            "not enough arguments for format string",
        ),
        (
            "%s %y",
            &[I("1"), I("2")],
            "ValueError",
            "unsupported format character 'y' (0x79) at index 4",
        ),
        (
            "abc%y",
            &[I("1")],
            "ValueError",
            "unsupported format character 'y' (0x79) at index 4",
        ),
        (
            "a%€",
            &[I("1")],
            "ValueError",
            "unsupported format character '?' (0x20ac) at index 2",
        ),
        (
            "%",
            &[I("1")],
            "ValueError",
            "unsupported format character '?' (0x7f) at index 1",
        ),
        (
            "%~",
            &[I("1")],
            "ValueError",
            "unsupported format character '~' (0x7e) at index 1",
        ),
        ("%", &[], "ValueError", "incomplete format"),
        ("ab%5", &[I("1")], "ValueError", "incomplete format"),
        ("%5.2", &[I("1")], "ValueError", "incomplete format"),
        (
            "%*",
            &[],
            "TypeError",
            "not enough arguments for format string",
        ),
        ("%*", &[I("5")], "ValueError", "incomplete format"),
        ("%.*", &[I("1")], "ValueError", "incomplete format"),
        ("% ", &[I("1")], "ValueError", "incomplete format"),
        (
            "%99999999999999999999d",
            &[I("1")],
            "ValueError",
            "width too big",
        ),
        (
            "%.99999999999999999999d",
            &[I("1")],
            "ValueError",
            "precision too big",
        ),
        (
            "%.2147483648d",
            &[I("1")],
            "ValueError",
            "precision too big",
        ),
        ("%.2147483647s", &[S("a")], "Ok", "a"),
        (
            "%s",
            &[],
            "TypeError",
            "not enough arguments for format string",
        ),
        ("%.*s", &[I("-1"), S("abc")], "Ok", ""),
        ("%.*d", &[I("-3"), I("0")], "Ok", "0"),
        ("%.0d", &[I("0")], "Ok", "0"),
        ("%#.0f", &[F(0.0)], "Ok", "0."),
        ("%+.0f", &[F(-0.4)], "Ok", "-0"),
        (
            "%x",
            &[I("1180591620717411303424")],
            "Ok",
            "400000000000000000",
        ),
        (
            "%d",
            &[I("-1180591620717411303424")],
            "Ok",
            "-1180591620717411303424",
        ),
    ];

    type Outcome = Result<String, FormatError>;

    fn type_err(msg: impl Into<String>) -> FormatError {
        FormatError::Type(msg.into())
    }

    /// A small stand-in for the interpreter's side of `fmt % args`.
    fn run(fmt: &str, args: &[Arg]) -> Outcome {
        let mut next = args.iter();
        let mut out = String::new();
        for piece in parse_printf(fmt) {
            let spec = match piece {
                Piece::Literal(text) => {
                    out.push_str(&text);
                    continue;
                }
                Piece::Conv(spec) => spec,
            };
            let mut star = |count: Count| -> Result<Option<i64>, FormatError> {
                if count != Count::Star {
                    return Ok(None);
                }
                match next.next() {
                    Some(I(n)) => Ok(Some(n.parse().unwrap())),
                    Some(_) => Err(type_err(STAR_WANTS_INT)),
                    None => Err(type_err(NOT_ENOUGH_ARGS)),
                }
            };
            let width = star(spec.width)?;
            let precision = star(spec.precision)?;
            if let Some(e) = spec.error {
                return Err(e);
            }
            let arg = *next.next().ok_or_else(|| type_err(NOT_ENOUGH_ARGS))?;
            spec.check_conversion(false)?;
            out.push_str(&convert(arg, &spec.resolve(width, precision))?);
        }
        match next.next() {
            Some(_) => Err(type_err(not_all_converted(false))),
            None => Ok(out),
        }
    }

    /// One conversion of one argument, as the interpreter would do it.
    fn convert(arg: Arg, conv: &Conv) -> Outcome {
        let as_int = |arg: Arg| match arg {
            I(n) => n.parse::<BigInt>().unwrap(),
            F(x) => float_to_int(x).unwrap(),
            S(_) => unreachable!(),
        };
        match (conv.conv, arg) {
            ('d' | 'i' | 'u' | 'o' | 'x' | 'X', I(_) | F(_)) => format_int_conv(&as_int(arg), conv),
            ('e' | 'E' | 'f' | 'F' | 'g' | 'G', F(x)) => format_float_conv(x, conv),
            ('c', I(n)) => pad_text(&char_from_int(&n.parse().unwrap())?, conv),
            ('c', S(s)) => pad_text(s, conv),
            ('s', _) | ('r' | 'a', I(_) | F(_)) => pad_text(&display(arg), conv),
            ('r', S(s)) => pad_text(&repr_str(s), conv),
            ('a', S(s)) => pad_text(&ascii_str(s), conv),
            other => panic!("untested combination {other:?}"),
        }
    }

    fn display(arg: Arg) -> String {
        match arg {
            I(n) => n.to_owned(),
            F(x) => repr_float(x),
            S(s) => s.to_owned(),
        }
    }

    #[test]
    fn printf_matches_python() {
        for &(fmt, args, kind, want) in PRINTF_CASES {
            let got = match run(fmt, args) {
                Ok(text) => ("Ok".to_owned(), text),
                Err(e) => (e.class_name().to_owned(), e.message().to_owned()),
            };
            assert_eq!(
                got,
                (kind.to_owned(), want.to_owned()),
                "{fmt:?} % {args:?}"
            );
        }
    }

    #[test]
    fn bytes_padding_and_chars() {
        let conv = |flags: Flags, width, precision| Conv {
            flags,
            width,
            precision,
            conv: 's',
        };
        let left = Flags {
            left: true,
            ..Flags::default()
        };
        assert_eq!(
            pad_bytes(b"abc", &conv(Flags::default(), 5, Some(2))).unwrap(),
            b"   ab"
        );
        assert_eq!(pad_bytes(b"x", &conv(left, 4, None)).unwrap(), b"x   ");
        assert_eq!(byte_from_int(&BigInt::from(65)), Ok(65));
        assert_eq!(
            byte_from_int(&BigInt::from(256)),
            Err(FormatError::Overflow("%c arg not in range(256)".into()))
        );
        assert_eq!(
            pad_bytes(b"x", &conv(left, usize::MAX, None)),
            Err(FormatError::Memory)
        );
    }

    #[test]
    fn messages() {
        assert_eq!(
            real_number_required('d', "str"),
            "%d format: a real number is required, not str"
        );
        assert_eq!(
            integer_required('x', "float"),
            "%x format: an integer is required, not float"
        );
        assert_eq!(float_required("str", false), "must be real number, not str");
        assert_eq!(
            float_required("bytes", true),
            "float argument required, not bytes"
        );
        assert_eq!(
            not_all_converted(true),
            "not all arguments converted during bytes formatting"
        );
        assert_eq!(
            bytes_like_required("int"),
            "%b requires a bytes-like object, or an object that implements __bytes__, not 'int'"
        );
    }
}
