//! `Interpreter`: one Python interpreter as a Rust value.

use super::options::Options;
use crate::compiler::Mode;
use crate::objects::Value;
use crate::objects::module::Module;
use crate::parser::SourceOrigin;
use crate::vm::frame::Frame;
use crate::vm::interp::{Input, Interp, Output};
use crate::vm::stdin::StdinSource;
use crate::vm::{BuiltinTypes, PyErr, Vm};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::rc::Rc;

/// Why running code failed.
#[derive(Debug, Clone, PartialEq)]
pub enum RunError {
    /// An uncaught Python exception.
    Exception {
        /// The exception's class name (e.g. `ZeroDivisionError`).
        type_name: String,
        /// `str(exception)`.
        message: String,
        /// The full report as CPython would print it.
        traceback: String,
    },
    /// `SystemExit` with its exit status.
    SystemExit(i32),
    /// An interrupt (Ctrl-C) stopped the wait for non-daemon threads at exit;
    /// nothing was printed. The CLI then ends by SIGINT, without a traceback.
    InterruptedAtExit,
}

/// A Python interpreter.
pub struct Interpreter {
    vm: std::mem::ManuallyDrop<Vm>,
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
    pub fn new() -> Interpreter {
        Interpreter::with_options(Options::default())
    }

    /// An interpreter with the given options.
    pub fn with_options(opts: Options) -> Interpreter {
        let interp = Rc::new(make_interp(
            opts.argv,
            opts.switch_ticks,
            opts.recursion_limit,
            opts.stdout,
            opts.stderr,
            opts.stdin,
            &opts.path,
        ));
        interp.gil.acquire();
        let mut vm = Vm::new(interp, opts.stack_size);
        crate::builtins::setup::install(&mut vm);
        if let Ok(sys) = vm.import_module("sys") {
            let _ = sys;
        }
        Interpreter {
            vm: std::mem::ManuallyDrop::new(vm),
        }
    }

    /// Direct access to the VM (for native modules and the CLI).
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Runs a program given as text as `__main__`, as `python -c` does.
    pub fn run_main(&mut self, source: &str, filename: &str) -> Result<(), RunError> {
        self.run_main_from(source, filename, SourceOrigin::Text)
    }

    /// Runs a script file's bytes as `__main__`, as `python file.py` does: they are decoded
    /// as CPython's tokenizer does (byte order mark, coding declaration), and syntax errors
    /// are reported the way CPython reports them for files.
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
    pub fn report(&mut self, err: PyErr) -> RunError {
        if self.vm.err_is(&err, "SystemExit") {
            return RunError::SystemExit(self.system_exit_code(&err.exc));
        }
        let type_name = self.vm.class_of(&err.exc).name();
        let message = self.vm.str_string(&err.exc).unwrap_or_default();
        let traceback = self.vm.format_exception(&err.exc);
        RunError::Exception {
            type_name,
            message,
            traceback,
        }
    }

    /// The exit status of a SystemExit, printing a non-int code to stderr like CPython.
    fn system_exit_code(&mut self, exc: &Value) -> i32 {
        let code = self.vm.getattr_str(exc, "code").unwrap_or(Value::None);
        match code {
            Value::None => 0,
            Value::Int(n) => n as i32,
            Value::Bool(b) => b as i32,
            other => {
                let text = self.vm.str_string(&other).unwrap_or_default();
                self.vm.interp.flush_all();
                self.vm.interp.write_stderr(&format!("{text}\n"));
                1
            }
        }
    }

    /// The flag that, when set from any thread, raises KeyboardInterrupt in the main thread.
    pub fn interrupt_flag(&self) -> std::sync::Arc<std::sync::atomic::AtomicBool> {
        self.vm.interp.interrupt.clone()
    }

    /// Flushes the standard streams.
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
fn make_interp(
    argv: Vec<String>,
    switch_ticks: u32,
    recursion_limit: usize,
    stdout: Option<Box<dyn std::io::Write>>,
    stderr: Option<Box<dyn std::io::Write>>,
    stdin: Option<Box<dyn std::io::BufRead>>,
    path: &[String],
) -> Interp {
    let stdout_tty = stdout.is_none() && std::io::stdout().is_terminal();
    let stdout = stdout
        .unwrap_or_else(|| Box::new(std::io::BufWriter::with_capacity(8192, std::io::stdout())));
    let stderr = stderr.unwrap_or_else(|| Box::new(std::io::stderr()));
    let stdin = match stdin {
        Some(reader) => StdinSource::Host(reader),
        None => StdinSource::Process(std::io::BufReader::new(std::io::stdin())),
    };
    let mut stdlib = HashMap::new();
    for (name, text) in crate::stdlib::SOURCES {
        stdlib.insert(*name, *text);
    }
    Interp {
        types: BuiltinTypes::new(),
        names: Default::default(),
        builtins: Rc::new(Module::new("builtins")),
        modules: Rc::new(crate::objects::dict::PyDict::new()),
        path: RefCell::new(Value::list(path.iter().map(|p| Value::str(p)).collect())),
        argv: RefCell::new(argv),
        switch_ticks: Cell::new(switch_ticks.max(1)),
        recursion_limit: Cell::new(recursion_limit),
        stdout: RefCell::new(Output::new(stdout, stdout_tty)),
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
    }
}
