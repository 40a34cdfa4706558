//! `Options`: how an interpreter is set up (argv, limits, capabilities, standard streams).

use super::capture::CallbackWriter;
use crate::vm::embedding::{Capabilities, Limits};
use std::io::{BufRead, Write};

/// Ticks between the eval loop's check points unless set otherwise.
///
/// Chosen by measurement (`--switch-ticks N` with N = 1, 10, 100, 1000 on
/// `benches/fib.py`, `benches/while_loop.py` and
/// `benches/threads_wake_latency.py`): a check point with no waiting thread
/// costs one atomic load, so single-thread times were the same within noise
/// for every N; 100 ticks is a few microseconds of bytecode, far below the
/// 50 µs minimum slice a woken thread grants the running one, so it adds
/// nothing measurable to wake-up latency, while 1,000 ticks started to show
/// in the latency tail.
///
/// ```
/// assert_eq!(gilpy::Options::default().switch_ticks, gilpy::api::options::DEFAULT_SWITCH_TICKS);
/// ```
pub const DEFAULT_SWITCH_TICKS: u32 = 100;

/// Settings for a new [`crate::Interpreter`]. Fields can be set directly or
/// with the builder methods.
///
/// ```
/// use gilpy::{Capabilities, Interpreter, Limits, Options, OutputBuffer};
/// let out = OutputBuffer::new();
/// let opts = Options::default()
///     .argv(["script.py", "--fast"])
///     .recursion_limit(200)
///     .capabilities(Capabilities::NONE)
///     .limits(Limits { max_ticks: Some(1_000_000), ..Limits::default() })
///     .stdout(out.clone());
/// let mut interp = Interpreter::with_options(opts);
/// interp.run("import sys\nprint(sys.argv[1], sys.getrecursionlimit())", "<o>").unwrap();
/// interp.flush();
/// assert_eq!(out.contents(), "--fast 200\n");
/// ```
pub struct Options {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Extra entries at the front of `sys.path` (module search paths).
    pub path: Vec<String>,
    /// Ticks between GIL check points.
    pub switch_ticks: u32,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// Where standard output goes (process stdout when `None`).
    pub stdout: Option<Box<dyn Write>>,
    /// Where standard error goes (process stderr when `None`).
    pub stderr: Option<Box<dyn Write>>,
    /// Where standard input comes from (process stdin when `None`).
    pub stdin: Option<Box<dyn BufRead>>,
    /// Rust stack the interpreter may use on the thread that makes it (bytes),
    /// for the guard that turns deep native recursion into RecursionError. It
    /// is capped by what the thread really has left.
    pub stack_size: usize,
    /// The same for host threads entering through a [`crate::SharedInterpreter`]
    /// (bytes; capped the same way).
    pub host_thread_stack_size: usize,
    /// What scripts may do outside the interpreter.
    pub capabilities: Capabilities,
    /// Budgets on ticks and wall time, counted from the interpreter's creation.
    pub limits: Limits,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            argv: vec![String::new()],
            path: Vec::new(),
            switch_ticks: DEFAULT_SWITCH_TICKS,
            recursion_limit: 1000,
            stdout: None,
            stderr: None,
            stdin: None,
            stack_size: 8 << 20,
            host_thread_stack_size: 2 << 20,
            capabilities: Capabilities::ALL,
            limits: Limits::default(),
        }
    }
}

impl Options {
    /// Sets `sys.argv`.
    ///
    /// ```
    /// let opts = gilpy::Options::default().argv(["prog", "x"]);
    /// assert_eq!(opts.argv, ["prog", "x"]);
    /// ```
    pub fn argv<S: Into<String>>(mut self, argv: impl IntoIterator<Item = S>) -> Options {
        self.argv = argv.into_iter().map(Into::into).collect();
        self
    }

    /// Adds a directory to search for modules (before the others).
    ///
    /// ```
    /// let opts = gilpy::Options::default().module_path("/opt/scripts");
    /// assert_eq!(opts.path, ["/opt/scripts"]);
    /// ```
    pub fn module_path(mut self, dir: impl Into<String>) -> Options {
        self.path.push(dir.into());
        self
    }

    /// Sets the ticks between GIL check points.
    ///
    /// ```
    /// assert_eq!(gilpy::Options::default().switch_ticks(10).switch_ticks, 10);
    /// ```
    pub fn switch_ticks(mut self, ticks: u32) -> Options {
        self.switch_ticks = ticks;
        self
    }

