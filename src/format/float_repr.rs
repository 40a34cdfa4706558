//! `repr(float)` / `str(float)` and `round(float, ndigits)`, as CPython 3.11 computes them.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use super::FormatError;
use super::float_text::{FloatOpts, FloatStyle, render_magnitude};

/// Beyond this many digits `round` leaves any float unchanged.
const NDIGITS_MAX: i64 = 323;
/// Below this many digits `round` gives a (signed) zero for any float.
const NDIGITS_MIN: i64 = -308;

/// `repr(x)`: the shortest round-trip digits, fixed notation when the decimal
/// exponent is in `-4..16`, else scientific (`1e+16`, `1.5e-05`).
pub fn repr_float(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    let opts = FloatOpts {
        style: FloatStyle::Repr,
        precision: 0,
        alternate: false,
        add_dot_0: true,
    };
    format!("{sign}{}", render_magnitude(x, opts))
}

/// `round(x, ndigits)`: `x` rounded half-to-even on its exact decimal value.
///
/// Fails with CPython's `OverflowError` when the result does not fit a float.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let scaled = round_half_even(exact_ratio(x.abs(), ndigits));
    let text = format!("{scaled}e{}", -ndigits);
    let magnitude: f64 = text.parse().unwrap_or(f64::INFINITY);
    if magnitude.is_infinite() {
        return Err(FormatError::Overflow(
            "rounded value too large to represent".into(),
        ));
    }
    Ok(magnitude.copysign(x))
}

/// `x × 10^ndigits` as an exact fraction `(numerator, denominator)`.
fn exact_ratio(x: f64, ndigits: i64) -> (BigInt, BigInt) {
    let (mantissa, exp2) = decompose(x);
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::one();
    if exp2 >= 0 {
        num <<= exp2 as usize;
    } else {
        den <<= exp2.unsigned_abs() as usize;
    }
    let power = num_traits::pow(BigInt::from(10), ndigits.unsigned_abs() as usize);
    if ndigits >= 0 {
        num *= power;
    } else {
        den *= power;
    }
    (num, den)
}

/// Splits a finite positive float into `mantissa × 2^exp` with an integer mantissa.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    }
}

/// The integer nearest to `num / den`, ties to even.
fn round_half_even((num, den): (BigInt, BigInt)) -> BigInt {
    let (quotient, remainder) = num.div_rem(&den);
    let twice = remainder.abs() * 2u32;
    let round_up = match twice.cmp(&den) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => quotient.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    if round_up && !den.is_zero() {
        quotient + 1u32
    } else {
        quotient
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (1e16, "1e+16"),
            (9999999999999998.0, "9999999999999998.0"),
            (123456789012345.0, "123456789012345.0"),
            (1e-5, "1e-05"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (1e22, "1e+22"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (0.1 + 0.2, "0.30000000000000004"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-1.5, "-1.5"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (2.5e-310, "2.5e-310"),
            (0.001, "0.001"),
        ];
        for &(x, want) in cases {
            assert_eq!(repr_float(x), want, "{x:e}");
        }
    }

    #[test]
    fn round_matches_python() {
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (2.5, 0, 2.0),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (123.456, -2, 100.0),
            (5e-324, 400, 5e-324),
            (1e300, -301, 0.0),
            (1.0000000000000002, 15, 1.0),
            (12345.0, -1, 12340.0),
            (12355.0, -1, 12360.0),
        ];
        for &(x, n, want) in cases {
            assert_eq!(round_float(x, n), Ok(want), "round({x}, {n})");
        }
    }

    #[test]
    fn round_signs_and_errors() {
        let negative_zero = round_float(-0.4, 0).unwrap();
        assert!(negative_zero == 0.0 && negative_zero.is_sign_negative());
        let tiny = round_float(-1e300, -309).unwrap();
        assert!(tiny == 0.0 && tiny.is_sign_negative());
        assert!(round_float(f64::NAN, 2).unwrap().is_nan());
        assert_eq!(round_float(f64::INFINITY, -2), Ok(f64::INFINITY));
        assert_eq!(
            round_float(1.7976931348623157e308, -308),
            Err(FormatError::Overflow(
                "rounded value too large to represent".into()
            ))
        );
    }
}
