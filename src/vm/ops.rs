//! Binary and unary operators: built-in fast paths, then the `__add__`/`__radd__`/`__iadd__` protocol.

use super::arith::{base_op, big_to_f64, small_int};
use super::{Kw, PyResult, Vm};
use crate::compiler::opcode::BinaryOperator as B;
use crate::objects::Value;
use num_bigint::BigInt;
use std::rc::Rc;

/// Longest str/list/bytes we agree to build by repetition or concatenation.
const MAX_SEQUENCE: usize = 1 << 31;

impl Vm {
    /// `a op b` (also the in-place forms).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            match op {
                B::Add | B::InplaceAdd => {
                    if let Some(r) = x.checked_add(*y) {
                        return Ok(Value::Int(r));
                    }
                }
                B::Subtract | B::InplaceSubtract => {
                    if let Some(r) = x.checked_sub(*y) {
                        return Ok(Value::Int(r));
                    }
                }
                _ => {}
            }
        }
        let r = self.builtin_binary(a, b, op)?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        self.binary_by_dunder(a, b, op)
    }

    /// Built-in operand kinds; NotImplemented when not handled.
    fn builtin_binary(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Value> {
        use Value::*;
        match (a, b) {
            (Bool(x), Bool(y)) if matches!(base_op(op), B::And | B::Or | B::Xor) => {
                Ok(Bool(bool_bitwise(*x, *y, base_op(op))))
            }
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => self.int_op(a, b, op),
            (Float(x), Float(y)) => self.float_op(*x, *y, op),
            (Float(x), Int(_) | Bool(_) | BigInt(_)) => {
                let y = self.int_to_f64(b)?;
                self.float_op(*x, y, op)
            }
            (Int(_) | Bool(_) | BigInt(_), Float(y)) => {
                let x = self.int_to_f64(a)?;
                self.float_op(x, *y, op)
            }
            (Bytes(_) | ByteArray(_), _) => self.bytes_binary(a, b, op),
            (Str(_), _) => self.str_binary(a, b, op),
            (List(_), _) => self.list_binary(a, b, op),
            (Tuple(_), _) => self.tuple_binary(a, b, op),
            (_, Str(_)) => self.str_binary(a, b, op),
            (_, List(_)) => self.list_binary(a, b, op),
            (_, Tuple(_)) => self.tuple_binary(a, b, op),
            (_, Bytes(_) | ByteArray(_)) => self.bytes_binary(a, b, op),
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => self.set_binary(a, b, op),
            (Dict(x), Dict(y)) if base_op(op) == B::Or => self.dict_or(x, y, op),
            _ => Ok(NotImplemented),
        }
    }

    /// An int as float (OverflowError when too large).
    pub fn int_to_f64(&self, v: &Value) -> PyResult<f64> {
        match v {
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => big_to_f64(self, b),
            Value::Float(f) => Ok(*f),
            _ => Err(self.type_error("must be real number")),
        }
    }

    fn str_binary(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Value> {
        match (a, b, base_op(op)) {
            (Value::Str(x), Value::Str(y), B::Add) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Ok(Value::string(s))
            }
            (Value::Str(x), other, B::Multiply) | (other, Value::Str(x), B::Multiply) => {
                let Some(n) = self.repeat_count(other)? else {
                    return Ok(Value::NotImplemented);
                };
                self.check_size(x.as_str().len(), n)?;
                Ok(Value::string(x.as_str().repeat(n)))
            }
            (Value::Str(x), _, B::Remainder) => self.str_percent(x.as_str(), b),
            (Value::Str(_), other, B::Add) if !matches!(other, Value::Instance(_)) => Err(self
                .type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    self.type_name(other)
                ))),
            _ => Ok(Value::NotImplemented),
        }
    }

    fn list_binary(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Value> {
        match (a, b, op) {
            (Value::List(x), Value::List(y), B::Add | B::InplaceAdd) if op == B::Add => {
                let mut items = x.to_vec();
                items.extend(y.to_vec());
                Ok(Value::list(items))
            }
            (Value::List(x), _, B::InplaceAdd) if !matches!(b, Value::Instance(_)) => {
                let items = self.collect(b)?;
                x.items_mut().extend(items);
                Ok(a.clone())
            }
            (Value::List(x), other, B::InplaceMultiply) => {
                let Some(n) = self.repeat_count(other)? else {
                    return Ok(Value::NotImplemented);
                };
                self.check_size(x.len(), n)?;
                let items = x.to_vec();
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                *x.items_mut() = out;
                Ok(a.clone())
            }
            (Value::List(x), other, B::Multiply) | (other, Value::List(x), B::Multiply) => {
                let Some(n) = self.repeat_count(other)? else {
                    return Ok(Value::NotImplemented);
                };
                self.check_size(x.len(), n)?;
                Ok(Value::list(repeat_items(&x.to_vec(), n)))
            }
            (Value::List(_), other, B::Add) if !matches!(other, Value::Instance(_)) => Err(self
                .type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    self.type_name(other)
                ))),
            _ => Ok(Value::NotImplemented),
        }
    }

    fn tuple_binary(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Value> {
        match (a, b, base_op(op)) {
            (Value::Tuple(x), Value::Tuple(y), B::Add) => {
                let mut items = x.as_slice().to_vec();
                items.extend_from_slice(y.as_slice());
                Ok(Value::tuple(items))
            }
            (Value::Tuple(x), other, B::Multiply) | (other, Value::Tuple(x), B::Multiply) => {
                let Some(n) = self.repeat_count(other)? else {
                    return Ok(Value::NotImplemented);
                };
                self.check_size(x.len(), n)?;
                Ok(Value::tuple(repeat_items(x.as_slice(), n)))
            }
            (Value::Tuple(_), other, B::Add) if !matches!(other, Value::Instance(_)) => Err(self
                .type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    self.type_name(other)
                ))),
            _ => Ok(Value::NotImplemented),
        }
    }

    /// The count of a sequence repetition (`None` when `v` is not an int).
    fn repeat_count(&mut self, v: &Value) -> PyResult<Option<usize>> {
        match v {
            Value::Int(_) | Value::Bool(_) => Ok(Some(small_int(v).unwrap_or(0).max(0) as usize)),
            Value::BigInt(b) => {
                if b.sign() == num_bigint::Sign::Minus {
                    Ok(Some(0))
                } else {
                    Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
                }
            }
            _ => Ok(None),
        }
    }

    /// MemoryError when a repetition would be absurdly large.
    pub fn check_size(&self, unit: usize, n: usize) -> PyResult<()> {
        if unit.saturating_mul(n) > MAX_SEQUENCE {
            return Err(self.error_args("MemoryError", vec![]));
        }
        Ok(())
    }

    fn dict_or(
        &mut self,
        x: &Rc<crate::objects::dict::PyDict>,
        y: &Rc<crate::objects::dict::PyDict>,
        op: B,
    ) -> PyResult<Value> {
        let target = if op == B::InplaceOr {
            x.clone()
        } else {
            let d = Rc::new(crate::objects::dict::PyDict::new());
            for (k, v) in x.items() {
                self.dict_set(&d, k, v)?;
            }
            d
        };
        for (k, v) in y.items() {
            self.dict_set(&target, k, v)?;
        }
        Ok(Value::Dict(target))
    }

    /// The dunder protocol for binary operators.
    fn binary_by_dunder(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Value> {
        let (name, rname, iname) = dunder_names(base_op(op));
        if op != base_op(op)
            && let Some(r) = self.try_binary(a, iname, b, op, false)?
        {
            return Ok(r);
        }
        let plain = base_op(op);
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let b_first = !Rc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca);
        if b_first && let Some(r) = self.try_binary(b, rname, a, plain, true)? {
            return Ok(r);
        }
        if let Some(r) = self.try_binary(a, name, b, plain, false)? {
            return Ok(r);
        }
        if !b_first
            && !Rc::ptr_eq(&ca, &cb)
            && let Some(r) = self.try_binary(b, rname, a, plain, true)?
        {
            return Ok(r);
        }
        if base_op(op) == B::Multiply
            && let Some(r) = self.sequence_repeat_fallback(a, b, op)?
        {
            return Ok(r);
        }
        let sym = op_symbol(op);
        let sym = if base_op(op) == B::Power {
            format!("{sym} or pow()")
        } else {
            sym.to_owned()
        };
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            ca.tp_name(),
            cb.tp_name()
        )))
    }

    /// `seq * n` when neither operand's `__mul__` applied: `n` through `__index__`, or
    /// CPython's "can't multiply sequence" error. `None` when neither operand is a sequence.
    fn sequence_repeat_fallback(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Option<Value>> {
        let is_seq = |v: &Value| {
            use Value::*;
            matches!(
                super::subclass::base_value(v),
                Str(_) | List(_) | Tuple(_) | Bytes(_) | ByteArray(_)
            )
        };
        let (seq, count) = if is_seq(a) {
            (a, b)
        } else if is_seq(b) {
            (b, a)
        } else {
            return Ok(None);
        };
        let has_index = matches!(count, Value::Instance(_) | Value::Native(_))
            && self.class_of(count).lookup("__index__").is_some();
        if !has_index {
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(count)
            )));
        }
        let n = Value::from_bigint(self.index_bigint(count)?);
        self.builtin_binary(seq, &n, op).map(Some)
    }

    /// `obj.name(other)` for a binary operator (`reflected`: `other op obj`).
    /// An instance extending a built-in value without its own `name` computes
    /// with that value like its type does (an in-place result stays the instance).
    fn try_binary(
        &mut self,
        obj: &Value,
        name: &str,
        other: &Value,
        op: B,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        let Some(base) = self.inherited_base(obj, name) else {
            return self.try_dunder(obj, name, other);
        };
        let other = super::subclass::base_value(other).clone();
        let r = if matches!(base, Value::Native(_)) {
            // A native base type (`deque`) computes through its own dunders.
            self.try_dunder(&base, name, &other)?
                .unwrap_or(Value::NotImplemented)
        } else if reflected {
            self.builtin_binary(&other, &base, op)?
        } else {
            self.builtin_binary(&base, &other, op)?
        };
        Ok(match r {
            Value::NotImplemented => None,
            r if r.is(&base) => Some(obj.clone()),
            r => Some(r),
        })
    }

    /// `-a`.
    pub fn negate(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(i) => Ok(i
                .checked_neg()
                .map_or_else(|| Value::from_bigint(-BigInt::from(*i)), Value::Int)),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => self.unary_by_dunder(a, "__neg__", "-"),
        }
    }

    /// `+a`.
    pub fn positive(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(a.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => self.unary_by_dunder(a, "__pos__", "+"),
        }
    }

    /// `~a`.
    pub fn invert(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            _ => self.unary_by_dunder(a, "__invert__", "~"),
        }
    }

    fn unary_by_dunder(&mut self, a: &Value, name: &str, sym: &str) -> PyResult<Value> {
        if let Some(base) = self.inherited_base(a, name) {
            return match name {
                "__neg__" => self.negate(&base),
                "__pos__" => self.positive(&base),
                _ => self.invert(&base),
            };
        }
        let class = self.class_of(a);
        if matches!(a, Value::Instance(_) | Value::Native(_))
            && let Some(f) = class.lookup(name)
        {
            return self.call_bound(&f, a, &[], Kw::EMPTY);
        }
        Err(self.type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            class.tp_name()
        )))
    }
}

