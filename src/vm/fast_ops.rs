//! Inline fast paths of the eval loop for the commonest operands: machine ints, floats, `list[int]`.
//!
//! Each function answers `None` whenever the general path is needed (another
//! kind, an overflow, a division by zero, an index out of range): the slow
//! path then produces the result or the exact CPython error. Results agree
//! with `Vm::binary_op` / `Vm::compare` / `Vm::getitem` bit for bit.

use crate::compiler::opcode::{BinaryOperator as B, ComparisonOperator as C};
use crate::objects::Value;

/// Ints whose conversion to float is exact (|x| < 2**53).
const EXACT_FLOAT_INT: u64 = 1 << 53;

/// `a op b` for two machine ints or two floats (or a float and an exactly representable int).
#[inline(always)]
pub fn binary(a: &Value, b: &Value, op: B) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_binary(*x, *y, op),
        (Value::Float(x), Value::Float(y)) => float_binary(*x, *y, op),
        (Value::Float(x), Value::Int(y)) => float_binary(*x, exact_float(*y)?, op),
        (Value::Int(x), Value::Float(y)) => float_binary(exact_float(*x)?, *y, op),
        _ => None,
    }
}

/// `x op y` on machine ints, when the result is a machine int.
#[inline(always)]
fn int_binary(x: i64, y: i64, op: B) -> Option<Value> {
    let r = match op {
        B::Add | B::InplaceAdd => x.checked_add(y)?,
        B::Subtract | B::InplaceSubtract => x.checked_sub(y)?,
        B::Multiply | B::InplaceMultiply => x.checked_mul(y)?,
        B::And | B::InplaceAnd => x & y,
        B::Or | B::InplaceOr => x | y,
        B::Xor | B::InplaceXor => x ^ y,
        B::FloorDivide | B::InplaceFloorDivide if y > 0 => x.div_euclid(y),
        B::Remainder | B::InplaceRemainder if y > 0 => x.rem_euclid(y),
        B::Power | B::InplacePower if y >= 0 => x.checked_pow(u32::try_from(y).ok()?)?,
        _ => return None,
    };
    Some(Value::Int(r))
}

/// `x op y` on floats for the operators that cannot raise.
#[inline(always)]
fn float_binary(x: f64, y: f64, op: B) -> Option<Value> {
    let r = match op {
        B::Add | B::InplaceAdd => x + y,
        B::Subtract | B::InplaceSubtract => x - y,
        B::Multiply | B::InplaceMultiply => x * y,
        B::TrueDivide | B::InplaceTrueDivide if y != 0.0 => x / y,
        B::Power | B::InplacePower => return float_power(x, y),
        _ => return None,
    };
    Some(Value::Float(r))
}

/// `x ** y` for a positive finite base and a finite exponent with a finite
/// result: the C library's `pow`, as CPython calls it. Zero and negative
/// bases (errors, complex results), infinities, NaNs and overflow take the
/// general path.
#[inline(always)]
fn float_power(x: f64, y: f64) -> Option<Value> {
    if !(x > 0.0 && x.is_finite() && y.is_finite()) {
        return None;
    }
    let r = x.powf(y);
    r.is_finite().then_some(Value::Float(r))
}

/// `x` as a float when the conversion is exact.
#[inline(always)]
fn exact_float(x: i64) -> Option<f64> {
    (x.unsigned_abs() < EXACT_FLOAT_INT).then_some(x as f64)
}

/// `a op b` for two machine ints or two floats.
#[inline(always)]
pub fn compare(a: &Value, b: &Value, op: C) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(ordered(x, y, op)),
        (Value::Float(x), Value::Float(y)) => Some(ordered(x, y, op)),
        _ => None,
    }
}

/// `x op y` with the comparison operators of `PartialOrd` (NaN compares unequal to everything).
#[inline(always)]
fn ordered<T: PartialOrd>(x: &T, y: &T, op: C) -> bool {
    match op {
        C::Lt => x < y,
        C::Le => x <= y,
        C::Eq => x == y,
        C::Ne => x != y,
        C::Gt => x > y,
        C::Ge => x >= y,
    }
}

/// `list[i]` for an in-range machine-int index.
#[inline(always)]
pub fn list_item(container: &Value, index: &Value) -> Option<Value> {
    let (Value::List(list), Value::Int(i)) = (container, index) else {
        return None;
    };
    list.get_signed(*i)
}

/// `list[i] = v` for an in-range machine-int index; gives `v` back otherwise.
#[inline(always)]
pub fn set_list_item(container: &Value, index: &Value, v: Value) -> Result<(), Value> {
    let (Value::List(list), Value::Int(i)) = (container, index) else {
        return Err(v);
    };
    list.set_signed(*i, v)
}

/// The truth of a bool, None or machine int (the values a condition mostly
/// tests); `None` for the kinds whose truth may call `__bool__` or `__len__`.
#[inline(always)]
pub fn truth(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::None => Some(false),
        Value::Int(i) => Some(*i != 0),
        _ => None,
    }
}
