//! Threads under contention and at the edges of a run: stress programs, exit
//! with daemon and non-daemon threads, Ctrl-C in every blocking wait, the
//! default report of an exception in a thread, and whole lines from `print`.
//!
//! Every assertion holds in every interleaving; time bounds are generous.

#[path = "support/process.rs"]
mod process;

use process::{drain, gilpy, interrupt, run_code, run_in, wait};
use std::io::{BufRead, BufReader};
use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// Upper bound for any one program; far above what each needs.
const LIMIT: Duration = Duration::from_secs(120);

fn threading_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/threading")
}

/// Runs `tests/threading/<name>.py` and checks its whole stdout, empty stderr, status 0.
fn check_program(name: &str, stdout: &str) {
    let run = run_in(&[&format!("{name}.py")], &threading_dir(), b"", LIMIT);
    assert_eq!(run.stdout, stdout, "{name}: stdout");
    assert_eq!(run.stderr, "", "{name}: stderr");
    assert_eq!(run.code, Some(0), "{name}: exit status");
}

#[test]
fn stress_programs_lose_and_duplicate_nothing() {
    let checks: [(&str, &str); 5] = [
        ("stress_files", "18000 True\n18000 True\n"),
        (
            "stress_queue",
            "200000 200000 True\nTrue\nQueue 20000 True 0\nLifoQueue 20000 True 0\nPriorityQueue 20000 True 0\n",
        ),
        ("stress_counter", "80000\n"),
        ("stress_thousand_threads", "1000 True 501 1\n"),
        (
            "stress_primitives",
            "condition 16000 True\nsemaphore 5000 True 0 3\nbarrier 6 False 0\nevent 150 True\n",
        ),
    ];
    let checks = checks
        .into_iter()
        .map(|(name, out)| (name, move || check_program(name, out)))
        .collect();
    process::run_checks_in_parallel(checks);
}

#[test]
fn threads_share_sys_stdin() {
    let code = "import sys, threading\n\
        got = []\n\
        def read():\n    for _ in range(50):\n        got.append(sys.stdin.readline())\n\
        ts = [threading.Thread(target=read) for _ in range(4)]\n\
        for t in ts: t.start()\n\
        for t in ts: t.join()\n\
        print(len(got), sorted(got) == sorted('%d\\n' % i for i in range(200)))\n";
    let input: String = (0..200).map(|i| format!("{i}\n")).collect();
    let run = process::run_in(
        &["-c", code],
        &std::env::temp_dir(),
        input.as_bytes(),
        LIMIT,
    );
    assert_eq!(run.stderr, "");
    assert_eq!(run.stdout, "200 True\n");
}

#[test]
fn daemon_threads_stop_at_exit() {
    let code = "import threading, time\n\
        def sleeper():\n    while True:\n        time.sleep(0.01)\n\
        def spinner():\n    while True:\n        pass\n\
        threading.Thread(target=sleeper, daemon=True).start()\n\
        threading.Thread(target=spinner, daemon=True).start()\n\
        time.sleep(0.05)\n\
        print('main done')\n";
    let run = run_code(code, LIMIT);
    assert_eq!(run.stdout, "main done\n");
    assert_eq!(run.stderr, "");
    assert_eq!(run.code, Some(0));
    assert!(run.elapsed < Duration::from_secs(10), "{:?}", run.elapsed);
}

#[test]
fn exit_waits_for_non_daemon_threads() {
    let code = "import threading, time\n\
        def late():\n    time.sleep(0.3)\n    print('late')\n\
        threading.Thread(target=late).start()\n\
        print('main done')\n";
    let run = run_code(code, LIMIT);
    assert_eq!(run.stdout, "main done\nlate\n");
    assert_eq!(run.stderr, "");
    assert_eq!(run.code, Some(0));
    assert!(
        run.elapsed >= Duration::from_millis(300),
        "{:?}",
        run.elapsed
    );
}

