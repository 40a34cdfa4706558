//! `BaseExceptionGroup` and `ExceptionGroup`: construction, `message`,
//! `exceptions`, `str()`, and `derive`/`subgroup`/`split`.
//!
//! A group keeps its message and its exceptions tuple in the exception state
//! (`ExcData::group`); `args` stays what the constructor was given, as in CPython.

use super::setup::{add_methods, add_new};
use crate::objects::Value;
use crate::objects::class::Class;
use crate::vm::errors::exc_data;
use crate::vm::{Kw, PyResult, Vm};
use std::rc::Rc;

/// How `subgroup`/`split` select exceptions.
enum Matcher {
    /// Instances of any of these classes.
    Types(Vec<Rc<Class>>),
    /// Exceptions for which this callable returns a true value.
    Predicate(Value),
}

/// Installs the methods of `BaseExceptionGroup` (inherited by `ExceptionGroup`).
pub fn register(vm: &mut Vm) {
    let base = vm.types().exc("BaseExceptionGroup");
    add_new(&base, "BaseExceptionGroup", group_new);
    add_methods(
        &base,
        "BaseExceptionGroup",
        &[
            ("__str__", group_str),
            ("derive", derive),
            ("subgroup", subgroup),
            ("split", split),
        ],
    );
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
    };
    let [message, exceptions] = &args[1..] else {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len() - 1
        )));
    };
    if !matches!(message, Value::Str(_)) {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(message)
        )));
    }
    let items = group_items(vm, exceptions)?;
    let class = group_class(vm, cls, &items)?;
    let group = vm.new_exception(class, vec![message.clone(), exceptions.clone()]);
    if let Some(mut d) = exc_data(&group) {
        d.group = Some((message.clone(), Value::tuple(items)));
    }
    Ok(group)
}

/// The exceptions of a new group: a non-empty sequence of exception instances.
fn group_items(vm: &mut Vm, exceptions: &Value) -> PyResult<Vec<Value>> {
    let class = vm.class_of(exceptions);
    let sequence = match exceptions {
        Value::List(_) | Value::Tuple(_) => true,
        Value::Instance(_) | Value::Native(_) => class.lookup("__getitem__").is_some(),
        _ => false,
    };
    if !sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect(exceptions)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    if let Some(i) = items.iter().position(|e| !vm.is_exception_instance(e)) {
        return Err(vm.value_error(format!(
            "Item {i} of second argument (exceptions) is not an exception"
        )));
    }
    Ok(items)
}

/// The class a group is made as: `BaseExceptionGroup` of plain exceptions becomes
/// `ExceptionGroup`; an `Exception` group may not hold other BaseExceptions.
fn group_class(vm: &Vm, cls: &Rc<Class>, items: &[Value]) -> PyResult<Rc<Class>> {
    let exception = vm.types().exception.clone();
    let all_exceptions = items.iter().all(|e| vm.class_of(e).is_subclass(&exception));
    let base_group = vm.types().exc("BaseExceptionGroup");
    let group = vm.types().exc("ExceptionGroup");
    if Rc::ptr_eq(cls, &base_group) {
        return Ok(if all_exceptions { group } else { base_group });
    }
    if all_exceptions || !cls.is_subclass(&exception) {
        return Ok(cls.clone());
    }
    if Rc::ptr_eq(cls, &group) {
        return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
    }
    Err(vm.type_error(format!("Cannot nest BaseExceptions in '{}'", cls.name())))
}

/// The `(message, exceptions)` of a group, or a TypeError naming `method`.
fn parts(vm: &Vm, group: Option<&Value>, method: &str) -> PyResult<(Value, Vec<Value>)> {
    let found = group.and_then(|g| exc_data(g).and_then(|d| d.group.clone()));
    match found {
        Some((message, Value::Tuple(t))) => Ok((message, t.as_slice().to_vec())),
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' requires a 'BaseExceptionGroup' object"
        ))),
    }
}

/// `str(group)`: `message (n sub-exceptions)`.
fn group_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (message, items) = parts(vm, args.first(), "__str__")?;
    let text = vm.str_string(&message)?;
    let n = items.len();
    let plural = if n == 1 { "" } else { "s" };
    Ok(Value::string(format!("{text} ({n} sub-exception{plural})")))
}

