//! The seed scripts marked "threading" in the seed README, checked against thread interleavings.
//!
//! Scripts that stop before any thread starts are compared with CPython's
//! recordings in `seed_scripts.rs`; the queue scripts must print exactly
//! what CPython prints; the others are checked as multisets of lines with the ordering and timing
//! constraints that hold in every interleaving. Thread tracebacks differ from
//! CPython's only in the frames inside `threading` itself, which gilpy
//! embeds as `<frozen threading>`; those frames are not compared.

#[path = "support/process.rs"]
mod process;

use process::{Run, assert_lines_multiset, drain, interrupt, run_in, spawn};
use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::thread;
use std::time::{Duration, Instant};

/// Upper bound on any one script's run.
const LIMIT: Duration = Duration::from_secs(60);

fn scripts_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts")
}

/// Runs `scripts/<name>.py` from `scripts/` with empty stdin.
fn run_script(name: &str) -> Run {
    let mut run = run_in(&[&format!("{name}.py")], &scripts_dir(), b"", LIMIT);
    run.stderr = normalise(&run.stderr);
    run
}

/// Writes the absolute `scripts/` directory as `<SCRIPTS>`, as the recordings do.
fn normalise(text: &str) -> String {
    let dir = scripts_dir();
    let resolved = fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
    let mut text = text.to_owned();
    for d in [resolved, dir] {
        text = text.replace(&format!("{}/", d.display()), "<SCRIPTS>/");
    }
    text
}

/// Checks a script whose whole stdout is fixed, with empty stderr and status 0.
fn check_exact(name: &str, stdout: &str) -> Run {
    let run = run_script(name);
    assert_eq!(run.stdout, stdout, "{name}: stdout");
    assert_eq!(run.stderr, "", "{name}: stderr");
    assert_eq!(run.code, Some(0), "{name}: exit status");
    run
}

/// Checks exit status 0 and an empty stderr.
fn assert_clean(name: &str, run: &Run) {
    assert_eq!(run.stderr, "", "{name}: stderr");
    assert_eq!(run.code, Some(0), "{name}: exit status");
}

/// Index of the first occurrence of `text` in `order`.
fn first(order: &[&str], text: &str) -> usize {
    order
        .iter()
        .position(|t| *t == text)
        .unwrap_or_else(|| panic!("{text} missing"))
}

/// Index of the last occurrence of `text` in `order`.
fn last(order: &[&str], text: &str) -> usize {
    order
        .iter()
        .rposition(|t| *t == text)
        .unwrap_or_else(|| panic!("{text} missing"))
}

#[test]
fn queue_scripts_are_exact() {
    check_exact("002_queue_fifo", "first\nsecond\nthird\n");
    check_exact("002_queue_lifo", "third\nsecond\nfirst\n");
    check_exact("002_queue_priority", "(10, 'b')\n(20, 'a')\n(30, 'c')\n");
}

/// `主线程` at once, `harry say hello` after the two-second sleep.
fn sayhi(name: &str) {
    let run = check_exact(name, "主线程\nharry say hello\n");
    assert!(
        run.elapsed >= Duration::from_millis(1950),
        "{name}: ended after {:?}",
        run.elapsed
    );
}

fn daemon_thread() {
    let name = "002_daemon_thread";
    let run = run_script(name);
    assert_clean(name, &run);
    let order = assert_lines_multiset(
        &run.stdout,
        &["123", "456", "main-------", "end123", "end456"],
    );
    assert_eq!(&order[3..], ["end123", "end456"], "{name}: order {order:?}");
    assert!(
        run.elapsed >= Duration::from_millis(2950),
        "{name}: waited only {:?}",
        run.elapsed
    );
}

fn event_student_teacher() {
    let name = "002_event_student_teacher";
    let run = run_script(name);
    assert_clean(name, &run);
    let lines = [
        "学生sanm 正在听课",
        "学生beal 正在听课",
        "学生jerry 正在听课",
        "老师harry 正在上课",
        "下课了",
        "学生sanm 课件活动",
        "学生beal 课件活动",
        "学生jerry 课件活动",
    ];
    let order = assert_lines_multiset(&run.stdout, &lines);
    let bell = first(&order, "下课了");
    for before in &lines[..4] {
        assert!(
            first(&order, before) < bell,
            "{name}: {before} after the bell: {order:?}"
        );
    }
    for after in &lines[5..] {
        assert!(
            first(&order, after) > bell,
            "{name}: {after} before the bell: {order:?}"
        );
    }
    assert!(
        run.elapsed >= Duration::from_millis(1950),
        "{name}: {:?}",
        run.elapsed
    );
}

