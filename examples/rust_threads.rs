//! Several Rust threads call into one interpreter; they take turns on its GIL.
//!
//! `cargo run --release --example rust_threads`

use gilpy::{Interpreter, RunError};

fn main() -> Result<(), RunError> {
    let shared = Interpreter::new().into_shared();
    shared.with_gil(|py| {
        py.run(
            "hits = {}\ndef record(who):\n    hits[who] = hits.get(who, 0) + 1",
            "<init>",
        )
    })?;

    let threads: Vec<_> = (0..4)
        .map(|t| {
            let interp = shared.clone();
            std::thread::spawn(move || -> Result<(), RunError> {
                for _ in 0..1000 {
                    interp.with_gil(|py| {
                        let record = py.get_global::<gilpy::PyObject>("record")?;
                        record.call(py, (format!("thread-{t}"),))?;
                        Ok(())
                    })?;
                }
                Ok(())
            })
        })
        .collect();
    for t in threads {
        t.join().expect("thread panicked")?;
    }

    let hits: std::collections::BTreeMap<String, i64> =
        shared.with_gil(|py| py.get_global("hits"))?;
    for (who, n) in &hits {
        println!("{who}: {n} calls");
    }
    assert!(hits.values().all(|n| *n == 1000));
    Ok(())
}
