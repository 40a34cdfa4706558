//! Seed scripts: `scripts/` must equal the seed documents' copies, and the deterministic ones must behave exactly like CPython 3.11.
//!
//! CPython's stdout, stderr and exit status are recorded in
//! `tests/seed_expected/` by `tests/seed_expected/record.py`. Each script is
//! run the way it was recorded: working directory `scripts/`, relative script
//! name, empty stdin. CPython prints the script's absolute path in
//! tracebacks; both sides write that directory as `<SCRIPTS>`.
//!
//! Set `GILPY_BIN` to run another binary instead of the built `gilpy`
//! (`GILPY_BIN=python3 cargo test --test seed_scripts` checks the harness).

use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Scripts whose whole run is deterministic: they stop (or finish) before
/// any thread starts, so CPython's recording must be matched byte for byte.
/// The threaded seed scripts are checked in `threading_seed_scripts.rs`.
const DETERMINISTIC: &[&str] = &[
    "001_lock_then_rlock",
    "001_queue_api_notes",
    "004_thread_subclass_target",
    "004_lock_global_counter",
    "004_bounded_semaphore",
    "004_event_input_gate",
    "004_condition_notify_n",
    "001_thread_methods_docstring",
    "002_rlock_recursive",
    "002_timer_captcha",
];

/// How long one script may run before it is killed and counted as a failure.
const TIMEOUT: Duration = Duration::from_secs(10);

/// The placeholder that stands for the absolute `scripts/` directory.
const PLACEHOLDER: &str = "<SCRIPTS>";

/// Stdout, stderr and exit status of one run.
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: String,
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scripts_dir() -> PathBuf {
    repo_root().join("scripts")
}

fn expected_dir() -> PathBuf {
    repo_root().join("tests").join("seed_expected")
}

/// The interpreter under test: `GILPY_BIN` if set, else the built binary.
fn gilpy_bin() -> String {
    std::env::var("GILPY_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_gilpy").to_string())
}

/// Names of the `.py` files in `dir`, sorted.
fn python_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".py"))
        .collect();
    names.sort();
    names
}

