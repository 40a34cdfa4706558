//! The parser: source text to [`ast::Module`] (lexer in `crate::lexer`, grammar in `grammar/`).
pub mod ast;
