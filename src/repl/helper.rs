//! The line editor's helper: Tab completion from the session's namespace.

use super::completion::{Request, completions, request};
use crate::api::interactive::completion::NameSource;
use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};

/// What Tab inserts on a line that has only blanks before the cursor.
const INDENT: &str = "    ";

/// Completes names for the line editor. It is used only inside the session's
/// `Interpreter::without_gil` (see [`NameSource`]).
pub struct ReplHelper {
    names: NameSource,
}

impl ReplHelper {
    /// A helper that looks names up in `names`.
    pub fn new(names: NameSource) -> ReplHelper {
        ReplHelper { names }
    }
}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        Ok(match request(&line[..pos]) {
            Request::Indent => (pos, vec![INDENT.to_owned()]),
            Request::Nothing => (pos, Vec::new()),
            Request::Names {
                start,
                prefix,
                query,
            } => {
                let found = self.names.names(query);
                (start, completions(prefix, query, &found))
            }
        })
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}
