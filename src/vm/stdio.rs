//! Standard output as seen by Python code (a replaced `sys.stdout` included).

use super::{PyResult, Vm};
use std::io::Write;

impl Vm {
    /// Writes text to `sys.stdout` (the interpreter's stdout unless replaced).
    pub fn write_stdout_value(&mut self, text: &str) -> PyResult<()> {
        if let Some(target) = crate::modules::sys::replaced_stdout(self) {
            let write = self.getattr_str(&target, "write")?;
            self.call0(&write, &[crate::objects::Value::str(text)])?;
            return Ok(());
        }
        if self.interp.stdout.borrow_mut().write_str(text) {
            self.flush_stdout();
        }
        Ok(())
    }

    /// Writes queued standard output without holding the GIL (a full pipe
    /// or a slow terminal then stalls only this thread). If another thread is
    /// writing, it takes care of the queue, even a last line without a newline
    /// (an `input()` prompt).
    pub fn flush_stdout(&mut self) {
        loop {
            let taken = {
                let mut out = self.interp.stdout.borrow_mut();
                let taken = out.take_for_write();
                if taken.is_none() {
                    // Another thread is writing: it writes this queue out after its own.
                    out.request_flush();
                }
                taken
            };
            let Some((mut sink, data)) = taken else {
                return;
            };
            self.allow_threads(|| {
                let _ = sink.write_all(&data);
                let _ = sink.flush();
            });
            let mut out = self.interp.stdout.borrow_mut();
            out.put_back(sink);
            if !out.due() {
                return;
            }
        }
    }
}
