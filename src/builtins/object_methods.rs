//! Methods of `object`, of every iterator class, and of `BaseException`.

use crate::objects::Value;
use crate::vm::errors::{exc_args, exc_data};
use crate::vm::{Kw, PyResult, Vm};

fn this(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    args.first()
        .cloned()
        .ok_or_else(|| vm.type_error("descriptor needs an argument"))
}

/// `object.__repr__`.
pub fn object_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(Value::string(vm.default_repr(&s)))
}

/// `object.__str__`: `repr(self)`.
pub fn object_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args)?;
    vm.repr(&s)
}

/// `object.__eq__`: identity, else NotImplemented.
pub fn object_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    super::args::check_count(vm, "__eq__", args.len(), 2, 2)?;
    Ok(if args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

/// `object.__ne__`: the inverse of `__eq__`.
pub fn object_ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    super::args::check_count(vm, "__ne__", args.len(), 2, 2)?;
    let class = vm.class_of(&args[0]);
    let eq = class.lookup("__eq__").unwrap_or(Value::None);
    let r = vm.call_bound(&eq, &args[0], &args[1..2], Kw::EMPTY)?;
    if matches!(r, Value::NotImplemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

/// `object.__hash__`: identity-based.
pub fn object_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args)?;
    Ok(Value::Int((vm.id_of(&s) >> 4) as i64))
}

/// `object.__getattribute__(self, name)`.
pub fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    super::args::check_count(vm, "__getattribute__", args.len(), 2, 2)?;
    let Value::Str(name) = &args[1] else {
        return Err(super::functions::attr_name_error(vm, &args[1]));
    };
    let class = vm.class_of(&args[0]);
    vm.generic_getattr(&args[0], &class, name)
}

/// `object.__setattr__(self, name, value)`.
pub fn object_setattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    super::args::check_count(vm, "__setattr__", args.len(), 3, 3)?;
    vm.generic_setattr(&args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}

/// `object.__delattr__(self, name)`.
pub fn object_delattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    super::args::check_count(vm, "__delattr__", args.len(), 2, 2)?;
    match (&args[0], &args[1]) {
        (Value::Instance(i), Value::Str(name)) => {
            if i.dict.remove_str(name.as_str()).is_some() {
                return Ok(Value::None);
            }
            let tname = vm.type_name(&args[0]);
            Err(vm.attribute_error(
                format!("'{tname}' object has no attribute '{}'", name.as_str()),
                &args[0],
                name.as_str(),
            ))
        }
        (obj, Value::Str(name)) => {
            vm.delattr(obj, name)?;
            Ok(Value::None)
        }
        (_, name) => Err(super::functions::attr_name_error(vm, name)),
    }
}

/// `object.__format__(self, spec)`.
pub fn object_format(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    super::args::check_count(vm, "__format__", args.len(), 2, 2)?;
    match &args[1] {
        Value::Str(s) if s.as_str().is_empty() => Ok(Value::Str(vm.str(&args[0])?)),
        _ => Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args[0])
        ))),
    }
}

/// `object.__init_subclass__()`: accepts no class keywords.
pub fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = match args.first() {
            Some(Value::Class(c)) => c.qualname.borrow().clone(),
            _ => "object".to_owned(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// `object.__dir__`.
pub fn object_dir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args)?;
    let names = vm.dir_names(&s);
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// `type.mro()`: the class's method resolution order as a list.
pub fn type_mro(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "mro", args.get(1..).unwrap_or(&[]), kw, 0, 0)?;
    match args.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            c.full_mro().into_iter().map(Value::Class).collect(),
        )),
        other => Err(super::receiver::wrong_self(vm, "type", "mro", other)),
    }
}

/// `iterator.__iter__`: returns itself.
pub fn iter_self(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    this(vm, args)
}

/// `iterator.__next__`: StopIteration when exhausted.
pub fn iter_next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args)?;
    match vm.next_or_return(&s)? {
        Ok(v) => Ok(v),
        Err(value) => Err(vm.stop_iteration(value)),
    }
}

/// `BaseException.__new__`: stores args (OSError picks its errno subclass like CPython).
pub fn exception_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Class(c)) = args.first() else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let rest = &args[1..];
    let class = if std::rc::Rc::ptr_eq(c, &vm.types().exc("OSError")) && rest.len() >= 2 {
        match &rest[0] {
            Value::Int(errno) => vm
                .types()
                .exc(crate::vm::errors::os_error_class_name(*errno as i32)),
            _ => c.clone(),
        }
    } else {
        c.clone()
    };
    let inst = vm.new_instance(&class);
    store_exception_args(vm, &inst, rest);
    if !kw.is_empty()
        && !class.is_subclass(&vm.types().exc("ImportError"))
        && class
            .lookup("__init__")
            .is_some_and(|f| matches!(f, Value::Builtin(_)))
    {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", class.name())));
    }
    Ok(inst)
}

