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
///
/// Text is queued in `pending` under the GIL. It reaches the sink either with
/// the GIL held ([`Output::flush`]) or, from Python code, without it
/// (`Vm::flush_stdout`): the writing thread takes the sink out, so at most one
/// thread writes at a time and queued text keeps its order.
pub struct Output {
    /// The sink (`None` while a thread writes to it without the GIL).
    sink: Option<Box<dyn Write>>,
    /// Bytes queued for the sink.
    pending: Vec<u8>,
    /// Flush after every newline (terminal or unbuffered stream).
    pub line_buffered: bool,
    /// A flush was asked for while another thread had the sink: that thread writes the
    /// queue out when it returns the sink, newline or not.
    flush_requested: bool,
}

/// Queued bytes that make a block-buffered stream write to its sink.
const PENDING_LIMIT: usize = 8192;

impl Output {
    /// A stream over `sink`.
    pub fn new(sink: Box<dyn Write>, line_buffered: bool) -> Output {
        Output {
            sink: Some(sink),
            pending: Vec::new(),
            line_buffered,
            flush_requested: false,
        }
    }

    /// Queues text; true when the queue should now be written out.
    pub fn write_str(&mut self, s: &str) -> bool {
        self.pending.extend_from_slice(s.as_bytes());
        self.due()
    }

    /// True when queued bytes should be written out (a full buffer, or a
    /// newline on a line-buffered stream).
    pub fn due(&self) -> bool {
        if self.pending.is_empty() {
            return false;
        }
        self.flush_requested
            || self.pending.len() >= PENDING_LIMIT
            || (self.line_buffered && self.pending.contains(&b'\n'))
    }

    /// Asks the thread that has the sink to write the whole queue out when it is done
    /// (a flush that found the sink taken).
    pub fn request_flush(&mut self) {
        self.flush_requested = !self.pending.is_empty();
    }

    /// Writes the queue out with the GIL held. Does nothing while another
    /// thread is writing (it writes the queue out when it is done).
    pub fn flush(&mut self) {
        if let Some(sink) = &mut self.sink {
            let _ = sink.write_all(&self.pending);
            let _ = sink.flush();
            self.pending.clear();
            self.flush_requested = false;
        }
    }

    /// Takes the sink and the queue, to write them out without the GIL;
    /// `None` when another thread has the sink or nothing is queued.
    pub fn take_for_write(&mut self) -> Option<(Box<dyn Write>, Vec<u8>)> {
        if self.pending.is_empty() {
            return None;
        }
        let sink = self.sink.take()?;
        self.flush_requested = false;
        Some((sink, std::mem::take(&mut self.pending)))
    }

    /// Returns the sink after a write without the GIL.
    pub fn put_back(&mut self, sink: Box<dyn Write>) {
        self.sink = Some(sink);
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
    /// One str object per name used by code objects.
    pub names: crate::objects::interner::NameInterner,
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
    /// What the embedding host controls: capabilities, limits, host threads.
    pub embed: super::embedding::EmbedState,
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

    /// Writes to standard output (with the GIL held throughout).
    pub fn write_stdout(&self, s: &str) {
        let mut out = self.stdout.borrow_mut();
        if out.write_str(s) {
            out.flush();
        }
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
