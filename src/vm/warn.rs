//! Issuing warnings from native code through the `warnings` module.

use super::{Kw, PyResult, Vm};
use crate::objects::Value;

impl Vm {
    /// `warnings.warn(message, category, stacklevel)` from native code, like
    /// CPython's `PyErr_WarnEx`: `stacklevel=1` blames the Python code that
    /// called the native function. Raises when a filter turns the warning
    /// into an error.
    pub fn warn(&mut self, category: &str, message: &str, stacklevel: i64) -> PyResult<()> {
        let warnings = self.import_module("warnings")?;
        let warn = self.getattr_str(&warnings, "warn")?;
        let args = [
            Value::str(message),
            Value::Class(self.types().exc(category)),
            Value::Int(stacklevel),
        ];
        self.call(&warn, &args, Kw::EMPTY)?;
        Ok(())
    }
}
