//! `ToPython` / `FromPython`: converting Rust values to Python objects and back (scalars here,
//! containers in `convert_containers.rs`).

use super::error::RunError;
use super::object::PyObject;
use super::python::Python;
use crate::objects::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// A Rust value that can become a Python object.
///
/// Implemented for `bool`, every integer type, [`BigInt`], `f32`/`f64`,
/// `str`/`String`, [`Bytes`], `()` (None), `Option<T>`, slices and `Vec<T>`
/// (list), tuples up to six (tuple), `HashMap`/`BTreeMap` (dict),
/// `HashSet`/`BTreeSet` (set), [`PyObject`], and references to all of these.
///
/// ```
/// use gilpy::ToPython;
/// let mut interp = gilpy::Interpreter::new();
/// interp.with_gil(|py| {
///     let obj = (1u8, "two", Some(3.0), None::<i32>).to_python(py)?;
///     assert_eq!(obj.repr(py)?, "(1, 'two', 3.0, None)");
///     Ok::<_, gilpy::RunError>(())
/// }).unwrap();
/// ```
pub trait ToPython {
    /// Makes the Python object.
    fn to_python(&self, py: &mut Python<'_>) -> Result<PyObject, RunError>;
}

/// A Rust value that can be made from a Python object.
///
/// Implemented for the same types as [`ToPython`]. A Python object of the
/// wrong type raises `TypeError`; an int out of range raises `OverflowError`.
///
/// ```
/// use gilpy::FromPython;
/// let mut interp = gilpy::Interpreter::new();
/// interp.with_gil(|py| {
///     let obj = py.eval::<gilpy::PyObject>("[(1, 'a'), (2, 'b')]")?;
///     let pairs = Vec::<(u16, String)>::from_python(py, &obj)?;
///     assert_eq!(pairs[1], (2, "b".to_owned()));
///     let big = py.to_object(300)?;
///     let err = u8::from_python(py, &big).unwrap_err();
///     assert_eq!(err.type_name(), Some("OverflowError"));
///     Ok::<_, gilpy::RunError>(())
/// }).unwrap();
/// ```
pub trait FromPython: Sized {
    /// Converts the object.
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError>;

    /// The value a host function gets when the caller left this argument out
    /// (`None` for `Option<T>`); `None` means the argument is required.
    fn missing() -> Option<Self> {
        None
    }
}

/// Bytes for Python's `bytes` (a plain `Vec<u8>` converts to a list of ints).
/// Extracting accepts `bytes` and `bytearray`.
///
/// ```
/// use gilpy::Bytes;
/// let mut interp = gilpy::Interpreter::new();
/// interp.with_gil(|py| {
///     py.set_global("data", Bytes(b"\x00ab".to_vec()))?;
///     assert_eq!(py.eval::<String>("repr(data)")?, "b'\\x00ab'");
///     assert_eq!(py.eval::<Bytes>("bytearray(b'xy')")?, Bytes(b"xy".to_vec()));
///     Ok::<_, gilpy::RunError>(())
/// }).unwrap();
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Bytes(pub Vec<u8>);

/// A `RunError` for the built-in exception `type_name`.
pub(crate) fn raise(py: &mut Python<'_>, type_name: &str, msg: String) -> RunError {
    let err = py.vm().error(type_name, msg);
    py.error(err)
}

/// TypeError: `obj` is not of the expected kind.
pub(crate) fn wrong_type(py: &mut Python<'_>, obj: &PyObject, target: &str) -> RunError {
    let name = obj.type_name(py);
    raise(
        py,
        "TypeError",
        format!("'{name}' object cannot be converted to '{target}'"),
    )
}

impl<T: ToPython + ?Sized> ToPython for &T {
    fn to_python(&self, py: &mut Python<'_>) -> Result<PyObject, RunError> {
        (**self).to_python(py)
    }
}

impl ToPython for PyObject {
    fn to_python(&self, _py: &mut Python<'_>) -> Result<PyObject, RunError> {
        Ok(self.clone())
    }
}

impl FromPython for PyObject {
    fn from_python(_py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        Ok(obj.clone())
    }
}

impl ToPython for () {
    fn to_python(&self, _py: &mut Python<'_>) -> Result<PyObject, RunError> {
        Ok(PyObject::from_value(Value::None))
    }
}

impl FromPython for () {
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        match obj.value() {
            Value::None => Ok(()),
            _ => Err(wrong_type(py, obj, "None")),
        }
    }
}