fn event_boss_worker() {
    let name = "002_event_boss_worker";
    let run = run_script(name);
    assert_clean(name, &run);
    let mut lines = vec!["今天要加班", "22:00下班"];
    lines.extend(["命苦啊.....", "耶...."].iter().flat_map(|l| [*l; 5]));
    let order = assert_lines_multiset(&run.stdout, &lines);
    let first_phase = last(&order, "今天要加班").max(last(&order, "命苦啊....."));
    let second_phase = first(&order, "22:00下班").min(first(&order, "耶...."));
    assert!(
        first_phase < second_phase,
        "{name}: phases mixed: {order:?}"
    );
    assert!(
        run.elapsed >= Duration::from_millis(1950),
        "{name}: {:?}",
        run.elapsed
    );
}

fn event_connect_retry() {
    let name = "002_event_connect_retry";
    let run = run_script(name);
    assert_eq!(run.code, Some(0), "{name}: exit status");
    let tries: Vec<String> = (1..=2)
        .flat_map(|t| (1..=3).map(move |n| format!("<Thread-{t} (conn_mysql)>第{n}次尝试链接")))
        .collect();
    let mut lines: Vec<&str> = tries.iter().map(String::as_str).collect();
    lines.push("\x1b[45m[Thread-3 (check_mysql)]正在检查mysql\x1b[0m");
    let order = assert_lines_multiset(&run.stdout, &lines);
    for t in 0..2 {
        let at: Vec<usize> = (0..3).map(|n| first(&order, lines[t * 3 + n])).collect();
        assert!(
            at[0] < at[1] && at[1] < at[2],
            "{name}: tries out of order: {order:?}"
        );
    }
    check_connect_retry_stderr(&run.stderr);
}

/// Two `TimeoutError` tracebacks, possibly interleaved line by line, and
/// CPython's `getName()` DeprecationWarning once per calling line (both
/// `conn_mysql` threads call it on line 9: the registry shows it once).
fn check_connect_retry_stderr(stderr: &str) {
    let counted = [
        (
            "<SCRIPTS>/002_event_connect_retry.py:9: DeprecationWarning: getName() is deprecated, get the name attribute instead",
            1,
        ),
        (
            "  print('<%s>第%s次尝试链接' % (threading.current_thread().getName(), count))",
            1,
        ),
        (
            "<SCRIPTS>/002_event_connect_retry.py:16: DeprecationWarning: getName() is deprecated, get the name attribute instead",
            1,
        ),
        (
            "  print('\\033[45m[%s]正在检查mysql\\033[0m' % threading.current_thread().getName())",
            1,
        ),
        ("Exception in thread Thread-1 (conn_mysql):", 1),
        ("Exception in thread Thread-2 (conn_mysql):", 1),
        ("Traceback (most recent call last):", 2),
        (
            "  File \"<SCRIPTS>/002_event_connect_retry.py\", line 8, in conn_mysql",
            2,
        ),
        ("    raise TimeoutError('链接超时')", 2),
        ("TimeoutError: 链接超时", 2),
    ];
    for (line, n) in counted {
        let got = stderr.lines().filter(|l| *l == line).count();
        assert_eq!(got, n, "stderr line {line:?}:\n{stderr}");
    }
    for line in stderr.lines() {
        let known = counted.iter().any(|(l, _)| *l == line) || is_threading_frame(line);
        assert!(known, "unexpected stderr line {line:?}:\n{stderr}");
    }
}

/// A traceback line that belongs to a frame inside `threading` itself.
fn is_threading_frame(line: &str) -> bool {
    line.starts_with("  File \"<frozen threading>\"")
        || line == "    self.run()"
        || line == "    self._target(*self._args, **self._kwargs)"
}

fn semaphore_waves() {
    let name = "002_semaphore";
    let run = run_script(name);
    assert_eq!(run.code, Some(0), "{name}: exit status");
    let names: Vec<String> = (1..=23)
        .map(|n| format!("Thread-{n} (func) get sm"))
        .collect();
    let lines: Vec<&str> = names.iter().map(String::as_str).collect();
    assert_lines_multiset(&run.stdout, &lines);
    // Five permits, 23 threads holding one for 3 s each: five waves.
    assert!(
        run.elapsed >= Duration::from_millis(14_900),
        "{name}: {:?}",
        run.elapsed
    );
    // CPython warns once for the one calling line, whichever thread is first.
    assert_eq!(
        run.stderr,
        "<SCRIPTS>/002_semaphore.py:7: DeprecationWarning: getName() is deprecated, \
         get the name attribute instead\n  print('%s get sm' %threading.current_thread().getName())\n",
        "{name}: stderr"
    );
}

