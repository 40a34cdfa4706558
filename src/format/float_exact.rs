//! Exact big-integer to float conversions, rounded half to even: `m * 2**e` and `a / b`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// `a / b` correctly rounded (`b != 0`); `None` when the result overflows a float.
pub fn ratio_to_f64(a: &BigInt, b: &BigInt) -> Option<f64> {
    if a.is_zero() {
        return Some(if b.is_negative() { -0.0 } else { 0.0 });
    }
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the quotient has at least 55 bits: 2 more than a float keeps, so a
    // sticky bit for a non-zero remainder decides ties correctly.
    let shift = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << shift as u64, b)
    } else {
        (a, b << (-shift) as u64)
    };
    let (mut q, r) = num.div_rem(&den);
    if !r.is_zero() {
        q = (q << 1u8) | BigInt::from(1);
        return scale_exact(&q, -shift - 1).map(|m| if negative { -m } else { m });
    }
    scale_exact(&q, -shift).map(|m| if negative { -m } else { m })
}

/// `mantissa * 2**exp2` rounded half to even to the nearest float; `None` on overflow.
pub fn scale_exact(mantissa: &BigInt, exp2: i64) -> Option<f64> {
    if mantissa.is_zero() {
        return Some(0.0);
    }
    let top = mantissa.bits() as i64 - 1 + exp2;
    if top > 1023 {
        return None;
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exp2;
    let kept = if shift > 0 {
        round_shift(mantissa, shift as u64)
    } else {
        mantissa << (-shift) as u64
    };
    let kept = kept.to_f64()?;
    let r = kept * pow2(lsb);
    r.is_finite().then_some(r)
}

/// `n >> shift`, rounded half to even.
fn round_shift(n: &BigInt, shift: u64) -> BigInt {
    if shift > n.bits() + 1 {
        return BigInt::zero();
    }
    let q = n >> shift;
    let rest = n - (&q << shift);
    let half = BigInt::from(1) << (shift - 1);
    if rest > half || (rest == half && q.is_odd()) {
        q + 1
    } else {
        q
    }
}

/// `2**k` exactly, for `-1074 <= k <= 1023`.
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_round_correctly() {
        let r = |a: BigInt, b: BigInt| ratio_to_f64(&a, &b);
        let two = BigInt::from(2);
        assert_eq!(r(BigInt::from(1), two.pow(1074)), Some(5e-324));
        assert_eq!(r(BigInt::from(1), two.pow(1075)), Some(0.0));
        assert_eq!(
            r(BigInt::from(10).pow(30), BigInt::from(3)),
            Some(3.333333333333333e29)
        );
        assert_eq!(r(BigInt::from(-7), BigInt::from(2)), Some(-3.5));
        assert_eq!(r(BigInt::from(1), BigInt::from(3)), Some(1.0 / 3.0));
        assert_eq!(r(two.pow(1024), BigInt::from(1)), None);
        assert_eq!(
            r(BigInt::from(2).pow(53) + 1, BigInt::from(1)),
            Some(9007199254740992.0)
        );
    }
}
