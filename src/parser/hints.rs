//! Token-level hints for generic syntax errors, after CPython's `invalid_expression` rules:
//! "Perhaps you forgot a comma?" and "Missing parentheses in call to 'print'".

use super::ctx::Ctx;
use crate::lexer::{Pos, Spanned, SyntaxError, Tok};

/// The tokens of the failed input, with the bracket depth before each one.
pub struct Tokens<'t> {
    toks: &'t [Spanned],
    depth: Vec<u32>,
    truncated: bool,
}

impl<'t> Tokens<'t> {
    /// Wraps a token list; `base_depth` is 1 inside an f-string field (CPython adds
    /// parentheses); `truncated` says the list stops at a tokenizer error.
    pub fn new(toks: &'t [Spanned], base_depth: u32, truncated: bool) -> Self {
        let mut depth = Vec::with_capacity(toks.len());
        let mut d = base_depth;
        for (_, t, _) in toks {
            if is_closer(t) {
                d = d.saturating_sub(1);
            }
            depth.push(d);
            if is_opener(t) {
                d += 1;
            }
        }
        Tokens {
            toks,
            depth,
            truncated,
        }
    }

    /// The index of the token starting at `at` with the same kind as `tok`.
    pub fn find(&self, at: Pos, tok: &Tok) -> Option<usize> {
        let kind = std::mem::discriminant(tok);
        self.toks
            .iter()
            .position(|(p, t, _)| *p == at && std::mem::discriminant(t) == kind)
    }

    fn tok(&self, i: usize) -> &Tok {
        &self.toks[i].1
    }

    /// The index of the bracket matching the opener at `i`, if it is in the list.
    fn closing(&self, i: usize) -> Option<usize> {
        let d = self.depth[i];
        (i + 1..self.toks.len()).find(|&j| is_closer(self.tok(j)) && self.depth[j] == d)
    }

    /// The index of the bracket opening the closer at `i`.
    fn opening(&self, i: usize) -> Option<usize> {
        let d = self.depth[i];
        (0..i)
            .rev()
            .find(|&j| is_opener(self.tok(j)) && self.depth[j] == d)
    }
}

fn is_opener(t: &Tok) -> bool {
    matches!(t, Tok::LPar | Tok::LSqb | Tok::LBrace)
}

fn is_closer(t: &Tok) -> bool {
    matches!(t, Tok::RPar | Tok::RSqb | Tok::RBrace)
}

fn is_atom(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::HugeInt(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
    )
}

fn ends_operand(t: &Tok) -> bool {
    is_atom(t) || is_closer(t)
}

/// Tokens that can start an expression.
fn starts_expression(t: &Tok) -> bool {
    is_atom(t)
        || is_opener(t)
        || matches!(
            t,
            Tok::Lambda | Tok::Not | Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Await
        )
}

/// Tokens that end a disjunction when scanning backwards.
fn stops_backward(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Comma
            | Tok::Colon
            | Tok::Equal
            | Tok::ColonEqual
            | Tok::Semi
            | Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::If
            | Tok::Else
            | Tok::Lambda
            | Tok::For
            | Tok::Return
            | Tok::Yield
            | Tok::Del
            | Tok::Assert
            | Tok::Raise
            | Tok::From
            | Tok::Import
            | Tok::Global
            | Tok::Nonlocal
            | Tok::While
            | Tok::Elif
            | Tok::With
            | Tok::As
            | Tok::Arrow
            | Tok::StartModule
            | Tok::StartExpr
            | Tok::StartFString
    ) || is_opener(t)
        || t.spelling().ends_with('=')
            && !matches!(
                t,
                Tok::EqEqual | Tok::NotEqual | Tok::LessEqual | Tok::GreaterEqual
            )
}

/// The first token of the disjunction that ends at token `end`.
fn disjunction_start(ts: &Tokens, end: usize) -> usize {
    let mut start = end;
    let mut i = end as isize;
    while i >= 0 {
        let k = i as usize;
        let t = ts.tok(k);
        if is_closer(t) {
            let Some(o) = ts.opening(k) else { break };
            start = o;
            i = o as isize - 1;
            continue;
        }
        if stops_backward(t) || (*t == Tok::In && for_before(ts, k)) {
            break;
        }
        if matches!(t, Tok::Star | Tok::DoubleStar) && (k == 0 || stops_backward(ts.tok(k - 1))) {
            break;
        }
        start = k;
        i -= 1;
    }
    start
}

/// True if `in` at `k` belongs to a `for ... in` (a `for` comes first at the same depth).
fn for_before(ts: &Tokens, k: usize) -> bool {
    let d = ts.depth[k];
    for j in (0..k).rev() {
        if ts.depth[j] < d {
            return false;
        }
        if ts.depth[j] == d {
            match ts.tok(j) {
                Tok::For => return true,
                t if stops_backward(t) => return false,
                _ => {}
            }
        }
    }
    false
}

/// How an expression scanned forward ended.
enum End {
    /// At this token index (inclusive).
    At(usize),
    /// The input ended inside a bracket.
    Eof,
}

