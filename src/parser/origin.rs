//! How the source reached the parser, and what that changes in CPython 3.11's error reports.

use crate::lexer::decode::coding_declaration;
use crate::lexer::{ColumnUnit, Source, SyntaxError};

/// Where source text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SourceOrigin {
    /// A `str` (`-c`, the REPL, `eval`): parser errors count columns in characters.
    #[default]
    Text,
    /// Bytes compiled in one piece (an imported module's file): without a coding
    /// declaration, parser errors count UTF-8 bytes.
    Bytes,
    /// A script or standard input, read by CPython's file tokenizer: byte columns as for
    /// [`SourceOrigin::Bytes`], and an error at the end of input has no column.
    File,
}

impl SourceOrigin {
    /// Rewrites a parser error of `text` (the decoded source) as CPython reports it for
    /// this origin.
    pub fn adjust(self, mut err: SyntaxError, text: &str) -> SyntaxError {
        if self == SourceOrigin::Text {
            return err;
        }
        if self == SourceOrigin::File && err.at_end_of_input {
            err.offset = 0;
            err.end_offset = 0;
        }
        let declared = coding_declaration(text.as_bytes()).is_some();
        if err.columns == ColumnUnit::Input && !declared {
            let src = Source::new(text);
            let last = src.last_line();
            err.to_byte_columns(|n| (1..=last).contains(&n).then(|| src.line(n)));
            err.columns = ColumnUnit::Fixed;
        }
        err
    }
}
