//! `repr(complex)` / `str(complex)`, as CPython 3.11 writes them: `1j`, `(1+2j)`, `(-0-1j)`.

use super::float_text::{FloatOpts, FloatStyle, render_magnitude};

/// The text of a complex number with parts `re` and `im`. A real part of +0.0 is left out
/// (`2j`); otherwise both parts are shown in parentheses. The parts use the float repr
/// digits without a forced `.0`.
pub fn repr_complex(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im, false));
    }
    format!("({}{}j)", part(re, false), part(im, true))
}

/// One part: shortest round-trip digits, with a `+` for positive values when `signed`.
fn part(x: f64, signed: bool) -> String {
    let sign = if x.is_sign_negative() && !x.is_nan() {
        "-"
    } else if signed {
        "+"
    } else {
        ""
    };
    if x.is_nan() {
        return format!("{sign}nan");
    }
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    let opts = FloatOpts {
        style: FloatStyle::Repr,
        precision: 0,
        alternate: false,
        add_dot_0: false,
    };
    format!("{sign}{}", render_magnitude(x, opts))
}

#[cfg(test)]
mod tests {
    use super::repr_complex;

    #[test]
    fn writes_parts_like_cpython() {
        assert_eq!(repr_complex(0.0, 1.0), "1j");
        assert_eq!(repr_complex(1.0, 2.0), "(1+2j)");
        assert_eq!(repr_complex(-0.0, -1.0), "(-0-1j)");
        assert_eq!(repr_complex(0.0, -0.0), "-0j");
        assert_eq!(repr_complex(0.0, f64::INFINITY), "infj");
        assert_eq!(repr_complex(1.0, -f64::NAN), "(1+nanj)");
        assert_eq!(repr_complex(1.5, 1e16), "(1.5+1e+16j)");
        assert_eq!(repr_complex(0.0, 1.5e-7), "1.5e-07j");
    }
}
