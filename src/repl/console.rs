//! The session's standard output and error: straight to the terminal while code runs,
//! through the line editor's external printer while the prompt waits, so that what other
//! threads print appears above the line being typed instead of breaking it.

use std::io::Write;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

/// Prints text above the prompt line while the line editor is active (rustyline's
/// `ExternalPrinter`, or a stand-in in tests).
pub trait PromptPrinter: Send {
    /// Prints `text` (whole lines); false when it could not.
    fn print(&mut self, text: String) -> bool;
}

impl<P: rustyline::ExternalPrinter + Send> PromptPrinter for P {
    fn print(&mut self, text: String) -> bool {
        rustyline::ExternalPrinter::print(self, text).is_ok()
    }
}

/// Which process stream a [`ConsoleStream`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Stdout = 0,
    Stderr = 1,
}

/// State shared by the two streams and the session.
struct Shared {
    /// True while the prompt waits for input.
    prompt_active: bool,
    /// Text of a line not finished yet, per stream, held while the prompt is active.
    partial: [Vec<u8>; 2],
    /// Messages handed to the forwarding thread and not printed yet.
    in_flight: usize,
    /// Where text goes while the prompt is active (`None` without a printer).
    forward: Option<Sender<String>>,
}

/// The terminal as the session's standard streams see it. Cloning gives another handle.
#[derive(Clone)]
pub struct Console {
    shared: Arc<(Mutex<Shared>, Condvar)>,
}

/// How long leaving the prompt waits for text on its way to the printer.
const DRAIN_LIMIT: Duration = Duration::from_secs(1);

impl Console {
    /// A console writing to the process's stdout and stderr.
    pub fn new() -> Console {
        Console {
            shared: Arc::new((
                Mutex::new(Shared {
                    prompt_active: false,
                    partial: [Vec::new(), Vec::new()],
                    in_flight: 0,
                    forward: None,
                }),
                Condvar::new(),
            )),
        }
    }

    /// The sink for the interpreter's standard output.
    pub fn stdout(&self) -> Box<dyn Write> {
        Box::new(ConsoleStream {
            console: self.clone(),
            target: Target::Stdout,
        })
    }

    /// The sink for the interpreter's standard error.
    pub fn stderr(&self) -> Box<dyn Write> {
        Box::new(ConsoleStream {
            console: self.clone(),
            target: Target::Stderr,
        })
    }

    /// Routes text written while the prompt is active to `printer`. A thread forwards it,
    /// so a writer never blocks on the line editor (which may itself wait for the GIL).
    pub fn attach_printer(&self, mut printer: Box<dyn PromptPrinter>) {
        let (tx, rx): (Sender<String>, Receiver<String>) = channel();
        let console = self.clone();
        let spawned = std::thread::Builder::new()
            .name("gilpy-console".into())
            .spawn(move || {
                for text in rx {
                    if !printer.print(text.clone()) {
                        write_direct(Target::Stdout, text.as_bytes());
                    }
                    let (lock, cv) = &*console.shared;
                    lock.lock().unwrap_or_else(|e| e.into_inner()).in_flight -= 1;
                    cv.notify_all();
                }
            });
        if spawned.is_ok() {
            self.state().forward = Some(tx);
        }
    }

    /// Marks the prompt as waiting for input (true) or done (false). Leaving it waits for
    /// text already on its way to the printer, then writes unfinished lines directly.
    pub fn set_prompt_active(&self, active: bool) {
        let (lock, cv) = &*self.shared;
        let mut state = lock.lock().unwrap_or_else(|e| e.into_inner());
        state.prompt_active = active;
        if active {
            return;
        }
        let deadline = std::time::Instant::now() + DRAIN_LIMIT;
        while state.in_flight > 0 {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                break;
            }
            state = cv
                .wait_timeout(state, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        for target in [Target::Stdout, Target::Stderr] {
            let text = std::mem::take(&mut state.partial[target as usize]);
            if !text.is_empty() {
                write_direct(target, &text);
            }
        }
    }

    fn state(&self) -> MutexGuard<'_, Shared> {
        self.shared.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes `data` for `target`: directly, or its finished lines through the printer.
    fn write(&self, target: Target, data: &[u8]) {
        let mut state = self.state();
        let Some(forward) = state.forward.clone().filter(|_| state.prompt_active) else {
            drop(state);
            write_direct(target, data);
            return;
        };
        let partial = &mut state.partial[target as usize];
        partial.extend_from_slice(data);
        let Some(end) = partial.iter().rposition(|&b| b == b'\n') else {
            return;
        };
        let lines: Vec<u8> = partial.drain(..=end).collect();
        let text = String::from_utf8_lossy(&lines).into_owned();
        state.in_flight += 1;
        if forward.send(text).is_err() {
            state.in_flight -= 1;
            drop(state);
            write_direct(target, &lines);
        }
    }
}

impl Default for Console {
    fn default() -> Self {
        Console::new()
    }
}

/// Writes to the process's own stream.
fn write_direct(target: Target, data: &[u8]) {
    match target {
        Target::Stdout => {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(data);
            let _ = out.flush();
        }
        Target::Stderr => {
            let _ = std::io::stderr().lock().write_all(data);
        }
    }
}

/// One of the session's standard streams.
struct ConsoleStream {
    console: Console,
    target: Target,
}

impl Write for ConsoleStream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.console.write(self.target, buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records what it is asked to print.
    struct Recorder(Arc<Mutex<Vec<String>>>);

    impl PromptPrinter for Recorder {
        fn print(&mut self, text: String) -> bool {
            self.0.lock().unwrap().push(text);
            true
        }
    }

    #[test]
    fn whole_lines_go_to_the_printer_while_the_prompt_waits() {
        let console = Console::new();
        let seen = Arc::new(Mutex::new(Vec::new()));
        console.attach_printer(Box::new(Recorder(seen.clone())));
        console.set_prompt_active(true);
        let mut out = console.stdout();
        out.write_all(b"tick 1\ntick").unwrap();
        out.write_all(b" 2\n").unwrap();
        // Leaving the prompt waits for the forwarded lines.
        console.set_prompt_active(false);
        assert_eq!(*seen.lock().unwrap(), vec!["tick 1\n", "tick 2\n"]);
    }
}
