//! Decimal digit generation and the e/f/g/repr renderings of a float's magnitude.
//!
//! Rust's float formatting is exact: `{:e}` yields the shortest round-trip
//! digits and `{:.N}` / `{:.Ne}` round the exact binary value half-to-even,
//! which is what CPython's dtoa does. This module turns those digits into
//! CPython's layouts; signs, padding and grouping are the callers' business.

/// Which CPython presentation to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatStyle {
    /// `e`: one digit, point, `precision` digits, exponent.
    Exponent,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, fixed or exponent by magnitude.
    General,
    /// `repr`: shortest round-trip digits, exponent outside 1e-4..1e16.
    Repr,
}

/// Options for [`render_magnitude`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FloatOpts {
    /// The presentation.
    pub style: FloatStyle,
    /// Digits after the point (`e`, `f`) or significant digits (`g`); unused by `Repr`.
    pub precision: usize,
    /// The `#` flag: always keep the point, keep trailing zeros in `g`.
    pub alternate: bool,
    /// Append `.0` to integral fixed results (`str(1.0)`, `format(1.0, '.3')`).
    pub add_dot_0: bool,
}

/// Significant decimal digits and the position of the decimal point:
/// the value is `0.DIGITS × 10^point`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Digits {
    digits: String,
    point: i64,
}

/// Splits Rust's `{:e}` output (`1.25e-7`) into digits and point position.
fn split_exp_text(text: &str) -> Digits {
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exp: i64 = exp.parse().unwrap_or(0);
    Digits {
        digits,
        point: exp + 1,
    }
}

/// The shortest digits that round-trip to `x` (finite, non-negative).
fn shortest_digits(x: f64) -> Digits {
    split_exp_text(&format!("{x:e}"))
}

/// `x` (finite, non-negative) correctly rounded to `count >= 1` significant digits.
fn significant_digits(x: f64, count: usize) -> Digits {
    split_exp_text(&format!("{:.*e}", count.saturating_sub(1), x))
}

/// Renders `|x|` (finite) in the requested style, without any sign.
pub fn render_magnitude(x: f64, opts: FloatOpts) -> String {
    let x = x.abs();
    match opts.style {
        FloatStyle::Fixed => render_fixed(x, opts),
        FloatStyle::Exponent => {
            let d = significant_digits(x, opts.precision + 1);
            exponent_form(&d, opts.alternate)
        }
        FloatStyle::General => render_general(x, opts),
        FloatStyle::Repr => render_repr(x, opts),
    }
}

/// `f` style: Rust's fixed formatting plus the `#` point.
fn render_fixed(x: f64, opts: FloatOpts) -> String {
    let mut text = format!("{:.*}", opts.precision, x);
    if opts.precision == 0 && opts.alternate {
        text.push('.');
    }
    text
}

/// `g` style (and the no-type-with-precision variant when `add_dot_0`).
fn render_general(x: f64, opts: FloatOpts) -> String {
    let precision = opts.precision.max(1);
    let mut d = significant_digits(x, precision);
    if !opts.alternate {
        trim_zeros(&mut d);
    }
    let exp = d.point - 1;
    let limit = precision as i64 - i64::from(opts.add_dot_0);
    if exp < -4 || exp >= limit {
        exponent_form(&d, opts.alternate)
    } else {
        fixed_form(&d, opts.add_dot_0, opts.alternate)
    }
}

/// `repr` style: shortest digits, exponent form outside `1e-4 <= |x| < 1e16`.
fn render_repr(x: f64, opts: FloatOpts) -> String {
    let d = shortest_digits(x);
    let exp = d.point - 1;
    if !(-4..16).contains(&exp) {
        exponent_form(&d, opts.alternate)
    } else {
        fixed_form(&d, opts.add_dot_0, opts.alternate)
    }
}

/// Drops trailing zero digits, keeping at least one digit.
fn trim_zeros(d: &mut Digits) {
    let kept = d.digits.trim_end_matches('0').len().max(1);
    d.digits.truncate(kept);
}

/// `D.DDDDe+XX` with at least two exponent digits.
fn exponent_form(d: &Digits, alternate: bool) -> String {
    let (first, rest) = d.digits.split_at(1.min(d.digits.len()));
    let mut out = String::from(first);
    if !rest.is_empty() || alternate {
        out.push('.');
    }
    out.push_str(rest);
    let exp = d.point - 1;
    let sign = if exp < 0 { '-' } else { '+' };
    out.push_str(&format!("e{sign}{:02}", exp.unsigned_abs()));
    out
}

