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
            | Tok::WithParen
            | Tok::As
            | Tok::Arrow
            | Tok::Class
            | Tok::Def
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
                Tok::Comma | Tok::Star => {}
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
    /// A bracket inside the expression is never closed.
    Unclosed,
}

/// The last token of the expression starting at `start` (CPython's `expression_without_invalid`).
fn expression_end(ts: &Tokens, start: usize, commas: bool) -> End {
    let mut end = start;
    let mut prev_end = false;
    let mut lambdas = 0;
    let mut before_if: Option<usize> = None;
    let mut i = start;
    while i < ts.toks.len() {
        let t = ts.tok(i);
        match t {
            Tok::If if before_if.is_none() && i > start => before_if = Some(end),
            Tok::Else => before_if = None,
            _ => {}
        }
        if is_opener(t) {
            if prev_end && *t == Tok::LBrace {
                break;
            }
            let Some(c) = ts.closing(i) else {
                return if valid_until_end(ts, i) {
                    End::Eof
                } else {
                    End::Unclosed
                };
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
    End::At(before_if.unwrap_or(end))
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
                | Tok::Import
                | Tok::Def
                | Tok::Class
                | Tok::Return
                | Tok::Del
                | Tok::Pass
                | Tok::Break
                | Tok::Continue
                | Tok::Raise
                | Tok::Global
                | Tok::Nonlocal
                | Tok::Assert
                | Tok::While
                | Tok::With
                | Tok::WithParen
                | Tok::Try
                | Tok::Except
                | Tok::Finally
                | Tok::Elif
                | Tok::Yield
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
    if !expression_statement(ts, k) {
        return Ok(None);
    }
    // `a not b`: the parser stops at `b`, but the second expression is `not b`.
    if k >= 2 && *ts.tok(k - 1) == Tok::Not && ends_operand(ts.tok(k - 2)) {
        k -= 1;
    }
    let binary = matches!(ts.tok(k), Tok::Minus | Tok::Plus);
    if k == 0
        || binary
        || !starts_expression(ts.tok(k))
        || !ends_operand(ts.tok(k - 1))
        || in_def_params(ts, k)
    {
        return Ok(None);
    }
    let a = disjunction_start(ts, k - 1);
    let first = ts.tok(a);
    let before = a.checked_sub(1).map(|i| ts.tok(i));
    if matches!(
        before,
        Some(
            Tok::Class
                | Tok::Def
                | Tok::Import
                | Tok::From
                | Tok::As
                | Tok::Global
                | Tok::Nonlocal
                | Tok::Dot
        )
    ) {
        return Ok(None);
    }
    if before == Some(&Tok::In) && for_before(ts, a - 1) {
        return Ok(None);
    }
    let name_string =
        matches!(first, Tok::Name(_)) && matches!(ts.toks.get(a + 1), Some((_, Tok::Str(_), _)));
    if name_string || is_soft_keyword(first) || (a + 1 == k && is_legacy(first)) {
        return Ok(None);
    }
    let b = match expression_end(ts, k, false) {
        End::Eof => return Err(()),
        End::Unclosed => return Ok(None),
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
        // CPython measures the end column against the first line's text.
        let first = ctx.src.line(start.line);
        err.end_offset = err.end_offset.min(first.chars().count() as u32 + 1);
        err.text = Some(first.to_string());
    }
    Ok(Some(err))
}

/// "Missing parentheses in call to 'print'. Did you mean print(...)?".
pub fn legacy_print(ctx: &Ctx, ts: &Tokens, k: usize) -> Result<Option<SyntaxError>, ()> {
    if !expression_statement(ts, k) {
        return Ok(None);
    }
    let Some(name) = k.checked_sub(1).map(|i| ts.tok(i)) else {
        return Ok(None);
    };
    let Tok::Name(n) = name else { return Ok(None) };
    let dotted = k >= 2 && *ts.tok(k - 2) == Tok::Dot;
    if dotted || !starts_expression(ts.tok(k)) || *ts.tok(k) == Tok::LPar {
        return Ok(None);
    }
    // CPython parses what follows any name here; reaching a tokenizer error reports that.
    let b = match expression_end(ts, k, true) {
        End::At(b) => b,
        End::Eof => return Err(()),
        End::Unclosed => return Ok(None),
    };
    if !is_legacy(name) {
        return Ok(None);
    }
    let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
    Ok(Some(ctx.src.error(msg, ts.toks[k - 1].0, ts.toks[b].2)))
}

/// "expected 'else' after 'if' expression" when the parser wanted `else` at token `k`.
pub fn missing_else(ctx: &Ctx, ts: &Tokens, k: usize) -> Option<SyntaxError> {
    if matches!(ts.tok(k), Tok::Colon | Tok::Else) {
        return None;
    }
    let d = ts.depth[k.checked_sub(1)?];
    let first = statement_start(ts, k);
    let if_at = (first..k)
        .rev()
        .find(|&j| ts.depth[j] == d && *ts.tok(j) == Tok::If)?;
    let a = disjunction_start(ts, if_at.checked_sub(1)?);
    let (start, end) = (ts.toks[a].0, ts.toks[k - 1].2);
    Some(
        ctx.src
            .error("expected 'else' after 'if' expression", start, end),
    )
}

/// CPython's forced tokens: `def name` must be followed by `(`; `try`, `finally`, `else` and a
/// `def` header by `:`.
pub fn forced_token(ts: &Tokens, k: usize, expected: &[String]) -> Option<&'static str> {
    let wants = |t: &str| expected.iter().any(|e| e == t);
    let prev = ts.tok(k.checked_sub(1)?);
    if matches!(prev, Tok::Name(_)) && k >= 2 && *ts.tok(k - 2) == Tok::Def && wants("\"(\"") {
        return Some("expected '('");
    }
    if !wants("\":\"") || ts.depth[k] != 0 {
        return None;
    }
    let first = statement_start(ts, k);
    let header = matches!(prev, Tok::Try | Tok::Finally | Tok::Else) && first == k - 1;
    let open_def = *ts.tok(first) == Tok::Def
        && !(first..k).any(|j| ts.depth[j] == 0 && *ts.tok(j) == Tok::Colon);
    (header || open_def).then_some("expected ':'")
}

/// The index of the first token of the logical line containing token `k`.
fn statement_start(ts: &Tokens, k: usize) -> usize {
    (0..k)
        .rev()
        .find(|&j| {
            ts.depth[j] == 0
                && matches!(
                    ts.tok(j),
                    Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi
                )
        })
        .map_or(0, |j| j + 1)
        .max(usize::from(matches!(
            ts.toks.first(),
            Some((_, Tok::StartModule | Tok::StartExpr, _))
        )))
}

/// Errors in dict displays: a key without `:` or a `:` without a value.
pub fn dict_entry(ctx: &Ctx, ts: &Tokens, k: usize, expected: &[String]) -> Option<SyntaxError> {
    if !matches!(ts.tok(k), Tok::RBrace | Tok::Comma) || k == 0 {
        return None;
    }
    let inner = ts.depth[k] + u32::from(*ts.tok(k) == Tok::RBrace);
    let open = (0..k)
        .rev()
        .find(|&j| ts.depth[j] + 1 == inner && is_opener(ts.tok(j)))?;
    if *ts.tok(open) != Tok::LBrace {
        return None;
    }
    let prev = k - 1;
    if *ts.tok(prev) == Tok::Colon {
        let (p, q) = (ts.toks[prev].0, ts.toks[prev].2);
        return Some(
            ctx.src
                .error("expression expected after dictionary key and ':'", p, q),
        );
    }
    if !expected.iter().any(|e| e == "\":\"") {
        return None;
    }
    let key = disjunction_start(ts, prev);
    let p = ts.toks[key].0;
    let mut err = ctx.src.error("':' expected after dictionary key", p, p);
    err.end_offset = 0;
    Some(err)
}

/// True if token `k` is inside the parameter list of a `def`.
fn in_def_params(ts: &Tokens, k: usize) -> bool {
    let d = ts.depth[k];
    let Some(open) = (0..k)
        .rev()
        .find(|&j| ts.depth[j] + 1 == d && is_opener(ts.tok(j)))
    else {
        return false;
    };
    open >= 2 && matches!(ts.tok(open - 1), Tok::Name(_)) && *ts.tok(open - 2) == Tok::Def
}

/// A statement `target: annotation` followed by more (a dict entry pasted at statement
/// level): CPython explains a target that cannot be annotated.
pub fn annotation_target(ctx: &Ctx, ts: &Tokens, k: usize) -> Option<SyntaxError> {
    let s = statement_start(ts, k);
    let c = (s..k).find(|&j| ts.depth[j] == 0 && *ts.tok(j) == Tok::Colon)?;
    if c == s || c + 1 >= k {
        return None;
    }
    let target = super::driver::parse_range(ctx, ts.toks[s].0, ts.toks[c].0)?;
    super::driver::parse_range(ctx, ts.toks[c + 1].0, ts.toks[k].0)?;
    super::targets::ann_target_error(ctx, ts.toks[s].0, &target)
}

/// Whether the tokens after the unclosed bracket at `open` could still be the start of a
/// valid expression when input ends (CPython's parser would then read to the end and report
/// the unclosed bracket).
fn valid_until_end(ts: &Tokens, open: usize) -> bool {
    let first = ts.toks.get(open + 1).map(|t| &t.1);
    if first.is_some_and(|t| {
        !starts_expression(t) && !is_closer(t) && *t != Tok::Star && *t != Tok::DoubleStar
    }) {
        return false;
    }
    for j in open + 1..ts.toks.len() {
        let t = ts.tok(j);
        let adjacent = ends_operand(ts.tok(j - 1))
            && starts_expression(t)
            && !is_operator_word(t)
            && !is_opener(t);
        let strings = matches!((t, ts.tok(j - 1)), (Tok::Str(_), Tok::Str(_)));
        if adjacent && !strings {
            return false;
        }
    }
    true
}

/// `target = ... =` followed by something that is not a value: CPython names the first
/// target that cannot be assigned to.
pub fn assignment_target(ctx: &Ctx, ts: &Tokens, k: usize) -> Option<SyntaxError> {
    if k == 0 || *ts.tok(k - 1) != Tok::Equal || ts.depth[k - 1] != 0 {
        return None;
    }
    let s = statement_start(ts, k);
    let mut from = s;
    for j in s..k {
        if ts.depth[j] != 0 || *ts.tok(j) != Tok::Equal {
            continue;
        }
        let target = super::driver::parse_range(ctx, ts.toks[from].0, ts.toks[j].0)?;
        if let Some(bad) = super::targets::invalid_target(&target, super::targets::Targets::Star) {
            let msg = format!("cannot assign to {}", super::targets::expr_name(bad));
            let (p, q) = (
                super::nodes::start_of(&bad.loc),
                super::nodes::end_of(&bad.loc),
            );
            return Some(ctx.src.error(msg, p, q));
        }
        from = j + 1;
    }
    None
}

/// `f(x):` and a newline where an annotation should follow an impossible target (a `def`
/// without its keyword): CPython stops at the colon.
pub fn bare_colon(ctx: &Ctx, ts: &Tokens, k: usize) -> Option<SyntaxError> {
    if *ts.tok(k) != Tok::Newline || k == 0 || *ts.tok(k - 1) != Tok::Colon || ts.depth[k - 1] != 0
    {
        return None;
    }
    let s = statement_start(ts, k);
    let target = super::driver::parse_range(ctx, ts.toks[s].0, ts.toks[k - 1].0)?;
    let plain = matches!(
        target.kind,
        super::ast::ExprKind::Name(_)
            | super::ast::ExprKind::Attribute { .. }
            | super::ast::ExprKind::Subscript { .. }
    );
    if plain {
        return None;
    }
    let (p, q) = (ts.toks[k - 1].0, ts.toks[k - 1].2);
    Some(ctx.src.error("invalid syntax", p, q))
}

/// `f(key=)` and `def f(a=)`: a keyword or default with nothing after `=`.
pub fn missing_value(ctx: &Ctx, ts: &Tokens, k: usize) -> Option<SyntaxError> {
    let eq = k.checked_sub(1)?;
    if *ts.tok(eq) != Tok::Equal || ts.depth[eq] == 0 {
        return None;
    }
    if in_def_params(ts, eq) {
        let (p, q) = (ts.toks[eq].0, ts.toks[eq].2);
        return Some(ctx.src.error("expected default value expression", p, q));
    }
    let open = (0..eq)
        .rev()
        .find(|&j| ts.depth[j] + 1 == ts.depth[eq] && is_opener(ts.tok(j)))?;
    let call = open > 0 && ends_operand(ts.tok(open - 1)) && *ts.tok(open) == Tok::LPar;
    let key = disjunction_start(ts, eq.checked_sub(1)?);
    if !call || key == eq {
        return None;
    }
    let (p, q) = (ts.toks[key].0, ts.toks[eq].2);
    match ts.tok(key) {
        Tok::Name(_) if key + 1 == eq => None,
        Tok::True | Tok::False | Tok::None if key + 1 == eq => Some(ctx.src.error(
            format!("cannot assign to {}", ts.tok(key).spelling()),
            p,
            q,
        )),
        _ => Some(ctx.src.error(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            p,
            q,
        )),
    }
}

/// False in statements that hold no expression where the error is (imports, class and
/// function headers): CPython's expression hints do not apply there.
fn expression_statement(ts: &Tokens, k: usize) -> bool {
    let first = statement_start(ts, k);
    !matches!(
        ts.tok(first),
        Tok::Import | Tok::From | Tok::Class | Tok::Def | Tok::Global | Tok::Nonlocal
    )
}
