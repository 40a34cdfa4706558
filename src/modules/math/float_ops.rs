//! Pure float helpers behind `math`: frexp, ldexp, remainder, fsum, and the C library's erf,
//! cbrt and inverse hyperbolic functions (what CPython calls).

/// Why a float operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MathError {
    /// `ValueError("math domain error")` (or the given message).
    Domain(&'static str),
    /// `OverflowError("math range error")` (or the given message).
    Range(&'static str),
}

/// The `ValueError` of every domain failure.
pub const DOMAIN: MathError = MathError::Domain("math domain error");

/// The `OverflowError` of every range failure.
pub const RANGE: MathError = MathError::Range("math range error");

/// Applies a one-argument libm-style function with CPython's error rules:
/// NaN from a non-NaN is a domain error; infinity from a finite input is a
/// range error when the function can overflow, else a domain error.
pub fn checked1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> Result<f64, MathError> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(DOMAIN);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { RANGE } else { DOMAIN });
    }
    Ok(r)
}

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp + bias)
}

/// `ldexp(x, e)`: `x * 2**e`, without intermediate overflow.
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, ex) = frexp(x);
    let total = (ex + e.clamp(-3000, 3000)) as i32;
    if total > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if total >= -1021 {
        return m * 2f64.powi(total);
    }
    // Subnormal result: scale in two steps so only the last one rounds.
    (m * 2f64.powi(total + 1074)) * 2f64.powi(-537) * 2f64.powi(-537)
}

/// IEEE 754 `remainder(x, y)`: `x - n*y` with `n` the nearest integer to `x/y` (ties to even).
pub fn remainder(x: f64, y: f64) -> Result<f64, MathError> {
    if x.is_nan() || y.is_nan() {
        return Ok(f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(DOMAIN);
    }
    if y.is_infinite() {
        return Ok(x);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Exactly half way: pick the even multiple.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(1f64.copysign(x) * r)
}

/// Exact sum of floats, correctly rounded (Shewchuk's partials).
pub fn fsum(items: &[f64]) -> Result<f64, MathError> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x in items {
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut x = x;
        let mut kept = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(MathError::Range("intermediate overflow in fsum"));
        }
        partials.truncate(kept);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(MathError::Domain("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    Ok(round_partials(&partials))
}

/// Adds non-overlapping partials from the top, fixing the last rounding step.
fn round_partials(p: &[f64]) -> f64 {
    let Some(mut n) = p.len().checked_sub(1) else {
        return 0.0;
    };
    let mut hi = p[n];
    let mut lo = 0.0;
    while n > 0 {
        n -= 1;
        let x = hi;
        let y = p[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

/// The C math library's functions that Rust's std does not expose. They are
/// pure functions of one `f64` with no preconditions, so calling them is safe.
mod libm {
    unsafe extern "C" {
        pub safe fn erf(x: f64) -> f64;
        pub safe fn erfc(x: f64) -> f64;
        pub safe fn asinh(x: f64) -> f64;
        pub safe fn acosh(x: f64) -> f64;
        pub safe fn atanh(x: f64) -> f64;
    }
}

/// The C library's `erf` (what CPython calls).
pub fn erf(x: f64) -> f64 {
    libm::erf(x)
}

/// The C library's `erfc`.
pub fn erfc(x: f64) -> f64 {
    libm::erfc(x)
}

/// The C library's `cbrt` (what CPython calls; Rust's differs in the last bit for some inputs).
///
/// The binary carries its own `cbrt` from Rust's compiler builtins, which shadows the C
/// library's at link time, so the C one is looked up by name in the loaded libraries.
pub fn cbrt(x: f64) -> f64 {
    static C_CBRT: std::sync::OnceLock<Option<extern "C" fn(f64) -> f64>> =
        std::sync::OnceLock::new();
    let f = C_CBRT.get_or_init(|| {
        // SAFETY: dlsym only reads the loaded libraries' symbol tables; a non-null result
        // for "cbrt" is the C library's `double cbrt(double)`, a pure function.
        let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c"cbrt".as_ptr()) };
        (!p.is_null()).then(|| unsafe {
            std::mem::transmute::<*mut libc::c_void, extern "C" fn(f64) -> f64>(p)
        })
    });
    match f {
        Some(f) => f(x),
        None => x.cbrt(),
    }
}

/// The C library's `asinh` (Rust computes its own).
pub fn asinh(x: f64) -> f64 {
    libm::asinh(x)
}

/// The C library's `acosh`.
pub fn acosh(x: f64) -> f64 {
    libm::acosh(x)
}

/// The C library's `atanh`.
pub fn atanh(x: f64) -> f64 {
    libm::atanh(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_and_ldexp_invert() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(-0.75), (-0.75, 0));
        assert_eq!(ldexp(0.5, 4), 8.0);
        assert_eq!(ldexp(1.0, 2000), f64::INFINITY);
        assert_eq!(ldexp(1.0, -1074), 5e-324);
        let (m, e) = frexp(5e-324);
        assert_eq!(ldexp(m, e), 5e-324);
    }

    #[test]
    fn fsum_is_exact() {
        assert_eq!(fsum(&[0.1; 10]), Ok(1.0));
        assert_eq!(fsum(&[1e100, 1.0, -1e100, 1.0]), Ok(2.0));
        assert_eq!(
            fsum(&[f64::INFINITY, f64::NEG_INFINITY]),
            Err(MathError::Domain("-inf + inf in fsum"))
        );
    }

    #[test]
    fn remainder_ties_to_even() {
        assert_eq!(remainder(10.0, 3.0), Ok(1.0));
        assert_eq!(remainder(11.0, 3.0), Ok(-1.0));
        assert_eq!(remainder(5.0, 2.0), Ok(1.0));
        assert_eq!(remainder(7.0, 2.0), Ok(-1.0));
        assert_eq!(remainder(1.0, 0.0), Err(DOMAIN));
    }

    #[test]
    fn checked_errors() {
        assert_eq!(checked1(-1.0, f64::sqrt, false), Err(DOMAIN));
        assert_eq!(checked1(1000.0, f64::exp, true), Err(RANGE));
    }
}
