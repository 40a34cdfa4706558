//! Syntax errors as Python reports them, and the raw errors of the logos scanner.

use std::fmt;

/// Which Python exception a [`SyntaxError`] becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError`.
    Indentation,
    /// `TabError`.
    Tab,
}

/// A syntax error with the fields of CPython's `SyntaxError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// The exception class.
    pub kind: SyntaxErrorKind,
    /// The message, in CPython's words.
    pub msg: String,
    /// The file name given to the parser.
    pub filename: String,
    /// 1-based line of the error.
    pub lineno: u32,
    /// 1-based column (in characters) of the error, as `SyntaxError.offset`.
    pub offset: u32,
    /// 1-based last line of the error.
    pub end_lineno: u32,
    /// 1-based column just past the error; 0 where CPython gives none or -1.
    pub end_offset: u32,
    /// The offending source line, with its newline where CPython keeps it.
    pub text: Option<String>,
    /// True when more input could complete the source (used by the REPL).
    pub incomplete: bool,
}

impl SyntaxError {
    /// Makes a plain `SyntaxError` at the given CPython coordinates.
    pub fn new(
        msg: impl Into<String>,
        lineno: u32,
        offset: u32,
        end_lineno: u32,
        end_offset: u32,
    ) -> Self {
        SyntaxError {
            kind: SyntaxErrorKind::Syntax,
            msg: msg.into(),
            filename: String::new(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: None,
            incomplete: false,
        }
    }

    /// Sets the exception class.
    pub fn with_kind(mut self, kind: SyntaxErrorKind) -> Self {
        self.kind = kind;
        self
    }

    /// Sets the source line shown with the error.
    pub fn with_text(mut self, text: Option<String>) -> Self {
        self.text = text;
        self
    }

    /// Marks the error as one that more input could fix.
    pub fn with_incomplete(mut self, incomplete: bool) -> Self {
        self.incomplete = incomplete;
        self
    }

    /// The Python class name of the error.
    pub fn class_name(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.class_name(),
            self.msg,
            self.filename,
            self.lineno
        )
    }
}

impl std::error::Error for SyntaxError {}

/// An error found by the logos scanner, in byte offsets; the wrapper turns it into a [`SyntaxError`].
#[derive(Debug, Clone, PartialEq, Default)]
pub enum RawError {
    /// A character no token starts with.
    #[default]
    UnknownChar,
    /// A malformed number; `cur` is where CPython's tokenizer stood (the offset it reports).
    Number {
        /// The message.
        msg: String,
        /// Byte offset of the tokenizer's cursor.
        cur: usize,
    },
    /// A number error reported over a byte range (leading zeros).
    NumberRange {
        /// The message.
        msg: String,
        /// Byte offset where the range starts.
        start: usize,
        /// Byte offset where the range ends.
        end: usize,
    },
    /// A string literal with no closing quote.
    Unterminated {
        /// Byte offset of the literal's start.
        start: usize,
        /// Byte offset where the lexer gave up (end of line or of input).
        detected: usize,
        /// True for triple-quoted literals.
        triple: bool,
    },
}
