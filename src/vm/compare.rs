//! Rich comparison: `==`, `<` ... for built-in kinds and through `__eq__`/`__lt__` ... with reflection.

use super::{Kw, PyResult, Vm};
use crate::compiler::opcode::ComparisonOperator as Op;
use crate::objects::Value;
use crate::objects::table::simple_eq;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cmp::Ordering;

impl Vm {
    /// `a == b` as a Rust bool, with identity implying equality (as containers compare).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = simple_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, Op::Eq)?;
        self.truthy(&r)
    }

    /// `a op b`, returning the comparison's value (usually a bool). Comparing
    /// containers or objects with dunders counts one recursion level.
    pub fn compare(&mut self, a: &Value, b: &Value, op: Op) -> PyResult<Value> {
        if is_nan_pair(a, b) {
            return Ok(Value::Bool(op == Op::Ne));
        }
        if may_recurse(a) || may_recurse(b) {
            return self.nested(" in comparison", |vm| vm.compare_values(a, b, op));
        }
        self.compare_values(a, b, op)
    }

    /// The comparison proper (see [`Vm::compare`]).
    fn compare_values(&mut self, a: &Value, b: &Value, op: Op) -> PyResult<Value> {
        if let Some(ord) = self.builtin_order(a, b)? {
            return Ok(Value::Bool(order_matches(ord, op)));
        }
        if matches!(op, Op::Eq | Op::Ne)
            && let Some(eq) = self.builtin_eq(a, b)?
        {
            return Ok(Value::Bool(eq == (op == Op::Eq)));
        }
        self.compare_by_dunder(a, b, op)
    }

    /// Ordering of two built-in values of comparable kinds; `None` when not applicable.
    /// NaN comparisons come back as `Some(Less)`-free results via `partial_cmp` failing → handled by caller.
    fn builtin_order(&mut self, a: &Value, b: &Value) -> PyResult<Option<Ordering>> {
        use Value::*;
        Ok(match (a, b) {
            (Int(x), Int(y)) => Some(x.cmp(y)),
            (Float(x), Float(y)) => return Ok(float_order(*x, *y)),
            (Int(_) | Bool(_) | BigInt(_), Float(y)) => {
                return Ok(int_float_order(self.to_bigint(a), *y));
            }
            (Float(x), Int(_) | Bool(_) | BigInt(_)) => {
                return Ok(int_float_order(self.to_bigint(b), *x).map(Ordering::reverse));
            }
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
                Some(self.to_bigint(a).cmp(&self.to_bigint(b)))
            }
            (Str(x), Str(y)) => Some(x.as_str().cmp(y.as_str())),
            (Bytes(x), Bytes(y)) => Some(x[..].cmp(&y[..])),
            (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) => {
                let data = |v: &Value| crate::builtins::text_ops::bytes_of(v).unwrap_or_default();
                Some(data(a).cmp(&data(b)))
            }
            (List(_), List(_)) | (Tuple(_), Tuple(_)) => return self.sequence_order(a, b),
            _ => Option::None,
        })
    }

    /// Lexicographic ordering of two lists or two tuples.
    fn sequence_order(&mut self, a: &Value, b: &Value) -> PyResult<Option<Ordering>> {
        let xs = self.sequence_snapshot(a);
        let ys = self.sequence_snapshot(b);
        for (x, y) in xs.iter().zip(ys.iter()) {
            if self.eq(x, y)? {
                continue;
            }
            if self.lt(x, y)? {
                return Ok(Some(Ordering::Less));
            }
            return Ok(Some(Ordering::Greater));
        }
        Ok(Some(xs.len().cmp(&ys.len())))
    }

    /// `a < b` as a Rust bool.
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.compare(a, b, Op::Lt)?;
        self.truthy(&r)
    }

    /// Equality of built-in containers (dict, set) that has no ordering.
    fn builtin_eq(&mut self, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        use Value::*;
        Ok(match (a, b) {
            (Dict(x), Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(Some(false));
                }
                for (k, v) in x.items() {
                    match self.dict_get(y, &k)? {
                        Some(w) if self.eq(&v, &w)? => {}
                        _ => return Ok(Some(false)),
                    }
                }
                Some(true)
            }
            (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
                Some(x.len() == y.len() && self.set_is_subset(x, y)?)
            }
            (ByteArray(x), ByteArray(y)) => Some(*x.data() == *y.data()),
            (BoundMethod(x), BoundMethod(y)) => {
                Some(x.receiver.is(&y.receiver) && x.func.is(&y.func))
            }
            (ByteArray(x), Bytes(y)) | (Bytes(y), ByteArray(x)) => Some(x.data()[..] == y[..]),
            (Instance(_), _) | (_, Instance(_)) | (Native(_), _) | (_, Native(_)) => Option::None,
            (Set(_) | FrozenSet(_), _) | (_, Set(_) | FrozenSet(_)) => Some(false),
            _ => Some(a.is(b)),
        })
    }

    /// The dunder protocol with reflection and CPython's fallbacks.
    fn compare_by_dunder(&mut self, a: &Value, b: &Value, op: Op) -> PyResult<Value> {
        if let (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) = (a, b) {
            return self.set_order(x, y, op);
        }
        let (name, reflected) = dunder_names(op);
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let b_first = !std::rc::Rc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca);
        if b_first && let Some(r) = self.try_compare(b, reflected, a, reflect(op))? {
            return Ok(r);
        }
        if let Some(r) = self.try_compare(a, name, b, op)? {
            return Ok(r);
        }
        if !b_first && let Some(r) = self.try_compare(b, reflected, a, reflect(op))? {
            return Ok(r);
        }
        match op {
            Op::Eq => Ok(Value::Bool(a.is(b))),
            Op::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op_symbol(op),
                ca.tp_name(),
                cb.tp_name()
            ))),
        }
    }

    /// `obj op other` through `obj`'s dunder `name`; an instance extending a
    /// built-in value without its own `name` compares that value like its type does.
    fn try_compare(
        &mut self,
        obj: &Value,
        name: &str,
        other: &Value,
        op: Op,
    ) -> PyResult<Option<Value>> {
        let Some(base) = self.inherited_base(obj, name) else {
            return self.try_dunder(obj, name, other);
        };
        let other = super::subclass::base_value(other).clone();
        if matches!(base, Value::Native(_)) {
            // A native base type (`deque`) compares through its own dunders.
            return self.try_dunder(&base, name, &other);
        }
        if is_nan_pair(&base, &other) {
            return Ok(Some(Value::Bool(op == Op::Ne)));
        }
        if let Some(ord) = self.builtin_order(&base, &other)? {
            return Ok(Some(Value::Bool(order_matches(ord, op))));
        }
        if let (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) =
            (&base, &other)
        {
            return self.set_order(x, y, op).map(Some);
        }
        if matches!(op, Op::Eq | Op::Ne)
            && let Some(eq) = self.builtin_eq(&base, &other)?
        {
            return Ok(Some(Value::Bool(eq == (op == Op::Eq))));
        }
        Ok(None)
    }

    /// Calls `obj.name(other)` if the type defines it; `None` for missing or NotImplemented.
    pub fn try_dunder(
        &mut self,
        obj: &Value,
        name: &str,
        other: &Value,
    ) -> PyResult<Option<Value>> {
        if !matches!(obj, Value::Instance(_) | Value::Native(_)) {
            return Ok(None);
        }
        let class = self.class_of(obj);
        let Some(f) = class.lookup(name) else {
            return Ok(None);
        };
        let r = self.call_bound(&f, obj, std::slice::from_ref(other), Kw::EMPTY)?;
        Ok(if matches!(r, Value::NotImplemented) {
            None
        } else {
            Some(r)
        })
    }
}