    /// Sets the recursion limit (`sys.getrecursionlimit()`).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::with_options(gilpy::Options::default().recursion_limit(50));
    /// let err = interp.run("def f(n): return f(n + 1)\nf(0)", "<r>").unwrap_err();
    /// assert_eq!(err.type_name(), Some("RecursionError"));
    /// ```
    pub fn recursion_limit(mut self, limit: usize) -> Options {
        self.recursion_limit = limit;
        self
    }

    /// Sends standard output to `sink` (for example an [`crate::OutputBuffer`]).
    ///
    /// ```
    /// let out = gilpy::OutputBuffer::new();
    /// let mut interp = gilpy::Interpreter::with_options(gilpy::Options::default().stdout(out.clone()));
    /// interp.run("print(6 * 7)", "<p>").unwrap();
    /// interp.flush();
    /// assert_eq!(out.contents(), "42\n");
    /// ```
    pub fn stdout(mut self, sink: impl Write + Send + 'static) -> Options {
        self.stdout = Some(Box::new(sink));
        self
    }

    /// Sends standard error to `sink`.
    ///
    /// ```
    /// let err = gilpy::OutputBuffer::new();
    /// let mut interp = gilpy::Interpreter::with_options(gilpy::Options::default().stderr(err.clone()));
    /// interp.run("import sys\nsys.stderr.write('oops\\n')", "<e>").unwrap();
    /// interp.flush();
    /// assert_eq!(err.contents(), "oops\n");
    /// ```
    pub fn stderr(mut self, sink: impl Write + Send + 'static) -> Options {
        self.stderr = Some(Box::new(sink));
        self
    }

    /// Hands standard output text to `callback` (from whichever thread writes it).
    ///
    /// ```
    /// let (tx, rx) = std::sync::mpsc::channel();
    /// let opts = gilpy::Options::default().stdout_callback(move |s| tx.send(s.to_owned()).unwrap());
    /// let mut interp = gilpy::Interpreter::with_options(opts);
    /// interp.run("print('hi')", "<p>").unwrap();
    /// interp.flush();
    /// assert_eq!(rx.try_iter().collect::<String>(), "hi\n");
    /// ```
    pub fn stdout_callback(self, callback: impl FnMut(&str) + Send + 'static) -> Options {
        self.stdout(CallbackWriter::new(callback))
    }

    /// Hands standard error text to `callback`.
    ///
    /// ```
    /// let (tx, rx) = std::sync::mpsc::channel();
    /// let opts = gilpy::Options::default().stderr_callback(move |s| tx.send(s.to_owned()).unwrap());
    /// let mut interp = gilpy::Interpreter::with_options(opts);
    /// let _ = interp.run("1/0", "<p>");
    /// assert!(rx.try_iter().collect::<String>().is_empty()); // errors are returned, not printed
    /// ```
    pub fn stderr_callback(self, callback: impl FnMut(&str) + Send + 'static) -> Options {
        self.stderr(CallbackWriter::new(callback))
    }

    /// Reads standard input from `source`.
    ///
    /// ```
    /// let input = std::io::Cursor::new("Ada\n");
    /// let mut interp = gilpy::Interpreter::with_options(gilpy::Options::default().stdin(input));
    /// interp.run("name = input()", "<i>").unwrap();
    /// assert_eq!(interp.with_gil(|py| py.get_global::<String>("name")).unwrap(), "Ada");
    /// ```
    pub fn stdin(mut self, source: impl BufRead + Send + 'static) -> Options {
        self.stdin = Some(Box::new(source));
        self
    }

    /// Sets what scripts may do.
    ///
    /// ```
    /// use gilpy::Capabilities;
    /// let caps = Capabilities { filesystem: false, ..Capabilities::ALL };
    /// let mut interp = gilpy::Interpreter::with_options(gilpy::Options::default().capabilities(caps));
    /// let err = interp.run("open('/etc/hostname')", "<f>").unwrap_err();
    /// assert_eq!(err.type_name(), Some("PermissionError"));
    /// ```
    pub fn capabilities(mut self, caps: crate::Capabilities) -> Options {
        self.capabilities = caps;
        self
    }

    /// Sets budgets on ticks and wall time.
    ///
    /// ```
    /// use gilpy::{Limits, RunError};
    /// let limits = Limits { max_ticks: Some(10_000), ..Limits::default() };
    /// let mut interp = gilpy::Interpreter::with_options(gilpy::Options::default().limits(limits));
    /// let err = interp.run("while True: pass", "<spin>").unwrap_err();
    /// assert_eq!(err, RunError::TickLimitExceeded { limit: 10_000 });
    /// ```
    pub fn limits(mut self, limits: crate::Limits) -> Options {
        self.limits = limits;
        self
    }
}
