//! `IntoArgs`: positional arguments of a call made by the host (`()`, tuples, a `Vec`).

use super::convert::ToPython;
use super::error::RunError;
use super::python::Python;
use crate::objects::Value;

/// Positional arguments for [`crate::PyObject::call`]: `()`, a tuple of up to
/// eight convertible values, or a `Vec` of one convertible type.
///
/// ```
/// let mut interp = gilpy::Interpreter::new();
/// interp.with_gil(|py| {
///     let f = py.eval::<gilpy::PyObject>("lambda *a: len(a)")?;
///     assert_eq!(f.call(py, ())?.extract::<i64>(py)?, 0);
///     assert_eq!(f.call(py, ("x", 2.0, true))?.extract::<i64>(py)?, 3);
///     assert_eq!(f.call(py, vec![1, 2, 3, 4])?.extract::<i64>(py)?, 4);
///     Ok::<_, gilpy::RunError>(())
/// }).unwrap();
/// ```
pub trait IntoArgs {
    /// Converts the arguments to Python values.
    fn into_args(self, py: &mut Python<'_>) -> Result<Vec<Value>, RunError>;
}

impl IntoArgs for () {
    fn into_args(self, _py: &mut Python<'_>) -> Result<Vec<Value>, RunError> {
        Ok(Vec::new())
    }
}

impl<T: ToPython> IntoArgs for Vec<T> {
    fn into_args(self, py: &mut Python<'_>) -> Result<Vec<Value>, RunError> {
        self.iter()
            .map(|v| v.to_python(py).map(|o| o.into_value()))
            .collect()
    }
}

/// `IntoArgs` for a tuple of convertible values.
macro_rules! tuple_args {
    ($($name:ident),+) => {
        impl<$($name: ToPython),+> IntoArgs for ($($name,)+) {
            #[allow(non_snake_case)]
            fn into_args(self, py: &mut Python<'_>) -> Result<Vec<Value>, RunError> {
                let ($($name,)+) = self;
                Ok(vec![$($name.to_python(py)?.into_value()),+])
            }
        }
    };
}

tuple_args!(A);
tuple_args!(A, B);
tuple_args!(A, B, C);
tuple_args!(A, B, C, D);
tuple_args!(A, B, C, D, E);
tuple_args!(A, B, C, D, E, F);
tuple_args!(A, B, C, D, E, F, G);
tuple_args!(A, B, C, D, E, F, G, H);