fn threads_sleep_print() {
    let name = "004_threads_sleep_print";
    let run = run_script(name);
    assert_clean(name, &run);
    let numbers: Vec<String> = (0..10).map(|n| n.to_string()).collect();
    let mut lines: Vec<&str> = numbers.iter().map(String::as_str).collect();
    lines.push("hello");
    let order = assert_lines_multiset(&run.stdout, &lines);
    assert_eq!(order[0], "hello", "{name}: {order:?}");
    assert!(
        run.elapsed >= Duration::from_millis(950),
        "{name}: {:?}",
        run.elapsed
    );
}

fn thread_pool_queue() {
    let name = "004_thread_pool_queue";
    let run = run_script(name);
    assert_clean(name, &run);
    let numbers: Vec<String> = (0..100).map(|n| n.to_string()).collect();
    let lines: Vec<&str> = numbers.iter().map(String::as_str).collect();
    assert_lines_multiset(&run.stdout, &lines);
    // Five pooled thread slots, one second per task: twenty waves.
    assert!(
        run.elapsed >= Duration::from_millis(19_500),
        "{name}: {:?}",
        run.elapsed
    );
}

#[test]
fn timed_scripts_in_parallel() {
    let checks: [(&str, fn()); 9] = [
        ("002_thread_function_target", || {
            sayhi("002_thread_function_target")
        }),
        ("002_thread_subclass", || sayhi("002_thread_subclass")),
        ("002_daemon_thread", daemon_thread),
        ("002_event_student_teacher", event_student_teacher),
        ("002_event_boss_worker", event_boss_worker),
        ("002_event_connect_retry", event_connect_retry),
        ("002_semaphore", semaphore_waves),
        ("004_threads_sleep_print", threads_sleep_print),
        ("004_thread_pool_queue", thread_pool_queue),
    ];
    process::run_checks_in_parallel(checks.into_iter().collect());
}

#[test]
fn text_tool_lines_reach_the_file_while_threads_spin() {
    let dir = temp_dir("text_tool");
    let script = scripts_dir().join("002_text_tool_three_threads.py");
    let mut child = spawn(&[script.to_str().unwrap()], &dir);
    let mut stdin = child.stdin.take().unwrap();
    let out = drain(child.stdout.take().unwrap());
    let err = drain(child.stderr.take().unwrap());
    let db = dir.join("db1.txt");
    let mut expected = String::new();
    for line in ["hello world", "second line", "ünïcode ok"] {
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
        expected.push_str(&line.to_uppercase());
        expected.push('\n');
        let landed = poll(Duration::from_millis(500), || {
            fs::read_to_string(&db).is_ok_and(|t| t == expected)
        });
        if !landed {
            let _ = child.kill();
            panic!(
                "{line:?} not in db1.txt within 0.5 s: {:?}",
                fs::read_to_string(&db)
            );
        }
    }
    drop(stdin);
    let reported = poll(Duration::from_secs(5), || {
        child.try_wait().unwrap().is_some()
    });
    assert!(
        !reported,
        "the spinning threads must keep the process alive"
    );
    thread::sleep(Duration::from_millis(300));
    let _ = child.kill();
    let _ = child.wait();
    let stderr = err.join().unwrap();
    assert!(
        stderr.starts_with(
            "Exception in thread Thread-1 (user_input):\nTraceback (most recent call last):\n"
        ),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("EOFError: EOF when reading a line\n"),
        "{stderr}"
    );
    assert_eq!(out.join().unwrap().matches("请输入内容:").count(), 4);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn deadlock_prints_four_lines_and_hangs() {
    let mut child = spawn(&["002_deadlock_two_locks.py"], &scripts_dir());
    let out = drain(child.stdout.take().unwrap());
    let err = drain(child.stderr.take().unwrap());
    thread::sleep(Duration::from_secs(2));
    let alive = child.try_wait().unwrap().is_none();
    // Ctrl-C makes the interpreter flush its buffered stdout on the way out.
    interrupt(&child);
    if !poll(Duration::from_secs(5), || {
        child.try_wait().unwrap().is_some()
    }) {
        let _ = child.kill();
    }
    let _ = child.wait();
    let _ = err.join();
    assert!(alive, "the deadlocked process ended on its own");
    let stdout = out.join().unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert_eq!(lines[0], "\x1b[41mThread-1 拿到A锁\x1b[0m");
    assert_eq!(lines[1], "\x1b[42mThread-1 拿到B锁\x1b[0m");
    let mut tail = lines[2..].to_vec();
    tail.sort();
    assert_eq!(
        tail,
        [
            "\x1b[41mThread-2 拿到A锁\x1b[0m",
            "\x1b[43mThread-1 拿到B锁\x1b[0m"
        ]
    );
}

/// Calls `done` every few milliseconds until it holds or `limit` passes.
fn poll(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if done() {
            return true;
        }
        thread::sleep(Duration::from_millis(2));
    }
    done()
}

/// A fresh empty directory under the system temp dir.
fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gilpy_{tag}_{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}
