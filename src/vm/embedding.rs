//! What an embedding host controls in a running interpreter: capabilities, execution limits, host threads.
//!
//! The state lives in [`EmbedState`] (one per interpreter, inside `Interp`).
//! The eval loop's check point calls [`Vm::check_limits`]; native modules that
//! touch the outside world call [`Vm::require_capability`] first.

use super::{PyErr, PyResult, Vm};
use crate::objects::Value;
use crate::objects::class::{Class, Layout};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::{Duration, Instant};

/// What scripts may do outside the interpreter. Everything is allowed by default.
///
/// A denied operation raises `PermissionError` instead of happening. Imports
/// still read modules from the search paths the host put in `Options::path`.
///
/// ```
/// use gilpy::{Capabilities, Interpreter, Options};
/// let caps = Capabilities { environment: false, ..Capabilities::ALL };
/// let mut interp = Interpreter::with_options(Options::default().capabilities(caps));
/// let err = interp.run("import os\nos.getenv('HOME')", "<env>").unwrap_err();
/// assert_eq!(err.to_string(), "PermissionError: os.getenv: environment access is denied by the host");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capabilities {
    /// Files and directories: `open()`, `os.remove`, `os.listdir`, `os.path.exists` ...
    pub filesystem: bool,
    /// The process environment: `os.environ` (empty when denied), `os.getenv`, `os.putenv`.
    pub environment: bool,
    /// Network access. No module opens sockets yet; one that does must check
    /// [`Capability::Network`] with [`Vm::require_capability`] before connecting.
    pub network: bool,
    /// Ending the process or the program: `sys.exit()`, `exit()`, `quit()`, `_thread.exit()`.
    pub process_exit: bool,
}

impl Capabilities {
    /// Every capability granted (the default).
    ///
    /// ```
    /// assert_eq!(gilpy::Capabilities::ALL, gilpy::Capabilities::default());
    /// ```
    pub const ALL: Capabilities = Capabilities {
        filesystem: true,
        environment: true,
        network: true,
        process_exit: true,
    };

    /// Every capability denied: a sandbox.
    ///
    /// ```
    /// assert!(!gilpy::Capabilities::NONE.filesystem);
    /// ```
    pub const NONE: Capabilities = Capabilities {
        filesystem: false,
        environment: false,
        network: false,
        process_exit: false,
    };
}

impl Default for Capabilities {
    fn default() -> Self {
        Capabilities::ALL
    }
}

/// One capability, as checked by [`Vm::require_capability`].
///
/// ```
/// use gilpy::{Capabilities, Capability, Interpreter, Options};
/// let mut interp = Interpreter::with_options(Options::default().capabilities(Capabilities::NONE));
/// interp.with_gil(|py| {
///     assert!(py.vm().require_capability(Capability::Network, "socket.connect").is_err());
/// });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capability {
    /// See [`Capabilities::filesystem`].
    Filesystem,
    /// See [`Capabilities::environment`].
    Environment,
    /// See [`Capabilities::network`].
    Network,
    /// See [`Capabilities::process_exit`].
    ProcessExit,
}

impl Capability {
    /// How the capability is named in PermissionError messages.
    fn describe(self) -> &'static str {
        match self {
            Capability::Filesystem => "filesystem access",
            Capability::Environment => "environment access",
            Capability::Network => "network access",
            Capability::ProcessExit => "exiting",
        }
    }
}

/// Budgets on how much code an interpreter runs (no budget by default).
///
/// ```
/// use gilpy::{Interpreter, Limits, Options, RunError};
/// use std::time::Duration;
/// let limits = Limits { max_duration: Some(Duration::from_millis(20)), ..Limits::default() };
/// let mut interp = Interpreter::with_options(Options::default().limits(limits));
/// let err = interp.run("while True: pass", "<spin>").unwrap_err();
/// assert_eq!(err, RunError::TimeLimitExceeded { limit: Duration::from_millis(20) });
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// At most this many ticks (counted in steps of the switch interval, `Options::switch_ticks`).
    pub max_ticks: Option<u64>,
    /// At most this much wall-clock time.
    pub max_duration: Option<Duration>,
}

