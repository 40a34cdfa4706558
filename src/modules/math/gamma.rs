//! `math.gamma` and `math.lgamma` by the Lanczos approximation (N = 13, g ≈ 6.0247), evaluated
//! in the same order of float operations as CPython so results agree to the last bit.
//!
//! Γ(x) ≈ S(x) · y^(x−½) / e^y with y = x + g − ½, where S is a rational function whose
//! denominator is the rising factorial x(x+1)…(x+12). Negative arguments use the reflection
//! formula Γ(x)·Γ(−x) = −π / (x·sin(πx)).

use super::float_ops::{DOMAIN, MathError, RANGE};
use std::f64::consts::PI;

/// Number of terms of the approximation.
const TERMS: usize = 13;

/// The Lanczos parameter `g`, exactly 6.024680040776729583740234375.
const G: f64 = 6.02468004077673;

/// ln(π).
const LN_PI: f64 = 1.1447298858494002;

/// Numerator coefficients of S, lowest power first (the published N=13 set for this `g`).
const NUMERATOR: [f64; TERMS] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];

/// Largest integer argument whose gamma (a factorial) is exact as a float.
const EXACT_FACTORIALS: usize = 23;

/// The coefficients of x(x+1)…(x+12), lowest power first (all exact in a float).
fn denominator() -> [f64; TERMS] {
    let mut c = [0.0; TERMS];
    c[1] = 1.0;
    for k in 1..TERMS - 1 {
        // Multiply the polynomial by (x + k).
        for i in (1..TERMS).rev() {
            c[i] = c[i - 1] + c[i] * k as f64;
        }
        c[0] *= k as f64;
    }
    c
}

/// S(x) for x > 0: Horner's rule in x below 5, in 1/x above (no overflow, better accuracy).
fn lanczos_sum(x: f64) -> f64 {
    let den_coeffs = denominator();
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..TERMS).rev() {
            num = num * x + NUMERATOR[i];
            den = den * x + den_coeffs[i];
        }
    } else {
        for i in 0..TERMS {
            num = num / x + NUMERATOR[i];
            den = den / x + den_coeffs[i];
        }
    }
    num / den
}

/// sin(πx) without the rounding error of multiplying by π first: reduce to [0, 2) and pick
/// the quadrant where the argument passed to sin or cos is small.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// (k−1)! for k in 1..=23, the exact gamma of small positive integers.
fn factorial_gamma(k: usize) -> f64 {
    (1..k).fold(1.0, |acc, i| acc * i as f64)
}

/// The rounding error of `y = |x| + g − ½`, scaled into a relative correction of the result.
fn rounding_correction(absx: f64, y: f64) -> f64 {
    let g_half = G - 0.5;
    let err = if absx > g_half {
        (y - absx) - g_half
    } else {
        (y - g_half) - absx
    };
    err * G / y
}

/// y^(|x|−½), applied to `r` by multiplication or division; split in two square roots
/// for large |x| so the intermediate power cannot overflow.
fn apply_power(r: f64, y: f64, absx: f64, divide: bool) -> f64 {
    let step = |r: f64, p: f64| if divide { r / p } else { r * p };
    if absx < 140.0 {
        step(r, y.powf(absx - 0.5))
    } else {
        let half = y.powf(absx / 2.0 - 0.25);
        step(step(r, half), half)
    }
}

/// `math.gamma(x)` with CPython's domain and range errors.
pub fn gamma(x: f64) -> Result<f64, MathError> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x == f64::NEG_INFINITY || x == 0.0 {
        return Err(DOMAIN);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(DOMAIN);
        }
        if x <= EXACT_FACTORIALS as f64 {
            return Ok(factorial_gamma(x as usize));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(RANGE) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sin_pi(x))
        } else {
            Err(RANGE)
        };
    }
    let y = absx + (G - 0.5);
    let z = rounding_correction(absx, y);
    let r = if x < 0.0 {
        let mut r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        apply_power(r, y, absx, true)
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        apply_power(r, y, absx, false)
    };
    if r.is_infinite() { Err(RANGE) } else { Ok(r) }
}

/// `math.lgamma(x)`: ln |Γ(x)|, with CPython's errors.
pub fn lgamma(x: f64) -> Result<f64, MathError> {
    if x.is_nan() {
        return Ok(x);
    }
    if x.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(DOMAIN) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - G;
    r += (absx - 0.5) * ((absx + G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LN_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() { Err(RANGE) } else { Ok(r) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denominator_is_the_rising_factorial() {
        let d = denominator();
        assert_eq!(d[0], 0.0);
        assert_eq!(d[1], 39_916_800.0);
        assert_eq!(d[2], 120_543_840.0);
        assert_eq!(d[11], 66.0);
        assert_eq!(d[12], 1.0);
    }

    #[test]
    fn known_values() {
        assert_eq!(gamma(5.0), Ok(24.0));
        assert_eq!(gamma(0.5), Ok(1.7724538509055159));
        assert_eq!(lgamma(5.0), Ok(3.178053830347945));
        assert_eq!(lgamma(1.0), Ok(0.0));
        assert_eq!(gamma(0.0), Err(DOMAIN));
        assert_eq!(gamma(-2.0), Err(DOMAIN));
        assert_eq!(gamma(172.0), Err(RANGE));
        assert_eq!(lgamma(-1.0), Err(DOMAIN));
    }
}
