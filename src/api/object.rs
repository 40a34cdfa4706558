//! `PyObject`: a host-held handle to any Python object: call it, read and set attributes, convert it.

use super::args::IntoArgs;
use super::convert::{FromPython, ToPython};
use super::error::RunError;
use super::python::Python;
use crate::objects::Value;
use crate::vm::Kw;

/// A reference to a Python object that the host can keep, call, inspect and pass back.
///
/// It holds a counted reference (the object lives as long as the handle) and,
/// like every Python value, is not `Send`: it stays with the interpreter's
/// threads. Every operation needs the [`Python`] token.
///
/// ```
/// let mut interp = gilpy::Interpreter::new();
/// interp.with_gil(|py| {
///     py.run("class Point:\n    def __init__(self, x):\n        self.x = x\n    def moved(self, dx=1):\n        return Point(self.x + dx)", "<p>")?;
///     let point_class = py.get_global::<gilpy::PyObject>("Point")?;
///     let p = point_class.call(py, (3,))?;
///     let q = p.call_method_kw(py, "moved", (), &[("dx", &10)])?;
///     assert_eq!(q.getattr(py, "x")?.extract::<i64>(py)?, 13);
///     Ok::<_, gilpy::RunError>(())
/// }).unwrap();
/// ```
///
/// It cannot be sent to another thread (use a [`crate::SharedObject`] for that):
///
/// ```compile_fail
/// let mut interp = gilpy::Interpreter::new();
/// let obj = interp.eval::<gilpy::PyObject>("[]").unwrap();
/// std::thread::spawn(move || drop(obj));
/// ```
#[derive(Clone)]
pub struct PyObject {
    value: Value,
}

impl PyObject {
    /// Wraps a value.
    pub(crate) fn from_value(value: Value) -> PyObject {
        PyObject { value }
    }

    /// The value inside, for gilpy's internal API.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let one = py.to_object(1)?;
    ///     assert!(matches!(one.value(), gilpy::objects::Value::Int(1)));
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn value(&self) -> &Value {
        &self.value
    }

    /// Takes the value out.
    pub(crate) fn into_value(self) -> Value {
        self.value
    }

    /// True for `None`.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| assert!(py.eval::<gilpy::PyObject>("None").unwrap().is_none()));
    /// ```
    pub fn is_none(&self) -> bool {
        self.value.is_none()
    }

    /// True when both handles refer to the same object (Python's `is`).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let a = py.eval::<gilpy::PyObject>("[]")?;
    ///     assert!(a.is(&a.clone()));
    ///     assert!(!a.is(&py.eval::<gilpy::PyObject>("[]")?));
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn is(&self, other: &PyObject) -> bool {
        self.value.is(&other.value)
    }

