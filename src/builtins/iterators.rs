//! Built-in iterator objects made by functions: `iter(callable, sentinel)`, enumerate, zip, map, filter, reversed.

use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::native::NativeObject;
use crate::vm::{Kw, PyResult, Vm};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// `iter(callable, sentinel)`.
pub struct CallableIterator {
    func: Value,
    sentinel: Value,
    done: Cell<bool>,
}

impl CallableIterator {
    /// Wraps a callable and its sentinel.
    pub fn new(func: Value, sentinel: Value) -> Self {
        CallableIterator {
            func,
            sentinel,
            done: Cell::new(false),
        }
    }
}

impl NativeObject for CallableIterator {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc("callable_iterator")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        if self.done.get() {
            return Some(Ok(None));
        }
        Some(vm.call0(&self.func, &[]).and_then(|v| {
            if vm.eq(&v, &self.sentinel)? {
                self.done.set(true);
                Ok(None)
            } else {
                Ok(Some(v))
            }
        }))
    }
}

/// `enumerate(iterable, start=0)`.
pub struct Enumerate {
    it: Value,
    count: Cell<i64>,
}

impl NativeObject for Enumerate {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc("enumerate")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        Some(vm.next(&self.it).map(|o| {
            o.map(|v| {
                let n = self.count.get();
                self.count.set(n + 1);
                Value::tuple(vec![Value::Int(n), v])
            })
        }))
    }
}

/// `zip(*iterables)`.
pub struct Zip {
    its: Vec<Value>,
    strict: bool,
}

impl NativeObject for Zip {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc("zip")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        if self.its.is_empty() {
            return Some(Ok(None));
        }
        let mut items = Vec::with_capacity(self.its.len());
        for (i, it) in self.its.iter().enumerate() {
            match vm.next(it) {
                Ok(Some(v)) => items.push(v),
                Ok(None) if self.strict && i > 0 => {
                    return Some(Err(zip_length_error(vm, i, "shorter")));
                }
                Ok(None) if self.strict => return Some(self.check_rest_exhausted(vm)),
                Ok(None) => return Some(Ok(None)),
                Err(e) => return Some(Err(e)),
            }
        }
        Some(Ok(Some(Value::tuple(items))))
    }
}

impl Zip {
    /// `strict=True` after the first iterable ran out: every other one must be exhausted too.
    fn check_rest_exhausted(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        for (i, it) in self.its.iter().enumerate().skip(1) {
            if vm.next(it)?.is_some() {
                return Err(zip_length_error(vm, i, "longer"));
            }
        }
        Ok(None)
    }
}

/// `zip() argument 3 is shorter than arguments 1-2` (argument `i` is 0-based).
fn zip_length_error(vm: &Vm, i: usize, what: &str) -> crate::vm::PyErr {
    let others = if i == 1 {
        "argument 1".to_owned()
    } else {
        format!("arguments 1-{i}")
    };
    vm.value_error(format!("zip() argument {} is {what} than {others}", i + 1))
}

/// `map(func, *iterables)`.
pub struct Map {
    func: Value,
    its: Vec<Value>,
}

impl NativeObject for Map {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc("map")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        let mut args = Vec::with_capacity(self.its.len());
        for it in &self.its {
            match vm.next(it) {
                Ok(Some(v)) => args.push(v),
                Ok(None) => return Some(Ok(None)),
                Err(e) => return Some(Err(e)),
            }
        }
        Some(vm.call0(&self.func, &args).map(Some))
    }
}

/// `filter(func, iterable)`.
pub struct Filter {
    func: Value,
    it: Value,
}

impl NativeObject for Filter {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc("filter")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        loop {
            let v = match vm.next(&self.it) {
                Ok(Some(v)) => v,
                other => return Some(other),
            };
            let keep = if self.func.is_none() {
                vm.truthy(&v)
            } else {
                vm.call0(&self.func, std::slice::from_ref(&v))
                    .and_then(|r| vm.truthy(&r))
            };
            match keep {
                Ok(true) => return Some(Ok(Some(v))),
                Ok(false) => {}
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

/// `reversed(seq)` over a snapshot-free index walk.
pub struct Reversed {
    seq: Value,
    index: RefCell<i64>,
}

impl NativeObject for Reversed {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        vm.types().misc(if matches!(self.seq, Value::List(_)) {
            "list_reverseiterator"
        } else {
            "reversed"
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, vm: &mut Vm) -> Option<PyResult<Option<Value>>> {
        let i = *self.index.borrow();
        if i < 0 {
            return Some(Ok(None));
        }
        *self.index.borrow_mut() = i - 1;
        if let Value::List(l) = &self.seq
            && i as usize >= l.len()
        {
            *self.index.borrow_mut() = -1;
            return Some(Ok(None));
        }
        Some(vm.getitem(&self.seq, &Value::Int(i)).map(Some))
    }
}

/// `enumerate(iterable, start=0)`.
pub fn enumerate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = super::args::bind(vm, "enumerate", &args[1..], kw, &["iterable", "start"], 1)?;
    let it = vm.iter(slots[0].as_ref().unwrap_or(&Value::None))?;
    let start = match &slots[1] {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    Ok(Value::native(Enumerate {
        it,
        count: Cell::new(start),
    }))
}

/// `zip(*iterables, strict=False)`.
pub fn zip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let strict = match kw.get("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(vm.iter(a)?);
    }
    Ok(Value::native(Zip { its, strict }))
}

/// `map(func, *iterables)`.
pub fn map(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "map", &[], kw, 0, 0)?;
    let args = &args[1..];
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(vm.iter(a)?);
    }
    Ok(Value::native(Map {
        func: args[0].clone(),
        its,
    }))
}

/// `filter(function or None, iterable)`.
pub fn filter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "filter", &args[1..], kw, 2, 2)?;
    let it = vm.iter(&args[2])?;
    Ok(Value::native(Filter {
        func: args[1].clone(),
        it,
    }))
}

/// `reversed(sequence)`.
pub fn reversed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "reversed", &args[1..], kw, 1, 1)?;
    let seq = args[1].clone();
    let indexed = matches!(
        seq,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)
    );
    if !indexed && let Some(f) = vm.class_of(&seq).lookup("__reversed__") {
        return vm.call_bound(&f, &seq, &[], Kw::EMPTY);
    }
    let ok = indexed
        || vm.class_of(&seq).lookup("__getitem__").is_some()
            && vm.class_of(&seq).lookup("__len__").is_some();
    if !ok {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq))));
    }
    let n = vm.len(&seq)? as i64;
    Ok(Value::native(Reversed {
        seq,
        index: RefCell::new(n - 1),
    }))
}