/// True for values whose comparison can run Python code or compare items.
fn may_recurse(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Instance(_)
            | Value::Native(_)
    )
}

/// Ordering of two floats (NaN is handled before this is called).
fn float_order(x: f64, y: f64) -> Option<Ordering> {
    x.partial_cmp(&y)
}

/// True when a number is compared with a NaN float (every comparison but `!=` is false).
fn is_nan_pair(a: &Value, b: &Value) -> bool {
    let nan = |v: &Value| matches!(v, Value::Float(f) if f.is_nan());
    let num = |v: &Value| {
        matches!(
            v,
            Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
        )
    };
    (nan(a) && num(b)) || (nan(b) && num(a))
}

/// Exact ordering of an int against a float.
fn int_float_order(i: Option<BigInt>, f: f64) -> Option<Ordering> {
    let i = i?;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(small) = i.to_i64()
        && small.unsigned_abs() < (1u64 << 53)
    {
        return (small as f64).partial_cmp(&f);
    }
    let fl = f.floor();
    let fi = BigInt::from(fl as i128);
    let big_f = num_traits::FromPrimitive::from_f64(fl).unwrap_or(fi);
    match i.cmp(&big_f) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        other => Some(other),
    }
}

/// Whether an ordering satisfies a comparison operator.
fn order_matches(ord: Ordering, op: Op) -> bool {
    match op {
        Op::Lt => ord == Ordering::Less,
        Op::Le => ord != Ordering::Greater,
        Op::Eq => ord == Ordering::Equal,
        Op::Ne => ord != Ordering::Equal,
        Op::Gt => ord == Ordering::Greater,
        Op::Ge => ord != Ordering::Less,
    }
}

/// The operator with its operands swapped (`a < b` is `b > a`).
fn reflect(op: Op) -> Op {
    match op {
        Op::Lt => Op::Gt,
        Op::Le => Op::Ge,
        Op::Gt => Op::Lt,
        Op::Ge => Op::Le,
        other => other,
    }
}

/// The dunder and its reflection for an operator.
fn dunder_names(op: Op) -> (&'static str, &'static str) {
    match op {
        Op::Lt => ("__lt__", "__gt__"),
        Op::Le => ("__le__", "__ge__"),
        Op::Eq => ("__eq__", "__eq__"),
        Op::Ne => ("__ne__", "__ne__"),
        Op::Gt => ("__gt__", "__lt__"),
        Op::Ge => ("__ge__", "__le__"),
    }
}

/// The operator's symbol for messages.
pub fn op_symbol(op: Op) -> &'static str {
    match op {
        Op::Lt => "<",
        Op::Le => "<=",
        Op::Eq => "==",
        Op::Ne => "!=",
        Op::Gt => ">",
        Op::Ge => ">=",
    }
}
