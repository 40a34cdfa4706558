//! `InterruptHandle`: stopping running code from any Rust thread with KeyboardInterrupt.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Raises `KeyboardInterrupt` in the code an interpreter is running, from any
/// thread: at the next check point, or at once if it is sleeping or waiting on
/// a lock, a join or a queue.
///
/// The exception goes to the thread that created the interpreter or a host
/// thread inside it (as CPython sends Ctrl-C to the main thread), not to
/// threads the script started. When nothing runs, it is raised as soon as code
/// runs again.
///
/// ```
/// let mut interp = gilpy::Interpreter::new();
/// let handle = interp.interrupt_handle();
/// let stopper = std::thread::spawn(move || {
///     std::thread::sleep(std::time::Duration::from_millis(100));
///     handle.interrupt();
/// });
/// let err = interp.run("import time\ntime.sleep(30)", "<sleep>").unwrap_err();
/// assert!(err.is_keyboard_interrupt());
/// stopper.join().unwrap();
/// ```
#[derive(Clone, Debug)]
pub struct InterruptHandle {
    flag: Arc<AtomicBool>,
}

impl InterruptHandle {
    /// A handle over an interpreter's interrupt flag.
    pub(crate) fn new(flag: Arc<AtomicBool>) -> InterruptHandle {
        InterruptHandle { flag }
    }

    /// Asks the interpreter to raise `KeyboardInterrupt`.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.interrupt_handle().interrupt();
    /// assert!(interp.run("x = 1\nwhile True: pass", "<spin>").unwrap_err().is_keyboard_interrupt());
    /// ```
    pub fn interrupt(&self) {
        self.flag.store(true, Ordering::SeqCst);
    }

    /// Withdraws an interrupt that was not raised yet.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// let h = interp.interrupt_handle();
    /// h.interrupt();
    /// h.cancel();
    /// assert!(interp.run("for i in range(1000): pass", "<loop>").is_ok());
    /// ```
    pub fn cancel(&self) {
        self.flag.store(false, Ordering::SeqCst);
    }
}
