//! Standard streams as seen by Python code: writing to stdout, reading lines from stdin.

use super::{PyResult, Vm};
use std::io::BufRead;

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

    /// Reads one line from stdin (with its newline) without holding the GIL; `None` at end of input.
    pub fn read_stdin_line(&mut self) -> PyResult<Option<String>> {
        let mut source = loop {
            if let Some(src) = self.interp.stdin.borrow_mut().source.take() {
                break src;
            }
            self.allow_threads(|| std::thread::sleep(std::time::Duration::from_millis(1)));
        };
        let mut buf = Vec::new();
        let read = self.allow_threads(|| source.read_until(b'\n', &mut buf));
        self.interp.stdin.borrow_mut().source = Some(source);
        let n = read.map_err(|e| self.io_error(&e, None))?;
        if n == 0 {
            return Ok(None);
        }
        Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
    }
}