    /// Converts the object to a Rust value.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let obj = py.eval::<gilpy::PyObject>("{'a': 1}")?;
    ///     let map: std::collections::HashMap<String, i64> = obj.extract(py)?;
    ///     assert_eq!(map["a"], 1);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn extract<T: FromPython>(&self, py: &mut Python<'_>) -> Result<T, RunError> {
        T::from_python(py, self)
    }

    /// Calls the object with positional arguments (a tuple of convertible values, or `()`).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let max = py.eval::<gilpy::PyObject>("max")?;
    ///     assert_eq!(max.call(py, (3, 9, 4))?.extract::<i64>(py)?, 9);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn call(&self, py: &mut Python<'_>, args: impl IntoArgs) -> Result<PyObject, RunError> {
        self.call_kw(py, args, &[])
    }

    /// Calls the object with positional and keyword arguments.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let sorted = py.eval::<gilpy::PyObject>("sorted")?;
    ///     let r = sorted.call_kw(py, (vec![1, 3, 2],), &[("reverse", &true)])?;
    ///     assert_eq!(r.extract::<Vec<i64>>(py)?, [3, 2, 1]);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn call_kw(
        &self,
        py: &mut Python<'_>,
        args: impl IntoArgs,
        kwargs: &[(&str, &dyn ToPython)],
    ) -> Result<PyObject, RunError> {
        py.ensure_budget()?;
        let args = args.into_args(py)?;
        let mut names = Vec::with_capacity(kwargs.len());
        let mut values = Vec::with_capacity(kwargs.len());
        for (name, value) in kwargs {
            names.push(Value::str(name));
            values.push(value.to_python(py)?.into_value());
        }
        let kw = Kw {
            names: &names,
            values: &values,
        };
        let result = py.vm().call(&self.value, &args, kw);
        py.check(result).map(PyObject::from_value)
    }

    /// Calls method `name` with positional arguments.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let s = py.to_object("a-b")?;
    ///     let parts: Vec<String> = s.call_method(py, "split", ("-",))?.extract(py)?;
    ///     assert_eq!(parts, ["a", "b"]);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn call_method(
        &self,
        py: &mut Python<'_>,
        name: &str,
        args: impl IntoArgs,
    ) -> Result<PyObject, RunError> {
        self.getattr(py, name)?.call(py, args)
    }

    /// Calls method `name` with positional and keyword arguments.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let s = py.to_object("a b c")?;
    ///     let parts: Vec<String> = s.call_method_kw(py, "split", (), &[("maxsplit", &1)])?.extract(py)?;
    ///     assert_eq!(parts, ["a", "b c"]);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn call_method_kw(
        &self,
        py: &mut Python<'_>,
        name: &str,
        args: impl IntoArgs,
        kwargs: &[(&str, &dyn ToPython)],
    ) -> Result<PyObject, RunError> {
        self.getattr(py, name)?.call_kw(py, args, kwargs)
    }

    /// Reads attribute `name` (`AttributeError` when missing).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let math = py.import("math")?;
    ///     assert!(math.getattr(py, "pi")?.extract::<f64>(py)? > 3.14);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn getattr(&self, py: &mut Python<'_>, name: &str) -> Result<PyObject, RunError> {
        let r = py.vm().getattr_str(&self.value, name);
        py.check(r).map(PyObject::from_value)
    }

    /// Sets attribute `name`.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.run("class Box: pass\nb = Box()", "<b>")?;
    ///     let b = py.get_global::<gilpy::PyObject>("b")?;
    ///     b.setattr(py, "size", 7)?;
    ///     assert_eq!(py.eval::<i64>("b.size")?, 7);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn setattr(
        &self,
        py: &mut Python<'_>,
        name: &str,
        value: impl ToPython,
    ) -> Result<(), RunError> {
        let value = value.to_python(py)?.into_value();
        let r = py.vm().setattr(&self.value, &Value::str(name), value);
        py.check(r)
    }

    /// `repr(obj)`.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let t = py.to_object((1, "a"))?;
    ///     assert_eq!(t.repr(py)?, "(1, 'a')");
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn repr(&self, py: &mut Python<'_>) -> Result<String, RunError> {
        let r = py.vm().repr_str(&self.value);
        py.check(r)
    }

    /// `str(obj)`.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let t = py.to_object(2.5)?;
    ///     assert_eq!(t.str(py)?, "2.5");
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn str(&self, py: &mut Python<'_>) -> Result<String, RunError> {
        let r = py.vm().str_string(&self.value);
        py.check(r)
    }

    /// The name of the object's class.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let d = py.eval::<gilpy::PyObject>("{}")?;
    ///     assert_eq!(d.type_name(py), "dict");
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn type_name(&self, py: &mut Python<'_>) -> String {
        py.vm().class_of(&self.value).name()
    }
}

impl std::fmt::Debug for PyObject {
    /// Shows the object's kind (and small scalars); a full `repr` needs the GIL token.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.value {
            Value::None => write!(f, "PyObject(None)"),
            Value::Bool(b) => write!(f, "PyObject({b})"),
            Value::Int(n) => write!(f, "PyObject({n})"),
            Value::Float(x) => write!(f, "PyObject({x:?})"),
            Value::Str(s) => write!(f, "PyObject({:?})", s.as_str()),
            Value::Class(c) => write!(f, "PyObject(<class {}>)", c.name()),
            Value::Instance(i) => write!(f, "PyObject(<{} object>)", i.class.borrow().name()),
            _ => write!(f, "PyObject(<{} object>)", value_kind(&self.value)),
        }
    }
}

/// The built-in kind of a value, for `Debug`.
fn value_kind(v: &Value) -> &'static str {
    match v {
        Value::BigInt(_) => "int",
        Value::Bytes(_) => "bytes",
        Value::ByteArray(_) => "bytearray",
        Value::List(_) => "list",
        Value::Tuple(_) => "tuple",
        Value::Dict(_) => "dict",
        Value::Set(_) => "set",
        Value::FrozenSet(_) => "frozenset",
        Value::Function(_) => "function",
        Value::Builtin(_) | Value::Native(_) => "builtin",
        Value::BoundMethod(_) => "method",
        Value::Module(_) => "module",
        Value::Code(_) => "code",
        _ => "object",
    }
}
