//! The interpreter methods a session runs on, without a terminal: one input echoed as
//! `sys.displayhook` would, `<stdin>` tracebacks, `-i` programs sharing `__main__`, prompts.

use gilpy::{Interpreter, Options, RunError};
use std::io::Write;
use std::sync::{Arc, Mutex};

/// A writer whose bytes the test reads back.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    /// Everything written since the last call.
    fn take(&self) -> String {
        String::from_utf8(std::mem::take(&mut *self.0.lock().unwrap())).unwrap()
    }
}

/// An interpreter whose stdout is captured.
fn interpreter() -> (Interpreter, Captured) {
    let out = Captured::default();
    let opts = Options {
        stdout: Some(Box::new(out.clone())),
        ..Options::default()
    };
    (Interpreter::with_options(opts), out)
}

/// Runs one interactive input and returns what it printed.
fn input(interp: &mut Interpreter, out: &Captured, source: &str) -> String {
    interp.run_interactive(source).expect("input runs");
    interp.flush();
    out.take()
}

#[test]
fn values_are_echoed_with_repr_and_bound_to_underscore() {
    let (mut interp, out) = interpreter();
    assert_eq!(input(&mut interp, &out, "6 * 7\n"), "42\n");
    assert_eq!(input(&mut interp, &out, "_ + 1\n"), "43\n");
    assert_eq!(input(&mut interp, &out, "None\n"), "");
    assert_eq!(input(&mut interp, &out, "_\n"), "43\n");
    assert_eq!(input(&mut interp, &out, "'x'\n"), "'x'\n");
    // As in CPython's REPL, expression statements of top-level blocks are echoed too.
    assert_eq!(
        input(&mut interp, &out, "for i in range(2):\n    i\n\n"),
        "0\n1\n"
    );
    // `_` lives in builtins, not in the session's globals.
    assert_eq!(input(&mut interp, &out, "'_' in globals()\n"), "False\n");
}

#[test]
fn the_echo_goes_to_a_replaced_sys_stdout() {
    let (mut interp, out) = interpreter();
    let setup = "import sys\nclass W:\n    def __init__(self): self.parts = []\n    \
                 def write(self, s): self.parts.append(s)\nw = W()\nsys.stdout = w\n";
    input(&mut interp, &out, setup);
    assert_eq!(input(&mut interp, &out, "12\n"), "");
    input(&mut interp, &out, "sys.stdout = sys.__stdout__\n");
    assert_eq!(input(&mut interp, &out, "''.join(w.parts)\n"), "'12\\n'\n");
}

#[test]
fn errors_name_stdin_without_source_lines() {
    let (mut interp, out) = interpreter();
    input(&mut interp, &out, "def f():\n    return 1 / 0\n\n");
    match interp.run_interactive("f()\n") {
        Err(RunError::Exception { traceback, .. }) => assert_eq!(
            traceback,
            "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  \
             File \"<stdin>\", line 2, in f\nZeroDivisionError: division by zero\n"
        ),
        other => panic!("unexpected {other:?}"),
    }
    match interp.run_interactive("x = )\n") {
        Err(RunError::Exception { traceback, .. }) => assert_eq!(
            traceback,
            "  File \"<stdin>\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n"
        ),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(
        interp.run_interactive("exit(4)\n"),
        Err(RunError::SystemExit(4))
    );
}

#[test]
fn a_program_run_first_shares_main_with_the_session() {
    let (mut interp, out) = interpreter();
    interp
        .run_main_keeping_threads("x = 41\n", "<string>")
        .unwrap();
    assert_eq!(input(&mut interp, &out, "x + 1\n"), "42\n");
    // SystemExit before a session is reported like an exception (CPython's -i).
    match interp.run_main_keeping_threads("raise SystemExit(3)\n", "<string>") {
        Err(RunError::Exception {
            type_name,
            traceback,
            ..
        }) => {
            assert_eq!(type_name, "SystemExit");
            assert!(traceback.ends_with("SystemExit: 3\n"), "{traceback}");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn prompts_come_from_sys_ps1_and_sys_ps2() {
    let (mut interp, out) = interpreter();
    assert_eq!(
        input(&mut interp, &out, "import sys\nhasattr(sys, 'ps1')\n"),
        "False\n"
    );
    interp.set_default_prompts();
    assert_eq!(interp.prompt(false), ">>> ");
    assert_eq!(interp.prompt(true), "... ");
    input(&mut interp, &out, "sys.ps1 = 7\n");
    assert_eq!(interp.prompt(false), "7");
}
