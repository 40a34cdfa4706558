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
    /// Whether the columns still depend on how the source was read (see [`ColumnUnit`]).
    pub columns: ColumnUnit,
    /// True when the parser failed on the end of input (CPython's ENDMARKER or a DEDENT
    /// there): read from a file, such an error has no column.
    pub at_end_of_input: bool,
    /// True for the errors CPython's tokenizer raises itself (invalid characters and
    /// literals, unterminated strings, bracket nesting): their text is the line as the
    /// tokenizer holds it, never re-read from the file.
    pub from_tokenizer: bool,
}

/// How CPython 3.11 counts the columns of an error, which differs between text and bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ColumnUnit {
    /// Raised by the parser: characters for `str` input, UTF-8 bytes for source read as
    /// bytes without a coding declaration (CPython converts only in the first case).
    #[default]
    Input,
    /// Final as computed: tokenizer errors count characters, compiler errors UTF-8 bytes.
    Fixed,
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
            columns: ColumnUnit::Input,
            at_end_of_input: false,
            from_tokenizer: false,
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

    /// Marks the error as raised by the tokenizer itself (see [`SyntaxError::from_tokenizer`]).
    pub fn with_tokenizer_origin(mut self) -> Self {
        self.from_tokenizer = true;
        self
    }

    /// Marks the columns as final, whatever the input (tokenizer and compiler errors).
    pub fn with_fixed_columns(mut self) -> Self {
        self.columns = ColumnUnit::Fixed;
        self
    }

    /// Turns character columns into UTF-8 byte columns; `line` gives a line's text.
    pub fn to_byte_columns<'t>(&mut self, line: impl Fn(u32) -> Option<&'t str>) {
        self.offset = byte_offset(line(self.lineno), self.offset);
        self.end_offset = byte_offset(line(self.end_lineno), self.end_offset);
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

/// The 1-based byte column of the 1-based character column `offset` in `line` (0 stays 0;
/// columns past the end count one byte each).
fn byte_offset(line: Option<&str>, offset: u32) -> u32 {
    let Some(line) = line.filter(|_| offset > 0) else {
        return offset;
    };
    let col = offset as usize - 1;
    let bytes: usize = line.chars().take(col).map(char::len_utf8).sum();
    let past_end = col.saturating_sub(line.chars().count());
    (bytes + past_end + 1) as u32
}

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
