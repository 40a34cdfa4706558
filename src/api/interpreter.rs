//! `Interpreter`: one Python interpreter as a Rust value, owned by one thread.

use super::control::InterruptHandle;
use super::convert::FromPython;
use super::error::RunError;
use super::options::Options;
use super::python::Python;
use super::shared::SharedInterpreter;
use crate::compiler::Mode;
use crate::objects::Value;
use crate::objects::module::Module;
use crate::parser::SourceOrigin;
use crate::vm::embedding::Limits;
use crate::vm::frame::Frame;
use crate::vm::interp::{Input, Interp, Output};
use crate::vm::stdin::StdinSource;
use crate::vm::{BuiltinTypes, PyErr, Vm};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::rc::Rc;

/// A Python interpreter, owned by the thread that made it.
///
/// That thread holds the interpreter's GIL for as long as the `Interpreter`
/// lives, except inside [`Interpreter::allow_threads`] and while Python code
/// waits (sleeps, locks, joins): threads started by the script run then. To
/// let other Rust threads call in, turn it into a [`SharedInterpreter`].
///
/// ```
/// use gilpy::{Interpreter, Options, OutputBuffer};
/// let out = OutputBuffer::new();
/// let mut interp = Interpreter::with_options(Options::default().stdout(out.clone()));
/// interp.run("for i in range(3):\n    print(i)", "<loop>").unwrap();
/// assert_eq!(out.contents(), "0\n1\n2\n");
/// ```
pub struct Interpreter {
    vm: std::mem::ManuallyDrop<Vm>,
    host_thread_stack_size: usize,
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        let gil = self.vm.interp.gil.clone();
        // SAFETY: `vm` is not used again; its values are dropped while this thread still holds the GIL.
        unsafe { std::mem::ManuallyDrop::drop(&mut self.vm) };
        gil.release();
    }
}

impl Interpreter {
    /// An interpreter with default options.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// assert_eq!(interp.eval::<i64>("2 + 2").unwrap(), 4);
    /// ```
    pub fn new() -> Interpreter {
        Interpreter::with_options(Options::default())
    }

    /// An interpreter with the given options.
    ///
    /// ```
    /// let opts = gilpy::Options::default().argv(["tool", "-v"]);
    /// let mut interp = gilpy::Interpreter::with_options(opts);
    /// assert_eq!(interp.eval::<Vec<String>>("__import__('sys').argv").unwrap(), ["tool", "-v"]);
    /// ```
    pub fn with_options(opts: Options) -> Interpreter {
        let host_thread_stack_size = opts.host_thread_stack_size;
        let stack_size = opts.stack_size;
        let interp = Rc::new(make_interp(opts));
        interp.gil.acquire();
        let mut vm = Vm::new(interp, super::stack::usable_stack(stack_size));
        crate::builtins::setup::install(&mut vm);
        let _ = vm.import_module("sys");
        Interpreter {
            vm: std::mem::ManuallyDrop::new(vm),
            host_thread_stack_size,
        }
    }

    /// Runs `f` with the token for this interpreter's GIL (which this thread holds).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// let total = interp.with_gil(|py| {
    ///     py.set_global("xs", vec![1.5, 2.5])?;
    ///     py.eval::<f64>("sum(xs)")
    /// }).unwrap();
    /// assert_eq!(total, 4.0);
    /// ```
    pub fn with_gil<R>(&mut self, f: impl FnOnce(&mut Python<'_>) -> R) -> R {
        let r = f(&mut Python::new(&mut self.vm));
        self.vm.interp.flush_all();
        r
    }

    /// Runs statements in `__main__` (see [`Python::run`]) and flushes the output.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.run("x = [n * n for n in range(4)]", "<sq>").unwrap();
    /// assert_eq!(interp.eval::<Vec<i64>>("x").unwrap(), [0, 1, 4, 9]);
    /// ```
    pub fn run(&mut self, source: &str, filename: &str) -> Result<(), RunError> {
        self.with_gil(|py| py.run(source, filename))
    }

    /// Evaluates an expression in `__main__` (see [`Python::eval`]).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// assert_eq!(interp.eval::<String>("'-'.join('abc')").unwrap(), "a-b-c");
    /// ```
    pub fn eval<T: FromPython>(&mut self, expression: &str) -> Result<T, RunError> {
        self.with_gil(|py| py.eval(expression))
    }

    /// Runs `f` without holding the GIL, so threads the script started (or
    /// host threads) run meanwhile. `f` must be `Send`, which keeps Python
    /// values out of it.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.run("import threading\ndone = threading.Event()\nthreading.Thread(target=done.set).start()", "<t>").unwrap();
    /// interp.allow_threads(|| std::thread::sleep(std::time::Duration::from_millis(50)));
    /// assert!(interp.eval::<bool>("done.is_set()").unwrap());
    /// ```
    pub fn allow_threads<R: Send>(&mut self, f: impl FnOnce() -> R + Send) -> R {
        self.vm.allow_threads(f)
    }

    /// A handle that raises `KeyboardInterrupt` in the running code from any thread.
    ///
    /// ```
    /// let interp = gilpy::Interpreter::new();
    /// let handle = interp.interrupt_handle();
    /// std::thread::spawn(move || handle.interrupt()).join().unwrap();
    /// ```
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle::new(self.vm.interp.interrupt.clone())
    }

