//! Running the generated parser over a token stream and turning its failures into
//! CPython-style syntax errors.

use lalrpop_util::ParseError;

use super::ast::Expr;
use super::ctx::Ctx;
use super::diagnose::{self, Relexed};
use super::nodes::Top;
use crate::lexer::{Lexer, Mode, Pos, Shared, SyntaxError, Tok};

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
            let at_end = mode == Mode::Module && at_end_of_input(ctx, &err);
            let re = diagnose::relex(ctx, start, end, mode);
            let mut first = from_parse_error(ctx, err, end, mode, &re);
            first.at_end_of_input = at_end;
            Err(diagnose::prefer_tokenizer_error(first, re, mode))
        }
    }
}

/// True when the parser failed on the end of input: no token left, or a DEDENT the lexer
/// emits there.
fn at_end_of_input(ctx: &Ctx, err: &ParseError<Pos, Tok, SyntaxError>) -> bool {
    match err {
        ParseError::UnrecognizedEof { .. } => true,
        ParseError::UnrecognizedToken {
            token: (l, Tok::Dedent, _),
            ..
        } => *l == ctx.src.eof_pos(),
        _ => false,
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
            // CPython's end-of-input token has no end column.
            let at = ctx.src.eof_pos();
            let mut err = diagnose::unexpected(ctx, (at, Tok::Newline, at), &expected, re, mode);
            if err.lineno == at.line && err.offset == at.col + 1 && err.end_offset == err.offset {
                err.end_offset = 0;
            }
            err
        }
        ParseError::InvalidToken { location } => {
            ctx.src.error("invalid syntax", location, location)
        }
        ParseError::ExtraToken { token } => ctx.src.error("invalid syntax", token.0, token.2),
    }
}

/// Parses the source between two positions as an expression, for error hints.
pub fn parse_range(ctx: &Ctx, from: Pos, to: Pos) -> Option<Expr> {
    let (start, end) = (ctx.src.offset(from), ctx.src.offset(to));
    let shared = Shared::default();
    let lexer = Lexer::new(ctx.src, &shared, start, end, Mode::Expr);
    let inner = Ctx::new(ctx.src, &shared, ctx.fstring_depth);
    let parsed = generated::python::TopParser::new().parse(&inner, lexer);
    match parsed {
        Ok(Top::Expr(e)) => Some(e),
        _ => None,
    }
}
