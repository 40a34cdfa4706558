//! The named methods of `collections.deque`: append/pop at both ends, extend,
//! rotate, insert, remove, index, count, reverse, clear, copy.

use super::deque_new::{deque_like, this};
use crate::builtins::args::{check, check_count};
use crate::builtins::list_methods::search_bound;
use crate::objects::Value;
use crate::objects::deque::PyDeque;
use crate::vm::{Kw, PyResult, Vm};

/// `append(x)`.
pub fn append(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "append")?;
    check(vm, "deque.append", &args[1..], kw, 1, 1)?;
    d.push_back(args[1].clone());
    Ok(Value::None)
}

/// `appendleft(x)`.
pub fn appendleft(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "appendleft")?;
    check(vm, "deque.appendleft", &args[1..], kw, 1, 1)?;
    d.push_front(args[1].clone());
    Ok(Value::None)
}

/// `pop()`.
pub fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "pop")?;
    check(vm, "deque.pop", &args[1..], kw, 0, 0)?;
    if d.is_empty() {
        return Err(vm.index_error("pop from an empty deque"));
    }
    Ok(d.pop_back().unwrap_or(Value::None))
}

/// `popleft()`.
pub fn popleft(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "popleft")?;
    check(vm, "deque.popleft", &args[1..], kw, 0, 0)?;
    if d.is_empty() {
        return Err(vm.index_error("pop from an empty deque"));
    }
    Ok(d.pop_front().unwrap_or(Value::None))
}

/// The items of `iterable` (a snapshot when it is the deque itself).
fn items_of(vm: &mut Vm, d: &PyDeque, iterable: &Value) -> PyResult<Vec<Value>> {
    if iterable
        .downcast::<PyDeque>()
        .is_some_and(|o| std::ptr::eq(o, d))
    {
        return Ok(d.to_vec());
    }
    vm.collect(iterable)
}

/// `extend(iterable)`.
pub fn extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "extend")?;
    check(vm, "deque.extend", &args[1..], kw, 1, 1)?;
    for item in items_of(vm, d, &args[1])? {
        d.push_back(item);
    }
    Ok(Value::None)
}

/// `extendleft(iterable)`: each item goes to the left end in turn (so the order reverses).
pub fn extendleft(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "extendleft")?;
    check(vm, "deque.extendleft", &args[1..], kw, 1, 1)?;
    for item in items_of(vm, d, &args[1])? {
        d.push_front(item);
    }
    Ok(Value::None)
}

/// `rotate(n=1)`.
pub fn rotate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "rotate")?;
    check(vm, "deque.rotate", &args[1..], kw, 0, 1)?;
    let n = match args.get(1) {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    d.rotate(n);
    Ok(Value::None)
}

/// `clear()`.
pub fn clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "clear")?;
    check(vm, "deque.clear", &args[1..], kw, 0, 0)?;
    d.clear();
    Ok(Value::None)
}

/// `copy()` and `__copy__()`: a shallow copy with the same bound.
pub fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "copy")?;
    check(vm, "deque.copy", &args[1..], kw, 0, 0)?;
    deque_like(vm, d, d.to_vec())
}

/// `reverse()`.
pub fn reverse(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "reverse")?;
    check(vm, "deque.reverse", &args[1..], kw, 0, 0)?;
    d.reverse();
    Ok(Value::None)
}

/// The first position in `[start, stop)` holding an item equal to `x`;
/// RuntimeError when the deque changes during the comparisons.
pub fn find(
    vm: &mut Vm,
    d: &PyDeque,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let state = d.state();
    for i in start..stop {
        let Some(item) = d.get(i) else { break };
        let equal = vm.eq(&item, x)?;
        if d.state() != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        if equal {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// `index(x[, start[, stop]])`.
pub fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "index")?;
    check(vm, "index", &args[1..], kw, 1, 3)?;
    let len = d.len();
    let start = match args.get(2) {
        Some(v) => search_bound(vm, v, len)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => search_bound(vm, v, len)?,
        None => len,
    };
    match find(vm, d, &args[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let shown = vm.repr_str(&args[1])?;
            Err(vm.value_error(format!("{shown} is not in deque")))
        }
    }
}

/// `count(x)`.
pub fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "count")?;
    check(vm, "deque.count", &args[1..], kw, 1, 1)?;
    let state = d.state();
    let mut n = 0;
    for i in 0..d.len() {
        let Some(item) = d.get(i) else { break };
        let equal = vm.eq(&item, &args[1])?;
        if d.state() != state {
            return Err(vm.runtime_error("deque mutated during iteration"));
        }
        n += equal as i64;
    }
    Ok(Value::Int(n))
}

/// `remove(x)`: removes the first item equal to `x`.
pub fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "remove")?;
    check(vm, "deque.remove", &args[1..], kw, 1, 1)?;
    match find(vm, d, &args[1], 0, d.len())? {
        Some(i) => {
            d.remove_at(i);
            Ok(Value::None)
        }
        None => {
            let shown = vm.repr_str(&args[1])?;
            Err(vm.value_error(format!("{shown} is not in deque")))
        }
    }
}

/// `insert(i, x)`: IndexError when a bounded deque is full.
pub fn insert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "insert")?;
    check(vm, "insert", &[], kw, 0, 0)?;
    check_count(vm, "insert", args.len() - 1, 2, 2)?;
    let i = match &args[1] {
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN / 2,
        Value::BigInt(_) => i64::MAX / 2,
        other => vm.to_index(other)?,
    };
    if d.maxlen() == Some(d.len()) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let len = d.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    d.insert(at as usize, args[2].clone());
    Ok(Value::None)
}
