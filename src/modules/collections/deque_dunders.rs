//! The protocols of `collections.deque`: len, truth, indexing, `in`,
//! iteration, comparison, `+`, `*`, repr and `maxlen`.

use super::deque_methods::find;
use super::deque_new::{deque_iterator, deque_like, this};
use crate::compiler::opcode::ComparisonOperator as Op;
use crate::objects::Value;
use crate::objects::deque::{Direction, PyDeque};
use crate::vm::subscript::norm_index;
use crate::vm::{Kw, PyResult, Vm};

/// `len(d)`.
pub fn len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(this(vm, args, "__len__")?.len() as i64))
}

/// `bool(d)`.
pub fn bool_(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(!this(vm, args, "__bool__")?.is_empty()))
}

/// `d.maxlen`.
pub fn maxlen(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(match this(vm, args, "maxlen")?.maxlen() {
        Some(n) => Value::Int(n as i64),
        None => Value::None,
    })
}

/// The position `index` names in `d`, or CPython's IndexError / TypeError.
fn position(vm: &mut Vm, d: &PyDeque, index: Option<&Value>) -> PyResult<usize> {
    let index = index.cloned().unwrap_or(Value::None);
    let i = match &index {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
        }
        Value::Instance(_) | Value::Native(_)
            if vm.class_of(&index).lookup("__index__").is_some() =>
        {
            vm.to_index(&index)?
        }
        other => {
            return Err(vm.type_error(format!(
                "sequence index must be integer, not '{}'",
                vm.type_name(other)
            )));
        }
    };
    norm_index(i, d.len()).ok_or_else(|| vm.index_error("deque index out of range"))
}

/// `d[i]`.
pub fn getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "__getitem__")?;
    let at = position(vm, d, args.get(1))?;
    Ok(d.get(at).unwrap_or(Value::None))
}

/// `d[i] = x`.
pub fn setitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "__setitem__")?;
    let at = position(vm, d, args.get(1))?;
    d.set(at, args.get(2).cloned().unwrap_or(Value::None));
    Ok(Value::None)
}

/// `del d[i]`.
pub fn delitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "__delitem__")?;
    let at = position(vm, d, args.get(1))?;
    d.remove_at(at);
    Ok(Value::None)
}

/// `x in d`.
pub fn contains(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "__contains__")?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(find(vm, d, &x, 0, d.len())?.is_some()))
}

/// `iter(d)`.
pub fn iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    this(vm, args, "__iter__")?;
    deque_iterator(vm, &args[0], Direction::Forward)
}

/// `reversed(d)`.
pub fn reversed(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    this(vm, args, "__reversed__")?;
    deque_iterator(vm, &args[0], Direction::Backward)
}

/// `hash(d)`: deques are mutable.
pub fn hash(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(vm.type_error("unhashable type: 'collections.deque'"))
}

/// The comparison `self op other` item by item, as CPython's deque does:
/// the first unequal pair decides, else the lengths.
fn compare(vm: &mut Vm, args: &[Value], op: Op) -> PyResult<Value> {
    let a = this(vm, args, "__eq__")?;
    let Some(b) = args.get(1).and_then(|o| o.downcast::<PyDeque>()) else {
        return Ok(Value::NotImplemented);
    };
    let (xs, ys) = (a.to_vec(), b.to_vec());
    if matches!(op, Op::Eq | Op::Ne) && xs.len() != ys.len() {
        return Ok(Value::Bool(op == Op::Ne));
    }
    for (x, y) in xs.iter().zip(ys.iter()) {
        if vm.eq(x, y)? {
            continue;
        }
        return match op {
            Op::Eq => Ok(Value::Bool(false)),
            Op::Ne => Ok(Value::Bool(true)),
            _ => vm.compare(x, y, op),
        };
    }
    let ord = xs.len().cmp(&ys.len());
    Ok(Value::Bool(match op {
        Op::Lt => ord.is_lt(),
        Op::Le => ord.is_le(),
        Op::Gt => ord.is_gt(),
        Op::Ge => ord.is_ge(),
        Op::Eq => ord.is_eq(),
        _ => ord.is_ne(),
    }))
}

/// `d == other`.
pub fn eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Eq)
}

/// `d != other`.
pub fn ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Ne)
}

/// `d < other`.
pub fn lt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Lt)
}

/// `d <= other`.
pub fn le(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Le)
}

/// `d > other`.
pub fn gt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Gt)
}

/// `d >= other`.
pub fn ge(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    compare(vm, args, Op::Ge)
}

/// `d + other`: only another deque; the result keeps `d`'s bound.
pub fn add(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "__add__")?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let Some(o) = other.downcast::<PyDeque>() else {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(&other)
        )));
    };
    let mut items = d.to_vec();
    items.extend(o.to_vec());
    deque_like(vm, d, items)
}

/// `d += iterable`.
pub fn iadd(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::deque_methods::extend(vm, args, kw)?;
    Ok(args[0].clone())
}

/// The repeat count of `d * n`.
fn repeat_count(vm: &mut Vm, n: Option<&Value>) -> PyResult<i64> {
    let n = n.cloned().unwrap_or(Value::None);
    match &n {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_index(&n),
        Value::Instance(_) | Value::Native(_) if vm.class_of(&n).lookup("__index__").is_some() => {
            vm.to_index(&n)
        }
        other => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(other)
        ))),
    }
}

/// The items of `d` repeated `n` times, keeping only what the bound allows.
fn repeated(vm: &mut Vm, d: &PyDeque, n: i64) -> PyResult<Vec<Value>> {
    let items = d.to_vec();
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = (items.len() as u128) * (n as u128);
    let keep = d.maxlen().map_or(total, |m| total.min(m as u128));
    if keep > (isize::MAX as u128) / 16 {
        return Err(vm.error("MemoryError", ""));
    }
    let skip = (total - keep) as usize % items.len();
    Ok(items
        .iter()
        .cycle()
        .skip(skip)
        .take(keep as usize)
        .cloned()
        .collect())
}

/// `d * n` and `n * d`.
pub fn mul(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "__mul__")?;
    let n = repeat_count(vm, args.get(1))?;
    let items = repeated(vm, d, n)?;
    deque_like(vm, d, items)
}

/// `d *= n`.
pub fn imul(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "__imul__")?;
    let n = repeat_count(vm, args.get(1))?;
    let items = repeated(vm, d, n)?;
    d.replace(items);
    Ok(args[0].clone())
}

/// `repr(d)`: `deque([1, 2])`, `deque([1], maxlen=3)`; `[...]` for a deque inside itself.
pub fn repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "__repr__")?;
    let id = args[0].heap_ptr().unwrap_or(0);
    if vm.repr_guard.contains(&id) {
        return Ok(Value::str("[...]"));
    }
    vm.enter_native(" while getting the repr of an object")?;
    vm.repr_guard.push(id);
    let items = vm.repr(&Value::list(d.to_vec()));
    vm.repr_guard.pop();
    vm.leave_frame();
    let items = items?;
    let items = items.as_str().map_or("", |s| s.as_str()).to_owned();
    let name = d.shown_name();
    Ok(Value::string(match d.maxlen() {
        Some(m) => format!("{name}({items}, maxlen={m})"),
        None => format!("{name}({items})"),
    }))
}
