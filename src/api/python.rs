//! `Python<'py>`: the token proving this thread holds the interpreter's GIL; running code and globals.

use super::code::Code;
use super::convert::{FromPython, ToPython};
use super::error::RunError;
use super::object::PyObject;
use crate::compiler::Mode;
use crate::objects::Value;
use crate::objects::module::Module;
use crate::parser::SourceOrigin;
use crate::vm::frame::Frame;
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

/// Proof that the current thread holds an interpreter's GIL, and the door to it.
///
/// You get one from [`crate::Interpreter::with_gil`] or
/// [`crate::SharedInterpreter::with_gil`], and host functions may ask for one
/// as their first argument. It cannot leave the closure it was given to, and
/// it is not `Send`, so Python values stay on the thread that holds the GIL.
///
/// ```
/// let mut interp = gilpy::Interpreter::new();
/// let n: i64 = interp.with_gil(|py| {
///     py.run("def sq(x):\n    return x * x", "<defs>")?;
///     py.eval("sq(12)")
/// }).unwrap();
/// assert_eq!(n, 144);
/// ```
pub struct Python<'py> {
    vm: &'py mut Vm,
}

impl<'py> Python<'py> {
    /// The token for a thread that holds the GIL of `vm`'s interpreter.
    pub(crate) fn new(vm: &'py mut Vm) -> Python<'py> {
        Python { vm }
    }

    /// The thread's VM, for code that uses gilpy's internal API (native modules).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| assert_eq!(py.vm().depth, 0));
    /// ```
    pub fn vm(&mut self) -> &mut Vm {
        self.vm
    }

    /// Turns a raised exception into a [`RunError`].
    pub(crate) fn error(&mut self, err: PyErr) -> RunError {
        RunError::from_py(self.vm, &err)
    }

    /// Turns an exception raised through gilpy's internal API ([`Python::vm`]) into a [`RunError`].
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let err = py.vm().type_error("nope");
    ///     assert_eq!(py.report(err).to_string(), "TypeError: nope");
    /// });
    /// ```
    pub fn report(&mut self, err: PyErr) -> RunError {
        self.error(err)
    }

    /// Maps a `PyResult` to the API's result.
    pub(crate) fn check<T>(&mut self, r: PyResult<T>) -> Result<T, RunError> {
        r.map_err(|e| self.error(e))
    }

    /// The `__main__` module (created on first use).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let main = py.main_module();
    ///     assert_eq!(main.getattr(py, "__name__")?.extract::<String>(py)?, "__main__");
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn main_module(&mut self) -> PyObject {
        PyObject::from_value(Value::Module(self.main()))
    }

    /// `sys.modules["__main__"]`, made when missing.
    pub(crate) fn main(&mut self) -> Rc<Module> {
        if let Some(Value::Module(m)) = self.vm.interp.modules.get_str("__main__") {
            return m;
        }
        let module = Rc::new(Module::new("__main__"));
        let builtins = Value::Module(self.vm.interp.builtins.clone());
        module.dict.set_str("__builtins__", builtins);
        let value = Value::Module(module.clone());
        self.vm.interp.modules.set_str("__main__", value);
        module
    }

    /// Runs statements in `__main__`; `filename` names them in tracebacks.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.run("total = sum(range(5))", "<setup>")?;
    ///     assert_eq!(py.get_global::<i64>("total")?, 10);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn run(&mut self, source: &str, filename: &str) -> Result<(), RunError> {
        let code = self.compile(source, filename)?;
        self.run_code(&code)
    }