/// The last token of the expression starting at `start` (CPython's `expression_without_invalid`).
fn expression_end(ts: &Tokens, start: usize, commas: bool) -> End {
    let mut end = start;
    let mut prev_end = false;
    let mut lambdas = 0;
    let mut i = start;
    while i < ts.toks.len() {
        let t = ts.tok(i);
        if is_opener(t) {
            if prev_end && *t == Tok::LBrace {
                break;
            }
            let Some(c) = ts.closing(i) else {
                return End::Eof;
            };
            end = c;
            i = c + 1;
            prev_end = true;
            continue;
        }
        match t {
            Tok::Colon if lambdas > 0 => lambdas -= 1,
            Tok::Comma if commas => {}
            Tok::Lambda => lambdas += 1,
            _ if stops_forward(t) => break,
            _ if starts_expression(t) && prev_end && !is_operator_word(t) => {
                let strings = matches!((t, ts.tok(i - 1)), (Tok::Str(_), Tok::Str(_)));
                if !strings {
                    break;
                }
            }
            _ => {}
        }
        prev_end = ends_operand(t);
        end = i;
        i += 1;
    }
    if i >= ts.toks.len() && ts.truncated {
        return End::Eof;
    }
    End::At(end)
}

fn is_operator_word(t: &Tok) -> bool {
    matches!(t, Tok::Not | Tok::Minus | Tok::Plus)
}

fn stops_forward(t: &Tok) -> bool {
    is_closer(t)
        || matches!(
            t,
            Tok::Comma
                | Tok::Colon
                | Tok::Equal
                | Tok::ColonEqual
                | Tok::For
                | Tok::Newline
                | Tok::Semi
                | Tok::Indent
                | Tok::Dedent
                | Tok::As
                | Tok::Arrow
                | Tok::From
                | Tok::Async
        )
        || t.spelling().ends_with('=')
            && !matches!(
                t,
                Tok::EqEqual | Tok::NotEqual | Tok::LessEqual | Tok::GreaterEqual
            )
}

fn is_soft_keyword(t: &Tok) -> bool {
    matches!(t, Tok::Name(n) if n == "match" || n == "case" || n == "_")
}

fn is_legacy(t: &Tok) -> bool {
    matches!(t, Tok::Name(n) if n == "print" || n == "exec")
}

/// "invalid syntax. Perhaps you forgot a comma?" for two expressions side by side in brackets;
/// `Err(())` means the input ends in an unclosed bracket (that error wins, as in CPython).
pub fn forgot_comma(ctx: &Ctx, ts: &Tokens, mut k: usize) -> Result<Option<SyntaxError>, ()> {
    // `a not b`: the parser stops at `b`, but the second expression is `not b`.
    if k >= 2 && *ts.tok(k - 1) == Tok::Not && ends_operand(ts.tok(k - 2)) {
        k -= 1;
    }
    if k == 0 || !starts_expression(ts.tok(k)) || !ends_operand(ts.tok(k - 1)) {
        return Ok(None);
    }
    let a = disjunction_start(ts, k - 1);
    let first = ts.tok(a);
    let name_string =
        matches!(first, Tok::Name(_)) && matches!(ts.toks.get(a + 1), Some((_, Tok::Str(_), _)));
    if name_string || is_soft_keyword(first) || (a + 1 == k && is_legacy(first)) {
        return Ok(None);
    }
    let b = match expression_end(ts, k, false) {
        End::Eof => return Err(()),
        End::At(b) => b,
    };
    if ts.depth[b] == 0 {
        return Ok(None);
    }
    let (start, end) = (ts.toks[a].0, ts.toks[b].2);
    let mut err = ctx
        .src
        .error("invalid syntax. Perhaps you forgot a comma?", start, end);
    if end.line != start.line {
        err.text = Some(ctx.src.line(start.line).to_string());
    }
    Ok(Some(err))
}

/// "Missing parentheses in call to 'print'. Did you mean print(...)?".
pub fn legacy_print(ctx: &Ctx, ts: &Tokens, k: usize) -> Option<SyntaxError> {
    let name = ts.tok(k.checked_sub(1)?);
    let Tok::Name(n) = name else { return None };
    let dotted = k >= 2 && *ts.tok(k - 2) == Tok::Dot;
    if !is_legacy(name) || dotted || !starts_expression(ts.tok(k)) || *ts.tok(k) == Tok::LPar {
        return None;
    }
    let End::At(b) = expression_end(ts, k, true) else {
        return None;
    };
    let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
    Some(ctx.src.error(msg, ts.toks[k - 1].0, ts.toks[b].2))
}

/// "expected 'else' after 'if' expression" when the parser wanted `else` at token `k`.
pub fn missing_else(ctx: &Ctx, ts: &Tokens, k: usize) -> Option<SyntaxError> {
    let d = ts.depth[k.checked_sub(1)?];
    let if_at = (0..k)
        .rev()
        .find(|&j| ts.depth[j] == d && *ts.tok(j) == Tok::If)?;
    let a = disjunction_start(ts, if_at.checked_sub(1)?);
    let (start, end) = (ts.toks[a].0, ts.toks[k - 1].2);
    Some(
        ctx.src
            .error("expected 'else' after 'if' expression", start, end),
    )
}
