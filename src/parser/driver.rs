//! Running the generated parser over a token stream and turning its failures into
//! CPython-style syntax errors.

use lalrpop_util::ParseError;

use super::ctx::Ctx;
use super::diagnose::{self, Relexed};
use super::helpers::Top;
use crate::lexer::{Lexer, Mode, Pos, SyntaxError, Tok};

#[allow(clippy::all, unused, missing_docs)]
mod generated {
    lalrpop_util::lalrpop_mod!(pub python);
}

/// Parses the tokens of `start..end` (the lexer's range) and reports errors as CPython would.
pub fn run(
    ctx: &Ctx,
    lexer: Lexer,
    start: usize,
    end: usize,
    mode: Mode,
) -> Result<Top, SyntaxError> {
    let lex_failed = std::cell::Cell::new(false);
    let tokens = lexer.inspect(|t| lex_failed.set(t.is_err()));
    let result = generated::python::TopParser::new().parse(ctx, tokens);
    match result {
        Ok(top) => match ctx.take_deferred() {
            Some(err) => Err(err),
            None => Ok(top),
        },
        Err(ParseError::User { error }) if lex_failed.get() => Err(error),
        Err(err) => {
            let re = diagnose::relex(ctx, start, end, mode);
            let first = from_parse_error(ctx, err, end, mode, &re);
            Err(diagnose::prefer_tokenizer_error(first, re, mode))
        }
    }
}

fn from_parse_error(
    ctx: &Ctx,
    err: ParseError<Pos, Tok, SyntaxError>,
    end: usize,
    mode: Mode,
    re: &Relexed,
) -> SyntaxError {
    match err {
        ParseError::User { error } => error,
        ParseError::UnrecognizedToken { token, expected } => {
            diagnose::unexpected(ctx, token, &expected, re, mode)
        }
        ParseError::UnrecognizedEof { .. } if mode == Mode::FString => {
            // At the closing parenthesis CPython puts around the field's text.
            let at = ctx.src.pos(end);
            ctx.src.error(
                "invalid syntax",
                at,
                Pos {
                    line: at.line,
                    col: at.col + 1,
                },
            )
        }
        ParseError::UnrecognizedEof { expected, .. } => {
            let at = ctx.src.eof_pos();
            diagnose::unexpected(ctx, (at, Tok::Newline, at), &expected, re, mode)
        }
        ParseError::InvalidToken { location } => {
            ctx.src.error("invalid syntax", location, location)
        }
        ParseError::ExtraToken { token } => ctx.src.error("invalid syntax", token.0, token.2),
    }
}
