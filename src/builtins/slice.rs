//! The `slice` object.

use crate::compiler::opcode::ComparisonOperator as Op;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::native::NativeObject;
use crate::vm::{Kw, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::any::Any;
use std::rc::Rc;

/// `slice(start, stop, step)`.
pub struct Slice {
    /// Start bound (None when omitted).
    pub start: Value,
    /// Stop bound.
    pub stop: Value,
    /// Step.
    pub step: Value,
}

impl NativeObject for Slice {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().slice.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "start" => self.start.clone(),
            "stop" => self.stop.clone(),
            "step" => self.step.clone(),
            _ => return None,
        }))
    }
}

impl Slice {
    /// `(start, stop, step)` resolved against `len` like `slice.indices`, in
    /// big ints (ranges can be longer than any machine int).
    pub fn big_indices(&self, vm: &mut Vm, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
        let step = match &self.step {
            Value::None => BigInt::from(1),
            v => slice_bound(vm, v)?,
        };
        if step.is_zero() {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        let backwards = step.is_negative();
        let (lower, upper) = if backwards {
            (BigInt::from(-1), len - 1)
        } else {
            (BigInt::zero(), len.clone())
        };
        let resolve = |vm: &mut Vm, v: &Value, default: &BigInt| -> PyResult<BigInt> {
            if v.is_none() {
                return Ok(default.clone());
            }
            let mut i = slice_bound(vm, v)?;
            if i.is_negative() {
                i += len;
            }
            Ok(i.clamp(lower.clone(), upper.clone()))
        };
        let (first, last) = if backwards {
            (&upper, &lower)
        } else {
            (&lower, &upper)
        };
        let start = resolve(vm, &self.start, first)?;
        let stop = resolve(vm, &self.stop, last)?;
        Ok((start, stop, step))
    }

    /// `(start, stop, step)` as a tuple, for comparisons.
    fn as_tuple(&self) -> Value {
        Value::tuple(vec![
            self.start.clone(),
            self.stop.clone(),
            self.step.clone(),
        ])
    }
}

/// A slice bound as a big int (`__index__`), with CPython's TypeError.
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = vm.to_bigint(v) {
        return Ok(i);
    }
    if let Value::Instance(_) = v
        && let Some(f) = vm.class_of(v).lookup("__index__")
    {
        let r = vm.call_bound(&f, v, &[], Kw::EMPTY)?;
        if let Some(i) = vm.to_bigint(&r) {
            return Ok(i);
        }
    }
    Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
}

impl Vm {
    /// `BuildSlice`: `[a, b]` or `[a, b, c]`.
    pub fn new_slice(&self, parts: &[Value]) -> Value {
        let get = |i: usize| parts.get(i).cloned().unwrap_or(Value::None);
        Value::native(Slice {
            start: get(0),
            stop: get(1),
            step: get(2),
        })
    }
}

/// `slice(stop)` / `slice(start, stop[, step])`.
pub fn slice_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let args = &args[1..];
    super::args::check(vm, "slice", args, kw, 1, 3)?;
    Ok(match args {
        [stop] => vm.new_slice(&[Value::None, stop.clone()]),
        _ => vm.new_slice(args),
    })
}

/// `repr(slice)`.
pub fn slice_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(s) = args.first().and_then(|a| a.downcast::<Slice>()) else {
        return Ok(Value::None);
    };
    let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
    let text = format!(
        "slice({}, {}, {})",
        vm.repr_str(&a)?,
        vm.repr_str(&b)?,
        vm.repr_str(&c)?
    );
    Ok(Value::string(text))
}

/// `self` as a slice.
fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Slice> {
    args.first()
        .and_then(|a| a.downcast::<Slice>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'slice' object"))
}

/// `slice.indices(length)`: `(start, stop, step)` for a sequence of that length.
pub fn slice_indices(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "indices", args.get(1..).unwrap_or(&[]), kw, 1, 1)?;
    let s = this(vm, args)?;
    let len = slice_bound(vm, &args[1]).map_err(|_| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&args[1])
        ))
    })?;
    if len.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = s.big_indices(vm, &len)?;
    Ok(Value::tuple(
        [start, stop, step]
            .into_iter()
            .map(Value::from_bigint)
            .collect(),
    ))
}

/// Rich comparison of two slices as `(start, stop, step)` tuples.
fn compare(vm: &mut Vm, args: &[Value], op: Op) -> PyResult<Value> {
    let me = this(vm, args)?.as_tuple();
    let Some(other) = args.get(1).and_then(|a| a.downcast::<Slice>()) else {
        return Ok(Value::NotImplemented);
    };
    vm.compare(&me, &other.as_tuple(), op)
}

/// `slice == other`.
pub fn slice_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Eq)
}

/// `slice != other`.
pub fn slice_ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Ne)
}

/// `slice < other`.
pub fn slice_lt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Lt)
}

/// `slice <= other`.
pub fn slice_le(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Le)
}

/// `slice > other`.
pub fn slice_gt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Gt)
}

/// `slice >= other`.
pub fn slice_ge(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Ge)
}

/// Installs the methods of `slice` (slices are unhashable in 3.11).
pub fn register(vm: &mut Vm) {
    let slice = vm.types().slice.clone();
    super::setup::add_methods(
        &slice,
        "slice",
        &[
            ("__repr__", slice_repr),
            ("indices", slice_indices),
            ("__eq__", slice_eq),
            ("__ne__", slice_ne),
            ("__lt__", slice_lt),
            ("__le__", slice_le),
            ("__gt__", slice_gt),
            ("__ge__", slice_ge),
        ],
    );
    slice.dict.set_str("__hash__", Value::None);
}
