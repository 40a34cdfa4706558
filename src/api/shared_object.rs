//! `SharedObject`: a Python object handle that can move between the Rust threads of a
//! shared interpreter (it is opened only with that interpreter's GIL token).

use super::error::RunError;
use super::object::PyObject;
use super::python::Python;
use super::shared::{Shared, SharedInterpreter};
use crate::gil::GilBound;
use crate::objects::Value;
use std::sync::Arc;

/// A Python object that may be sent to another Rust thread (it is `Send`,
/// unlike [`PyObject`]). It is opened again with [`SharedObject::get`], which
/// needs the token of the same interpreter, so the object is only touched
/// with its GIL held. Dropping it without the GIL is fine: the object is
/// released the next time a thread leaves the interpreter.
///
/// ```
/// let shared = gilpy::Interpreter::new().into_shared();
/// let handle = shared.with_gil(|py| {
///     let list = py.eval::<gilpy::PyObject>("[1, 2]")?;
///     shared.share(py, &list)
/// }).unwrap();
/// let s = shared.clone();
/// std::thread::spawn(move || {
///     s.with_gil(|py| {
///         let list = handle.get(py)?;
///         list.call_method(py, "append", (3,))?;
///         py.set_global("seen", list)
///     }).unwrap();
/// }).join().unwrap();
/// assert_eq!(shared.with_gil(|py| py.get_global::<Vec<i64>>("seen")).unwrap(), [1, 2, 3]);
/// ```
pub struct SharedObject {
    value: Option<GilBound<Value>>,
    owner: Arc<Shared>,
}

impl SharedInterpreter {
    /// Makes a handle to `obj` that can move to other threads; `py` must be this
    /// interpreter's token (`RuntimeError` otherwise).
    ///
    /// ```
    /// let shared = gilpy::Interpreter::new().into_shared();
    /// let other = gilpy::Interpreter::new().into_shared();
    /// let err = other.with_gil(|py| {
    ///     let obj = py.to_object(1)?;
    ///     shared.share(py, &obj).map(drop)
    /// }).unwrap_err();
    /// assert_eq!(err.type_name(), Some("RuntimeError"));
    /// ```
    pub fn share(&self, py: &mut Python<'_>, obj: &PyObject) -> Result<SharedObject, RunError> {
        check_owner(py, &self.inner)?;
        Ok(SharedObject {
            value: Some(GilBound::new(obj.value().clone())),
            owner: self.inner.clone(),
        })
    }
}

impl SharedObject {
    /// The object, for a thread holding its interpreter's GIL (`RuntimeError`
    /// when `py` belongs to another interpreter).
    ///
    /// ```
    /// let shared = gilpy::Interpreter::new().into_shared();
    /// let n = shared.with_gil(|py| {
    ///     let obj = py.to_object(41)?;
    ///     let handle = shared.share(py, &obj)?;
    ///     handle.get(py)?.extract::<i64>(py)
    /// }).unwrap();
    /// assert_eq!(n, 41);
    /// ```
    pub fn get(&self, py: &mut Python<'_>) -> Result<PyObject, RunError> {
        check_owner(py, &self.owner)?;
        let value = self
            .value
            .as_ref()
            .map_or(Value::None, |v| v.get_ref().clone());
        Ok(PyObject::from_value(value))
    }
}

/// RuntimeError unless `py` is a token of `owner`'s interpreter.
fn check_owner(py: &mut Python<'_>, owner: &Shared) -> Result<(), RunError> {
    if Arc::ptr_eq(&py.vm().interp.gil, &owner.gil) {
        return Ok(());
    }
    let err = py
        .vm()
        .runtime_error("the object belongs to another interpreter");
    Err(py.report(err))
}

impl Drop for SharedObject {
    fn drop(&mut self) {
        if let Some(value) = self.value.take() {
            self.owner.pending_drops.lock().push(value);
        }
    }
}
