//! The core built-in functions: print, len, repr, isinstance, getattr, iter, next, sorted, min, max ...

use super::args::{bind, check};
use crate::compiler::opcode::ComparisonOperator as Op;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::vm::{Kw, PyResult, Vm};
use std::rc::Rc;

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
pub fn print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut sep = " ".to_owned();
    let mut end = "\n".to_owned();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in kw.iter() {
        match (k, v) {
            ("sep", Value::None) | ("end", Value::None) | ("file", Value::None) => {}
            ("sep", Value::Str(s)) => sep = s.as_str().to_owned(),
            ("end", Value::Str(s)) => end = s.as_str().to_owned(),
            ("sep" | "end", other) => {
                return Err(vm.type_error(format!(
                    "{k} must be None or a string, not {}",
                    vm.type_name(other)
                )));
            }
            ("file", f) => file = f.clone(),
            ("flush", f) => flush = vm.truthy(f)?,
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for print()"))
                );
            }
        }
    }
    if file.is_none() {
        let mut text = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                text.push_str(&sep);
            }
            text.push_str(vm.str(a)?.as_str());
        }
        text.push_str(&end);
        vm.write_stdout_value(&text)?;
        if flush {
            vm.flush_stdout();
        }
        return Ok(Value::None);
    }
    let write = vm.getattr_str(&file, "write")?;
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            vm.call0(&write, &[Value::str(&sep)])?;
        }
        let piece = Value::Str(vm.str(a)?);
        vm.call0(&write, &[piece])?;
    }
    vm.call0(&write, &[Value::string(end)])?;
    if flush && let Some(f) = vm.getattr_opt(&file, "flush")? {
        vm.call0(&f, &[])?;
    }
    Ok(Value::None)
}

/// `len(obj)`.
pub fn len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "len", args, kw, 1, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

/// `repr(obj)`.
pub fn repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "repr", args, kw, 1, 1)?;
    vm.repr(&args[0])
}

/// `ascii(obj)`.
pub fn ascii(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "ascii", args, kw, 1, 1)?;
    Ok(Value::string(vm.ascii(&args[0])?))
}

/// Whether `cls` derives from a class named by `isinstance`/`issubclass`'s
/// second argument; tuples are searched in order and stop at the first match,
/// so a bad entry after it is not reported (as in CPython).
fn matches_classinfo(vm: &mut Vm, fname: &str, cls: &Rc<Class>, spec: &Value) -> PyResult<bool> {
    match spec {
        Value::Class(c) => Ok(cls.is_subclass(c)),
        Value::Tuple(t) => {
            for item in t.as_slice().to_vec() {
                if matches_classinfo(vm, fname, cls, &item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            let (one, many) = if fname == "issubclass" {
                ("class", "classes")
            } else {
                ("type", "types")
            };
            Err(vm.type_error(format!(
                "{fname}() arg 2 must be a {one}, a tuple of {many}, or a union"
            )))
        }
    }
}

/// `isinstance(obj, classinfo)`.
pub fn isinstance(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "isinstance", args, kw, 2, 2)?;
    let cls = vm.class_of(&args[0]);
    Ok(Value::Bool(matches_classinfo(
        vm,
        "isinstance",
        &cls,
        &args[1],
    )?))
}

/// `issubclass(cls, classinfo)`.
pub fn issubclass(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "issubclass", args, kw, 2, 2)?;
    let Value::Class(cls) = &args[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(matches_classinfo(
        vm,
        "issubclass",
        cls,
        &args[1],
    )?))
}

/// The TypeError for an attribute name that is not a str.
pub fn attr_name_error(vm: &Vm, name: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "attribute name must be string, not '{}'",
        vm.type_name(name)
    ))
}

/// `getattr(obj, name[, default])`.
pub fn getattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "getattr", args, kw, 2, 3)?;
    let Value::Str(name) = &args[1] else {
        return Err(attr_name_error(vm, &args[1]));
    };
    match vm.getattr(&args[0], name) {
        Err(e) if args.len() == 3 && vm.err_is(&e, "AttributeError") => Ok(args[2].clone()),
        r => r,
    }
}

/// `setattr(obj, name, value)`.
pub fn setattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "setattr", args, kw, 3, 3)?;
    if !matches!(args[1], Value::Str(_)) {
        return Err(attr_name_error(vm, &args[1]));
    }
    vm.setattr(&args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}

/// `hasattr(obj, name)`.
pub fn hasattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "hasattr", args, kw, 2, 2)?;
    let Value::Str(name) = &args[1] else {
        return Err(attr_name_error(vm, &args[1]));
    };
    match vm.getattr(&args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.err_is(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// `delattr(obj, name)`.
pub fn delattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "delattr", args, kw, 2, 2)?;
    let Value::Str(name) = &args[1] else {
        return Err(attr_name_error(vm, &args[1]));
    };
    vm.delattr(&args[0], name)?;
    Ok(Value::None)
}

/// `id(obj)`.
pub fn id(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "id", args, kw, 1, 1)?;
    Ok(Value::Int(vm.id_of(&args[0]) as i64))
}

/// `hash(obj)`.
pub fn hash(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "hash", args, kw, 1, 1)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

/// `callable(obj)`.
pub fn callable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "callable", args, kw, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, &args[0])))
}

/// True for anything that can be called.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        _ => vm.class_of(v).lookup("__call__").is_some(),
    }
}