/// `BaseException.__init__(self, *args)`.
pub fn exception_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args)?;
    store_exception_args(vm, &s, &args[1..]);
    exception_keywords(vm, &s, kw)?;
    Ok(Value::None)
}

/// Keyword arguments: only ImportError accepts `name=` and `path=`.
fn exception_keywords(vm: &mut Vm, exc: &Value, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    let class = vm.class_of(exc);
    if !class.is_subclass(&vm.types().exc("ImportError")) {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", class.name())));
    }
    let Value::Instance(i) = exc else {
        return Ok(());
    };
    for (k, v) in kw.iter() {
        match k {
            "name" | "path" => i.dict.set_str(k, v.clone()),
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {}()",
                    class.name()
                )));
            }
        }
    }
    Ok(())
}

/// Sets `args` (and OSError's filename, which CPython keeps out of `args`).
fn store_exception_args(vm: &mut Vm, exc: &Value, args: &[Value]) {
    let is_os = vm.class_of(exc).is_subclass(&vm.types().exc("OSError"));
    let kept = if is_os && (3..=5).contains(&args.len()) {
        &args[..2]
    } else {
        args
    };
    if let Some(mut d) = exc_data(exc) {
        d.args = Value::tuple(kept.to_vec());
    }
    if let (true, Value::Instance(i)) = (is_os, exc) {
        let get = |k: usize| {
            args.get(k)
                .cloned()
                .filter(|_| args.len() >= 2)
                .unwrap_or(Value::None)
        };
        i.dict.set_str("errno", get(0));
        i.dict.set_str("strerror", get(1));
        i.dict.set_str("filename", get(2));
        i.dict.set_str("filename2", get(4));
    }
}

/// `BaseException.__str__`.
pub fn exception_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args)?;
    let items = exc_args(&s);
    let class = vm.class_of(&s);
    if class.is_subclass(&vm.types().exc("KeyError")) && items.len() == 1 {
        return vm.repr(&items[0]);
    }
    if class.is_subclass(&vm.types().exc("OSError"))
        && let Some(text) = os_error_str(vm, &s)?
    {
        return Ok(Value::string(text));
    }
    if class.is_subclass(&vm.types().exc("SyntaxError")) {
        return syntax_error_str(vm, &s, &items);
    }
    match items.len() {
        0 => Ok(Value::str("")),
        1 => Ok(Value::Str(vm.str(&items[0])?)),
        _ => vm.repr(&Value::tuple(items)),
    }
}

fn os_error_str(vm: &mut Vm, s: &Value) -> PyResult<Option<String>> {
    let Value::Instance(i) = s else {
        return Ok(None);
    };
    let errno = i.dict.get_str("errno").unwrap_or(Value::None);
    let strerror = i.dict.get_str("strerror").unwrap_or(Value::None);
    if errno.is_none() || strerror.is_none() {
        return Ok(None);
    }
    let (e, m) = (vm.str_string(&errno)?, vm.str_string(&strerror)?);
    Ok(Some(match i.dict.get_str("filename") {
        Some(f) if !f.is_none() => format!("[Errno {e}] {m}: {}", vm.repr_str(&f)?),
        _ => format!("[Errno {e}] {m}"),
    }))
}

fn syntax_error_str(vm: &mut Vm, s: &Value, items: &[Value]) -> PyResult<Value> {
    let Value::Instance(i) = s else {
        return Ok(Value::str(""));
    };
    let msg = match i.dict.get_str("msg").or_else(|| items.first().cloned()) {
        Some(m) => vm.str_string(&m)?,
        None => return Ok(Value::str("")),
    };
    let file = i.dict.get_str("filename").unwrap_or(Value::None);
    let line = i.dict.get_str("lineno").unwrap_or(Value::None);
    Ok(Value::string(match (&file, &line) {
        (Value::Str(f), Value::Int(n)) => format!(
            "{msg} ({}, line {n})",
            f.as_str().rsplit('/').next().unwrap_or("")
        ),
        (Value::Str(f), _) => format!("{msg} ({})", f.as_str()),
        (_, Value::Int(n)) => format!("{msg} (line {n})"),
        _ => msg,
    }))
}

/// `BaseException.__repr__`: `Name(args...)`.
pub fn exception_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args)?;
    let name = vm.class_of(&s).name();
    let items = exc_args(&s);
    let inner = match items.len() {
        1 => vm.repr_str(&items[0])?,
        _ => {
            let r = vm.repr_str(&Value::tuple(items.clone()))?;
            if items.is_empty() {
                String::new()
            } else {
                r[1..r.len() - 1].to_owned()
            }
        }
    };
    Ok(Value::string(format!("{name}({inner})")))
}

/// `BaseException.with_traceback(tb)`.
pub fn exception_with_traceback(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    this(vm, args)
}
