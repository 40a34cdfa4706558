//! `round()` and the `__round__`, `__trunc__`, `__floor__`, `__ceil__` behaviour of ints and floats.

use super::args::bind;
use crate::format::{self, number_parse::float_to_int};
use crate::objects::Value;
use crate::vm::{Kw, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// `round(number, ndigits=None)`.
pub fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind(vm, "round", args, kw, &["number", "ndigits"], 1)?;
    let number = slots[0].clone().unwrap_or(Value::None);
    let ndigits = slots[1].clone().filter(|v| !v.is_none());
    vm.round_value(&number, ndigits.as_ref())
}

impl Vm {
    /// `round(x)` / `round(x, ndigits)` for any value: ints and floats directly, others by `__round__`.
    pub fn round_value(&mut self, x: &Value, ndigits: Option<&Value>) -> PyResult<Value> {
        match x {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let n = self.to_bigint(x).unwrap_or_default();
                self.round_int(&n, ndigits)
            }
            Value::Float(f) => self.round_float(*f, ndigits),
            _ => self.round_by_dunder(x, ndigits),
        }
    }

    /// Calls the `__round__` of a user object.
    fn round_by_dunder(&mut self, x: &Value, ndigits: Option<&Value>) -> PyResult<Value> {
        let class = self.class_of(x);
        let method = match x {
            Value::Instance(_) | Value::Native(_) => class.lookup("__round__"),
            _ => None,
        };
        let Some(f) = method else {
            return Err(self.type_error(format!(
                "type {} doesn't define __round__ method",
                class.tp_name()
            )));
        };
        let args: Vec<Value> = ndigits.cloned().into_iter().collect();
        self.call_bound(&f, x, &args, Kw::EMPTY)
    }

    /// `int.__round__(n, ndigits)`: an int, rounded half to even at a power of ten.
    pub fn round_int(&mut self, n: &BigInt, ndigits: Option<&Value>) -> PyResult<Value> {
        let Some(nd) = ndigits else {
            return Ok(Value::from_bigint(n.clone()));
        };
        let nd = self.index_bigint(nd)?;
        if !nd.is_negative() {
            return Ok(Value::from_bigint(n.clone()));
        }
        Ok(Value::from_bigint(round_int_digits(n, &nd)))
    }

    /// `float.__round__(x, ndigits)`: an int without `ndigits`, else a correctly rounded float.
    pub fn round_float(&mut self, x: f64, ndigits: Option<&Value>) -> PyResult<Value> {
        let Some(nd) = ndigits else {
            return self.float_to_int_value(x.round_ties_even());
        };
        let nd = self.index_bigint(nd)?;
        let nd = nd
            .to_i64()
            .unwrap_or(if nd.is_negative() { i64::MIN } else { i64::MAX });
        format::round_float(x, nd)
            .map(Value::Float)
            .map_err(|e| self.format_error(e))
    }

    /// A float already integral converted to an int, with CPython's errors for inf and NaN.
    pub fn float_to_int_value(&self, x: f64) -> PyResult<Value> {
        float_to_int(x)
            .map(Value::from_bigint)
            .map_err(|e| self.format_error(e))
    }
}

/// `n` rounded half to even to a multiple of `10**-nd` (`nd < 0`).
fn round_int_digits(n: &BigInt, nd: &BigInt) -> BigInt {
    let places = (-nd).to_u64().unwrap_or(u64::MAX);
    // 10**places exceeds |n| * 2 once it has more digits than n: the result is 0.
    if places > n.bits() / 3 + 2 {
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), places as usize);
    let (mut q, r) = n.div_mod_floor(&p);
    let twice = &r * 2;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1;
    }
    q * p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_rounding_is_half_even() {
        let r = |n: i64, nd: i64| round_int_digits(&BigInt::from(n), &BigInt::from(nd));
        assert_eq!(r(1250, -2), BigInt::from(1200));
        assert_eq!(r(1350, -2), BigInt::from(1400));
        assert_eq!(r(-15, -1), BigInt::from(-20));
        assert_eq!(r(25, -1), BigInt::from(20));
        assert_eq!(r(-123456, -3), BigInt::from(-123000));
        assert_eq!(r(5, -1), BigInt::from(0));
        assert_eq!(r(999, -50), BigInt::from(0));
    }
}
