//! `Options`: how an interpreter is set up (argv, limits, standard streams).

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
pub const DEFAULT_SWITCH_TICKS: u32 = 100;

/// Settings for a new [`crate::Interpreter`].
pub struct Options {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Extra entries at the front of `sys.path`.
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
    /// Size of the Rust stack of the thread that runs the interpreter (bytes).
    pub stack_size: usize,
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
        }
    }
}
