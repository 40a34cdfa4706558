//! What an interactive session needs from an [`Interpreter`]: run one input in `__main__`,
//! run a `-i` program without waiting for its threads, wait for the terminal without the
//! GIL, read the prompts, and look up names for completion ([`completion`]).

pub mod completion;

use crate::api::{Interpreter, RunError};
use crate::compiler::Mode;
use crate::objects::Value;
use crate::objects::module::Module;
use crate::parser::SourceOrigin;
use crate::vm::frame::Frame;
use std::rc::Rc;

/// The file name CPython gives interactive input in tracebacks.
pub const INTERACTIVE_FILENAME: &str = "<stdin>";

impl Interpreter {
    /// The `__main__` module, made (with `__builtins__`) when there is none yet.
    pub fn session_main(&mut self) -> Rc<Module> {
        let vm = self.vm();
        if let Some(Value::Module(m)) = vm.interp.modules.get_str("__main__") {
            return m;
        }
        let module = Rc::new(Module::new("__main__"));
        module
            .dict
            .set_str("__builtins__", Value::Module(vm.interp.builtins.clone()));
        vm.interp
            .modules
            .set_str("__main__", Value::Module(module.clone()));
        module
    }

    /// Runs one interactive input in `__main__`: compiled as `<stdin>`, expression
    /// statements echoed (`sys.displayhook`'s way). Threads it starts keep running.
    pub fn run_interactive(&mut self, source: &str) -> Result<(), RunError> {
        let module = self.session_main();
        let vm = self.vm();
        let compiled = vm.compile_source(source, INTERACTIVE_FILENAME, Mode::Interactive);
        // CPython shows no source lines for `<stdin>`: it is not a file it can read back.
        vm.interp.sources.borrow_mut().remove(INTERACTIVE_FILENAME);
        let run = compiled.and_then(|code| {
            let frame = Frame::new(code, module.dict.clone(), Some(module.dict.clone()));
            vm.run_nested(frame)
        });
        run.map(|_| ()).map_err(|e| self.report(e))
    }

    /// Runs a program's text as `__main__` (`gilpy -i -c CODE`) without waiting for the
    /// threads it starts: the session that follows shares them.
    pub fn run_main_keeping_threads(
        &mut self,
        source: &str,
        filename: &str,
    ) -> Result<(), RunError> {
        let module = self.fresh_main(filename);
        self.run_program(source, filename, &module, SourceOrigin::Text)
    }

    /// [`Interpreter::run_main_keeping_threads`] for a script file's bytes (`gilpy -i file`),
    /// decoded as CPython decodes a script.
    pub fn run_main_bytes_keeping_threads(
        &mut self,
        source: &[u8],
        filename: &str,
    ) -> Result<(), RunError> {
        let module = self.fresh_main(filename);
        match crate::lexer::decode::decode_source(source, filename) {
            Ok(text) => self.run_program(&text, filename, &module, SourceOrigin::File),
            Err(msg) => {
                let err = self.vm().error_args("SyntaxError", vec![Value::str(&msg)]);
                Err(self.report(err))
            }
        }
    }

    /// Runs `f` without holding the GIL, so that other Python threads run meanwhile
    /// (the session waits for the terminal this way). `f` must not touch Python values.
    pub fn without_gil<R>(&mut self, f: impl FnOnce() -> R) -> R {
        self.vm().allow_threads(f)
    }

    /// Sets `sys.ps1` and `sys.ps2` to `>>> ` and `... ` unless the program set them:
    /// as in CPython they exist only in interactive mode.
    pub fn set_default_prompts(&mut self) {
        let vm = self.vm();
        let Some(Value::Module(sys)) = vm.interp.modules.get_str("sys") else {
            return;
        };
        for (name, text) in [("ps1", ">>> "), ("ps2", "... ")] {
            if sys.dict.get_str(name).is_none() {
                sys.dict.set_str(name, Value::str(text));
            }
        }
    }

    /// The prompt to show: `str(sys.ps1)`, or `str(sys.ps2)` for a continuation line
    /// (`>>> ` and `... ` when they are missing or fail).
    pub fn prompt(&mut self, continuation: bool) -> String {
        let (name, default) = if continuation {
            ("ps2", "... ")
        } else {
            ("ps1", ">>> ")
        };
        let vm = self.vm();
        let Some(sys) = vm.interp.modules.get_str("sys") else {
            return default.to_owned();
        };
        match vm.getattr_opt(&sys, name) {
            Ok(Some(v)) => vm.str_string(&v).unwrap_or_else(|_| default.to_owned()),
            _ => default.to_owned(),
        }
    }

    /// Makes standard output flush at every newline (a session's output is for a person,
    /// whatever the sink it was given).
    pub fn set_stdout_line_buffered(&mut self) {
        self.vm().interp.stdout.borrow_mut().line_buffered = true;
    }

    /// Writes text to the interpreter's standard error after what standard output holds.
    pub fn write_stderr(&mut self, text: &str) {
        let interp = &self.vm().interp;
        interp.flush_all();
        interp.write_stderr(text);
    }

    /// A new `__main__` for a program named `filename`.
    fn fresh_main(&mut self, filename: &str) -> Rc<Module> {
        let vm = self.vm();
        vm.interp.modules.remove_str("__main__");
        let module = self.session_main();
        module.dict.set_str("__file__", Value::str(filename));
        module
    }

    /// Runs a program before a session: `SystemExit` is reported like any other exception,
    /// as CPython's `-i` does, and the session still opens.
    fn run_program(
        &mut self,
        source: &str,
        filename: &str,
        module: &Rc<Module>,
        origin: SourceOrigin,
    ) -> Result<(), RunError> {
        let vm = self.vm();
        let run = vm
            .compile_source_from(source, filename, Mode::Exec, origin)
            .and_then(|code| {
                let frame = Frame::new(code, module.dict.clone(), Some(module.dict.clone()));
                vm.run_nested(frame)
            });
        match run {
            Ok(_) => Ok(()),
            Err(e) if vm.err_is(&e, "SystemExit") => Err(RunError::Exception {
                type_name: "SystemExit".to_owned(),
                message: vm.str_string(&e.exc).unwrap_or_default(),
                traceback: vm.format_exception(&e.exc),
            }),
            Err(e) => Err(self.report(e)),
        }
    }
}
