//! Conformance test: runs gilpy on every program in `tests/conformance/` and compares its stdout, stderr and exit status with what CPython 3.11 recorded.
//!
//! Layout of the corpus (see `tests/conformance/record.py`):
//! - `<name>.py` is a program; only files directly in the folder are run.
//! - `<name>.out`, `<name>.err`, `<name>.code` hold CPython's stdout, stderr and exit status.
//! - `<name>.stdin`, when present, is fed to the program; otherwise stdin is empty.
//! - `PENDING` lists programs gilpy is known not to pass yet (one per line, `#` comments).
//!
//! Environment:
//! - `GILPY_BIN=/path` runs another binary instead of the built gilpy (e.g. python3, to check the corpus).
//! - `CONFORMANCE_FILTER=substring` runs only the programs whose name contains the substring.

use std::collections::BTreeSet;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long one program may run before it is killed and counted as a failure.
const TIMEOUT: Duration = Duration::from_secs(10);

/// Upper bound on the number of programs run at the same time.
const MAX_WORKERS: usize = 4;

/// How many differing lines a diff shows after the first difference.
const DIFF_LINES: usize = 6;

/// Python files in the corpus folder that are tools, not programs.
const NOT_PROGRAMS: &[&str] = &["record"];

/// What one run of a program produced, after path normalisation.
#[derive(Debug, PartialEq)]
struct Output {
    stdout: String,
    stderr: String,
    /// Exit status as a decimal string, or a description such as `timeout` or `signal`.
    code: String,
}

/// The verdict for one program.
struct Verdict {
    name: String,
    /// `None` when the output matched; otherwise a readable report of the differences.
    mismatch: Option<String>,
}

/// The folder holding the corpus.
fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("conformance")
}

/// The interpreter under test: `GILPY_BIN` if set, else the binary cargo built.
fn interpreter() -> PathBuf {
    match std::env::var_os("GILPY_BIN") {
        Some(bin) if !bin.is_empty() => PathBuf::from(bin),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_gilpy")),
    }
}

/// The names (file stems) of all programs directly in `dir`, sorted.
fn program_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read tests/conformance")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "py"))
        .filter_map(|path| path.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .filter(|name| !NOT_PROGRAMS.contains(&name.as_str()))
        .collect();
    names.sort();
    names
}

/// Reads the `PENDING` list: one program name per line, `#` starts a comment, `.py` optional.
fn pending_names(dir: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(dir.join("PENDING")).unwrap_or_default();
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(|line| line.strip_suffix(".py").unwrap_or(line).to_string())
        .collect()
}

/// Applies the corpus's path rule: every occurrence of the corpus folder's absolute path
/// followed by `/` is removed, so `File "/abs/tests/conformance/pkgs/m.py"` becomes
/// `File "pkgs/m.py"`. Both the path as spelled and its canonical form are removed.
/// `record.py` applies the same rule to CPython's output.
fn normalise(text: &str, dir: &Path) -> String {
    let mut out = text.to_string();
    let mut spellings = vec![dir.to_path_buf()];
    if let Ok(canonical) = dir.canonicalize() {
        spellings.push(canonical);
    }
    for spelling in spellings {
        let prefix = format!("{}/", spelling.display());
        out = out.replace(&prefix, "");
    }
    out
}

/// Reads a recorded expectation file, treating a missing file as empty.
fn read_expected(dir: &Path, name: &str, ext: &str) -> String {
    fs::read_to_string(dir.join(format!("{name}.{ext}"))).unwrap_or_default()
}

/// What CPython produced for `name`.
fn expected_output(dir: &Path, name: &str) -> Output {
    Output {
        stdout: read_expected(dir, name, "out"),
        stderr: read_expected(dir, name, "err"),
        code: read_expected(dir, name, "code").trim().to_string(),
    }
}

/// Drains a child's pipe on a separate thread so a chatty program cannot block on a full pipe.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut buf);
        }
        buf
    })
}

/// The exit status as `record.py` writes it: the code, or minus the signal number when
/// the process was killed by a signal (as Python's `subprocess` reports it).
fn exit_description(status: std::process::ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return format!("-{signal}");
        }
    }
    match status.code() {
        Some(code) => code.to_string(),
        None => format!("unknown ({status})"),
    }
}

/// Waits for `child` up to `TIMEOUT`; kills it on expiry. Returns the status description.
fn wait_with_timeout(child: &mut Child) -> String {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                return exit_description(status);
            }
            Ok(None) if start.elapsed() >= TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return format!("timeout after {}s (killed)", TIMEOUT.as_secs());
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(err) => return format!("wait failed: {err}"),
        }
    }
}

