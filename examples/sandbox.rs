//! A sandbox: no files, no network, no environment, no exit; a runaway loop is
//! stopped by a tick limit, and another by the interrupt handle.
//!
//! `cargo run --release --example sandbox`

use gilpy::{Capabilities, Interpreter, Limits, Options, RunError};
use std::time::{Duration, Instant};

const PROBE: &str = r#"
import os
attempts = {
    "open a file": lambda: open("/etc/passwd"),
    "list a directory": lambda: os.listdir("/"),
    "read the environment": lambda: os.getenv("HOME"),
    "exit": lambda: exit(1),
}
for what, attempt in attempts.items():
    try:
        attempt()
        print(what, "-> allowed")
    except PermissionError as e:
        print(what, "->", e)
"#;

fn main() -> Result<(), RunError> {
    let limits = Limits {
        max_ticks: Some(2_000_000),
        ..Limits::default()
    };
    let opts = Options::default()
        .capabilities(Capabilities::NONE)
        .limits(limits);
    let mut interp = Interpreter::with_options(opts);
    interp.run(PROBE, "probe.py")?;
    // Any socket module must check the switch first; here is what it gets.
    let network = interp.with_gil(|py| {
        let r = py
            .vm()
            .require_capability(gilpy::Capability::Network, "socket.connect");
        r.map_err(|e| py.report(e))
    });
    println!("network -> {}", network.unwrap_err());

    // 1. A tick limit stops an endless loop; `except` cannot swallow it.
    let start = Instant::now();
    let err = interp
        .run(
            "while True:\n    try:\n        pass\n    except BaseException:\n        pass",
            "spin.py",
        )
        .unwrap_err();
    println!("tick limit: {err} after {:.2?}", start.elapsed());
    assert!(matches!(err, RunError::TickLimitExceeded { .. }));

    // 2. The interrupt handle stops one from another thread (limits lifted first).
    interp.set_limits(Limits::default());
    let handle = interp.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        handle.interrupt();
    });
    let start = Instant::now();
    let err = interp.run("while True: pass", "spin.py").unwrap_err();
    stopper.join().expect("stopper panicked");
    println!("interrupt: {err} after {:.2?}", start.elapsed());
    assert!(err.is_keyboard_interrupt());
    Ok(())
}
