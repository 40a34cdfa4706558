//! `complex`: the value (two floats) and its arithmetic, following CPython 3.11's
//! `complexobject.c` step for step so that results match to the last bit.

use super::Value;
use super::class::Class;
use super::native::NativeObject;
use crate::vm::{PyResult, Vm};
use std::any::Any;
use std::ops::{Add, Mul, Neg, Sub};
use std::rc::Rc;

/// A complex number. As a Python value it is a native object of class `complex`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Complex {
    /// The real part.
    pub re: f64,
    /// The imaginary part.
    pub im: f64,
}

/// Why an operation has no result; the VM raises the matching Python exception.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComplexError {
    /// `ZeroDivisionError: complex division by zero`.
    DivisionByZero,
    /// `ZeroDivisionError: 0.0 to a negative or complex power`.
    ZeroToNegativePower,
    /// `OverflowError: complex exponentiation`.
    PowerOverflow,
    /// `OverflowError: absolute value too large`.
    AbsOverflow,
}

/// Integer exponents up to this size are computed by repeated multiplication.
const MAX_INT_EXPONENT: f64 = 100.0;

impl Complex {
    /// `1 + 0j`.
    pub const ONE: Complex = Complex { re: 1.0, im: 0.0 };

    /// The number `re + im*1j`.
    pub fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// A real number as a complex one (imaginary part +0.0).
    pub fn real(re: f64) -> Complex {
        Complex { re, im: 0.0 }
    }

    /// The number as a Python value.
    pub fn into_value(self) -> Value {
        Value::native(self)
    }

    /// `self / o` by Smith's method (scaling by the larger part of the divisor).
    pub fn quotient(self, o: Complex) -> Result<Complex, ComplexError> {
        let (abs_re, abs_im) = (o.re.abs(), o.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return Err(ComplexError::DivisionByZero);
            }
            let ratio = o.im / o.re;
            let denom = o.re + o.im * ratio;
            Ok(Complex::new(
                (self.re + self.im * ratio) / denom,
                (self.im - self.re * ratio) / denom,
            ))
        } else if abs_im >= abs_re {
            let ratio = o.re / o.im;
            let denom = o.re * ratio + o.im;
            Ok(Complex::new(
                (self.re * ratio + self.im) / denom,
                (self.im * ratio - self.re) / denom,
            ))
        } else {
            // A part of the divisor is NaN.
            Ok(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `self ** o`: small integral exponents by repeated squaring, others through polar form.
    /// An infinite part in the result is an overflow.
    pub fn pow(self, o: Complex) -> Result<Complex, ComplexError> {
        let small_int = o.im == 0.0 && o.re == o.re.floor() && o.re.abs() <= MAX_INT_EXPONENT;
        let r = if small_int {
            self.powi(o.re as i64)?
        } else {
            self.pow_polar(o)?
        };
        if r.re.is_infinite() || r.im.is_infinite() {
            return Err(ComplexError::PowerOverflow);
        }
        Ok(r)
    }

    /// `self ** n` for a small integer `n`.
    fn powi(self, n: i64) -> Result<Complex, ComplexError> {
        if n > 0 {
            return Ok(self.powu(n as u64));
        }
        Complex::ONE
            .quotient(self.powu(n.unsigned_abs()))
            .map_err(|_| ComplexError::ZeroToNegativePower)
    }

    /// `self ** n` by binary exponentiation.
    fn powu(self, n: u64) -> Complex {
        let (mut r, mut p, mut mask) = (Complex::ONE, self, 1u64);
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                r = r * p;
            }
            mask <<= 1;
            p = p * p;
        }
        r
    }

    /// `self ** o` through modulus and argument.
    fn pow_polar(self, o: Complex) -> Result<Complex, ComplexError> {
        if o.re == 0.0 && o.im == 0.0 {
            return Ok(Complex::ONE);
        }
        if self.re == 0.0 && self.im == 0.0 {
            if o.im != 0.0 || o.re < 0.0 {
                return Err(ComplexError::ZeroToNegativePower);
            }
            return Ok(Complex::new(0.0, 0.0));
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(o.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * o.re;
        if o.im != 0.0 {
            len /= (at * o.im).exp();
            phase += o.im * vabs.ln();
        }
        Ok(Complex::new(len * phase.cos(), len * phase.sin()))
    }

    /// `abs(self)`: an infinite part wins over a NaN one.
    pub fn abs(self) -> Result<f64, ComplexError> {
        if !self.re.is_finite() || !self.im.is_finite() {
            if self.re.is_infinite() {
                return Ok(self.re.abs());
            }
            if self.im.is_infinite() {
                return Ok(self.im.abs());
            }
            return Ok(f64::NAN);
        }
        let r = self.re.hypot(self.im);
        if r.is_finite() {
            Ok(r)
        } else {
            Err(ComplexError::AbsOverflow)
        }
    }

    /// `self.conjugate()`.
    pub fn conjugate(self) -> Complex {
        Complex::new(self.re, -self.im)
    }

    /// `bool(self)`.
    pub fn is_nonzero(self) -> bool {
        self.re != 0.0 || self.im != 0.0
    }
}

impl Add for Complex {
    type Output = Complex;
    fn add(self, o: Complex) -> Complex {
        Complex::new(self.re + o.re, self.im + o.im)
    }
}

impl Sub for Complex {
    type Output = Complex;
    fn sub(self, o: Complex) -> Complex {
        Complex::new(self.re - o.re, self.im - o.im)
    }
}

impl Mul for Complex {
    type Output = Complex;
    fn mul(self, o: Complex) -> Complex {
        Complex::new(
            self.re * o.re - self.im * o.im,
            self.re * o.im + self.im * o.re,
        )
    }
}

impl Neg for Complex {
    type Output = Complex;
    fn neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }
}

impl NativeObject for Complex {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().complex.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        match name {
            "real" => Some(Ok(Value::Float(self.re))),
            "imag" => Some(Ok(Value::Float(self.im))),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Complex, ComplexError};

    #[test]
    fn divides_by_the_larger_part() {
        let q = Complex::new(1.0, 2.0)
            .quotient(Complex::new(3.0, 4.0))
            .unwrap();
        assert_eq!(q, Complex::new(0.44, 0.08));
        assert_eq!(
            Complex::ONE.quotient(Complex::new(0.0, 0.0)),
            Err(ComplexError::DivisionByZero)
        );
    }

    #[test]
    fn powers() {
        let i = Complex::new(0.0, 1.0);
        assert_eq!(i.pow(Complex::real(2.0)), Ok(Complex::new(-1.0, 0.0)));
        assert_eq!(
            Complex::new(0.0, 0.0).pow(Complex::real(-1.0)),
            Err(ComplexError::ZeroToNegativePower)
        );
        assert_eq!(
            Complex::new(1e200, 1.0).pow(Complex::real(2.5)),
            Err(ComplexError::PowerOverflow)
        );
    }

    #[test]
    fn abs_prefers_infinity_to_nan() {
        assert_eq!(
            Complex::new(f64::NAN, f64::NEG_INFINITY).abs(),
            Ok(f64::INFINITY)
        );
        assert!(Complex::new(f64::NAN, 1.0).abs().unwrap().is_nan());
        assert_eq!(Complex::new(3.0, 4.0).abs(), Ok(5.0));
    }
}
