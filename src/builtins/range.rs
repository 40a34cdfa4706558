//! The `range` object, its constructor and its two iterators.
//!
//! A range whose bounds fit in machine ints (nearly all of them) is kept and
//! iterated in `i64`; larger ones (`range(10 ** 20)`) use big ints, as
//! CPython's `range_iterator` and `longrange_iterator` do. The methods are in
//! `range_methods`.

use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::native::NativeObject;
use crate::vm::{Kw, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The bounds of a range.
#[derive(Clone)]
pub enum Bounds {
    /// Start, stop and step fit in machine ints.
    Small { start: i64, stop: i64, step: i64 },
    /// Any of them does not.
    Big {
        start: BigInt,
        stop: BigInt,
        step: BigInt,
    },
}

/// `range(start, stop, step)`; the step is never zero.
pub struct Range {
    /// The bounds.
    pub bounds: Bounds,
}

/// An iterator over a range of machine ints.
pub struct RangeIterator {
    next: Cell<i64>,
    remaining: Cell<u64>,
    step: i64,
}

/// An iterator over a range of big ints.
pub struct LongRangeIterator {
    next: RefCell<BigInt>,
    remaining: RefCell<BigInt>,
    step: BigInt,
}

impl Range {
    /// A range over machine ints.
    pub fn small(start: i64, stop: i64, step: i64) -> Range {
        Range {
            bounds: Bounds::Small { start, stop, step },
        }
    }

    /// A range over any ints (stored small when they fit).
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Range {
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(a), Some(b), Some(c)) => Range::small(a, b, c),
            _ => Range {
                bounds: Bounds::Big { start, stop, step },
            },
        }
    }

    /// `(start, stop, step)` as big ints.
    pub fn big(&self) -> (BigInt, BigInt, BigInt) {
        match &self.bounds {
            Bounds::Small { start, stop, step } => (
                BigInt::from(*start),
                BigInt::from(*stop),
                BigInt::from(*step),
            ),
            Bounds::Big { start, stop, step } => (start.clone(), stop.clone(), step.clone()),
        }
    }

    /// Number of values.
    pub fn len_big(&self) -> BigInt {
        match &self.bounds {
            Bounds::Small { start, stop, step } => BigInt::from(small_len(*start, *stop, *step)),
            Bounds::Big { start, stop, step } => {
                let (lo, hi, step) = if step.is_positive() {
                    (start.clone(), stop.clone(), step.clone())
                } else {
                    (stop.clone(), start.clone(), -step)
                };
                if hi > lo {
                    (hi - lo - 1u32).div_floor(&step) + 1u32
                } else {
                    BigInt::zero()
                }
            }
        }
    }

    /// Number of values when it fits a machine int.
    pub fn len_small(&self) -> Option<u64> {
        match &self.bounds {
            Bounds::Small { start, stop, step } => Some(small_len(*start, *stop, *step) as u64),
            Bounds::Big { .. } => self.len_big().to_u64(),
        }
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len_big().is_zero()
    }

    /// The `i`-th value (no bounds check).
    pub fn at(&self, i: &BigInt) -> BigInt {
        let (start, _, step) = self.big();
        start + i * step
    }

    /// An iterator from the first value to the last: a machine-int one under
    /// exactly CPython's conditions for `range_iterator`.
    pub fn iter(&self) -> Value {
        if let Bounds::Small { start, stop, step } = self.bounds {
            let len = small_len(start, stop, step);
            let overflows = len > 0
                && if step > 0 {
                    stop > i64::MAX - (step - 1)
                } else {
                    stop < i64::MIN + (-1 - step)
                };
            if len <= i64::MAX as u128 && !overflows {
                return fast_iterator(start, len as u64, step);
            }
        }
        let (start, _, step) = self.big();
        long_iterator(start, self.len_big(), step)
    }

    /// An iterator from the last value to the first (`reversed(range)`).
    pub fn reversed(&self) -> Value {
        if let Bounds::Small { start, stop, step } = self.bounds {
            let len = small_len(start, stop, step);
            let fits = step != i64::MIN
                && !(step > 0 && start < i64::MIN + step)
                && !(step < 0 && start > i64::MAX + step)
                && len <= i64::MAX as u128;
            if fits {
                let last = (start as i128 + (len as i128 - 1) * step as i128) as i64;
                return fast_iterator(last, len as u64, -step);
            }
        }
        let (start, _, step) = self.big();
        let len = self.len_big();
        let last = start + (&len - 1u32) * &step;
        long_iterator(last, len, -step)
    }
}

/// A `range_iterator`.
fn fast_iterator(first: i64, len: u64, step: i64) -> Value {
    Value::native(RangeIterator {
        next: Cell::new(first),
        remaining: Cell::new(len),
        step,
    })
}

/// A `longrange_iterator`.
fn long_iterator(first: BigInt, len: BigInt, step: BigInt) -> Value {
    Value::native(LongRangeIterator {
        next: RefCell::new(first),
        remaining: RefCell::new(len),
        step,
    })
}

/// Length of a machine-int range (at most 2**64, so `u128`).
fn small_len(start: i64, stop: i64, step: i64) -> u128 {
    let (lo, hi, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 {
        if hi > lo { (hi - lo - 1) / step + 1 } else { 0 }
    } else if lo > hi {
        (lo - hi - 1) / (-step) + 1
    } else {
        0
    };
    n as u128
}

impl NativeObject for Range {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().range.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        let (start, stop, step) = self.big();
        Some(Ok(Value::from_bigint(match name {
            "start" => start,
            "stop" => stop,
            "step" => step,
            _ => return None,
        })))
    }
}

impl NativeObject for RangeIterator {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc("range_iterator")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, _vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        Some(Ok(self.next_int().map(Value::Int)))
    }
}

impl RangeIterator {
    /// The next int; `None` once exhausted.
    #[inline]
    pub fn next_int(&self) -> Option<i64> {
        let left = self.remaining.get();
        if left == 0 {
            return None;
        }
        let v = self.next.get();
        self.remaining.set(left - 1);
        self.next.set(v.wrapping_add(self.step));
        Some(v)
    }
}

impl NativeObject for LongRangeIterator {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc("longrange_iterator")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, _vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        if self.remaining.borrow().is_zero() {
            return Some(Ok(None));
        }
        *self.remaining.borrow_mut() -= 1u32;
        let v = self.next.borrow().clone();
        *self.next.borrow_mut() += &self.step;
        Some(Ok(Some(Value::from_bigint(v))))
    }
}

/// A range argument as an int (`__index__`), with CPython's messages.
fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
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
        return Err(vm.type_error(format!(
            "__index__ returned non-int (type {})",
            vm.type_name(&r)
        )));
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

/// `range(stop)` / `range(start, stop[, step])`.
pub fn range_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let args = &args[1..];
    if !kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    if let [Value::Int(stop)] = args {
        return Ok(Value::native(Range::small(0, *stop, 1)));
    }
    let one = BigInt::one();
    let (start, stop, step) = match args {
        [stop] => (BigInt::zero(), range_arg(vm, stop)?, one),
        [a, b] => (range_arg(vm, a)?, range_arg(vm, b)?, one),
        [a, b, c] => (range_arg(vm, a)?, range_arg(vm, b)?, range_arg(vm, c)?),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::native(Range::new(start, stop, step)))
}