/// `group.derive(excs)`: a group with the same message around other exceptions.
fn derive(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "derive", &args[1..], kw, 1, 1)?;
    let (message, _) = parts(vm, args.first(), "derive")?;
    let base_group = Value::Class(vm.types().exc("BaseExceptionGroup"));
    vm.call(&base_group, &[message, args[1].clone()], Kw::EMPTY)
}

/// `group.subgroup(condition)`: the matching part, nesting kept; `None` when nothing matches.
fn subgroup(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "subgroup", &args[1..], kw, 1, 1)?;
    let matcher = matcher(vm, &args[1])?;
    let (matched, _) = split_exception(vm, &args[0], &matcher, false)?;
    Ok(matched.unwrap_or(Value::None))
}

/// `group.split(condition)`: `(match, rest)`, either `None` when empty.
fn split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    super::args::check(vm, "split", &args[1..], kw, 1, 1)?;
    let matcher = matcher(vm, &args[1])?;
    let (matched, rest) = split_exception(vm, &args[0], &matcher, true)?;
    Ok(Value::tuple(vec![
        matched.unwrap_or(Value::None),
        rest.unwrap_or(Value::None),
    ]))
}

/// Reads the condition of `subgroup`/`split`.
fn matcher(vm: &Vm, cond: &Value) -> PyResult<Matcher> {
    let exception_class = |v: &Value| match v {
        Value::Class(c) if c.layout == crate::objects::class::Layout::Exception => Some(c.clone()),
        _ => None,
    };
    if let Some(c) = exception_class(cond) {
        return Ok(Matcher::Types(vec![c]));
    }
    if let Value::Tuple(t) = cond
        && let Some(classes) = t.as_slice().iter().map(exception_class).collect()
    {
        return Ok(Matcher::Types(classes));
    }
    if !matches!(cond, Value::Class(_) | Value::Tuple(_)) && super::functions::is_callable(vm, cond)
    {
        return Ok(Matcher::Predicate(cond.clone()));
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

/// True when `exc` satisfies the condition.
fn matches(vm: &mut Vm, exc: &Value, matcher: &Matcher) -> PyResult<bool> {
    match matcher {
        Matcher::Types(classes) => {
            let class = vm.class_of(exc);
            Ok(classes.iter().any(|c| class.is_subclass(c)))
        }
        Matcher::Predicate(f) => {
            let r = vm.call0(f, std::slice::from_ref(exc))?;
            vm.truthy(&r)
        }
    }
}

/// Splits `exc` into the part that matches and (when `with_rest`) the part
/// that does not, rebuilding nested groups with `derive`.
fn split_exception(
    vm: &mut Vm,
    exc: &Value,
    matcher: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, exc, matcher)? {
        return Ok((Some(exc.clone()), None));
    }
    let group = exc_data(exc).and_then(|d| d.group.clone());
    let Some((_, Value::Tuple(items))) = group else {
        return Ok((None, with_rest.then(|| exc.clone())));
    };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for item in items.as_slice().to_vec() {
        let (m, r) = split_exception(vm, &item, matcher, with_rest)?;
        matched.extend(m);
        rest.extend(r);
    }
    let matched = derive_and_copy(vm, exc, matched)?;
    let rest = match with_rest {
        true => derive_and_copy(vm, exc, rest)?,
        false => None,
    };
    Ok((matched, rest))
}

/// `exc.derive(items)` with the traceback, cause, context and notes copied;
/// `None` for no items.
fn derive_and_copy(vm: &mut Vm, exc: &Value, items: Vec<Value>) -> PyResult<Option<Value>> {
    if items.is_empty() {
        return Ok(None);
    }
    let derive = vm.getattr_str(exc, "derive")?;
    let new = vm.call0(&derive, &[Value::list(items)])?;
    if !vm.is_exception_instance(&new) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let copied = exc_data(exc).map(|d| (d.traceback.clone(), d.cause.clone(), d.context.clone()));
    if let (Some((tb, cause, context)), Some(mut d)) = (copied, exc_data(&new)) {
        d.traceback = tb;
        d.cause = cause;
        d.context = context;
    }
    if let (Value::Instance(from), Value::Instance(to)) = (exc, &new)
        && let Some(notes) = from.dict.get_str("__notes__")
    {
        to.dict.set_str("__notes__", notes);
    }
    Ok(Some(new))
}
