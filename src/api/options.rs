//! `Options`: how an interpreter is set up (argv, limits, standard streams).

use std::io::{BufRead, Write};

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
            switch_ticks: 100,
            recursion_limit: 1000,
            stdout: None,
            stderr: None,
            stdin: None,
            stack_size: 8 << 20,
        }
    }
}