/// Which limit stopped the code (see [`EmbedState::tripped`]).
///
/// ```
/// let mut interp = gilpy::Interpreter::new();
/// interp.set_limits(gilpy::Limits { max_ticks: Some(1000), ..Default::default() });
/// let _ = interp.run("while True: pass", "<spin>");
/// assert_eq!(interp.vm().interp.embed.tripped(), Some(gilpy::LimitKind::Ticks(1000)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitKind {
    /// [`Limits::max_ticks`].
    Ticks(u64),
    /// [`Limits::max_duration`].
    Time(Duration),
}

/// The name of the exception class a tripped limit raises (a `BaseException` subclass).
///
/// ```
/// let mut interp = gilpy::Interpreter::new();
/// interp.set_limits(gilpy::Limits { max_ticks: Some(1000), ..Default::default() });
/// let err = interp.run_main("while True: pass", "<spin>").unwrap_err();
/// assert!(matches!(err, gilpy::RunError::TickLimitExceeded { limit: 1000 }));
/// assert_eq!(gilpy::vm::embedding::LIMIT_EXCEPTION, "ExecutionLimitExceeded");
/// ```
pub const LIMIT_EXCEPTION: &str = "ExecutionLimitExceeded";

/// Host-controlled state of one interpreter (touched with the GIL held).
///
/// ```
/// let mut interp = gilpy::Interpreter::new();
/// let embed = &interp.vm().interp.embed;
/// assert_eq!(embed.capabilities.get(), gilpy::Capabilities::ALL);
/// assert_eq!(embed.limits(), gilpy::Limits::default());
/// ```
#[derive(Default)]
pub struct EmbedState {
    /// What scripts may do.
    pub capabilities: Cell<Capabilities>,
    /// The budgets in force.
    limits: Cell<Limits>,
    /// Ticks used since the budgets were set.
    ticks_used: Cell<u64>,
    /// When the time budget runs out.
    deadline: Cell<Option<Instant>>,
    /// Set once a budget is exhausted; until the host sets new limits every check point raises again.
    tripped: Cell<Option<LimitKind>>,
    /// `get_ident()` of host threads currently inside the interpreter (they receive interrupts).
    host_threads: RefCell<Vec<u64>>,
    /// Classes the embedding API made for this interpreter, by name (made on first use).
    classes: RefCell<std::collections::HashMap<&'static str, Rc<Class>>>,
}

impl EmbedState {
    /// Sets new budgets, counted from now; clears a tripped limit.
    pub fn set_limits(&self, limits: Limits) {
        self.limits.set(limits);
        self.ticks_used.set(0);
        self.deadline
            .set(limits.max_duration.map(|d| Instant::now() + d));
        self.tripped.set(None);
    }

    /// The budgets in force.
    pub fn limits(&self) -> Limits {
        self.limits.get()
    }

    /// True when any budget is set.
    fn active(&self) -> bool {
        let l = self.limits.get();
        l.max_ticks.is_some() || l.max_duration.is_some()
    }

    /// The limit that stopped the code, if one did.
    pub fn tripped(&self) -> Option<LimitKind> {
        self.tripped.get()
    }

    /// When the time budget runs out (for waits that must wake up then).
    pub fn deadline(&self) -> Option<Instant> {
        self.deadline.get()
    }

    /// Marks thread `ident` as a host thread inside the interpreter.
    pub fn enter_host_thread(&self, ident: u64) {
        self.host_threads.borrow_mut().push(ident);
    }

    /// Undoes [`EmbedState::enter_host_thread`].
    pub fn leave_host_thread(&self, ident: u64) {
        let mut threads = self.host_threads.borrow_mut();
        if let Some(i) = threads.iter().rposition(|t| *t == ident) {
            threads.remove(i);
        }
    }

    /// The class the embedding API keeps under `key`, made by `make` on first use.
    pub fn cached_class(&self, key: &'static str, make: impl FnOnce() -> Rc<Class>) -> Rc<Class> {
        if let Some(c) = self.classes.borrow().get(key) {
            return c.clone();
        }
        let class = make();
        self.classes.borrow_mut().insert(key, class.clone());
        class
    }