/// `iter(obj)` / `iter(callable, sentinel)`.
pub fn iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "iter", args, kw, 1, 2)?;
    if args.len() == 2 {
        if !is_callable(vm, &args[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(Value::native(super::iterators::CallableIterator::new(
            args[0].clone(),
            args[1].clone(),
        )));
    }
    vm.iter(&args[0])
}

/// `next(iterator[, default])`.
pub fn next(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "next", args, kw, 1, 2)?;
    if !vm.is_iterator(&args[0]) {
        return Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(&args[0])
        )));
    }
    match vm.next_or_return(&args[0])? {
        Ok(v) => Ok(v),
        Err(_) if args.len() == 2 => Ok(args[1].clone()),
        Err(value) => Err(vm.stop_iteration(value)),
    }
}

/// `__build_class__(func, name, *bases, **kw)`.
pub fn build_class(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.build_class(args, kw)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn import(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind(
        vm,
        "__import__",
        args,
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let Some(Value::Str(name)) = &slots[0] else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let top = match &slots[3] {
        None | Some(Value::None) => true,
        Some(v) => !vm.truthy(v)?,
    };
    vm.import_module_path(name.as_str(), top)
}

/// `input([prompt])`: flushes stdout, reads a line; EOFError at end of input.
pub fn input(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "input", args, kw, 0, 1)?;
    if let Some(p) = args.first() {
        let text = vm.str(p)?;
        vm.interp.stdout.borrow_mut().write_str(text.as_str());
    }
    vm.flush_stdout();
    match vm.read_stdin_line()? {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        None => Err(vm.error("EOFError", "EOF when reading a line")),
    }
}

/// `exit([code])` / `quit([code])`: raises SystemExit.
pub fn exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.require_capability(crate::vm::embedding::Capability::ProcessExit, "exit")?;
    let args = args.first().cloned().into_iter().collect();
    Err(vm.error_args("SystemExit", args))
}

/// `abs(x)`.
pub fn abs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "abs", args, kw, 1, 1)?;
    let x = &args[0];
    Ok(match x {
        Value::Int(i) => i.checked_abs().map_or_else(
            || Value::from_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()),
            Value::Int,
        ),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(num_traits::Signed::abs(&**b)),
        Value::Float(f) => Value::Float(f.abs()),
        _ if vm.inherited_base(x, "__abs__").is_some() => {
            let base = crate::vm::subclass::base_value(x).clone();
            return abs(vm, &[base], kw);
        }
        _ => match vm.class_of(x).lookup("__abs__") {
            Some(f) => return vm.call_bound(&f, x, &[], Kw::EMPTY),
            None => {
                return Err(
                    vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(x)))
                );
            }
        },
    })
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
pub fn sorted(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let items = vm.collect(&args[0])?;
    let sorted = sort_with_kw(vm, items, kw, "sorted")?;
    Ok(Value::list(sorted))
}

/// Sorting shared by `sorted` and `list.sort`: reads `key=` and `reverse=`.
pub fn sort_with_kw(vm: &mut Vm, items: Vec<Value>, kw: Kw, fname: &str) -> PyResult<Vec<Value>> {
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in kw.iter() {
        match k {
            "key" => key = v.clone(),
            "reverse" => reverse = vm.truthy(v)?,
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    let keys = if key.is_none() {
        None
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for it in &items {
            ks.push(vm.call0(&key, std::slice::from_ref(it))?);
        }
        Some(ks)
    };
    super::sort::sort_values(vm, items, keys, reverse)
}

/// `min`/`max` shared implementation.
fn min_max(vm: &mut Vm, args: &[Value], kw: Kw, fname: &str, want_max: bool) -> PyResult<Value> {
    let mut key = Value::None;
    let mut default = None;
    if kw.names.len() > 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 2 keyword arguments ({} given)",
            kw.names.len()
        )));
    }
    for (k, v) in kw.iter() {
        match k {
            "key" => key = v.clone(),
            "default" => default = Some(v.clone()),
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    let items = match args {
        [] => return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0"))),
        [single] => vm.collect(single)?,
        many => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {fname}() with multiple positional arguments"
                )));
            }
            many.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = if key.is_none() {
            item.clone()
        } else {
            vm.call0(&key, std::slice::from_ref(&item))?
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                let op = if want_max { Op::Gt } else { Op::Lt };
                let r = vm.compare(&k, bk, op)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = Some((k, item));
        }
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{fname}() arg is an empty sequence"))),
    }
}

/// `min(...)`.
pub fn min(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, "min", false)
}

/// `max(...)`.
pub fn max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, "max", true)
}

/// `sum(iterable, /, start=0)`.
pub fn sum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let slots = bind(vm, "sum", args, kw, &["iterable", "start"], 1)?;
    let mut acc = slots[1].clone().unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        Value::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
        _ => {}
    }
    let it = vm.iter(slots[0].as_ref().unwrap_or(&Value::None))?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, crate::compiler::opcode::BinaryOperator::Add)?;
    }
    Ok(acc)
}

/// `any(iterable)`.
pub fn any(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "any", args, kw, 1, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `all(iterable)`.
pub fn all(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "all", args, kw, 1, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `format(value, format_spec='')`.
pub fn format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check(vm, "format", args, kw, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(other)
            )));
        }
        None => String::new(),
    };
    vm.format(&args[0], &spec)
}
