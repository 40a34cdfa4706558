//! Explaining parse failures the way CPython does: indentation messages, "expected ':'",
//! and the rule that a tokenizer error later in the source wins over a syntax error.

use super::ctx::Ctx;
use crate::lexer::{Lexer, Mode, Pos, Shared, SyntaxError, SyntaxErrorKind, Tok};

fn expects(expected: &[String], what: &str) -> bool {
    expected.iter().any(|e| e == what)
}

/// The error for an unexpected token (`l`, `tok`, `r`) given lalrpop's expected terminals.
pub fn unexpected(ctx: &Ctx, (l, tok, r): (Pos, Tok, Pos), expected: &[String]) -> SyntaxError {
    let src = ctx.src;
    if tok == Tok::Indent {
        return SyntaxError::new("unexpected indent", l.line, r.col, l.line, 0)
            .with_kind(SyntaxErrorKind::Indentation)
            .with_text(Some(src.line_nl(l.line)));
    }
    if expected.len() == 1 && expects(expected, "Indent") {
        return expected_block(ctx, l, &tok, r);
    }
    if expects(expected, "\"except\"") && expects(expected, "\"finally\"") {
        return src.error("expected 'except' or 'finally' block", l, r);
    }
    let header_line = ctx.shared.last_header.get().map(|(_, line)| line);
    if tok == Tok::Newline && expects(expected, "\":\"") && header_line == Some(l.line) {
        return src.error("expected ':'", l, l);
    }
    if tok == Tok::Dedent {
        return src.error_kind(SyntaxErrorKind::Indentation, "unexpected unindent", l, r);
    }
    src.error("invalid syntax", l, r)
}

/// "expected an indented block after 'if' statement on line 3" and friends.
fn expected_block(ctx: &Ctx, l: Pos, tok: &Tok, r: Pos) -> SyntaxError {
    let msg = match ctx.shared.last_header.get() {
        Some(("def", line)) => {
            format!("expected an indented block after function definition on line {line}")
        }
        Some(("class", line)) => {
            format!("expected an indented block after class definition on line {line}")
        }
        Some((kw, line)) => {
            format!("expected an indented block after '{kw}' statement on line {line}")
        }
        None => "expected an indented block".to_string(),
    };
    let mut err = ctx.src.error_kind(SyntaxErrorKind::Indentation, msg, l, r);
    if matches!(tok, Tok::Dedent | Tok::Newline) {
        err.end_offset = 0;
    }
    err.incomplete = *tok == Tok::Dedent && l == ctx.src.eof_pos();
    err
}

/// CPython tokenizes the rest of the input after a syntax error: a tokenizer error found
/// there replaces it (an unclosed bracket only if it opened on an earlier line).
pub fn prefer_tokenizer_error(
    ctx: &Ctx,
    first: SyntaxError,
    start: usize,
    end: usize,
    mode: Mode,
) -> SyntaxError {
    if mode == Mode::FString {
        return first;
    }
    let shared = Shared::default();
    let lexer = Lexer::new(ctx.src, &shared, start, end, mode);
    let Some(Err(later)) = lexer.into_iter().find(Result::is_err) else {
        return first;
    };
    let unclosed = later.msg.ends_with("was never closed");
    if !unclosed || later.lineno < first.lineno {
        return later;
    }
    first
}