#[test]
fn sys_exit_in_main_still_waits_for_threads() {
    let code = "import sys, threading, time\n\
        def late():\n    time.sleep(0.2)\n    print('late')\n\
        threading.Thread(target=late).start()\n\
        sys.exit(3)\n";
    let run = run_code(code, LIMIT);
    assert_eq!(run.stdout, "late\n");
    assert_eq!(run.code, Some(3));
}

#[test]
fn exception_in_a_thread_is_reported_and_main_goes_on() {
    let code = "import threading\n\
        def boom():\n    raise ValueError('bad value')\n\
        t = threading.Thread(target=boom, name='worker')\n\
        t.start()\n\
        t.join()\n\
        def leave():\n    raise SystemExit(4)\n\
        t = threading.Thread(target=leave)\n\
        t.start()\n\
        t.join()\n\
        print('main goes on')\n";
    let run = run_code(code, LIMIT);
    assert_eq!(run.stdout, "main goes on\n");
    assert_eq!(run.code, Some(0));
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines[0], "Exception in thread worker:");
    assert_eq!(lines[1], "Traceback (most recent call last):");
    let n = lines.len();
    assert_eq!(lines[n - 3], "  File \"<string>\", line 3, in boom");
    assert_eq!(lines[n - 2], "    raise ValueError('bad value')");
    assert_eq!(lines[n - 1], "ValueError: bad value");
    for frame in &lines[2..n - 3] {
        let inside_threading = frame.starts_with("  File \"<frozen threading>\"")
            || frame.starts_with("    ")
            || frame.trim_start().starts_with('^');
        assert!(
            inside_threading,
            "unexpected line {frame:?} in\n{}",
            run.stderr
        );
    }
}

#[test]
fn print_from_threads_keeps_each_text_whole() {
    let code = "import threading\n\
        def talk(k):\n    for i in range(2000):\n        print('%d-%05d;' % (k, i))\n\
        ts = [threading.Thread(target=talk, args=(k,)) for k in range(8)]\n\
        for t in ts: t.start()\n\
        for t in ts: t.join()\n";
    let run = run_code(code, LIMIT);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut seen = vec![vec![false; 2000]; 8];
    let mut newlines = 0;
    let mut rest = run.stdout.as_str();
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('\n') {
            newlines += 1;
            rest = r;
            continue;
        }
        let (token, r) = rest.split_at(rest.find(';').expect("text ends with ';'") + 1);
        let (k, i) = token[..token.len() - 1].split_once('-').expect("k-i");
        let (k, i): (usize, usize) = (k.parse().unwrap(), i.parse().unwrap());
        assert!(!seen[k][i], "{token} printed twice");
        seen[k][i] = true;
        rest = r;
    }
    assert!(seen.iter().flatten().all(|s| *s), "some text missing");
    assert_eq!(newlines, 16_000);
}

/// A child whose stdout lines arrive on a channel as they are printed.
struct Watched {
    child: Child,
    lines: mpsc::Receiver<String>,
    stderr: thread::JoinHandle<String>,
}

/// Starts `gilpy -c code` with stdin kept open (so `input()` blocks).
fn watch(code: &str) -> Watched {
    let mut child = Command::new(gilpy())
        .args(["-c", code])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start gilpy");
    let stdout = child.stdout.take().unwrap();
    let stderr = drain(child.stderr.take().unwrap());
    let (tx, lines) = mpsc::channel();
    thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    Watched {
        child,
        lines,
        stderr,
    }
}

impl Watched {
    /// Waits for the next stdout line; kills the child if it does not come.
    fn expect_line(&mut self, want: &str) {
        match self.lines.recv_timeout(Duration::from_secs(30)) {
            Ok(line) => assert_eq!(line, want),
            Err(e) => {
                let _ = self.child.kill();
                panic!("no line {want:?}: {e}");
            }
        }
    }
}

