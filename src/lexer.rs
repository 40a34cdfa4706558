//! The lexer: logos tokens plus the wrapper that makes INDENT/DEDENT/NEWLINE like CPython's tokenizer.

mod char_names;
mod chars;
pub mod decode;
pub mod error;
pub mod escapes;
mod indent;
mod numbers;
pub mod source;
mod strings;
pub mod token;

pub use error::{ColumnUnit, RawError, SyntaxError, SyntaxErrorKind};
pub use indent::{Lexer, Mode, Shared, Spanned};
pub use numbers::MAX_STR_DIGITS;
pub use source::Source;
pub use token::{StrKind, StrLit, Tok};

/// A position in the source: 1-based line and 0-based column in characters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 0-based column, in characters.
    pub col: u32,
}

/// Tokenizes a whole module (no `StartModule` marker), stopping at the first error.
pub fn tokenize(text: &str) -> Result<Vec<Spanned>, SyntaxError> {
    let source = Source::new(text);
    let shared = Shared::default();
    let lexer = Lexer::new(&source, &shared, 0, source.text().len(), Mode::Module);
    lexer.skip(1).collect()
}