    /// Runs a file's statements in `__main__` (decoded as CPython decodes scripts).
    /// A file that cannot be read raises the matching `OSError` (e.g. `FileNotFoundError`).
    ///
    /// ```
    /// let path = std::env::temp_dir().join("gilpy_doc_run_file.py");
    /// std::fs::write(&path, "greeting = 'hi'\n").unwrap();
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.run_file(&path)?;
    ///     assert_eq!(py.get_global::<String>("greeting")?, "hi");
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn run_file(&mut self, path: impl AsRef<std::path::Path>) -> Result<(), RunError> {
        let path = path.as_ref();
        let filename = path.to_string_lossy().into_owned();
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                let err = self.vm.io_error(&e, Some(&filename));
                return Err(self.error(err));
            }
        };
        let text = match crate::lexer::decode::decode_source(&bytes, &filename) {
            Ok(t) => t,
            Err(msg) => {
                let err = self.vm.error_args("SyntaxError", vec![Value::str(&msg)]);
                return Err(self.error(err));
            }
        };
        let code = self.compile_from(&text, &filename, Mode::Exec, SourceOrigin::File)?;
        self.run_code(&code)
    }

    /// Evaluates one expression in `__main__`'s namespace and converts its value.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// let words: Vec<String> = interp.with_gil(|py| py.eval("'a b c'.split()")).unwrap();
    /// assert_eq!(words, ["a", "b", "c"]);
    /// ```
    pub fn eval<T: FromPython>(&mut self, expression: &str) -> Result<T, RunError> {
        let code = self.compile_from(expression, "<string>", Mode::Eval, SourceOrigin::Text)?;
        let value = self.exec(&code)?;
        T::from_python(self, &value)
    }

    /// Compiles statements once, to run many times with [`Python::run_code`].
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.set_global("n", 0)?;
    ///     let step = py.compile("n += 1", "<step>")?;
    ///     for _ in 0..3 {
    ///         py.run_code(&step)?;
    ///     }
    ///     assert_eq!(py.get_global::<i64>("n")?, 3);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn compile(&mut self, source: &str, filename: &str) -> Result<Code, RunError> {
        self.compile_from(source, filename, Mode::Exec, SourceOrigin::Text)
    }

    /// Compiles in `mode`, the text having come from `origin`.
    fn compile_from(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
        origin: SourceOrigin,
    ) -> Result<Code, RunError> {
        let code = self.vm.compile_source_from(source, filename, mode, origin);
        self.check(code).map(Code::new)
    }

    /// Runs compiled code in `__main__` (an expression's code returns its value).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let code = py.compile("x = 2 ** 10", "<pow>")?;
    ///     py.run_code(&code)?;
    ///     assert_eq!(py.get_global::<u32>("x")?, 1024);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn run_code(&mut self, code: &Code) -> Result<(), RunError> {
        self.exec(code).map(|_| ())
    }

    /// Refuses to run code once a limit was exceeded (until the host sets new limits).
    pub(crate) fn ensure_budget(&mut self) -> Result<(), RunError> {
        match self.vm.check_limits(0) {
            Ok(()) => Ok(()),
            Err(e) => Err(self.error(e)),
        }
    }

    /// Runs `code` in `__main__`, returning the frame's result.
    fn exec(&mut self, code: &Code) -> Result<PyObject, RunError> {
        self.ensure_budget()?;
        let main = self.main();
        let frame = Frame::new(
            code.inner().clone(),
            main.dict.clone(),
            Some(main.dict.clone()),
        );
        let result = self.vm.run_nested(frame);
        self.check(result).map(PyObject::from_value)
    }

    /// Reads a global of `__main__`, converted; `NameError` when it is not set.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.run("pair = (1, 'one')", "<g>")?;
    ///     let pair: (i32, String) = py.get_global("pair")?;
    ///     assert_eq!(pair, (1, "one".to_owned()));
    ///     assert_eq!(py.get_global::<i64>("nope").unwrap_err().type_name(), Some("NameError"));
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn get_global<T: FromPython>(&mut self, name: &str) -> Result<T, RunError> {
        let main = self.main();
        match main.dict.get_str(name) {
            Some(v) => T::from_python(self, &PyObject::from_value(v)),
            None => {
                let err = self.vm.name_error(name);
                Err(self.error(err))
            }
        }
    }

    /// Sets a global of `__main__`.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.set_global("limit", 3.5)?;
    ///     assert_eq!(py.eval::<f64>("limit * 2")?, 7.0);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn set_global(&mut self, name: &str, value: impl ToPython) -> Result<(), RunError> {
        let value = value.to_python(self)?;
        self.main().dict.set_str(name, value.into_value());
        Ok(())
    }

    /// Imports a module (Python source, native, or registered by the host).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let math = py.import("math")?;
    ///     let r: f64 = math.call_method(py, "sqrt", (16,))?.extract(py)?;
    ///     assert_eq!(r, 4.0);
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn import(&mut self, name: &str) -> Result<PyObject, RunError> {
        let module = self.vm.import_module(name);
        self.check(module).map(PyObject::from_value)
    }

    /// Converts a Rust value to a Python object.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let list = py.to_object(vec![1, 2, 3])?;
    ///     assert_eq!(list.repr(py)?, "[1, 2, 3]");
    ///     Ok::<_, gilpy::RunError>(())
    /// }).unwrap();
    /// ```
    pub fn to_object(&mut self, value: impl ToPython) -> Result<PyObject, RunError> {
        value.to_python(self)
    }

    /// Python's `None`.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| assert!(py.none().is_none()));
    /// ```
    pub fn none(&self) -> PyObject {
        PyObject::from_value(Value::None)
    }

    /// Sets new budgets on ticks and wall time, counted from now; clears an exceeded limit.
    ///
    /// ```
    /// let shared = gilpy::Interpreter::new().into_shared();
    /// let limits = gilpy::Limits { max_duration: Some(std::time::Duration::from_millis(50)), ..Default::default() };
    /// let err = shared.with_gil(|py| {
    ///     py.set_limits(limits);
    ///     py.run("while True: pass", "<spin>")
    /// }).unwrap_err();
    /// assert!(matches!(err, gilpy::RunError::TimeLimitExceeded { .. }));
    /// ```
    pub fn set_limits(&mut self, limits: crate::Limits) {
        self.vm.interp.embed.set_limits(limits);
    }

    /// Runs `f` without the GIL, so other threads run Python meanwhile (like
    /// PyO3's `allow_threads`). `f` must be `Send`: Python values and this
    /// token are not, so the compiler keeps them out of the closure.
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// let sum = interp.with_gil(|py| py.allow_threads(|| (1..=10).sum::<i32>()));
    /// assert_eq!(sum, 55);
    /// ```
    ///
    /// Python values cannot cross into the closure:
    ///
    /// ```compile_fail
    /// let mut interp = gilpy::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let obj = py.none();
    ///     py.allow_threads(move || drop(obj));
    /// });
    /// ```
    pub fn allow_threads<R: Send>(&mut self, f: impl FnOnce() -> R + Send) -> R {
        self.vm.allow_threads(f)
    }
}