/// Places the point inside the digits, padding with zeros as needed.
fn fixed_form(d: &Digits, add_dot_0: bool, alternate: bool) -> String {
    let len = d.digits.len() as i64;
    let mut out = if d.point <= 0 {
        format!(
            "0.{}{}",
            "0".repeat(d.point.unsigned_abs() as usize),
            d.digits
        )
    } else if d.point >= len {
        format!("{}{}", d.digits, "0".repeat((d.point - len) as usize))
    } else {
        let (int_part, frac) = d.digits.split_at(d.point as usize);
        format!("{int_part}.{frac}")
    };
    if !out.contains('.') {
        if add_dot_0 {
            out.push_str(".0");
        } else if alternate {
            out.push('.');
        }
    }
    out
}

/// The text CPython uses for a non-finite float (`inf`, `nan`), before any sign.
pub fn non_finite_text(x: f64, upper: bool) -> &'static str {
    match (x.is_nan(), upper) {
        (true, false) => "nan",
        (true, true) => "NAN",
        (false, false) => "inf",
        (false, true) => "INF",
    }
}

/// Whether a rendered magnitude shows only zero digits (for the `z` option).
pub fn shows_zero(text: &str) -> bool {
    let mantissa = text.split(['e', 'E']).next().unwrap_or(text);
    mantissa.chars().all(|c| c == '0' || c == '.' || c == '%')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(
        x: f64,
        style: FloatStyle,
        precision: usize,
        alternate: bool,
        add_dot_0: bool,
    ) -> String {
        render_magnitude(
            x,
            FloatOpts {
                style,
                precision,
                alternate,
                add_dot_0,
            },
        )
    }

    #[test]
    fn general_matches_python() {
        use FloatStyle::General as G;
        assert_eq!(render(1e-5, G, 6, false, false), "1e-05");
        assert_eq!(render(0.0001234, G, 3, false, false), "0.000123");
        assert_eq!(render(1.0, G, 6, true, false), "1.00000");
        assert_eq!(render(0.0, G, 6, true, false), "0.00000");
        assert_eq!(render(1e100, G, 3, true, false), "1.00e+100");
        assert_eq!(render(2.5, G, 0, false, false), "2");
        assert_eq!(render(123456.0, G, 3, false, true), "1.23e+05");
        assert_eq!(render(100.0, G, 3, false, true), "1e+02");
        assert_eq!(render(100.0, G, 2, true, true), "1.0e+02");
        assert_eq!(render(1234.5, G, 5, false, true), "1234.5");
        assert_eq!(render(1.0, G, 3, false, true), "1.0");
        assert_eq!(render(0.0, G, 0, false, true), "0e+00");
        assert_eq!(render(0.5, G, 0, false, true), "0.5");
        assert_eq!(render(9.9999, G, 3, false, false), "10");
    }

    #[test]
    fn exponent_and_fixed() {
        assert_eq!(
            render(0.0, FloatStyle::Exponent, 6, false, false),
            "0.000000e+00"
        );
        assert_eq!(render(1.0, FloatStyle::Exponent, 0, true, false), "1.e+00");
        assert_eq!(render(2.5, FloatStyle::Exponent, 0, false, false), "2e+00");
        assert_eq!(
            render(12345.678, FloatStyle::Exponent, 2, false, false),
            "1.23e+04"
        );
        assert_eq!(render(2.5, FloatStyle::Fixed, 0, false, false), "2");
        assert_eq!(render(2.5, FloatStyle::Fixed, 0, true, false), "2.");
        assert_eq!(render(2.675, FloatStyle::Fixed, 2, false, false), "2.67");
        assert_eq!(render(0.05, FloatStyle::Fixed, 1, false, false), "0.1");
    }

    #[test]
    fn repr_style_with_alternate() {
        assert_eq!(render(1e16, FloatStyle::Repr, 0, true, true), "1.e+16");
        assert_eq!(render(1e-7, FloatStyle::Repr, 0, true, true), "1.e-07");
        assert_eq!(render(1.5, FloatStyle::Repr, 0, true, true), "1.5");
    }

    #[test]
    fn zero_detection() {
        assert!(shows_zero("0.000"));
        assert!(shows_zero("0e+00"));
        assert!(!shows_zero("1e-05"));
        assert!(!shows_zero("0.001"));
    }
}
