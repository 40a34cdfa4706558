//! Running gilpy child processes under a deadline, for the threading tests.

// Each test binary that includes this module uses only part of it.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// What a finished child printed, how it ended and how long it took.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: Option<i32>,
    pub elapsed: Duration,
}

/// The gilpy binary built for this test run.
pub fn gilpy() -> &'static str {
    env!("CARGO_BIN_EXE_gilpy")
}

/// Starts gilpy with `args` in `dir`, stdin, stdout and stderr piped.
pub fn spawn(args: &[&str], dir: &Path) -> Child {
    Command::new(gilpy())
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start gilpy")
}

/// Reads a pipe to its end on a thread, so a chatty child never blocks.
pub fn drain(mut pipe: impl Read + Send + 'static) -> JoinHandle<String> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// Waits for the child; kills it and panics with `what` if `limit` passes first.
pub fn wait(child: &mut Child, limit: Duration, what: &str) -> ExitStatus {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            return status;
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {limit:?}, killed");
        }
        thread::sleep(Duration::from_millis(5));
    }
}

/// Runs gilpy to completion with `stdin`, within `limit`.
pub fn run_in(args: &[&str], dir: &Path, stdin: &[u8], limit: Duration) -> Run {
    let start = Instant::now();
    let mut child = spawn(args, dir);
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let feeder = thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = drain(child.stdout.take().unwrap());
    let err = drain(child.stderr.take().unwrap());
    let status = wait(&mut child, limit, &format!("gilpy {args:?}"));
    let _ = feeder.join();
    Run {
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
        code: status.code(),
        elapsed: start.elapsed(),
    }
}

/// Runs a Python program given as text (`gilpy -c`), within `limit`.
pub fn run_code(code: &str, limit: Duration) -> Run {
    run_in(&["-c", code], &std::env::temp_dir(), b"", limit)
}

/// Sends SIGINT to a child process.
pub fn interrupt(child: &Child) {
    let pid = child.id() as libc::pid_t;
    // SAFETY: kill(2) with a pid we own and a valid signal number.
    unsafe {
        libc::kill(pid, libc::SIGINT);
    }
}

/// Splits output into known texts, allowing a text and its newline to be
/// separated by other threads' output (as `print` from threads may be).
///
/// Returns the texts in the order they appear and the number of newlines,
/// or the rest of the output that matches no text.
pub fn pieces<'a>(output: &str, texts: &[&'a str]) -> Result<(Vec<&'a str>, usize), String> {
    let mut sorted = texts.to_vec();
    sorted.sort_by_key(|t| std::cmp::Reverse(t.len()));
    let mut found = Vec::new();
    let mut newlines = 0;
    let mut rest = output;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('\n') {
            newlines += 1;
            rest = r;
            continue;
        }
        match sorted.iter().find(|t| rest.starts_with(**t)) {
            Some(t) => {
                found.push(*t);
                rest = &rest[t.len()..];
            }
            None => return Err(format!("unexpected output at: {rest:?}")),
        }
    }
    Ok((found, newlines))
}

/// Checks that `output` holds exactly the lines `expected` in some order,
/// a line's text and its newline possibly split apart; returns the texts in
/// output order.
pub fn assert_lines_multiset<'a>(output: &str, expected: &[&'a str]) -> Vec<&'a str> {
    let (found, newlines) =
        pieces(output, expected).unwrap_or_else(|e| panic!("{e}\nwhole output:\n{output}"));
    let mut want = expected.to_vec();
    want.sort();
    let mut got = found.clone();
    got.sort();
    assert_eq!(got, want, "lines differ as a multiset; output:\n{output}");
    assert_eq!(newlines, expected.len(), "newline count; output:\n{output}");
    found
}

/// Runs named checks on threads at the same time (the slow ones overlap);
/// fails once, naming every check that panicked.
pub fn run_checks_in_parallel<F>(checks: Vec<(&'static str, F)>)
where
    F: FnOnce() + Send + 'static,
{
    let handles: Vec<_> = checks
        .into_iter()
        .map(|(name, f)| (name, thread::spawn(f)))
        .collect();
    let failed: Vec<&str> = handles
        .into_iter()
        .filter_map(|(name, h)| h.join().is_err().then_some(name))
        .collect();
    assert!(failed.is_empty(), "failed: {failed:?}");
}
