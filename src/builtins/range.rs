//! The `range` object and its iterator.

use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::native::NativeObject;
use crate::vm::{Kw, PyResult, Vm};
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

/// `range(start, stop, step)` over machine ints.
pub struct Range {
    /// First value.
    pub start: i64,
    /// End (exclusive).
    pub stop: i64,
    /// Step (never zero).
    pub step: i64,
}

/// An iterator over a range.
pub struct RangeIterator {
    next: Cell<i64>,
    remaining: Cell<u64>,
    step: i64,
}

impl Range {
    /// Number of values.
    pub fn len(&self) -> u64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if hi > lo { (hi - lo - 1) / step + 1 } else { 0 }
        } else if lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as u64
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The i-th value (no bounds check).
    pub fn at(&self, i: u64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }
}

impl NativeObject for Range {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().range.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "start" => Value::Int(self.start),
            "stop" => Value::Int(self.stop),
            "step" => Value::Int(self.step),
            _ => return None,
        }))
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
        let left = self.remaining.get();
        if left == 0 {
            return Some(Ok(None));
        }
        let v = self.next.get();
        self.remaining.set(left - 1);
        self.next.set(v.wrapping_add(self.step));
        Some(Ok(Some(Value::Int(v))))
    }
}

/// Converts a range argument to i64 (`__index__`), with CPython's messages.
fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Float(_) | Value::Str(_) | Value::None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.to_index(v),
    }
}

/// `range(stop)` / `range(start, stop[, step])`.
pub fn range_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let args = &args[1..];
    if !kw.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let (start, stop, step) = match args {
        [stop] => (0, range_arg(vm, stop)?, 1),
        [a, b] => (range_arg(vm, a)?, range_arg(vm, b)?, 1),
        [a, b, c] => (range_arg(vm, a)?, range_arg(vm, b)?, range_arg(vm, c)?),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::native(Range { start, stop, step }))
}

fn this(args: &[Value]) -> Option<&Range> {
    args.first().and_then(|a| a.downcast::<Range>())
}

/// `iter(range)`.
pub fn range_iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(r) = this(args) else {
        return Err(vm.type_error("descriptor requires a 'range' object"));
    };
    Ok(Value::native(RangeIterator {
        next: Cell::new(r.start),
        remaining: Cell::new(r.len()),
        step: r.step,
    }))
}

/// `len(range)`.
pub fn range_len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(r) = this(args) else {
        return Err(vm.type_error("descriptor requires a 'range' object"));
    };
    Ok(Value::Int(r.len() as i64))
}

/// `repr(range)`.
pub fn range_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(r) = this(args) else {
        return Err(vm.type_error("descriptor requires a 'range' object"));
    };
    Ok(Value::string(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

/// `range[i]` and `range[a:b:c]`.
pub fn range_getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(r) = this(args) else {
        return Err(vm.type_error("descriptor requires a 'range' object"));
    };
    let index = args.get(1).cloned().unwrap_or(Value::None);
    let len = r.len();
    if let Some(s) = index.downcast::<super::slice::Slice>() {
        let ix = vm.slice_indices(s, len as usize)?;
        let start = r.at(ix.start.max(0) as u64);
        let step = r.step * ix.step;
        let stop = start + step * ix.len as i64;
        return Ok(Value::native(Range { start, stop, step }));
    }
    let i = vm.to_index(&index)?;
    let k = if i < 0 { i + len as i64 } else { i };
    if k < 0 || k as u64 >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(Value::Int(r.at(k as u64)))
}

/// `x in range`.
pub fn range_contains(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(r) = this(args) else {
        return Err(vm.type_error("descriptor requires a 'range' object"));
    };
    let Some(Value::Int(x)) = args.get(1).map(|v| match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }) else {
        return Ok(Value::Bool(false));
    };
    let inside = if r.step > 0 {
        x >= r.start && x < r.stop
    } else {
        x <= r.start && x > r.stop
    };
    Ok(Value::Bool(inside && (x - r.start) % r.step == 0))
}
