//! The read-eval-print loop: read lines until they form an input, run it in `__main__`,
//! report errors and go on, until Ctrl-D, `exit()` or `quit()`.

use super::console::Console;
use super::helper::ReplHelper;
use super::history::history_path;
use super::indent::{next_indent, without_doubled_indent};
use super::keys::EofOnBlank;
use crate::api::{Interpreter, RunError};
use crate::parser::{InputStatus, OpenConstruct, interactive_status};
use rustyline::Editor;
use rustyline::config::{Behavior, CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::Ordering;

/// How a session starts.
#[derive(Debug, Clone, Default)]
pub struct SessionOptions {
    /// Leave out the banner (`-q`).
    pub quiet: bool,
}

/// The line editor with its helper.
type LineEditor = Editor<ReplHelper, DefaultHistory>;

/// Entries the history keeps.
const HISTORY_SIZE: usize = 1000;

/// Runs an interactive session in `__main__` until the user leaves; then waits for the
/// non-daemon threads. `Ok` for Ctrl-D, `SystemExit` for `exit(n)`.
pub fn run_session(
    interp: &mut Interpreter,
    console: &Console,
    options: &SessionOptions,
) -> Result<(), RunError> {
    if !options.quiet {
        interp.write_stderr(&super::banner::banner());
    }
    interp.set_default_prompts();
    let mut session = Session::new(interp, console);
    let ended = session.run(interp);
    session.save_history();
    // Drops the editor (and its namespace handle) while the GIL is held.
    drop(session);
    interp.flush();
    match ended {
        Err(e) => {
            let _ = interp.shutdown_threads();
            Err(e)
        }
        Ok(()) => interp.shutdown_threads(),
    }
}

/// One session's line editor and the input read so far.
struct Session {
    editor: Option<LineEditor>,
    console: Console,
    history: Option<PathBuf>,
    /// Lines of the input being read (continuation lines after the first).
    lines: Vec<String>,
    /// What the lines read so far leave open.
    open: OpenConstruct,
    /// Whether input is a terminal (else prompts are written to stderr by the session).
    tty: bool,
    /// Tells when Ctrl-D ended a line that held only its auto-indentation.
    eof_on_blank: EofOnBlank,
}

/// What reading one line gave.
enum Read {
    /// A line (or a pasted block) as typed.
    Line(String),
    /// Ctrl-C: the input so far is dropped.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of non-terminal input.
    Eof,
}

impl Session {
    /// Sets up the line editor (history, completion, the printer for other threads).
    fn new(interp: &mut Interpreter, console: &Console) -> Session {
        let tty = std::io::stdin().is_terminal();
        let stdout_tty = std::io::stdout().is_terminal();
        // With output redirected, the prompt and the line being edited go to the
        // terminal itself and only the program's output to the file, as in CPython.
        let behavior = if tty && !stdout_tty {
            Behavior::PreferTerm
        } else {
            Behavior::Stdio
        };
        let config = Config::builder()
            .max_history_size(HISTORY_SIZE)
            .and_then(|b| b.history_ignore_dups(true))
            .map(|b| {
                b.completion_type(CompletionType::List)
                    .behavior(behavior)
                    .auto_add_history(false)
                    .tab_stop(4)
                    .indent_size(4)
                    .build()
            })
            .unwrap_or_default();
        let mut editor = LineEditor::with_config(config).ok();
        let history = history_path();
        let eof_on_blank = EofOnBlank::default();
        if let Some(ed) = editor.as_mut() {
            eof_on_blank.bind(ed);
            ed.set_helper(Some(ReplHelper::new(interp.name_source())));
            if let Some(path) = &history {
                let _ = ed.load_history(path);
            }
            // Output that goes to a file needs no care for the line being typed.
            if stdout_tty && let Ok(printer) = ed.create_external_printer() {
                console.attach_printer(Box::new(printer));
            }
        }
        Session {
            editor,
            console: console.clone(),
            history,
            lines: Vec::new(),
            open: OpenConstruct::Block,
            tty,
            eof_on_blank,
        }
    }

    /// Reads and runs inputs until the user leaves.
    fn run(&mut self, interp: &mut Interpreter) -> Result<(), RunError> {
        loop {
            let prefill = self.prefill();
            match self.read(interp, &prefill) {
                Read::Eof if !self.lines.is_empty() => {
                    // As in CPython, end of input at `... ` runs (or reports) what was read.
                    let mut source = std::mem::take(&mut self.lines).join("\n");
                    source.push('\n');
                    run_input(interp, &source)?;
                }
                Read::Eof => {
                    // The line editor ends a terminal's line itself.
                    if !self.tty {
                        interp.write_stderr("\n");
                    }
                    return Ok(());
                }
                Read::Interrupted => {
                    interp.write_stderr("KeyboardInterrupt\n");
                    self.lines.clear();
                }
                Read::Line(line) => {
                    let line = without_doubled_indent(line, &prefill);
                    self.remember(&line);
                    if let Some(source) = self.take_input(line) {
                        run_input(interp, &source)?;
                    }
                }
            }
        }
    }

    /// The indentation the next line starts with (none for a first line).
    fn prefill(&self) -> String {
        if self.lines.is_empty() {
            String::new()
        } else {
            next_indent(&self.lines, self.open)
        }
    }

    /// Shows the prompt and reads one line without the GIL, other threads' output
    /// appearing above it meanwhile.
    fn read(&mut self, interp: &mut Interpreter, prefill: &str) -> Read {
        interp.flush();
        let prompt = interp.prompt(!self.lines.is_empty());
        let Some(editor) = self.editor.as_mut() else {
            return Read::Eof;
        };
        if !self.tty {
            interp.write_stderr(&prompt);
        }
        self.console.set_prompt_active(true);
        let got = interp.without_gil(|| editor.readline_with_initial(&prompt, (prefill, "")));
        self.console.set_prompt_active(false);
        match got {
            Ok(_) if self.eof_on_blank.take() => Read::Eof,
            Ok(line) => Read::Line(line),
            Err(ReadlineError::Interrupted) => Read::Interrupted,
            Err(_) => Read::Eof,
        }
    }

    /// Adds a line to the history (in memory and in the file).
    fn remember(&mut self, line: &str) {
        let Some(editor) = self.editor.as_mut() else {
            return;
        };
        if line.trim().is_empty() {
            return;
        }
        let _ = editor.add_history_entry(line);
        if let Some(path) = &self.history {
            let _ = editor.append_history(path);
        }
    }

    /// Writes the history file.
    fn save_history(&mut self) {
        if let (Some(editor), Some(path)) = (self.editor.as_mut(), &self.history) {
            let _ = editor.append_history(path);
        }
    }

    /// Adds a line to the input; returns the input's source when it is complete. A pasted
    /// block (a line holding newlines) counts as ended by an empty line.
    fn take_input(&mut self, line: String) -> Option<String> {
        let pasted = line.contains('\n');
        if self.lines.is_empty() && line.trim().is_empty() {
            return None;
        }
        self.lines
            .extend(line.trim_end_matches('\n').split('\n').map(str::to_owned));
        let mut source = self.lines.join("\n");
        source.push('\n');
        let probe = if pasted {
            format!("{source}\n")
        } else {
            source.clone()
        };
        match interactive_status(&probe) {
            InputStatus::Incomplete(open) => {
                self.open = open;
                None
            }
            InputStatus::Complete => {
                self.lines.clear();
                Some(source)
            }
        }
    }
}

/// Runs one input; an exception's traceback is printed and the session goes on, while
/// `SystemExit` ends it.
fn run_input(interp: &mut Interpreter, source: &str) -> Result<(), RunError> {
    interp.interrupt_flag().store(false, Ordering::SeqCst);
    match interp.run_interactive(source) {
        Ok(()) => Ok(()),
        Err(RunError::Exception { traceback, .. }) => {
            interp.write_stderr(&traceback);
            Ok(())
        }
        Err(e) => Err(e),
    }
}
