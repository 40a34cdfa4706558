//! `Code`: source compiled once by the host, to run many times.

use crate::objects::code::PyCode;
use std::rc::Rc;

/// Compiled statements, made by [`crate::Python::compile`] and run by [`crate::Python::run_code`].
///
/// Compiling once saves parsing on every run:
///
/// ```
/// let mut interp = gilpy::Interpreter::new();
/// interp.with_gil(|py| {
///     py.run("log = []", "<init>")?;
///     let code = py.compile("log.append(len(log))", "<append>")?;
///     for _ in 0..4 {
///         py.run_code(&code)?;
///     }
///     assert_eq!(py.get_global::<Vec<i64>>("log")?, [0, 1, 2, 3]);
///     Ok::<_, gilpy::RunError>(())
/// }).unwrap();
/// ```
#[derive(Clone)]
pub struct Code {
    code: Rc<PyCode>,
}

impl Code {
    /// Wraps a compiled code object.
    pub(crate) fn new(code: Rc<PyCode>) -> Code {
        Code { code }
    }

    /// The code object.
    pub(crate) fn inner(&self) -> &Rc<PyCode> {
        &self.code
    }

    /// The file name the code was compiled with.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let code = py.compile("pass", "<mine>")?;
    ///     assert_eq!(code.filename(), "<mine>");
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn filename(&self) -> String {
        self.code.code.filename.to_string()
    }
}