impl ToPython for bool {
    fn to_python(&self, _py: &mut Python<'_>) -> Result<PyObject, RunError> {
        Ok(PyObject::from_value(Value::Bool(*self)))
    }
}

impl FromPython for bool {
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        match obj.value() {
            Value::Bool(b) => Ok(*b),
            _ => Err(wrong_type(py, obj, "bool")),
        }
    }
}

/// The integer value of an int (or bool) object as a big integer.
fn int_of(py: &mut Python<'_>, obj: &PyObject) -> Result<BigInt, RunError> {
    match obj.value() {
        Value::Int(n) => Ok(BigInt::from(*n)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => {
            let name = obj.type_name(py);
            let msg = format!("'{name}' object cannot be interpreted as an integer");
            Err(raise(py, "TypeError", msg))
        }
    }
}

/// `ToPython` and `FromPython` for a primitive integer type.
macro_rules! int_conversions {
    ($($t:ty),+) => {$(
        impl ToPython for $t {
            fn to_python(&self, _py: &mut Python<'_>) -> Result<PyObject, RunError> {
                let value = match i64::try_from(*self) {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::from_bigint(BigInt::from(*self)),
                };
                Ok(PyObject::from_value(value))
            }
        }

        impl FromPython for $t {
            fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
                if let Value::Int(n) = obj.value()
                    && let Ok(v) = <$t>::try_from(*n)
                {
                    return Ok(v);
                }
                let big = int_of(py, obj)?;
                <$t>::try_from(&big).map_err(|_| {
                    let msg = if big.sign() == num_bigint::Sign::Minus && <$t>::MIN == 0 {
                        "can't convert negative int to unsigned".to_owned()
                    } else {
                        format!("Python int too large to convert to Rust {}", stringify!($t))
                    };
                    raise(py, "OverflowError", msg)
                })
            }
        }
    )+};
}

int_conversions!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
);

impl ToPython for BigInt {
    fn to_python(&self, _py: &mut Python<'_>) -> Result<PyObject, RunError> {
        Ok(PyObject::from_value(Value::from_bigint(self.clone())))
    }
}

impl FromPython for BigInt {
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        int_of(py, obj)
    }
}

impl ToPython for f64 {
    fn to_python(&self, _py: &mut Python<'_>) -> Result<PyObject, RunError> {
        Ok(PyObject::from_value(Value::Float(*self)))
    }
}

impl FromPython for f64 {
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        match obj.value() {
            Value::Float(f) => Ok(*f),
            Value::Int(n) => Ok(*n as f64),
            Value::Bool(b) => Ok(*b as i64 as f64),
            Value::BigInt(b) => match b.to_f64().filter(|f| f.is_finite()) {
                Some(f) => Ok(f),
                None => {
                    let msg = "int too large to convert to float".to_owned();
                    Err(raise(py, "OverflowError", msg))
                }
            },
            _ => {
                let name = obj.type_name(py);
                Err(raise(
                    py,
                    "TypeError",
                    format!("must be real number, not {name}"),
                ))
            }
        }
    }
}

impl ToPython for f32 {
    fn to_python(&self, py: &mut Python<'_>) -> Result<PyObject, RunError> {
        (*self as f64).to_python(py)
    }
}

impl FromPython for f32 {
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        f64::from_python(py, obj).map(|f| f as f32)
    }
}

impl ToPython for str {
    fn to_python(&self, _py: &mut Python<'_>) -> Result<PyObject, RunError> {
        Ok(PyObject::from_value(Value::str(self)))
    }
}

impl ToPython for String {
    fn to_python(&self, py: &mut Python<'_>) -> Result<PyObject, RunError> {
        self.as_str().to_python(py)
    }
}

impl FromPython for String {
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        match obj.value().as_str() {
            Some(s) => Ok(s.as_str().to_owned()),
            None => Err(wrong_type(py, obj, "str")),
        }
    }
}

impl ToPython for Bytes {
    fn to_python(&self, _py: &mut Python<'_>) -> Result<PyObject, RunError> {
        Ok(PyObject::from_value(Value::bytes(self.0.as_slice())))
    }
}

impl FromPython for Bytes {
    fn from_python(py: &mut Python<'_>, obj: &PyObject) -> Result<Self, RunError> {
        match obj.value() {
            Value::Bytes(b) => Ok(Bytes(b.to_vec())),
            Value::ByteArray(b) => Ok(Bytes(b.data().clone())),
            _ => Err(wrong_type(py, obj, "bytes")),
        }
    }
}
