//! Explaining parse failures the way CPython does: indentation messages, "expected ':'",
//! hints from [`super::hints`], and the rule that a tokenizer error later in the source wins
//! over a syntax error.

use super::ctx::Ctx;
use super::hints::{self, Tokens};
use crate::lexer::{Lexer, Mode, Pos, Shared, Spanned, SyntaxError, SyntaxErrorKind, Tok};

/// The whole input tokenized again after a failure: its tokens and the tokenizer error, if any.
pub struct Relexed {
    /// Tokens up to the end or the tokenizer error.
    pub tokens: Vec<Spanned>,
    /// The first tokenizer error.
    pub error: Option<SyntaxError>,
}

/// Tokenizes `start..end` again.
pub fn relex(ctx: &Ctx, start: usize, end: usize, mode: Mode) -> Relexed {
    let shared = Shared::default();
    let mut out = Relexed {
        tokens: Vec::new(),
        error: None,
    };
    for item in Lexer::new(ctx.src, &shared, start, end, mode) {
        match item {
            Ok(t) => out.tokens.push(t),
            Err(e) => out.error = Some(e),
        }
    }
    out
}

fn expects(expected: &[String], what: &str) -> bool {
    expected.iter().any(|e| e == what)
}

/// The error for an unexpected token (`l`, `tok`, `r`) given lalrpop's expected terminals.
pub fn unexpected(
    ctx: &Ctx,
    (l, tok, r): (Pos, Tok, Pos),
    expected: &[String],
    re: &Relexed,
    mode: Mode,
) -> SyntaxError {
    let src = ctx.src;
    if tok == Tok::Indent {
        return SyntaxError::new("unexpected indent", l.line, r.col, l.line, 0)
            .with_kind(SyntaxErrorKind::Indentation)
            .with_text(Some(src.line_nl(l.line)));
    }
    if expected.len() == 1 && expects(expected, "Indent") {
        return expected_block(ctx, l, &tok, r);
    }
    let mut err = explain(ctx, (l, &tok, r), expected, re, mode);
    if tok == Tok::Dedent {
        err.end_offset = 0;
    }
    err
}

fn explain(
    ctx: &Ctx,
    (l, tok, r): (Pos, &Tok, Pos),
    expected: &[String],
    re: &Relexed,
    mode: Mode,
) -> SyntaxError {
    let src = ctx.src;
    if expects(expected, "\"except\"") && expects(expected, "\"finally\"") {
        return src.error("expected 'except' or 'finally' block", l, r);
    }
    let header_line = ctx.shared.last_header.get().map(|(_, line)| line);
    if *tok == Tok::Newline && expects(expected, "\":\"") && header_line == Some(l.line) {
        return src.error("expected ':'", l, l);
    }
    let ts = Tokens::new(
        &re.tokens,
        u32::from(mode == Mode::FString),
        re.error.is_some(),
    );
    let k = ts.find(l, tok);
    if let Some(err) = k.and_then(|k| misplaced_async(ctx, &re.tokens, k)) {
        return err;
    }
    if let Some(msg) = k.and_then(|k| hints::forced_token(&ts, k, expected)) {
        return src.error(msg, l, r);
    }
    if *tok == Tok::Dedent {
        return src.error_kind(SyntaxErrorKind::Indentation, "unexpected unindent", l, r);
    }
    if let Some(err) = k.and_then(|k| hint(ctx, &ts, k, expected, re)) {
        return err;
    }
    src.error("invalid syntax", l, r)
}

/// `async` opening a statement must be followed by `def`, `for` or `with`; CPython's parser
/// tries those statements and so reports the token after `async`.
fn misplaced_async(ctx: &Ctx, toks: &[Spanned], k: usize) -> Option<SyntaxError> {
    if toks[k].1 != Tok::Async {
        return None;
    }
    let starts_line = k == 0
        || matches!(
            toks[k - 1].1,
            Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule
        );
    let (l, next, r) = toks.get(k + 1).filter(|_| starts_line)?;
    let end = if *next == Tok::Newline { *l } else { *r };
    Some(ctx.src.error("invalid syntax", *l, end))
}

/// Hints that need the surrounding tokens.
fn hint(
    ctx: &Ctx,
    ts: &Tokens,
    k: usize,
    expected: &[String],
    re: &Relexed,
) -> Option<SyntaxError> {
    if let Some(err) = hints::dict_entry(ctx, ts, k, expected) {
        return Some(err);
    }
    if let Some(err) = hints::annotation_target(ctx, ts, k) {
        return Some(err);
    }
    if let Some(err) = hints::assignment_target(ctx, ts, k) {
        return Some(err);
    }
    if let Some(err) = hints::bare_colon(ctx, ts, k) {
        return Some(err);
    }
    if expects(expected, "\"else\"") {
        return hints::missing_else(ctx, ts, k);
    }
    if let Some(err) = hints::missing_value(ctx, ts, k) {
        return Some(err);
    }
    match hints::legacy_print(ctx, ts, k) {
        Ok(Some(err)) => return Some(err),
        Ok(None) => {}
        Err(()) => return re.error.clone(),
    }
    match hints::forgot_comma(ctx, ts, k) {
        Ok(found) => found,
        Err(()) => re.error.clone(),
    }
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
    if *tok == Tok::Dedent && l != ctx.src.eof_pos() {
        err.offset = 0;
    }
    err.incomplete = l == ctx.src.eof_pos();
    err
}

/// CPython tokenizes the rest of the input after a syntax error: an error the tokenizer
/// raises there (a bad character, number or string) replaces it, and an unclosed bracket
/// does if it opened before the last line the parser read. Indentation errors and
/// "unexpected indent" take no part in this.
pub fn prefer_tokenizer_error(first: SyntaxError, re: Relexed, mode: Mode) -> SyntaxError {
    let drains = !matches!(
        first.msg.as_str(),
        "unexpected indent" | "unexpected unindent" | "unexpected EOF while parsing"
    );
    let Some(later) = re.error.filter(|_| mode != Mode::FString && drains) else {
        return first;
    };
    let silent = matches!(
        later.kind,
        SyntaxErrorKind::Indentation | SyntaxErrorKind::Tab
    ) || later.msg == "unexpected EOF while parsing"
        || later.msg == "unexpected character after line continuation character";
    if silent {
        return first;
    }
    let unclosed = later.msg.ends_with("was never closed");
    if !unclosed || later.lineno < first.lineno.max(first.end_lineno) {
        return later;
    }
    first
}
