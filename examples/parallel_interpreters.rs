//! Two interpreters in one process run CPU-bound code truly in parallel: each has its own GIL.
//!
//! `cargo run --release --example parallel_interpreters`

use gilpy::{Interpreter, RunError};
use std::time::{Duration, Instant};

const WORK: &str = r#"
def collatz_steps(limit):
    total = 0
    for n in range(1, limit):
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            total += 1
    return total

result = collatz_steps(20000)
"#;

/// Runs the work in a fresh interpreter; returns its result and how long it took.
fn run_once() -> Result<(i64, Duration), RunError> {
    let start = Instant::now();
    let mut interp = Interpreter::new();
    interp.run(WORK, "collatz.py")?;
    Ok((interp.eval("result")?, start.elapsed()))
}

fn main() -> Result<(), RunError> {
    let (alone, one) = run_once()?;
    let (a, b, both) = std::thread::scope(|s| {
        let start = Instant::now();
        let first = s.spawn(run_once);
        let second = s.spawn(run_once);
        let a = first.join().expect("thread panicked");
        let b = second.join().expect("thread panicked");
        (a, b, start.elapsed())
    });
    let (a, b) = (a?.0, b?.0);
    assert_eq!(
        (a, b),
        (alone, alone),
        "parallel runs must compute the same result"
    );
    let speedup = 2.0 * one.as_secs_f64() / both.as_secs_f64();
    println!("one run: {one:.2?}; two runs in parallel: {both:.2?}");
    println!(
        "speed-up over running them one after the other: {speedup:.2}x (cores: {})",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    Ok(())
}