    /// Sets new budgets on ticks and wall time, counted from now (this also
    /// clears a limit that was exceeded, so the interpreter can run again).
    ///
    /// ```
    /// use gilpy::{Limits, RunError};
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.set_limits(Limits { max_ticks: Some(5_000), ..Limits::default() });
    /// assert!(matches!(interp.run("while True: pass", "<s>"), Err(RunError::TickLimitExceeded { .. })));
    /// interp.set_limits(Limits::default());
    /// assert_eq!(interp.eval::<i64>("1 + 1").unwrap(), 2);
    /// ```
    pub fn set_limits(&mut self, limits: Limits) {
        self.vm.interp.embed.set_limits(limits);
    }

    /// Turns the interpreter into one that any number of Rust threads can share
    /// (each entering with [`SharedInterpreter::with_gil`]). This thread gives up the GIL.
    ///
    /// ```
    /// let shared = gilpy::Interpreter::new().into_shared();
    /// let s2 = shared.clone();
    /// std::thread::spawn(move || s2.with_gil(|py| py.run("x = 1", "<t>")).unwrap())
    ///     .join()
    ///     .unwrap();
    /// assert_eq!(shared.with_gil(|py| py.get_global::<i64>("x")).unwrap(), 1);
    /// ```
    pub fn into_shared(self) -> SharedInterpreter {
        let stack = self.host_thread_stack_size;
        let mut this = std::mem::ManuallyDrop::new(self);
        // SAFETY: `this` is never dropped, so the VM is moved out exactly once.
        let vm = unsafe { std::mem::ManuallyDrop::take(&mut this.vm) };
        SharedInterpreter::from_owned(vm, stack)
    }

    /// Direct access to the VM (for native modules and the CLI).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// assert_eq!(interp.vm().depth, 0);
    /// ```
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Runs a program given as text as a fresh `__main__` and waits for its
    /// non-daemon threads, as `python -c` does.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// assert_eq!(interp.run_main("import sys\nsys.exit(3)", "<m>"), Err(gilpy::RunError::SystemExit(3)));
    /// ```
    pub fn run_main(&mut self, source: &str, filename: &str) -> Result<(), RunError> {
        self.run_main_from(source, filename, SourceOrigin::Text)
    }

    /// Runs a script file's bytes as `__main__`, as `python file.py` does: they are decoded
    /// as CPython's tokenizer does (byte order mark, coding declaration), and syntax errors
    /// are reported the way CPython reports them for files.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.run_main_bytes(b"\xef\xbb\xbfx = 1\n", "bom.py").unwrap();
    /// assert_eq!(interp.eval::<i64>("x").unwrap(), 1);
    /// ```
    pub fn run_main_bytes(&mut self, source: &[u8], filename: &str) -> Result<(), RunError> {
        match crate::lexer::decode::decode_source(source, filename) {
            Ok(text) => self.run_main_from(&text, filename, SourceOrigin::File),
            Err(msg) => {
                let err = self.vm.error_args("SyntaxError", vec![Value::str(&msg)]);
                Err(self.report(err))
            }
        }
    }

    /// Runs a program as `__main__`, its source having come from `origin`.
    fn run_main_from(
        &mut self,
        source: &str,
        filename: &str,
        origin: SourceOrigin,
    ) -> Result<(), RunError> {
        let module = Rc::new(Module::new("__main__"));
        module.dict.set_str("__file__", Value::str(filename));
        module.dict.set_str(
            "__builtins__",
            Value::Module(self.vm.interp.builtins.clone()),
        );
        self.vm
            .interp
            .modules
            .set_str("__main__", Value::Module(module.clone()));
        let result = self.exec_in_from(source, filename, &module, Mode::Exec, origin);
        let result = match result {
            Err(RunError::SystemExit(code)) => self
                .shutdown_threads()
                .map(|_| Err(RunError::SystemExit(code)))?,
            Err(e) => {
                let _ = self.shutdown_threads();
                Err(e)
            }
            Ok(()) => self.shutdown_threads(),
        };
        self.vm.interp.flush_all();
        result
    }

    /// Waits for non-daemon threads (`threading._shutdown()`), as CPython does at exit.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.run("import threading, time\nthreading.Thread(target=time.sleep, args=(0.05,)).start()", "<t>").unwrap();
    /// interp.shutdown_threads().unwrap();
    /// assert_eq!(interp.eval::<i64>("threading.active_count()").unwrap(), 1);
    /// ```
    pub fn shutdown_threads(&mut self) -> Result<(), RunError> {
        let Some(threading) = self.vm.interp.modules.get_str("threading") else {
            return Ok(());
        };
        let shutdown = match self.vm.getattr_opt(&threading, "_shutdown") {
            Ok(Some(f)) => f,
            _ => return Ok(()),
        };
        match self.vm.call0(&shutdown, &[]) {
            Ok(_) => Ok(()),
            Err(e) if self.vm.err_is(&e, "KeyboardInterrupt") => Err(RunError::InterruptedAtExit),
            Err(e) => Err(self.report(e)),
        }
    }

