//! The Euclidean norm behind `math.hypot` and `math.dist`, computed like CPython 3.11:
//! scale by a power of two into [0.5, 1), square each coordinate exactly by splitting it
//! into halves, add the pieces with compensated summation, then apply one Newton
//! correction to the square root.

use super::float_ops::{frexp, ldexp};

/// Veltkamp's splitter for doubles: 2**27 + 1.
const SPLITTER: f64 = 134217729.0;

/// Splits `x` into `hi + lo` with halves short enough that their products are exact.
fn split(x: f64) -> (f64, f64) {
    let t = x * SPLITTER;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// A sum started at 1.0 (so every term is smaller in magnitude) with three error terms.
struct CompensatedSum {
    sum: f64,
    errors: [f64; 3],
}

impl CompensatedSum {
    fn new() -> Self {
        CompensatedSum {
            sum: 1.0,
            errors: [0.0; 3],
        }
    }

    /// Adds `x`, keeping the rounding error of the addition in error term `slot`.
    fn add(&mut self, x: f64, slot: usize) {
        let old = self.sum;
        self.sum += x;
        self.errors[slot] += (old - self.sum) + x;
    }

    /// The total minus the starting 1.0.
    fn value(&self) -> f64 {
        self.sum - 1.0 + (self.errors[0] + self.errors[1] + self.errors[2])
    }
}

/// The largest magnitude of `v` and whether any element is NaN.
fn max_and_nan(v: &[f64]) -> (f64, bool) {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in v {
        let a = x.abs();
        nan |= a.is_nan();
        if a > max {
            max = a;
        }
    }
    (max, nan)
}

/// The Euclidean norm of `v`: infinity wins over NaN, one element is its magnitude.
pub fn vector_norm(v: &[f64]) -> f64 {
    let (max, nan) = max_and_nan(v);
    if max.is_infinite() {
        return max;
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        return tiny_norm(v, max);
    }
    let scale = ldexp(1.0, -max_e);
    let mut acc = CompensatedSum::new();
    for &x in v {
        let (hi, lo) = split(x.abs() * scale);
        acc.add(hi * hi, 0);
        acc.add(2.0 * hi * lo, 1);
        acc.errors[2] += lo * lo;
    }
    let h = acc.value().sqrt();
    // Subtract h*h exactly to measure the residual, then correct h by Newton's step.
    let (hi, lo) = split(h);
    acc.add(-hi * hi, 0);
    acc.add(-2.0 * hi * lo, 1);
    acc.add(-lo * lo, 2);
    (h + acc.value() / (2.0 * h)) / scale
}

/// The norm when the largest element is so small that 2**-exponent would overflow:
/// divide by the maximum instead of scaling by a power of two.
fn tiny_norm(v: &[f64], max: f64) -> f64 {
    let mut acc = CompensatedSum::new();
    for &x in v {
        let r = x.abs() / max;
        acc.add(r * r, 0);
    }
    max * acc.value().sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_cases() {
        assert_eq!(vector_norm(&[3.0, 4.0]), 5.0);
        assert_eq!(vector_norm(&[1.0, 2.0, 2.0]), 3.0);
        assert_eq!(vector_norm(&[-7.0]), 7.0);
        assert_eq!(vector_norm(&[f64::NAN, f64::INFINITY]), f64::INFINITY);
        assert!(vector_norm(&[f64::NAN, 1.0]).is_nan());
        assert_eq!(vector_norm(&[3e-320, 4e-320]), 5e-320);
    }
}