/// Runs the interpreter on `<name>.py` with cwd = the corpus folder and the program's stdin file.
fn run_program(bin: &Path, dir: &Path, name: &str) -> Output {
    let stdin_data = fs::read(dir.join(format!("{name}.stdin"))).unwrap_or_default();
    let spawned = Command::new(bin)
        .arg(format!("{name}.py"))
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(err) => {
            return Output {
                stdout: String::new(),
                stderr: format!("could not start {}: {err}", bin.display()),
                code: "not started".to_string(),
            };
        }
    };
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let mut stdin = child.stdin.take();
    let feeder = thread::spawn(move || {
        if let Some(pipe) = stdin.as_mut() {
            let _ = pipe.write_all(&stdin_data);
        }
        drop(stdin);
    });
    let code = wait_with_timeout(&mut child);
    let _ = feeder.join();
    let text = |handle: thread::JoinHandle<Vec<u8>>| {
        String::from_utf8_lossy(&handle.join().unwrap_or_default()).into_owned()
    };
    Output {
        stdout: normalise(&text(stdout), dir),
        stderr: normalise(&text(stderr), dir),
        code,
    }
}

/// A unified-style excerpt around the first line where `expected` and `actual` differ.
fn diff(label: &str, expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let first = exp.iter().zip(&act).take_while(|(a, b)| a == b).count();
    let start = first.saturating_sub(2);
    let mut out = format!(
        "--- expected {label}\n+++ actual {label}\n@@ line {} @@\n",
        first + 1
    );
    for line in &exp[start..first] {
        out.push_str(&format!(" {}\n", show_line(line)));
    }
    for line in exp.iter().skip(first).take(DIFF_LINES) {
        out.push_str(&format!("-{}\n", show_line(line)));
    }
    for line in act.iter().skip(first).take(DIFF_LINES) {
        out.push_str(&format!("+{}\n", show_line(line)));
    }
    let more = (exp.len().max(act.len())).saturating_sub(first + DIFF_LINES);
    if more > 0 {
        out.push_str(&format!("  ... ({more} more lines)\n"));
    }
    out
}

/// One line for a diff, with a missing final newline made visible.
fn show_line(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(body) => body.to_string(),
        None => format!("{line}\\ (no newline at end)"),
    }
}

/// Describes every way `actual` differs from `expected`, or `None` when they match.
fn compare(expected: &Output, actual: &Output) -> Option<String> {
    let mut report = String::new();
    if expected.code != actual.code {
        report.push_str(&format!(
            "exit status: expected {}, got {}\n",
            expected.code, actual.code
        ));
    }
    if expected.stdout != actual.stdout {
        report.push_str(&diff("stdout", &expected.stdout, &actual.stdout));
    }
    if expected.stderr != actual.stderr {
        report.push_str(&diff("stderr", &expected.stderr, &actual.stderr));
    }
    (!report.is_empty()).then_some(report)
}

/// Runs all `names` on a small pool of threads and returns the verdicts sorted by name.
fn run_all(bin: &Path, dir: &Path, names: Vec<String>) -> Vec<Verdict> {
    let workers = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, MAX_WORKERS);
    let queue = Arc::new(Mutex::new(names));
    let verdicts = Arc::new(Mutex::new(Vec::new()));
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let (queue, verdicts) = (Arc::clone(&queue), Arc::clone(&verdicts));
            let (bin, dir) = (bin.to_path_buf(), dir.to_path_buf());
            thread::spawn(move || {
                while let Some(name) = queue.lock().unwrap().pop() {
                    let actual = run_program(&bin, &dir, &name);
                    let mismatch = compare(&expected_output(&dir, &name), &actual);
                    verdicts.lock().unwrap().push(Verdict { name, mismatch });
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().expect("conformance worker panicked");
    }
    let mut verdicts = std::mem::take(&mut *verdicts.lock().unwrap());
    verdicts.sort_by(|a, b| a.name.cmp(&b.name));
    verdicts
}

/// Runs the corpus and fails with a report of every mismatch and every stale `PENDING` entry.
#[test]
fn conformance() {
    let dir = corpus_dir();
    let bin = interpreter();
    let all = program_names(&dir);
    let pending = pending_names(&dir);
    let filter = std::env::var("CONFORMANCE_FILTER").unwrap_or_default();
    let selected: Vec<String> = all
        .iter()
        .filter(|n| n.contains(&filter))
        .cloned()
        .collect();
    let mut failures = Vec::new();
    for name in pending.iter().filter(|n| !all.contains(n)) {
        failures.push(format!("PENDING names {name}, but there is no {name}.py"));
    }
    let (mut passed, mut still_pending) = (0, 0);
    for verdict in run_all(&bin, &dir, selected) {
        let is_pending = pending.contains(&verdict.name);
        match (verdict.mismatch, is_pending) {
            (None, false) => passed += 1,
            (Some(_), true) => still_pending += 1,
            (None, true) => {
                failures.push(format!("{}: now passes, remove from PENDING", verdict.name))
            }
            (Some(report), false) => failures.push(format!("{}: mismatch\n{report}", verdict.name)),
        }
    }
    eprintln!(
        "conformance ({}): {passed} passed, {still_pending} pending",
        bin.display()
    );
    if !failures.is_empty() {
        for failure in &failures {
            eprintln!("\n=== {failure}");
        }
        panic!("{} conformance failure(s)", failures.len());
    }
}
