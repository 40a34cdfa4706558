//! `Interp`: the state shared by every thread of one interpreter (types, modules, I/O, limits).

use super::types::BuiltinTypes;
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::module::Module;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

/// Where a standard stream's bytes go.
pub struct Output {
    /// The sink.
    pub sink: Box<dyn Write>,
    /// Flush after every newline (terminal or unbuffered stream).
    pub line_buffered: bool,
}

impl Output {
    /// Writes text, flushing at newlines when line buffered.
    pub fn write_str(&mut self, s: &str) {
        let _ = self.sink.write_all(s.as_bytes());
        if self.line_buffered && s.contains('\n') {
            let _ = self.sink.flush();
        }
    }

    /// Flushes the sink.
    pub fn flush(&mut self) {
        let _ = self.sink.flush();
    }
}

/// Where `input()` and `sys.stdin` read from.
pub struct Input {
    /// The source (`None` while a thread reads it without the GIL).
    pub source: Option<super::stdin::StdinSource>,
}

/// A native module's initialiser: fills and returns the module.
pub type ModuleInit = fn(&mut super::Vm) -> super::PyResult<Rc<Module>>;

/// Shared interpreter state. Touched only by the thread holding the GIL.
pub struct Interp {
    /// The built-in classes.
    pub types: BuiltinTypes,
    /// The `builtins` module.
    pub builtins: Rc<Module>,
    /// `sys.modules`.
    pub modules: Rc<PyDict>,
    /// `sys.path` (a list value).
    pub path: RefCell<Value>,
    /// `sys.argv` strings.
    pub argv: RefCell<Vec<String>>,
    /// Ticks between check points.
    pub switch_ticks: Cell<u32>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: Cell<usize>,
    /// Standard output.
    pub stdout: RefCell<Output>,
    /// Standard error.
    pub stderr: RefCell<Output>,
    /// Standard input.
    pub stdin: RefCell<Input>,
    /// Source text of every file compiled, for traceback lines.
    pub sources: RefCell<HashMap<String, Rc<str>>>,
    /// Native modules by name.
    pub native_modules: RefCell<HashMap<&'static str, ModuleInit>>,
    /// Python-source stdlib modules by name (embedded text).
    pub stdlib: RefCell<HashMap<&'static str, &'static str>>,
    /// Counter for `id()` of inline values and thread names.
    pub counter: Cell<u64>,
    /// The global interpreter lock.
    pub gil: std::sync::Arc<crate::gil::Gil>,
    /// Threads started with `_thread.start_new_thread` that are still running.
    pub running_threads: Cell<usize>,
    /// Set when KeyboardInterrupt must be raised in the main thread at its next check point.
    pub interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// `get_ident()` of the thread that created the interpreter (the main thread).
    pub main_ident: Cell<u64>,
}

impl Interp {
    /// Asks the main thread to raise KeyboardInterrupt at its next check point.
    pub fn request_interrupt(&self) {
        self.interrupt
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// Stores a file's source for tracebacks.
    pub fn remember_source(&self, filename: &str, source: &str) {
        self.sources
            .borrow_mut()
            .insert(filename.to_owned(), Rc::from(source));
    }

    /// Line `line` (1-based) of a remembered or on-disk source file.
    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let text = self.sources.borrow().get(filename).cloned();
        let text: Rc<str> = match text {
            Some(t) => t,
            None => Rc::from(std::fs::read_to_string(filename).ok()?),
        };
        text.lines()
            .nth(line.checked_sub(1)? as usize)
            .map(str::to_owned)
    }

    /// Writes to standard output.
    pub fn write_stdout(&self, s: &str) {
        self.stdout.borrow_mut().write_str(s);
    }

    /// Writes to standard error (unbuffered).
    pub fn write_stderr(&self, s: &str) {
        let mut err = self.stderr.borrow_mut();
        err.write_str(s);
        err.flush();
    }

    /// Flushes both output streams.
    pub fn flush_all(&self) {
        self.stdout.borrow_mut().flush();
        self.stderr.borrow_mut().flush();
    }
}
