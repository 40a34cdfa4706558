//! `RunError`, what running code through the API can end in, and `HostError`, what a host function raises.

use crate::vm::embedding::LimitKind;
use crate::vm::{PyErr, Vm};
use std::fmt;
use std::time::Duration;

/// Why running code failed.
///
/// ```
/// use gilpy::{Interpreter, RunError};
/// let mut interp = Interpreter::new();
/// match interp.run("1 / 0", "<calc>") {
///     Err(RunError::Exception { type_name, message, traceback }) => {
///         assert_eq!(type_name, "ZeroDivisionError");
///         assert_eq!(message, "division by zero");
///         assert!(traceback.starts_with("Traceback (most recent call last):"));
///     }
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
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
    /// The code ran more ticks than [`crate::Limits::max_ticks`] allows.
    TickLimitExceeded {
        /// The limit that was exceeded.
        limit: u64,
    },
    /// The code ran longer than [`crate::Limits::max_duration`] allows.
    TimeLimitExceeded {
        /// The limit that was exceeded.
        limit: Duration,
    },
    /// [`crate::SharedInterpreter::with_gil`] was called by a thread that is
    /// already inside the same interpreter; use the `Python` token it holds.
    GilAlreadyHeld,
}

impl RunError {
    /// True for an uncaught `KeyboardInterrupt` (for example from an [`crate::InterruptHandle`]).
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// let err = interp.run("raise KeyboardInterrupt", "<k>").unwrap_err();
    /// assert!(err.is_keyboard_interrupt());
    /// ```
    pub fn is_keyboard_interrupt(&self) -> bool {
        matches!(self, RunError::Exception { type_name, .. } if type_name == "KeyboardInterrupt")
    }

    /// The exception's class name, for [`RunError::Exception`].
    ///
    /// ```
    /// let mut interp = gilpy::Interpreter::new();
    /// let err = interp.run("int('x')", "<k>").unwrap_err();
    /// assert_eq!(err.type_name(), Some("ValueError"));
    /// ```
    pub fn type_name(&self) -> Option<&str> {
        match self {
            RunError::Exception { type_name, .. } => Some(type_name),
            _ => None,
        }
    }

    /// Turns a raised exception into a `RunError` (the exit status of SystemExit,
    /// the limit that stopped the code).
    pub(crate) fn from_py(vm: &mut Vm, err: &PyErr) -> RunError {
        if let Some(kind) = vm.interp.embed.tripped()
            && vm.class_of(&err.exc).name() == crate::vm::embedding::LIMIT_EXCEPTION
        {
            return match kind {
                LimitKind::Ticks(limit) => RunError::TickLimitExceeded { limit },
                LimitKind::Time(limit) => RunError::TimeLimitExceeded { limit },
            };
        }
        if vm.err_is(err, "SystemExit") {
            return RunError::SystemExit(system_exit_code(vm, &err.exc));
        }
        RunError::Exception {
            type_name: vm.class_of(&err.exc).name(),
            message: vm.str_string(&err.exc).unwrap_or_default(),
            traceback: vm.format_exception(&err.exc),
        }
    }
}

/// The exit status of a SystemExit, printing a non-int code to stderr like CPython.
fn system_exit_code(vm: &mut Vm, exc: &crate::objects::Value) -> i32 {
    use crate::objects::Value;
    let code = vm.getattr_str(exc, "code").unwrap_or(Value::None);
    match code {
        Value::None => 0,
        Value::Int(n) => n as i32,
        Value::Bool(b) => b as i32,
        other => {
            let text = vm.str_string(&other).unwrap_or_default();
            vm.interp.flush_all();
            vm.interp.write_stderr(&format!("{text}\n"));
            1
        }
    }
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Exception {
                type_name, message, ..
            } if message.is_empty() => write!(f, "{type_name}"),
            RunError::Exception {
                type_name, message, ..
            } => write!(f, "{type_name}: {message}"),
            RunError::SystemExit(code) => write!(f, "SystemExit: exit status {code}"),
            RunError::InterruptedAtExit => {
                write!(f, "interrupted while waiting for threads at exit")
            }
            RunError::TickLimitExceeded { limit } => write!(f, "tick limit of {limit} exceeded"),
            RunError::TimeLimitExceeded { limit } => write!(f, "time limit of {limit:?} exceeded"),
            RunError::GilAlreadyHeld => {
                write!(f, "this thread already holds the interpreter's GIL")
            }
        }
    }
}

impl std::error::Error for RunError {}

/// An error a host function returns: raised in Python as an exception of the chosen class.
///
/// ```
/// use gilpy::{HostError, Interpreter};
/// let mut interp = Interpreter::new();
/// interp.with_gil(|py| {
///     py.add_function("half", |n: i64| {
///         if n % 2 != 0 {
///             return Err(HostError::new("ValueError", format!("{n} is odd")));
///         }
///         Ok(n / 2)
///     })?;
///     py.run("try:\n    half(3)\nexcept ValueError as e:\n    msg = str(e)", "<h>")?;
///     assert_eq!(py.get_global::<String>("msg")?, "3 is odd");
///     Ok::<(), gilpy::RunError>(())
/// }).unwrap();
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct HostError {
    kind: HostErrorKind,
}

/// What a [`HostError`] raises.
#[derive(Debug, Clone, PartialEq)]
enum HostErrorKind {
    /// A built-in exception class by name, with a message.
    Raise { type_name: String, message: String },
    /// An error from Python code the host function called, raised again.
    Run(RunError),
}

impl HostError {
    /// An exception of the built-in class `type_name` (e.g. `"ValueError"`) with `message`.
    /// An unknown name raises `Exception`.
    ///
    /// ```
    /// let e = gilpy::HostError::new("KeyError", "missing");
    /// assert_eq!(e.to_string(), "KeyError: missing");
    /// ```
    pub fn new(type_name: &str, message: impl Into<String>) -> HostError {
        HostError {
            kind: HostErrorKind::Raise {
                type_name: type_name.to_owned(),
                message: message.into(),
            },
        }
    }

    /// Raises the error in `vm` (the Python exception a host function's caller sees).
    pub(crate) fn into_py(self, vm: &mut Vm) -> PyErr {
        match self.kind {
            HostErrorKind::Raise { type_name, message } => vm.error(&type_name, message),
            HostErrorKind::Run(err) => reraise(vm, err),
        }
    }
}

/// Raises a [`RunError`] again from inside a host function.
fn reraise(vm: &mut Vm, err: RunError) -> PyErr {
    match err {
        RunError::Exception {
            type_name, message, ..
        } => vm.error(&type_name, message),
        RunError::SystemExit(code) => {
            vm.error_args("SystemExit", vec![crate::objects::Value::Int(code as i64)])
        }
        RunError::InterruptedAtExit => vm.error_args("KeyboardInterrupt", vec![]),
        RunError::TickLimitExceeded { .. } | RunError::TimeLimitExceeded { .. } => {
            match vm.check_limits(0) {
                Err(e) => e,
                Ok(()) => vm.runtime_error("execution limit exceeded"),
            }
        }
        RunError::GilAlreadyHeld => vm.runtime_error(RunError::GilAlreadyHeld.to_string()),
    }
}

impl From<RunError> for HostError {
    /// Lets a host function use `?` on calls back into Python: the error is raised again.
    fn from(err: RunError) -> HostError {
        HostError {
            kind: HostErrorKind::Run(err),
        }
    }
}

impl fmt::Display for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            HostErrorKind::Raise { type_name, message } => write!(f, "{type_name}: {message}"),
            HostErrorKind::Run(err) => err.fmt(f),
        }
    }
}

impl std::error::Error for HostError {}
