//! The parser: source text to [`ast::Module`] (lexer in `crate::lexer`, grammar in `grammar/`).
//!
//! `driver` runs the generated LR parser; grammar actions call `nodes` (node builders),
//! `targets`, `params`, `calls`, `stmts`, `strings` and `fstring`; when parsing fails,
//! `diagnose` and `hints` phrase the error the way CPython 3.11 does.

pub mod ast;
mod calls;
mod ctx;
mod diagnose;
mod driver;
mod fstring;
mod hints;
mod interactive;
mod nodes;
mod origin;
mod params;
mod stmts;
mod strings;
mod targets;
mod with_items;

pub use crate::lexer::{SyntaxError, SyntaxErrorKind};
pub use interactive::{InputStatus, OpenConstruct, interactive_status};
pub use origin::SourceOrigin;

use crate::lexer::{Lexer, Mode, Shared, Source};
use ctx::Ctx;
use nodes::Top;

/// Parses a module (a file, a `-c` string or REPL input).
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    match parse(source, Mode::Module) {
        Ok(Top::Module(body)) => Ok(ast::Module { body }),
        Ok(Top::Expr(_)) => Err(SyntaxError::new("invalid syntax", 1, 1, 1, 1)),
        Err(e) => Err(named(e, filename)),
    }
}

/// Parses a module read from `origin`, reporting errors as CPython does for that origin.
pub fn parse_module_from(
    source: &str,
    filename: &str,
    origin: SourceOrigin,
) -> Result<ast::Module, SyntaxError> {
    parse_module(source, filename).map_err(|e| origin.adjust(e, source))
}

/// Parses the argument of `eval()`: one expression list, surrounding blank lines allowed.
pub fn parse_expression(source: &str, filename: &str) -> Result<ast::Expr, SyntaxError> {
    // Like CPython's eval(), ignore leading spaces and tabs.
    let text = source.trim_start_matches([' ', '\t']);
    match parse(text, Mode::Expr) {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(Top::Module(_)) => Err(SyntaxError::new("invalid syntax", 1, 1, 1, 1)),
        Err(e) => Err(named(unterminated_eval_input(e, text), filename)),
    }
}

/// Without a final newline, CPython's eval input shows its last line without one, and an
/// error at the very end has no column.
fn unterminated_eval_input(mut e: SyntaxError, text: &str) -> SyntaxError {
    if text.ends_with('\n') {
        return e;
    }
    let src = Source::new(text);
    if e.lineno != src.last_line() {
        return e;
    }
    if let Some(t) = e.text.as_mut().filter(|t| t.ends_with('\n')) {
        t.pop();
    }
    let eof = src.eof_pos();
    if e.msg == "invalid syntax" && e.offset == eof.col + 1 && e.end_offset == e.offset {
        e.offset = 0;
        e.end_offset = 0;
    }
    e
}

fn named(mut e: SyntaxError, filename: &str) -> SyntaxError {
    e.filename = filename.to_string();
    e
}

fn parse(text: &str, mode: Mode) -> Result<Top, SyntaxError> {
    if text.contains('\0') {
        return Err(SyntaxError::new(
            "source code string cannot contain null bytes",
            0,
            0,
            0,
            0,
        ));
    }
    let src = Source::new(text);
    let shared = Shared::default();
    let len = src.text().len();
    let lexer = Lexer::new(&src, &shared, 0, len, mode);
    let ctx = Ctx::new(&src, &shared, 0);
    driver::run(&ctx, lexer, 0, len, mode)
}
