//! The interactive session (`gilpy` on a terminal, `gilpy -i`): a read-eval-print loop on
//! rustyline whose prompt waits without the GIL, so threads started in it keep running.
//!
//! `session` runs the loop; `console` routes standard output and error around the prompt;
//! `helper` and `completion` do Tab completion; `indent` auto-indents continuation lines; `keys` adds key bindings;
//! `history` finds the history file; `banner` is the greeting. Whether the lines read so
//! far are complete is the parser's call (`crate::parser::interactive_status`).

mod banner;
mod completion;
mod console;
mod helper;
mod history;
mod indent;
mod keys;
mod session;

pub use console::{Console, PromptPrinter};
pub use history::{HISTORY_ENV, history_path};
pub use session::{SessionOptions, run_session};
