//! Integer and float arithmetic with Python semantics (floor division, modulo sign, overflow to big ints).

use super::{PyResult, Vm};
use crate::compiler::opcode::BinaryOperator as B;
use crate::objects::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

/// Largest result of a shift or power we agree to build (bits).
const MAX_INT_BITS: u64 = 1 << 28;

impl Vm {
    /// `a op b` for two ints (either form).
    pub fn int_op(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Value> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b)
            && let Some(r) = bool_logic(*x, *y, op)
        {
            return Ok(Value::Bool(r));
        }
        if let (Some(x), Some(y)) = (small_int(a), small_int(b))
            && let Some(v) = self.small_int_op(x, y, op)?
        {
            return Ok(v);
        }
        let (Some(x), Some(y)) = (self.to_bigint(a), self.to_bigint(b)) else {
            return Ok(Value::NotImplemented);
        };
        self.big_int_op(&x, &y, op)
    }

    /// Machine-int fast path; `None` when the result needs a big int.
    fn small_int_op(&mut self, x: i64, y: i64, op: B) -> PyResult<Option<Value>> {
        Ok(Some(match base_op(op) {
            B::Add => return Ok(x.checked_add(y).map(Value::Int)),
            B::Subtract => return Ok(x.checked_sub(y).map(Value::Int)),
            B::Multiply => return Ok(x.checked_mul(y).map(Value::Int)),
            B::FloorDivide => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                return Ok(x
                    .checked_div_euclid(y)
                    .map(|_| Value::Int(Integer::div_floor(&x, &y))));
            }
            B::Remainder => {
                if y == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                if y == -1 {
                    return Ok(Some(Value::Int(0)));
                }
                Value::Int(x.mod_floor(&y))
            }
            B::TrueDivide => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    Value::Float(x as f64 / y as f64)
                } else {
                    return Ok(None);
                }
            }
            B::And => Value::Int(x & y),
            B::Or => Value::Int(x | y),
            B::Xor => Value::Int(x ^ y),
            B::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if y < 63 && x.unsigned_abs() < (1u64 << (62 - y)) {
                    Value::Int(x << y)
                } else {
                    return Ok(None);
                }
            }
            B::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Value::Int(x >> y.min(63))
            }
            B::Power => {
                if y < 0 {
                    return self.float_op(x as f64, y as f64, op).map(Some);
                }
                match u32::try_from(y).ok().and_then(|e| x.checked_pow(e)) {
                    Some(r) => Value::Int(r),
                    None => return Ok(None),
                }
            }
            _ => return Ok(Some(Value::NotImplemented)),
        }))
    }

    /// Big-int arithmetic.
    fn big_int_op(&mut self, x: &BigInt, y: &BigInt, op: B) -> PyResult<Value> {
        Ok(Value::from_bigint(match base_op(op) {
            B::Add => x + y,
            B::Subtract => x - y,
            B::Multiply => x * y,
            B::FloorDivide => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                x.div_floor(y)
            }
            B::Remainder => {
                if y.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                x.mod_floor(y)
            }
            B::TrueDivide => return self.big_true_divide(x, y),
            B::And => x & y,
            B::Or => x | y,
            B::Xor => x ^ y,
            B::LShift => return self.big_lshift(x, y),
            B::RShift => return self.big_rshift(x, y),
            B::Power => return self.big_pow(x, y),
            _ => return Ok(Value::NotImplemented),
        }))
    }

    /// `x << y` for big ints: zero stays zero, absurd sizes are refused.
    fn big_lshift(&mut self, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        if y.is_negative() {
            return Err(self.value_error("negative shift count"));
        }
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        let n = self.shift_count(y)?;
        if x.bits() + n > MAX_INT_BITS {
            return Err(self.error("MemoryError", ""));
        }
        Ok(Value::from_bigint(x << n))
    }

    /// `x >> y` for big ints: shifting out every bit leaves 0 (or -1 for negatives).
    fn big_rshift(&mut self, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        if y.is_negative() {
            return Err(self.value_error("negative shift count"));
        }
        match y.to_u64().filter(|&n| n <= x.bits()) {
            Some(n) => Ok(Value::from_bigint(x >> n)),
            None => Ok(Value::Int(if x.is_negative() { -1 } else { 0 })),
        }
    }

    fn shift_count(&mut self, y: &BigInt) -> PyResult<u64> {
        if y.is_negative() {
            return Err(self.value_error("negative shift count"));
        }
        y.to_u64()
            .ok_or_else(|| self.overflow_error("too many digits in integer"))
    }

    fn big_pow(&mut self, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        if y.is_negative() {
            let (fx, fy) = (big_to_f64(self, x)?, big_to_f64(self, y)?);
            return self.float_op(fx, fy, B::Power);
        }
        if x.is_zero() || x.is_one() {
            return Ok(Value::from_bigint(if y.is_zero() {
                BigInt::one()
            } else {
                x.clone()
            }));
        }
        if *x == BigInt::from(-1) {
            return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
        }
        let e = y
            .to_u64()
            .filter(|e| x.bits().saturating_mul(*e) <= MAX_INT_BITS);
        match e {
            Some(e) => Ok(Value::from_bigint(Pow::pow(x, e))),
            None => Err(self.error("MemoryError", "")),
        }
    }

    fn big_true_divide(&mut self, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        if y.is_zero() {
            return Err(self.zero_division("division by zero"));
        }
        match crate::format::float_exact::ratio_to_f64(x, y) {
            Some(f) => Ok(Value::Float(f)),
            None => Err(self.overflow_error("integer division result too large for a float")),
        }
    }

    /// `x op y` for floats.
    pub fn float_op(&mut self, x: f64, y: f64, op: B) -> PyResult<Value> {
        Ok(Value::Float(match base_op(op) {
            B::Add => x + y,
            B::Subtract => x - y,
            B::Multiply => x * y,
            B::TrueDivide => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            B::FloorDivide => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            B::Remainder => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(x, y).1
            }
            B::Power => return self.float_pow(x, y),
            _ => return Ok(Value::NotImplemented),
        }))
    }

    /// `x ** y` for floats, sorting out the special cases before calling `pow` like CPython.
    fn float_pow(&mut self, x: f64, y: f64) -> PyResult<Value> {
        if let Some(r) = float_pow_special(x, y) {
            return Ok(Value::Float(r));
        }
        if x == 0.0 {
            if y < 0.0 {
                return Err(self.zero_division("0.0 cannot be raised to a negative power"));
            }
            return Ok(Value::Float(if is_odd_integer(y) { x } else { 0.0 }));
        }
        let (base, negate) = if x < 0.0 {
            if y != y.floor() {
                // A fractional power of a negative number is complex.
                use crate::objects::complex::Complex;
                return Complex::new(x, 0.0)
                    .pow(Complex::new(y, 0.0))
                    .map(Complex::into_value)
                    .map_err(|e| crate::builtins::complex_methods::complex_error(self, e));
            }
            (-x, is_odd_integer(y))
        } else {
            (x, false)
        };
        let r = if base == 1.0 { 1.0 } else { base.powf(y) };
        if r.is_infinite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(Value::Float(if negate { -r } else { r }))
    }
}