/// `&`, `|` and `^` of two bools, which stay bools.
fn bool_bitwise(x: bool, y: bool, op: B) -> bool {
    match op {
        B::And => x & y,
        B::Or => x | y,
        _ => x ^ y,
    }
}

/// `items` repeated `n` times.
fn repeat_items(items: &[Value], n: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    out
}

/// The dunder, reflected dunder and in-place dunder for an operator.
fn dunder_names(op: B) -> (&'static str, &'static str, &'static str) {
    match op {
        B::Add => ("__add__", "__radd__", "__iadd__"),
        B::Subtract => ("__sub__", "__rsub__", "__isub__"),
        B::Multiply => ("__mul__", "__rmul__", "__imul__"),
        B::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        B::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        B::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        B::Remainder => ("__mod__", "__rmod__", "__imod__"),
        B::Power => ("__pow__", "__rpow__", "__ipow__"),
        B::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        B::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        B::And => ("__and__", "__rand__", "__iand__"),
        B::Or => ("__or__", "__ror__", "__ior__"),
        B::Xor => ("__xor__", "__rxor__", "__ixor__"),
        _ => ("__add__", "__radd__", "__iadd__"),
    }
}

/// The operator's symbol for messages (`+=` for in-place forms).
pub fn op_symbol(op: B) -> &'static str {
    match op {
        B::Add => "+",
        B::Subtract => "-",
        B::Multiply => "*",
        B::MatrixMultiply => "@",
        B::TrueDivide => "/",
        B::FloorDivide => "//",
        B::Remainder => "%",
        B::Power => "**",
        B::LShift => "<<",
        B::RShift => ">>",
        B::And => "&",
        B::Or => "|",
        B::Xor => "^",
        B::InplaceAdd => "+=",
        B::InplaceSubtract => "-=",
        B::InplaceMultiply => "*=",
        B::InplaceMatrixMultiply => "@=",
        B::InplaceTrueDivide => "/=",
        B::InplaceFloorDivide => "//=",
        B::InplaceRemainder => "%=",
        B::InplacePower => "**=",
        B::InplaceLShift => "<<=",
        B::InplaceRShift => ">>=",
        B::InplaceAnd => "&=",
        B::InplaceOr => "|=",
        B::InplaceXor => "^=",
    }
}
