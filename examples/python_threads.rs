//! A script starts Python threads; the host waits for them without holding the GIL,
//! then reads their results.
//!
//! `cargo run --release --example python_threads`

use gilpy::{Interpreter, RunError};
use std::time::Duration;

const SCRIPT: &str = r#"
import threading, queue, time

results = queue.Queue()

def worker(n):
    time.sleep(0.01 * n)          # waits release the GIL
    results.put((n, sum(range(n * 10000))))

threads = [threading.Thread(target=worker, args=(n,), name=f"w{n}") for n in range(1, 5)]
for t in threads:
    t.start()
"#;

fn main() -> Result<(), RunError> {
    let mut interp = Interpreter::new();
    interp.run(SCRIPT, "workers.py")?;

    // The host keeps working; while it does so without the GIL, the Python threads run.
    for round in 1..=3 {
        let done: i64 = interp.eval("results.qsize()")?;
        println!("host check {round}: {done} of 4 workers done");
        interp.allow_threads(|| std::thread::sleep(Duration::from_millis(20)));
    }

    // Wait for every non-daemon thread, as Python does at exit.
    interp.shutdown_threads()?;
    let mut results: Vec<(i64, i64)> =
        interp.eval("[results.get() for _ in range(results.qsize())]")?;
    results.sort();
    for (n, total) in &results {
        println!("worker {n}: {total}");
    }
    assert_eq!(results.len(), 4);
    Ok(())
}