/// Each blocking wait, entered by the main thread after it prints `ready`.
const BLOCKING_WAITS: &[(&str, &str)] = &[
    (
        "sleep",
        "import time\nprint('ready', flush=True)\ntime.sleep(60)",
    ),
    (
        "lock.acquire",
        "import threading\nl = threading.Lock()\nl.acquire()\nprint('ready', flush=True)\nl.acquire()",
    ),
    (
        "lock.acquire(timeout)",
        "import threading\nl = threading.Lock()\nl.acquire()\nprint('ready', flush=True)\nl.acquire(timeout=60)",
    ),
    (
        "rlock.acquire",
        "import threading\nr = threading.RLock()\nt = threading.Thread(target=r.acquire)\nt.start()\nt.join()\nprint('ready', flush=True)\nr.acquire()",
    ),
    (
        "join",
        "import threading, time\nt = threading.Thread(target=time.sleep, args=(60,), daemon=True)\nt.start()\nprint('ready', flush=True)\nt.join()",
    ),
    (
        "Condition.wait",
        "import threading\nc = threading.Condition()\nc.acquire()\nprint('ready', flush=True)\nc.wait()",
    ),
    (
        "Event.wait",
        "import threading\ne = threading.Event()\nprint('ready', flush=True)\ne.wait()",
    ),
    (
        "Semaphore.acquire",
        "import threading\ns = threading.Semaphore(0)\nprint('ready', flush=True)\ns.acquire()",
    ),
    (
        "queue.get",
        "import queue\nq = queue.Queue()\nprint('ready', flush=True)\nq.get()",
    ),
    ("input", "print('ready', flush=True)\ninput()"),
    ("spin", "print('ready', flush=True)\nwhile True:\n    pass"),
];

/// Sends Ctrl-C once the child is ready; returns the exit status, stderr and the delay.
fn interrupt_when_ready(code: &str) -> (std::process::ExitStatus, String, Duration, Vec<String>) {
    let mut w = watch(code);
    w.expect_line("ready");
    thread::sleep(Duration::from_millis(100));
    let sent = Instant::now();
    interrupt(&w.child);
    let status = wait(&mut w.child, Duration::from_secs(30), code);
    let delay = sent.elapsed();
    // The reader ends at end of output, which the exit has closed.
    let rest: Vec<String> = w.lines.iter().collect();
    (status, w.stderr.join().unwrap(), delay, rest)
}

#[test]
fn ctrl_c_raises_keyboard_interrupt_in_every_blocking_wait() {
    let handles: Vec<_> = BLOCKING_WAITS
        .iter()
        .map(|&(what, code)| {
            let caught = format!(
                "try:\n{}\nexcept KeyboardInterrupt:\n    print('caught', flush=True)\n",
                code.lines()
                    .map(|l| format!("    {l}\n"))
                    .collect::<String>()
            );
            thread::spawn(move || {
                let (status, stderr, delay, _) = interrupt_when_ready(code);
                assert_eq!(
                    status.signal(),
                    Some(2),
                    "{what}: uncaught: {status:?} {stderr}"
                );
                assert!(
                    stderr.starts_with("Traceback (most recent call last):\n"),
                    "{what}: {stderr}"
                );
                assert!(
                    stderr.ends_with("\nKeyboardInterrupt\n"),
                    "{what}: {stderr}"
                );
                assert!(delay < Duration::from_secs(5), "{what}: took {delay:?}");
                let (status, stderr, _, rest) = interrupt_when_ready(&caught);
                assert_eq!(
                    status.code(),
                    Some(0),
                    "{what}: caught: {status:?} {stderr}"
                );
                assert_eq!(rest, ["caught"], "{what}");
            })
        })
        .collect();
    let failed: Vec<&str> = handles
        .into_iter()
        .zip(BLOCKING_WAITS)
        .filter_map(|(h, (what, _))| h.join().is_err().then_some(*what))
        .collect();
    assert!(failed.is_empty(), "failed: {failed:?}");
}

#[test]
fn ctrl_c_while_exit_waits_for_threads_ends_quietly() {
    let code = "import threading, time\n\
        threading.Thread(target=time.sleep, args=(60,)).start()\n\
        print('ready', flush=True)\n";
    let (status, stderr, delay, _) = interrupt_when_ready(code);
    assert_eq!(status.signal(), Some(2), "{status:?}");
    assert_eq!(stderr, "");
    assert!(delay < Duration::from_secs(5), "took {delay:?}");
}

