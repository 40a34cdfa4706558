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
        if !err.filename.starts_with('<') && !err.from_tokenizer {
            reread_line_piece(&mut err, declared);
        }
        err
    }

    /// Rewrites a compiler error (after parsing) as CPython reports it for this origin:
    /// read from a file, its line is re-read from there (in byte columns, strictly decoded).
    pub fn adjust_compile_error(self, mut err: SyntaxError) -> SyntaxError {
        if self != SourceOrigin::Text && !err.filename.starts_with('<') {
            reread_line_piece(&mut err, false);
        }
        err
    }
}

/// The size of the pieces CPython reads a line in when it re-reads an
/// error's line from its file (`err_programtext`'s 1000-byte buffer).
const LINE_PIECE: usize = 999;

/// Where the last piece of a line of `len` bytes (its newline included)
/// starts when it is read in [`LINE_PIECE`]-byte pieces.
fn last_piece_start(len: usize) -> usize {
    LINE_PIECE * (len.saturating_sub(1) / LINE_PIECE)
}

/// CPython takes the text of an error in a file from the file itself, read
/// in 999-byte pieces: for a longer line only the last piece is kept (its
/// columns still count from the start of the line; with a coding
/// declaration they are converted to characters of that piece).
fn reread_line_piece(err: &mut SyntaxError, declared: bool) {
    let Some(text) = err.text.as_deref() else {
        return;
    };
    if text.len() <= LINE_PIECE {
        return;
    }
    // The line as the file holds it: with its newline (the text may lack it).
    let text = if text.ends_with('\n') {
        text.to_owned()
    } else {
        format!("{text}\n")
    };
    let bytes = text.as_bytes();
    let raw = &bytes[last_piece_start(bytes.len())..];
    // Without a coding declaration CPython decodes the piece strictly and
    // falls back to the whole line when the piece starts inside a character.
    let piece = match std::str::from_utf8(raw) {
        Ok(p) => p.to_owned(),
        Err(_) if !declared => return,
        Err(_) => String::from_utf8_lossy(raw).into_owned(),
    };
    if declared {
        let to_piece_chars = |chars: u32| -> u32 {
            if chars == 0 {
                return 0;
            }
            let byte = text
                .char_indices()
                .nth(chars as usize - 1)
                .map_or(bytes.len(), |(i, _)| i);
            let shown = String::from_utf8_lossy(&raw[..byte.min(raw.len())]);
            shown.chars().count() as u32 + 1
        };
        err.offset = to_piece_chars(err.offset);
        err.end_offset = to_piece_chars(err.end_offset);
    }
    err.text = Some(piece);
}
