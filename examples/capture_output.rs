//! Runs a script and captures what it prints, into a buffer and through a callback.
//!
//! `cargo run --release --example capture_output`

use gilpy::{Interpreter, Options, OutputBuffer, RunError};
use std::sync::{Arc, Mutex};

const SCRIPT: &str = r#"
import sys
for n in range(1, 4):
    print(f"{n} squared is {n * n}")
print("warnings go to stderr", file=sys.stderr)
"#;

fn main() -> Result<(), RunError> {
    // Standard output into a shared buffer, standard error through a callback.
    let stdout = OutputBuffer::new();
    let stderr_lines = Arc::new(Mutex::new(Vec::new()));
    let sink = stderr_lines.clone();
    let opts = Options::default()
        .stdout(stdout.clone())
        .stderr_callback(move |text| sink.lock().unwrap().push(text.to_owned()));
    let mut interp = Interpreter::with_options(opts);
    interp.run(SCRIPT, "squares.py")?;

    let captured = stdout.contents();
    print!("captured stdout:\n{captured}");
    println!("captured stderr: {:?}", stderr_lines.lock().unwrap());
    assert_eq!(captured.lines().count(), 3);

    // An uncaught exception comes back as an error carrying the traceback.
    let err = interp
        .run("values = [1, 2]\nvalues[5]", "broken.py")
        .unwrap_err();
    if let RunError::Exception { traceback, .. } = &err {
        print!("the script failed:\n{traceback}");
    }
    Ok(())
}
