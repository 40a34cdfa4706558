//! Standard output as seen by Python code (a replaced `sys.stdout` included).

use super::{PyResult, Vm};

impl Vm {
    /// Writes text to `sys.stdout` (the interpreter's stdout unless replaced).
    pub fn write_stdout_value(&mut self, text: &str) -> PyResult<()> {
        if let Some(target) = crate::modules::sys::replaced_stdout(self) {
            let write = self.getattr_str(&target, "write")?;
            self.call0(&write, &[crate::objects::Value::str(text)])?;
            return Ok(());
        }
        self.interp.write_stdout(text);
        Ok(())
    }
}
