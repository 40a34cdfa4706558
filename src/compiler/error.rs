//! Compile-time `SyntaxError`s: building them with CPython's positions.

use crate::parser::SyntaxError;
use crate::parser::ast::Loc;

/// Where errors point: the file name and the source to quote lines from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ErrorContext<'a> {
    /// The source text being compiled.
    pub source: &'a str,
    /// The file name reported in the error.
    pub filename: &'a str,
}

impl ErrorContext<'_> {
    /// A `SyntaxError` with message `msg` covering `loc`, in UTF-8 byte columns as CPython's
    /// compiler reports them (its AST counts bytes).
    pub(crate) fn error(&self, msg: impl Into<String>, loc: Loc) -> SyntaxError {
        let mut err = SyntaxError::new(msg, loc.line, loc.col + 1, loc.end_line, loc.end_col + 1)
            .with_text(source_line(self.source, loc.line))
            .with_fixed_columns();
        err.filename = self.filename.to_string();
        err.to_byte_columns(|n| self.source.split('\n').nth(n.checked_sub(1)? as usize));
        err
    }
}

/// The 1-based line `line` of `source`, with its newline.
fn source_line(source: &str, line: u32) -> Option<String> {
    let index = usize::try_from(line).ok()?.checked_sub(1)?;
    let text = source.split_inclusive('\n').nth(index)?;
    if text.ends_with('\n') {
        Some(text.to_string())
    } else {
        Some(format!("{text}\n"))
    }
}
