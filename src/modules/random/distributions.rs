//! The continuous distributions of `random.py` beyond the normal ones: triangular,
//! lognormal, von Mises, gamma, beta, Pareto and Weibull, drawing from the generator
//! in the same order as CPython 3.11 so seeded sequences agree.

use super::algorithms::normalvariate;
use super::{Mt19937, RandomError};
use std::f64::consts::{E, PI, TAU};

/// `triangular(low, high, mode)`: inverse transform of the triangular distribution;
/// `mode` defaults to the midpoint.
pub fn triangular(mt: &mut Mt19937, low: f64, high: f64, mode: Option<f64>) -> f64 {
    let mut u = mt.random();
    let mut c = match mode {
        None => 0.5,
        Some(_) if high == low => return low,
        Some(m) => (m - low) / (high - low),
    };
    let (mut low, mut high) = (low, high);
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    low + (high - low) * (u * c).sqrt()
}

/// `lognormvariate(mu, sigma)`: the exponential of a normal variate.
pub fn lognormvariate(mt: &mut Mt19937, mu: f64, sigma: f64) -> f64 {
    normalvariate(mt, mu, sigma).exp()
}

/// `vonmisesvariate(mu, kappa)`: Best and Fisher's rejection method; a uniform
/// angle when `kappa` is (nearly) zero.
pub fn vonmisesvariate(mt: &mut Mt19937, mu: f64, kappa: f64) -> f64 {
    if kappa <= 1e-6 {
        return TAU * mt.random();
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let z = (PI * mt.random()).cos();
        let d = z / (r + z);
        let u2 = mt.random();
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let angle = if mt.random() > 0.5 {
        mu + f.acos()
    } else {
        mu - f.acos()
    };
    floor_mod(angle, TAU)
}

/// Python's float `x % m` for `m > 0`: the result has the sign of `m`.
fn floor_mod(x: f64, m: f64) -> f64 {
    let r = x % m;
    if r != 0.0 && r < 0.0 {
        r + m
    } else if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// `gammavariate(alpha, beta)`: Cheng's method for `alpha > 1`, an exponential for
/// `alpha == 1`, and algorithm GS (Kennedy & Gentle) below 1.
pub fn gammavariate(mt: &mut Mt19937, alpha: f64, beta: f64) -> Result<f64, RandomError> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(RandomError::Value(
            "gammavariate: alpha and beta must be > 0.0".into(),
        ));
    }
    Ok(if alpha > 1.0 {
        gamma_cheng(mt, alpha) * beta
    } else if alpha == 1.0 {
        -(1.0 - mt.random()).ln() * beta
    } else {
        gamma_small_shape(mt, alpha) * beta
    })
}

/// Cheng's rejection sampler for shape `alpha > 1` (unit scale).
fn gamma_cheng(mt: &mut Mt19937, alpha: f64) -> f64 {
    let ainv = (2.0 * alpha - 1.0).sqrt();
    let bbb = alpha - 4f64.ln();
    let ccc = alpha + ainv;
    let sg_magic = 1.0 + 4.5f64.ln();
    loop {
        let u1 = mt.random();
        if !(1e-7 < u1 && u1 < 0.9999999) {
            continue;
        }
        let u2 = 1.0 - mt.random();
        let v = (u1 / (1.0 - u1)).ln() / ainv;
        let x = alpha * v.exp();
        let z = u1 * u1 * u2;
        let r = bbb + ccc * v - x;
        if r + sg_magic - 4.5 * z >= 0.0 || r >= z.ln() {
            return x;
        }
    }
}

/// Algorithm GS for shape `0 < alpha < 1` (unit scale).
fn gamma_small_shape(mt: &mut Mt19937, alpha: f64) -> f64 {
    loop {
        let u = mt.random();
        let b = (E + alpha) / E;
        let p = b * u;
        let x = if p <= 1.0 {
            p.powf(1.0 / alpha)
        } else {
            -((b - p) / alpha).ln()
        };
        let u1 = mt.random();
        let accept = if p > 1.0 {
            u1 <= x.powf(alpha - 1.0)
        } else {
            u1 <= (-x).exp()
        };
        if accept {
            return x;
        }
    }
}

/// `betavariate(alpha, beta)`: the ratio of two gamma variates.
pub fn betavariate(mt: &mut Mt19937, alpha: f64, beta: f64) -> Result<f64, RandomError> {
    let y = gammavariate(mt, alpha, 1.0)?;
    if y == 0.0 {
        return Ok(0.0);
    }
    Ok(y / (y + gammavariate(mt, beta, 1.0)?))
}

/// `paretovariate(alpha)`.
pub fn paretovariate(mt: &mut Mt19937, alpha: f64) -> f64 {
    let u = 1.0 - mt.random();
    u.powf(-1.0 / alpha)
}

/// `weibullvariate(alpha, beta)`.
pub fn weibullvariate(mt: &mut Mt19937, alpha: f64, beta: f64) -> f64 {
    let u = 1.0 - mt.random();
    alpha * (-u.ln()).powf(1.0 / beta)
}
