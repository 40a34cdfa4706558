//! Making deques: `deque(iterable=(), maxlen=None)`, `__init__`, and the
//! helpers the other deque files share (`self` checks, same-class copies).

use crate::builtins::receiver::wrong_self;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::deque::{DequeIterator, Direction, PyDeque};
use crate::vm::{Kw, PyResult, Vm};
use std::cell::Cell;
use std::rc::Rc;

/// `self` as a deque, or CPython's descriptor TypeError.
pub fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyDeque> {
    match args.first() {
        Some(v) => v
            .downcast::<PyDeque>()
            .ok_or_else(|| wrong_self(vm, "collections.deque", name, Some(v))),
        None => Err(wrong_self(vm, "collections.deque", name, None)),
    }
}

/// A new deque of `d`'s type and bound holding `items` (the bound keeps the
/// rightmost); for a user subclass, made by calling it as CPython does
/// (`type(d)(items, maxlen)`).
pub fn deque_like(vm: &mut Vm, d: &PyDeque, items: Vec<Value>) -> PyResult<Value> {
    let subclass = d.subclass.borrow().clone();
    if let Some(cls) = subclass {
        let mut args = vec![Value::list(items)];
        if let Some(m) = d.maxlen() {
            args.push(Value::Int(m as i64));
        }
        return vm.call(&Value::Class(cls), &args, Kw::EMPTY);
    }
    let new = PyDeque::new(d.class.clone(), d.maxlen());
    new.replace(items);
    Ok(Value::native(new))
}

/// A class of the `_collections` module (`deque`, `_deque_iterator` ...).
pub fn module_class(vm: &mut Vm, name: &str) -> PyResult<Rc<Class>> {
    let m = vm.import_module("_collections")?;
    match vm.getattr_str(&m, name)? {
        Value::Class(c) => Ok(c),
        _ => Err(vm.runtime_error("_collections is damaged")),
    }
}

/// An iterator over `deque` (a value holding a `PyDeque`) walking `direction`.
pub fn deque_iterator(vm: &mut Vm, deque: &Value, direction: Direction) -> PyResult<Value> {
    let class_name = match direction {
        Direction::Forward => "_deque_iterator",
        Direction::Backward => "_deque_reverse_iterator",
    };
    let class = module_class(vm, class_name)?;
    let d = this(vm, std::slice::from_ref(deque), "__iter__")?;
    Ok(Value::native(DequeIterator {
        deque: deque.clone(),
        done: Cell::new(0),
        len: d.len(),
        state: d.state(),
        direction,
        class,
    }))
}

/// The `maxlen` argument: None or a non-negative int.
fn maxlen_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    let n = match v {
        None | Some(Value::None) => return Ok(None),
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        Some(Value::BigInt(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
        }
        Some(other @ (Value::Instance(_) | Value::Native(_)))
            if vm.class_of(other).lookup("__index__").is_some() =>
        {
            vm.to_index(other)?
        }
        Some(_) => return Err(vm.type_error("an integer is required")),
    };
    if n < 0 {
        return Err(vm.value_error("maxlen must be non-negative"));
    }
    Ok(Some(n as usize))
}

/// The `(iterable, maxlen)` arguments of `deque()` and `deque.__init__`.
fn parse_args(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<(Option<Value>, Option<usize>)> {
    let given = args.len() + kw.names.len();
    if given > 2 {
        return Err(vm.type_error(format!("deque() takes at most 2 arguments ({given} given)")));
    }
    let mut iterable = args.first().cloned();
    let mut maxlen = args.get(1).cloned();
    for (name, value) in kw.iter() {
        let (slot, pos) = match name {
            "iterable" => (&mut iterable, 1),
            "maxlen" => (&mut maxlen, 2),
            _ => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for deque()"
                )));
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for deque() given by name ('{name}') and position ({pos})"
            )));
        }
        *slot = Some(value.clone());
    }
    let maxlen = maxlen_arg(vm, maxlen.as_ref())?;
    Ok((iterable, maxlen))
}

/// `deque.__new__(cls, iterable=(), maxlen=None)`: a built-in call fills the
/// deque at once; a subclass gets an empty one that its `__init__` fills.
pub fn deque_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let base = module_class(vm, "deque")?;
    if let Some(inst) = vm.new_subclass_instance(args, kw, &base, deque_new)? {
        if let (Value::Instance(i), Some(Value::Class(cls))) = (&inst, args.first())
            && let Some(d) = i.base.as_ref().and_then(|b| b.downcast::<PyDeque>())
        {
            *d.subclass.borrow_mut() = Some(cls.clone());
        }
        return Ok(inst);
    }
    let (iterable, maxlen) = parse_args(vm, &args[1..], kw)?;
    let d = PyDeque::new(base, maxlen);
    if let Some(it) = iterable {
        d.replace(vm.collect(&it)?);
    }
    Ok(Value::native(d))
}

/// `deque.__init__(iterable=(), maxlen=None)`: clears, sets the bound, refills.
pub fn deque_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let d = this(vm, args, "__init__")?;
    let (iterable, maxlen) = parse_args(vm, &args[1..], kw)?;
    let items = match iterable {
        Some(it) if it.downcast::<PyDeque>().is_some_and(|o| std::ptr::eq(o, d)) => d.to_vec(),
        Some(it) => vm.collect(&it)?,
        None => Vec::new(),
    };
    d.clear();
    d.set_maxlen(maxlen);
    d.replace(items);
    Ok(Value::None)
}
