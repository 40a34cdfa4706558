//! gilpy: a small Python interpreter with a global interpreter lock, made to be
//! embedded in Rust programs (the `gilpy` command line is one user of this API).
//!
//! # Embedding in five steps
//!
//! 1. **Make an interpreter** with [`Interpreter::new`] or
//!    [`Interpreter::with_options`]: [`Options`] sets `sys.argv`, module search
//!    paths, the switch interval, the recursion limit, where standard output,
//!    error and input go ([`OutputBuffer`], a callback, any `Write`), which
//!    [`Capabilities`] scripts get, and [`Limits`] on ticks and wall time.
//! 2. **Enter it** with [`Interpreter::with_gil`]: the closure gets a
//!    [`Python`] token, the proof that this thread holds the interpreter's GIL.
//!    Through it you run statements ([`Python::run`], [`Python::run_file`]),
//!    evaluate expressions ([`Python::eval`]), compile once and run many times
//!    ([`Python::compile`], [`Code`]), read and write `__main__` globals and
//!    import modules.
//! 3. **Exchange values** with [`ToPython`] / [`FromPython`] (bool, every
//!    integer type and `BigInt`, floats, strings, [`Bytes`], `Option`, `Vec`,
//!    tuples, maps and sets, nested freely) or keep any object as a
//!    [`PyObject`] handle to call (positional and keyword arguments), inspect
//!    and pass back.
//! 4. **Offer Rust to Python**: closures with typed arguments become Python
//!    functions ([`Python::add_function`], [`IntoHostFunction`]); a
//!    [`NativeModule`] groups functions and constants that scripts `import`;
//!    a [`HostClass`] exposes a Rust type as a Python class (constructor,
//!    methods, read-only attributes; values travel as [`HostRef`]);
//!    a [`HostError`] raises the Python exception of your choice. A host
//!    function that blocks releases the GIL with [`Python::allow_threads`],
//!    whose `Send` bound keeps Python values out of the closure.
//! 5. **Stay in control**: an [`InterruptHandle`] raises `KeyboardInterrupt`
//!    from any thread, even in a sleep or a lock wait; exhausted [`Limits`]
//!    stop the code with [`RunError::TickLimitExceeded`] or
//!    [`RunError::TimeLimitExceeded`], which scripts cannot catch; every
//!    error is a [`RunError`] with the exception's type name, message and
//!    formatted traceback, or [`RunError::SystemExit`] with its status.
//!
//! ```
//! use gilpy::{Capabilities, HostError, Interpreter, Limits, NativeModule, Options, OutputBuffer, Python};
//!
//! // 1. An interpreter whose output we capture, with no access to files or the network.
//! let out = OutputBuffer::new();
//! let opts = Options::default()
//!     .stdout(out.clone())
//!     .capabilities(Capabilities { filesystem: false, network: false, ..Capabilities::ALL })
//!     .limits(Limits { max_ticks: Some(10_000_000), ..Limits::default() });
//! let mut interp = Interpreter::with_options(opts);
//!
//! // 4. A native module and a host function that releases the GIL while it waits.
//! let tools = NativeModule::new("tools")
//!     .function("clamp", |x: f64, lo: f64, hi: f64| Ok::<_, HostError>(x.max(lo).min(hi)))
//!     .constant("VERSION", "1.0");
//!
//! let report: Vec<(String, f64)> = interp.with_gil(|py| {
//!     py.add_module(tools)?;
//!     py.add_function("pause", |py: &mut Python, ms: u64| {
//!         py.allow_threads(|| std::thread::sleep(std::time::Duration::from_millis(ms)));
//!         Ok::<_, HostError>(())
//!     })?;
//!     // 2. Globals in, code run, a value out (3. converted to Rust types).
//!     py.set_global("readings", vec![("a".to_owned(), 1.5), ("b".to_owned(), 12.0)])?;
//!     py.run(
//!         "import tools\npause(1)\nclamped = [(k, tools.clamp(v, 0, 10)) for k, v in readings]\nprint('ok', tools.VERSION)",
//!         "report.py",
//!     )?;
//!     py.get_global("clamped")
//! }).unwrap();
//! assert_eq!(report, [("a".to_owned(), 1.5), ("b".to_owned(), 10.0)]);
//! assert_eq!(out.contents(), "ok 1.0\n");
//!
//! // 5. Errors come back typed; denied capabilities raise PermissionError.
//! let err = interp.run("open('data.txt')", "sandboxed.py").unwrap_err();
//! assert_eq!(err.type_name(), Some("PermissionError"));
//! ```
//!
//! # Threads and the GIL
//!
//! An [`Interpreter`] belongs to the thread that made it, which holds the GIL
//! except inside [`Interpreter::allow_threads`] and while Python code waits;
//! threads the script starts run in those moments (and
//! [`Interpreter::shutdown_threads`] waits for them). To call in from several
//! Rust threads, turn it into a [`SharedInterpreter`] (`Send + Sync`,
//! cloneable): each [`SharedInterpreter::with_gil`] takes the GIL in FIFO
//! order on a per-thread VM. Separate interpreters share nothing, not even a
//! GIL, so they run in parallel on separate threads.
//!
//! Python values ([`PyObject`], [`Python`], [`Code`]) are reference counted
//! without atomics and are not `Send`; the compiler keeps them on the
//! interpreter's threads. A [`SharedObject`] carries an object between the
//! Rust threads of a shared interpreter and opens only with its GIL token.
//!
//! # Limits
//!
//! Ticks are counted at the eval loop's check points (every
//! `Options::switch_ticks` ticks: backward jumps and calls), so a tick limit
//! is exact to within one switch interval. Wall time is checked at the same
//! points and inside every blocking wait. When a limit is exceeded, the
//! exception (`ExecutionLimitExceeded`, a `BaseException`) unwinds without
//! running any `except`, `finally` or `__exit__`, in every thread of the
//! interpreter; the interpreter then refuses to run code until the host
//! grants a new budget with [`Interpreter::set_limits`]. CPython has no
//! equivalent: this is gilpy's own design for sandboxing.
//!
//! See `examples/` for complete programs: capturing output, host functions
//! and modules, Python threads, Rust threads sharing an interpreter, parallel
//! interpreters, and a sandbox.

pub mod api;
pub mod builtins;
pub mod compiler;
pub mod format;
pub mod gil;
pub mod lexer;
pub mod modules;
pub mod objects;
pub mod parser;
pub mod repl;
pub mod stdlib;
pub mod vm;

pub use api::{
    Bytes, CallbackWriter, Code, FromPython, HostClass, HostError, HostRef, Interpreter,
    InterruptHandle, IntoArgs, IntoHostFunction, NativeModule, Options, OutputBuffer, PyObject,
    Python, RunError, SharedInterpreter, SharedObject, ToPython,
};
pub use vm::embedding::{Capabilities, Capability, LimitKind, Limits};

/// `sys.version` text.
pub const PYTHON_VERSION_TEXT: &str = "3.11.7 (gilpy 0.1.0)";