    /// Compiles and runs `source` in a module's namespace.
    ///
    /// ```
    /// use std::rc::Rc;
    /// let mut interp = gilpy::Interpreter::new();
    /// let m = Rc::new(gilpy::objects::module::Module::new("scratch"));
    /// interp.exec_in("y = 5", "<s>", &m, gilpy::compiler::Mode::Exec).unwrap();
    /// assert!(m.dict.get_str("y").is_some());
    /// ```
    pub fn exec_in(
        &mut self,
        source: &str,
        filename: &str,
        module: &Rc<Module>,
        mode: Mode,
    ) -> Result<(), RunError> {
        self.exec_in_from(source, filename, module, mode, SourceOrigin::Text)
    }

    /// [`Interpreter::exec_in`] for source that came from `origin`.
    fn exec_in_from(
        &mut self,
        source: &str,
        filename: &str,
        module: &Rc<Module>,
        mode: Mode,
        origin: SourceOrigin,
    ) -> Result<(), RunError> {
        let run = self
            .vm
            .compile_source_from(source, filename, mode, origin)
            .and_then(|code| {
                let frame = Frame::new(code, module.dict.clone(), Some(module.dict.clone()));
                self.vm.run_nested(frame)
            });
        run.map(|_| ()).map_err(|e| self.report(e))
    }

    /// Turns a raised exception into a [`RunError`] (SystemExit gets its status).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// let err = interp.vm().value_error("bad");
    /// assert_eq!(interp.report(err).to_string(), "ValueError: bad");
    /// ```
    pub fn report(&mut self, err: PyErr) -> RunError {
        RunError::from_py(&mut self.vm, &err)
    }

    /// The flag that, when set from any thread, raises KeyboardInterrupt in the main thread
    /// (the CLI's SIGINT handler sets it; hosts use [`Interpreter::interrupt_handle`]).
    ///
    /// ```
    /// let interp = gilpy::Interpreter::new();
    /// assert!(!interp.interrupt_flag().load(std::sync::atomic::Ordering::SeqCst));
    /// ```
    pub fn interrupt_flag(&self) -> std::sync::Arc<std::sync::atomic::AtomicBool> {
        self.vm.interp.interrupt.clone()
    }

    /// Flushes the standard streams.
    ///
    /// ```
    /// let out = gilpy::OutputBuffer::new();
    /// let mut interp = gilpy::Interpreter::with_options(gilpy::Options::default().stdout(out.clone()));
    /// interp.vm().interp.write_stdout("no newline");
    /// interp.flush();
    /// assert_eq!(out.contents(), "no newline");
    /// ```
    pub fn flush(&self) {
        self.vm.interp.flush_all();
    }
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

/// Builds the shared interpreter state.
fn make_interp(opts: Options) -> Interp {
    // Host sinks are line-buffered, so captured text arrives as it is printed.
    let stdout_line_buffered = opts.stdout.is_some() || std::io::stdout().is_terminal();
    let stdout = opts
        .stdout
        .unwrap_or_else(|| Box::new(std::io::BufWriter::with_capacity(8192, std::io::stdout())));
    let stderr = opts.stderr.unwrap_or_else(|| Box::new(std::io::stderr()));
    let stdin = match opts.stdin {
        Some(reader) => StdinSource::Host(reader),
        None => StdinSource::Process(std::io::BufReader::new(std::io::stdin())),
    };
    let mut stdlib = HashMap::new();
    for (name, text) in crate::stdlib::SOURCES {
        stdlib.insert(*name, *text);
    }
    let path = opts.path.iter().map(|p| Value::str(p)).collect();
    let interp = Interp {
        types: BuiltinTypes::new(),
        names: Default::default(),
        builtins: Rc::new(Module::new("builtins")),
        modules: Rc::new(crate::objects::dict::PyDict::new()),
        path: RefCell::new(Value::list(path)),
        argv: RefCell::new(opts.argv),
        switch_ticks: Cell::new(opts.switch_ticks.max(1)),
        recursion_limit: Cell::new(opts.recursion_limit),
        stdout: RefCell::new(Output::new(stdout, stdout_line_buffered)),
        stderr: RefCell::new(Output::new(stderr, true)),
        stdin: RefCell::new(Input {
            source: Some(stdin),
        }),
        sources: RefCell::new(HashMap::new()),
        native_modules: RefCell::new(crate::modules::registry()),
        stdlib: RefCell::new(stdlib),
        counter: Cell::new(0),
        gil: crate::gil::Gil::new(),
        running_threads: Cell::new(0),
        interrupt: std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
        main_ident: Cell::new(crate::modules::thread::current_ident()),
        embed: Default::default(),
    };
    interp.embed.capabilities.set(opts.capabilities);
    interp.embed.set_limits(opts.limits);
    interp
}
