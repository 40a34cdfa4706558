//! Embedding API: interrupts from other threads, tick and time limits, the recursion limit.

use gilpy::{Interpreter, Limits, Options, OutputBuffer, RunError};
use std::time::{Duration, Instant};

/// Interrupts `interp` from another thread after `delay`; returns the run's error and duration.
fn interrupted_run(interp: &mut Interpreter, code: &str, delay: Duration) -> (RunError, Duration) {
    let handle = interp.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(delay);
        handle.interrupt();
    });
    let start = Instant::now();
    let err = interp.run(code, "<interrupted>").unwrap_err();
    let took = start.elapsed();
    stopper.join().unwrap();
    (err, took)
}

#[test]
fn interrupt_during_sleep() {
    let mut interp = Interpreter::new();
    let (err, took) = interrupted_run(
        &mut interp,
        "import time\ntime.sleep(10)",
        Duration::from_millis(100),
    );
    assert!(err.is_keyboard_interrupt(), "{err:?}");
    assert!(took < Duration::from_secs(3), "took {took:?}");
    // The interpreter is usable afterwards.
    assert_eq!(interp.eval::<i64>("6 * 7").unwrap(), 42);
}

#[test]
fn interrupt_during_lock_acquire() {
    let mut interp = Interpreter::new();
    let (err, took) = interrupted_run(
        &mut interp,
        "import threading\nlock = threading.Lock()\nlock.acquire()\nlock.acquire()",
        Duration::from_millis(100),
    );
    assert!(err.is_keyboard_interrupt(), "{err:?}");
    assert!(took < Duration::from_secs(3), "took {took:?}");
    let (err, _) = interrupted_run(
        &mut interp,
        "import _thread\nl = _thread.allocate_lock()\nl.acquire()\nl.acquire(timeout=20)",
        Duration::from_millis(50),
    );
    assert!(err.is_keyboard_interrupt(), "{err:?}");
}

#[test]
fn interrupt_during_join_and_busy_loop() {
    let mut interp = Interpreter::new();
    let (err, _) = interrupted_run(
        &mut interp,
        "import threading, time\nt = threading.Thread(target=time.sleep, args=(0.5,), daemon=True)\nt.start()\nt.join()",
        Duration::from_millis(50),
    );
    assert!(err.is_keyboard_interrupt(), "{err:?}");
    let (err, took) = interrupted_run(&mut interp, "while True: pass", Duration::from_millis(50));
    assert!(err.is_keyboard_interrupt(), "{err:?}");
    assert!(took < Duration::from_secs(3));
}

#[test]
fn keyboard_interrupt_can_be_caught_by_the_script() {
    let mut interp = Interpreter::new();
    let handle = interp.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        handle.interrupt();
    });
    interp
        .run(
            "import time\ntry:\n    time.sleep(10)\nexcept KeyboardInterrupt:\n    caught = True",
            "<c>",
        )
        .unwrap();
    stopper.join().unwrap();
    assert!(interp.eval::<bool>("caught").unwrap());
}

#[test]
fn tick_limit_stops_an_endless_loop() {
    let limits = Limits {
        max_ticks: Some(100_000),
        ..Limits::default()
    };
    let mut interp = Interpreter::with_options(Options::default().limits(limits));
    let err = interp
        .run("n = 0\nwhile True:\n    n += 1", "<spin>")
        .unwrap_err();
    assert_eq!(err, RunError::TickLimitExceeded { limit: 100_000 });
    assert_eq!(err.to_string(), "tick limit of 100000 exceeded");
    // Stays stopped until the host grants a new budget.
    assert!(matches!(
        interp.run("x = 1", "<again>"),
        Err(RunError::TickLimitExceeded { .. })
    ));
    assert!(matches!(
        interp.run("while True: pass", "<again>"),
        Err(RunError::TickLimitExceeded { .. })
    ));
    interp.set_limits(Limits::default());
    assert_eq!(interp.eval::<i64>("sum(range(10))").unwrap(), 45);
}

#[test]
fn limits_cannot_be_caught_by_the_script() {
    let out = OutputBuffer::new();
    let limits = Limits {
        max_ticks: Some(50_000),
        ..Limits::default()
    };
    let opts = Options::default().limits(limits).stdout(out.clone());
    let mut interp = Interpreter::with_options(opts);
    let code = "while True:\n    try:\n        while True: pass\n    except BaseException:\n        print('caught')\n    except:\n        print('bare')\n    finally:\n        print('finally')";
    let err = interp.run(code, "<stubborn>").unwrap_err();
    assert!(matches!(err, RunError::TickLimitExceeded { .. }), "{err:?}");
    assert_eq!(out.contents(), "");
}

#[test]
fn time_limit_stops_loops_and_sleeps() {
    let limits = Limits {
        max_duration: Some(Duration::from_millis(150)),
        ..Limits::default()
    };
    let mut interp = Interpreter::with_options(Options::default().limits(limits));
    let start = Instant::now();
    let err = interp.run("while True: pass", "<spin>").unwrap_err();
    assert!(
        matches!(err, RunError::TimeLimitExceeded { limit } if limit == Duration::from_millis(150))
    );
    assert!(start.elapsed() < Duration::from_secs(3));
    interp.set_limits(limits);
    let start = Instant::now();
    let err = interp
        .run("import time\ntime.sleep(10)", "<sleep>")
        .unwrap_err();
    assert!(matches!(err, RunError::TimeLimitExceeded { .. }), "{err:?}");
    assert!(start.elapsed() < Duration::from_secs(3));
}

#[test]
fn time_limit_stops_python_threads_too() {
    let limits = Limits {
        max_duration: Some(Duration::from_millis(200)),
        ..Limits::default()
    };
    let err_out = OutputBuffer::new();
    let opts = Options::default().limits(limits).stderr(err_out.clone());
    let mut interp = Interpreter::with_options(opts);
    let start = Instant::now();
    let err = interp
        .run_main(
            "import threading\ndef spin():\n    while True: pass\nts = [threading.Thread(target=spin) for _ in range(3)]\nfor t in ts: t.start()\nfor t in ts: t.join()",
            "<threads>",
        )
        .unwrap_err();
    assert!(matches!(err, RunError::TimeLimitExceeded { .. }), "{err:?}");
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn recursion_limit_option() {
    let mut interp = Interpreter::with_options(Options::default().recursion_limit(60));
    let err = interp
        .run("def down(n):\n    return down(n + 1)\ndown(0)", "<deep>")
        .unwrap_err();
    assert_eq!(err.type_name(), Some("RecursionError"));
    assert_eq!(
        interp
            .eval::<i64>("__import__('sys').getrecursionlimit()")
            .unwrap(),
        60
    );
    interp
        .run(
            "def d(n):\n    return 0 if n == 0 else d(n - 1)\nr = d(50)",
            "<ok>",
        )
        .unwrap();
}