#[test]
fn seed_scripts_match_shared_copy() {
    let shared = repo_root().join("..").join("shared").join("seed-scripts");
    if !shared.is_dir() {
        return;
    }
    let ours = scripts_dir();
    let mut problems = Vec::new();
    for name in python_files(&shared) {
        match fs::read(ours.join(&name)) {
            Err(_) => problems.push(format!("scripts/{name} is missing")),
            Ok(bytes) if bytes != fs::read(shared.join(&name)).unwrap() => {
                problems.push(format!("scripts/{name} differs from the seed copy"))
            }
            Ok(_) => {}
        }
    }
    for name in python_files(&ours) {
        if !shared.join(&name).exists() {
            problems.push(format!("scripts/{name} is not a seed script"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn deterministic_seed_scripts_match_cpython() {
    check_all(DETERMINISTIC);
}

/// Runs every script, then fails once with a report of all mismatches.
fn check_all(names: &[&str]) {
    let report: String = names.iter().filter_map(|name| check_one(name)).collect();
    assert!(report.is_empty(), "seed script mismatches:\n{report}");
}

/// Compares one script's run with its recording; `Some(report)` on mismatch.
fn check_one(name: &str) -> Option<String> {
    let expected = match load_expected(name) {
        Ok(outcome) => outcome,
        Err(e) => return Some(format!("== {name}: {e}\n")),
    };
    let actual = match run_script(name) {
        Ok(outcome) => outcome,
        Err(e) => return Some(format!("== {name}: {e}\n")),
    };
    let mut report = String::new();
    compare("stdout", &expected.stdout, &actual.stdout, &mut report);
    compare("stderr", &expected.stderr, &actual.stderr, &mut report);
    if expected.code != actual.code {
        let (want, got) = (&expected.code, &actual.code);
        let _ = writeln!(
            report,
            "exit status: expected {want} (CPython), actual {got}"
        );
    }
    (!report.is_empty()).then(|| format!("== {name}\n{report}"))
}

/// Reads `<name>.out`, `.err` and `.code` from `tests/seed_expected/`.
fn load_expected(name: &str) -> Result<Outcome, String> {
    let read = |ext: &str| {
        let path = expected_dir().join(format!("{name}.{ext}"));
        fs::read(&path).map_err(|e| {
            format!(
                "{}: {e} (record it with tests/seed_expected/record.py)",
                path.display()
            )
        })
    };
    Ok(Outcome {
        stdout: read("out")?,
        stderr: read("err")?,
        code: String::from_utf8_lossy(&read("code")?).trim().to_string(),
    })
}

/// Runs `<name>.py` from `scripts/` with empty stdin, killing it after [`TIMEOUT`].
fn run_script(name: &str) -> Result<Outcome, String> {
    let bin = gilpy_bin();
    let mut child = Command::new(&bin)
        .arg(format!("{name}.py"))
        .current_dir(scripts_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {bin}: {e}"))?;
    let stdout = drain(child.stdout.take().unwrap());
    let stderr = drain(child.stderr.take().unwrap());
    let status = wait_with_timeout(&mut child)?;
    Ok(Outcome {
        stdout: normalise(stdout.join().unwrap()),
        stderr: normalise(stderr.join().unwrap()),
        code: exit_code(status),
    })
}

/// Reads a pipe to its end on a thread, so a chatty child cannot block.
fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

fn wait_with_timeout(child: &mut Child) -> Result<ExitStatus, String> {
    let deadline = Instant::now() + TIMEOUT;
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            return Ok(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {} s, killed", TIMEOUT.as_secs()));
        }
        thread::sleep(Duration::from_millis(10));
    }
}

/// The exit code as recorded by `record.py`, or the signal for a killed child.
fn exit_code(status: ExitStatus) -> String {
    match status.code() {
        Some(code) => code.to_string(),
        None => format!("killed ({status})"),
    }
}

/// Writes the absolute `scripts/` directory (as given and as resolved) as `<SCRIPTS>`.
fn normalise(output: Vec<u8>) -> Vec<u8> {
    let given = scripts_dir();
    let resolved = fs::canonicalize(&given).unwrap_or_else(|_| given.clone());
    let mut text = output;
    for dir in [resolved, given] {
        let prefix = format!("{}/", dir.display());
        text = replace_bytes(
            &text,
            prefix.as_bytes(),
            format!("{PLACEHOLDER}/").as_bytes(),
        );
    }
    text
}

fn replace_bytes(haystack: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut rest = haystack;
    while let Some(at) = rest.windows(from.len()).position(|w| w == from) {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(to);
        rest = &rest[at + from.len()..];
    }
    out.extend_from_slice(rest);
    out
}

/// Appends a line diff of `what` to `report` when the two differ.
fn compare(what: &str, expected: &[u8], actual: &[u8], report: &mut String) {
    if expected == actual {
        return;
    }
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let _ = writeln!(report, "--- expected {what} (CPython)\n+++ actual {what}");
    for line in line_diff(&expected, &actual) {
        let _ = writeln!(report, "{line}");
    }
}

/// A line diff (longest common subsequence): ` ` kept, `-` expected only, `+` actual only.
fn line_diff(expected: &str, actual: &str) -> Vec<String> {
    let a: Vec<&str> = expected.split_inclusive('\n').collect();
    let b: Vec<&str> = actual.split_inclusive('\n').collect();
    let table = lcs_table(&a, &b);
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push(format!("  {}", show(a[i])));
            (i, j) = (i + 1, j + 1);
        } else if j == b.len() || (i < a.len() && table[i + 1][j] >= table[i][j + 1]) {
            out.push(format!("- {}", show(a[i])));
            i += 1;
        } else {
            out.push(format!("+ {}", show(b[j])));
            j += 1;
        }
    }
    out
}

/// `table[i][j]` is the LCS length of `a[i..]` and `b[j..]`.
fn lcs_table(a: &[&str], b: &[&str]) -> Vec<Vec<usize>> {
    let mut table = vec![vec![0; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i][j] = if a[i] == b[j] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    table
}

/// One line for the report, with a missing final newline made visible.
fn show(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(body) => body.to_string(),
        None => format!("{line} [no newline at end]"),
    }
}