/// `x ** y` when either operand is a zero exponent, NaN or infinite; `None` otherwise.
fn float_pow_special(x: f64, y: f64) -> Option<f64> {
    if y == 0.0 {
        return Some(1.0);
    }
    if x.is_nan() {
        return Some(x);
    }
    if y.is_nan() {
        return Some(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Some(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Some(match (y > 0.0, odd) {
            (true, true) => x,
            (true, false) => x.abs(),
            (false, true) => 0.0f64.copysign(x),
            (false, false) => 0.0,
        });
    }
    None
}

/// True when `y` is an odd integer.
fn is_odd_integer(y: f64) -> bool {
    let r = y % 2.0;
    r == 1.0 || r == -1.0
}

/// Python's float divmod: floor quotient and remainder with the divisor's sign.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `&`, `|` and `^` of two bools stay bools.
fn bool_logic(x: bool, y: bool, op: B) -> Option<bool> {
    match base_op(op) {
        B::And => Some(x & y),
        B::Or => Some(x | y),
        B::Xor => Some(x ^ y),
        _ => None,
    }
}

/// The machine-int value of an int or bool.
pub fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// Converts a big int to float with CPython's OverflowError.
pub fn big_to_f64(vm: &Vm, x: &BigInt) -> PyResult<f64> {
    match x.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// The non-inplace form of an operator.
pub fn base_op(op: B) -> B {
    match op {
        B::InplaceAdd => B::Add,
        B::InplaceSubtract => B::Subtract,
        B::InplaceMultiply => B::Multiply,
        B::InplaceMatrixMultiply => B::MatrixMultiply,
        B::InplaceTrueDivide => B::TrueDivide,
        B::InplaceFloorDivide => B::FloorDivide,
        B::InplaceRemainder => B::Remainder,
        B::InplacePower => B::Power,
        B::InplaceLShift => B::LShift,
        B::InplaceRShift => B::RShift,
        B::InplaceAnd => B::And,
        B::InplaceOr => B::Or,
        B::InplaceXor => B::Xor,
        other => other,
    }
}