    /// Keeps `class` under `key`, replacing an earlier one.
    pub fn set_class(&self, key: &'static str, class: Rc<Class>) {
        self.classes.borrow_mut().insert(key, class);
    }

    /// The class the embedding API keeps under `key`, if it made one.
    pub fn class_for(&self, key: &'static str) -> Option<Rc<Class>> {
        self.classes.borrow().get(key).cloned()
    }

    /// True when `ident` is a host thread inside the interpreter.
    fn is_host_thread(&self, ident: u64) -> bool {
        self.host_threads.borrow().contains(&ident)
    }
}

impl Vm {
    /// True when KeyboardInterrupt may be raised in this thread: the main
    /// thread, or a host thread that entered through the embedding API.
    pub fn receives_interrupts(&self) -> bool {
        self.thread_ident == self.interp.main_ident.get()
            || self.interp.embed.is_host_thread(self.thread_ident)
    }

    /// Raises PermissionError unless the host granted `cap`; `what` names the
    /// operation. Every native function that reaches outside the interpreter
    /// calls it first (a future `socket` module checks [`Capability::Network`]).
    ///
    /// ```
    /// use gilpy::{Capabilities, Capability, Interpreter, Options};
    /// let caps = Capabilities { network: false, ..Capabilities::ALL };
    /// let mut interp = Interpreter::with_options(Options::default().capabilities(caps));
    /// let vm = interp.vm();
    /// assert!(vm.require_capability(Capability::Filesystem, "open").is_ok());
    /// let err = vm.require_capability(Capability::Network, "socket.connect").unwrap_err();
    /// assert!(vm.err_is(&err, "PermissionError"));
    /// ```
    pub fn require_capability(&self, cap: Capability, what: &str) -> PyResult<()> {
        let caps = self.interp.embed.capabilities.get();
        let granted = match cap {
            Capability::Filesystem => caps.filesystem,
            Capability::Environment => caps.environment,
            Capability::Network => caps.network,
            Capability::ProcessExit => caps.process_exit,
        };
        if granted {
            return Ok(());
        }
        let msg = format!("{what}: {} is denied by the host", cap.describe());
        Err(self.error("PermissionError", msg))
    }

    /// The check point's limit test: counts `ticks` and raises once a budget is exhausted.
    #[inline]
    pub fn check_limits(&mut self, ticks: u64) -> PyResult<()> {
        let embed = &self.interp.embed;
        if !embed.active() {
            return Ok(());
        }
        embed
            .ticks_used
            .set(embed.ticks_used.get().saturating_add(ticks));
        if embed.tripped.get().is_none() {
            let limits = embed.limits.get();
            if let Some(max) = limits.max_ticks.filter(|m| embed.ticks_used.get() > *m) {
                embed.tripped.set(Some(LimitKind::Ticks(max)));
            } else if let (Some(d), Some(max)) = (embed.deadline.get(), limits.max_duration)
                && Instant::now() >= d
            {
                embed.tripped.set(Some(LimitKind::Time(max)));
            }
        }
        match embed.tripped.get() {
            Some(kind) => Err(self.limit_error(kind)),
            None => Ok(()),
        }
    }

    /// True while a tripped limit unwinds: no `except`, `finally` or `__exit__` runs.
    #[inline]
    pub fn unwinding_for_limit(&self) -> bool {
        self.interp.embed.tripped.get().is_some()
    }

    /// The exception a tripped limit raises.
    fn limit_error(&mut self, kind: LimitKind) -> PyErr {
        let class = self.limit_class();
        let msg = match kind {
            LimitKind::Ticks(n) => format!("tick limit of {n} exceeded"),
            LimitKind::Time(d) => format!("time limit of {:?} exceeded", d),
        };
        PyErr {
            exc: self.new_exception(class, vec![Value::string(msg)]),
        }
    }

    /// The `ExecutionLimitExceeded` class of this interpreter.
    fn limit_class(&self) -> Rc<Class> {
        let base = self.types().exc("BaseException");
        self.interp.embed.cached_class(LIMIT_EXCEPTION, || {
            let class =
                crate::vm::types::make_class(LIMIT_EXCEPTION, Some(&base), Layout::Exception);
            class.dict.set_str("__module__", Value::str("builtins"));
            class
        })
    }
}