#[test]
fn blocked_waits_time_out_on_time() {
    let code = "import threading, queue, time\n\
        l = threading.Lock(); l.acquire()\n\
        def timed(f):\n    t0 = time.monotonic(); r = f(); return r, time.monotonic() - t0\n\
        r, dt = timed(lambda: l.acquire(timeout=0.05)); print(r, dt >= 0.05, dt < 2)\n\
        c = threading.Condition()\n\
        with c:\n    r, dt = timed(lambda: c.wait(0.05)); print(r, dt >= 0.05, dt < 2)\n\
        e = threading.Event()\n\
        r, dt = timed(lambda: e.wait(0.05)); print(r, dt >= 0.05, dt < 2)\n\
        s = threading.Semaphore(0)\n\
        r, dt = timed(lambda: s.acquire(timeout=0.05)); print(r, dt >= 0.05, dt < 2)\n\
        t = threading.Thread(target=time.sleep, args=(1,), daemon=True); t.start()\n\
        r, dt = timed(lambda: t.join(0.05)); print(t.is_alive(), dt >= 0.05, dt < 2)\n\
        q = queue.Queue()\n\
        try:\n    q.get(timeout=0.05)\nexcept queue.Empty:\n    print('Empty')\n\
        r, dt = timed(lambda: time.sleep(0.05)); print(r, dt >= 0.05, dt < 2)\n";
    let run = run_code(code, LIMIT);
    assert_eq!(run.stderr, "");
    assert_eq!(
        run.stdout,
        "False True True\nFalse True True\nFalse True True\nFalse True True\nTrue True True\nEmpty\nNone True True\n"
    );
}

#[test]
fn switch_ticks_option_and_check_interval() {
    let code = "import sys, threading\n\
        print(sys.getcheckinterval())\n\
        sys.setcheckinterval(7)\n\
        print(sys.getcheckinterval())\n\
        total = [0]\n\
        lock = threading.Lock()\n\
        def spin():\n    for _ in range(20000):\n        with lock:\n            total[0] += 1\n\
        ts = [threading.Thread(target=spin) for _ in range(3)]\n\
        for t in ts: t.start()\n\
        for t in ts: t.join()\n\
        print(total[0])\n";
    for (ticks, first) in [("1", "1"), ("100", "100"), ("5000", "5000")] {
        let run = run_in(
            &["--switch-ticks", ticks, "-c", code],
            &std::env::temp_dir(),
            b"",
            LIMIT,
        );
        assert_eq!(run.stderr, "", "--switch-ticks {ticks}");
        assert_eq!(
            run.stdout,
            format!("{first}\n7\n60000\n"),
            "--switch-ticks {ticks}"
        );
    }
    let bad = run_in(
        &["--switch-ticks", "0", "-c", "pass"],
        &std::env::temp_dir(),
        b"",
        LIMIT,
    );
    assert_eq!(bad.code, Some(2), "{}", bad.stderr);
}

#[test]
fn a_thread_blocked_writing_stdout_does_not_stall_the_others() {
    let code = "import threading, time, sys\n\
        def flood():\n    for i in range(200000):\n        print('x' * 50)\n\
        threading.Thread(target=flood, daemon=True).start()\n\
        t0 = time.time(); n = 0\n\
        while time.time() - t0 < 1.0:\n    n += 1\n\
        sys.stderr.write('many\\n' if n > 100000 else '%d\\n' % n)\n";
    let mut child = Command::new(gilpy())
        .args(["-c", code])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start gilpy");
    let stderr = drain(child.stderr.take().unwrap());
    // Nobody reads stdout for a while: the pipe fills and the printing thread blocks.
    thread::sleep(Duration::from_secs(2));
    let stdout = drain(child.stdout.take().unwrap());
    let status = wait(&mut child, LIMIT, "stdout flood");
    let _ = stdout.join();
    assert_eq!(stderr.join().unwrap(), "many\n");
    assert_eq!(status.code(), Some(0));
}
