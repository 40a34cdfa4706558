//! Host functions: Rust closures called from Python, their arguments converted automatically.

use super::convert::{FromPython, ToPython};
use super::error::{HostError, RunError};
use super::object::PyObject;
use super::python::Python;
use crate::builtins::setup::add_methods;
use crate::objects::Value;
use crate::objects::class::{Class, Layout};
use crate::objects::native::NativeObject;
use crate::vm::{Kw, PyResult, Vm};
use std::any::Any;
use std::marker::PhantomData;
use std::rc::Rc;

/// A host function after its arguments are bound: Python values in, a Python value out.
pub(crate) type HostCallable = dyn Fn(&mut Python<'_>, &[Value]) -> Result<Value, HostError>;

/// A Rust closure exposed to Python as a function (`builtin_function_or_method`).
pub(crate) struct HostFunction {
    /// `__name__`.
    name: String,
    /// Parameter names, for keyword arguments (empty: positional only).
    params: Vec<String>,
    /// The closure.
    call: Box<HostCallable>,
}

/// Key of the host function class in the interpreter's class cache.
const CLASS_KEY: &str = "host_function";

impl NativeObject for HostFunction {
    fn class(&self, vm: &Vm) -> Rc<Class> {
        let object = vm.types().object.clone();
        vm.interp.embed.cached_class(CLASS_KEY, || {
            let name = "builtin_function_or_method";
            let class = crate::vm::types::make_class(name, Some(&object), Layout::Builtin);
            add_methods(
                &class,
                name,
                &[("__call__", host_call), ("__repr__", host_repr)],
            );
            class
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn get_attr(&self, _vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        match name {
            "__name__" | "__qualname__" => Some(Ok(Value::str(&self.name))),
            _ => None,
        }
    }
}

/// `__call__` of a host function: binds the arguments and runs the closure.
fn host_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(func) = args.first().and_then(|f| f.downcast::<HostFunction>()) else {
        return Err(vm.type_error("descriptor '__call__' needs a host function"));
    };
    let result = match func.with_keywords(&args[1..], kw) {
        Ok(None) => (func.call)(&mut Python::new(vm), &args[1..]),
        Ok(Some(bound)) => (func.call)(&mut Python::new(vm), &bound),
        Err(e) => Err(e),
    };
    result.map_err(|e| e.into_py(vm))
}

impl HostFunction {
    /// Places keyword arguments at their parameters' positions (`None` when there
    /// are none); a parameter left out is `Value::Null`.
    fn with_keywords(&self, args: &[Value], kw: Kw) -> Result<Option<Vec<Value>>, HostError> {
        if kw.is_empty() {
            return Ok(None);
        }
        let name = &self.name;
        if self.params.is_empty() {
            let msg = format!("{name}() takes no keyword arguments");
            return Err(HostError::new("TypeError", msg));
        }
        let mut bound = args.to_vec();
        bound.resize(bound.len().max(self.params.len()), Value::Null);
        for (key, value) in kw.iter() {
            let Some(i) = self.params.iter().position(|p| p == key) else {
                let msg = format!("{name}() got an unexpected keyword argument '{key}'");
                return Err(HostError::new("TypeError", msg));
            };
            if !bound[i].is_null() {
                let msg = format!("{name}() got multiple values for argument '{key}'");
                return Err(HostError::new("TypeError", msg));
            }
            bound[i] = value.clone();
        }
        Ok(Some(bound))
    }
}

/// `repr()` of a host function.
fn host_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first().and_then(|f| f.downcast::<HostFunction>()) {
        Some(f) => Ok(Value::string(format!("<built-in function {}>", f.name))),
        None => Err(vm.type_error("descriptor '__repr__' needs a host function")),
    }
}

/// Makes the Python function object for a closure.
/// `params` name the arguments for keyword calls (empty: positional only).
pub(crate) fn host_function<M>(
    name: &str,
    params: &[&str],
    f: impl IntoHostFunction<M>,
) -> PyObject {
    host_function_from(name, params, f.into_callable(name))
}

/// Makes the Python function object for an already bound callable.
pub(crate) fn host_function_from(name: &str, params: &[&str], call: Box<HostCallable>) -> PyObject {
    let func = HostFunction {
        name: name.to_owned(),
        params: params.iter().map(|p| (*p).to_owned()).collect(),
        call,
    };
    PyObject::from_value(Value::native(func))
}

/// A Rust closure that can be called from Python.
///
/// Implemented for closures of up to six arguments that each implement
/// [`FromPython`], returning `Result<R, HostError>` where `R` implements
/// [`ToPython`]; the closure may also take `&mut Python` first (to call back
/// into Python or to release the GIL with [`Python::allow_threads`]).
/// Trailing `Option<T>` arguments may be left out by the caller. The marker
/// type `M` only tells the implementations apart.
///
/// ```
/// use gilpy::{HostError, Interpreter, Python};
/// let mut interp = Interpreter::new();
/// interp.with_gil(|py| {
///     py.add_function("greet", |name: String, times: Option<usize>| {
///         Ok::<_, HostError>(format!("hi {name}").repeat(times.unwrap_or(1)))
///     })?;
///     py.add_function("twice", |py: &mut Python, f: gilpy::PyObject| {
///         let once: i64 = f.call(py, ())?.extract(py)?;
///         Ok::<_, HostError>(once * 2)
///     })?;
///     assert_eq!(py.eval::<String>("greet('ann', 2)")?, "hi annhi ann");
///     assert_eq!(py.eval::<i64>("twice(lambda: 21)")?, 42);
///     let err = py.eval::<String>("greet(5)").unwrap_err();
///     assert_eq!(err.type_name(), Some("TypeError"));
///     Ok::<_, gilpy::RunError>(())
/// }).unwrap();
/// ```
pub trait IntoHostFunction<M>: 'static {
    /// Boxes the closure with its argument binding.
    fn into_callable(self, name: &str) -> Box<HostCallable>;
}

/// Marker for closures without the `Python` token (it only selects an
/// [`IntoHostFunction`] implementation; it is never made).
///
/// ```
/// let mut interp = gilpy::Interpreter::new();
/// interp.with_gil(|py| py.add_function("one", || Ok::<_, gilpy::HostError>(1))).unwrap();
/// ```
pub struct Plain<T>(PhantomData<T>);

/// Marker for closures that take `&mut Python` first (it only selects an
/// [`IntoHostFunction`] implementation; it is never made).
///
/// ```
/// use gilpy::{HostError, Python};
/// let mut interp = gilpy::Interpreter::new();
/// interp.with_gil(|py| py.add_function("none", |py: &mut Python| Ok::<_, HostError>(py.none()))).unwrap();
/// ```
pub struct WithPython<T>(PhantomData<T>);

/// Binds argument `i` of `args` (or its default when left out).
fn bind_arg<A: FromPython>(
    py: &mut Python<'_>,
    name: &str,
    args: &[Value],
    i: usize,
) -> Result<A, HostError> {
    match args.get(i).filter(|v| !v.is_null()) {
        Some(v) => A::from_python(py, &PyObject::from_value(v.clone()))
            .map_err(|e| argument_error(name, i, e)),
        None => A::missing().ok_or_else(|| {
            let msg = format!("{name}() missing required argument {}", i + 1);
            HostError::new("TypeError", msg)
        }),
    }
}

/// Names the argument in a conversion error.
fn argument_error(name: &str, i: usize, err: RunError) -> HostError {
    match err {
        RunError::Exception {
            type_name, message, ..
        } => HostError::new(
            &type_name,
            format!("{name}() argument {}: {message}", i + 1),
        ),
        other => HostError::from(other),
    }
}

/// TypeError unless at most `max` arguments were given.
fn check_count(name: &str, args: &[Value], max: usize) -> Result<(), HostError> {
    if args.len() <= max {
        return Ok(());
    }
    let msg = format!(
        "{name}() takes at most {max} argument{} ({} given)",
        if max == 1 { "" } else { "s" },
        args.len()
    );
    Err(HostError::new("TypeError", msg))
}

/// Converts a host function's result.
fn convert_result<R: ToPython>(py: &mut Python<'_>, r: R) -> Result<Value, HostError> {
    Ok(r.to_python(py)?.into_value())
}

/// `IntoHostFunction` for closures of one arity, with and without the token.
macro_rules! host_fn_arity {
    ($count:expr; $($arg:ident $idx:tt),*) => {
        impl<F, R, $($arg),*> IntoHostFunction<Plain<(R, $($arg,)*)>> for F
        where
            F: Fn($($arg),*) -> Result<R, HostError> + 'static,
            R: ToPython,
            $($arg: FromPython,)*
        {
            #[allow(unused_variables)]
            fn into_callable(self, name: &str) -> Box<HostCallable> {
                let name = name.to_owned();
                Box::new(move |py, args| {
                    check_count(&name, args, $count)?;
                    let bound = ($(bind_arg::<$arg>(py, &name, args, $idx)?,)*);
                    let r = self($(bound.$idx),*)?;
                    convert_result(py, r)
                })
            }
        }

        impl<F, R, $($arg),*> IntoHostFunction<WithPython<(R, $($arg,)*)>> for F
        where
            F: Fn(&mut Python<'_>, $($arg),*) -> Result<R, HostError> + 'static,
            R: ToPython,
            $($arg: FromPython,)*
        {
            #[allow(unused_variables)]
            fn into_callable(self, name: &str) -> Box<HostCallable> {
                let name = name.to_owned();
                Box::new(move |py, args| {
                    check_count(&name, args, $count)?;
                    let bound = ($(bind_arg::<$arg>(py, &name, args, $idx)?,)*);
                    let r = self(py, $(bound.$idx),*)?;
                    convert_result(py, r)
                })
            }
        }
    };
}

host_fn_arity!(0;);
host_fn_arity!(1; A 0);
host_fn_arity!(2; A 0, B 1);
host_fn_arity!(3; A 0, B 1, C 2);
host_fn_arity!(4; A 0, B 1, C 2, D 3);
host_fn_arity!(5; A 0, B 1, C 2, D 3, E 4);
host_fn_arity!(6; A 0, B 1, C 2, D 3, E 4, F2 5);
