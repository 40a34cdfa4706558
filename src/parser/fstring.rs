//! f-strings: splitting the body into literal text and `{...}` fields the way CPython 3.11
//! does, and parsing each field's expression with the grammar's f-string entry point.

use super::ast::*;
use super::ctx::{Ctx, PResult};
use super::strings::{Parts, body, str_value};
use crate::lexer::{Lexer, Mode, Pos, Shared, StrLit, SyntaxError};

/// CPython's limit on brackets inside one field.
const MAX_FIELD_BRACKETS: usize = 200;

/// Parses f-string literal `lit`, appending its parts.
pub fn parse(ctx: &Ctx, lit: &StrLit, parts: &mut Parts) -> PResult<()> {
    let mut sc = Scanner {
        ctx,
        lit,
        text: body(ctx, lit),
        i: 0,
        whole: parts.loc,
    };
    sc.fields(0, parts)
}

struct Scanner<'c, 'a> {
    ctx: &'c Ctx<'a>,
    lit: &'c StrLit,
    text: &'c str,
    i: usize,
    whole: Loc,
}

impl Scanner<'_, '_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.i).copied()
    }

    fn at(&self, k: usize) -> Option<u8> {
        self.text.as_bytes().get(self.i + k).copied()
    }

    /// An error at the token after the string, as CPython reports f-string structure errors.
    fn fail<T>(&self, msg: &str) -> PResult<T> {
        self.ctx.fail_at_lookahead(msg)
    }

    /// Literal text and fields until the end, or a `}` closing a format spec (level > 0).
    fn fields(&mut self, level: u32, parts: &mut Parts) -> PResult<()> {
        loop {
            let text = self.literal(level)?;
            let decoded = str_value(self.ctx, self.lit, &text)?;
            parts.push_str(decoded);
            match self.peek() {
                Some(b'{') => {
                    let (debug, field) = self.field(level)?;
                    parts.push_str(debug.unwrap_or_default());
                    parts.push_field(field);
                }
                _ => return Ok(()),
            }
        }
    }

    /// Raw literal text up to a single `{` or `}`; doubled braces become one (top level only).
    fn literal(&mut self, level: u32) -> PResult<String> {
        let mut out = String::new();
        while let Some(c) = self.peek() {
            match c {
                b'\\' if !self.lit.raw => self.escape(&mut out),
                b'{' | b'}' if level == 0 && self.at(1) == Some(c) => {
                    out.push(c as char);
                    self.i += 2;
                }
                b'}' if level == 0 => return self.fail("f-string: single '}' is not allowed"),
                b'{' | b'}' => break,
                _ => {
                    let ch = self.text[self.i..].chars().next().unwrap_or('\0');
                    out.push(ch);
                    self.i += ch.len_utf8();
                }
            }
        }
        Ok(out)
    }

    /// Copies a backslash escape verbatim (decoding happens later); `\N{...}` keeps its braces.
    fn escape(&mut self, out: &mut String) {
        let start = self.i;
        self.i += 1;
        if self.peek() == Some(b'N') && self.at(1) == Some(b'{') {
            let close = self.text[self.i..]
                .find('}')
                .map_or(self.text.len(), |k| self.i + k + 1);
            self.i = close;
        } else if let Some(ch) = self.text[self.i..]
            .chars()
            .next()
            .filter(|&c| c != '{' && c != '}')
        {
            self.i += ch.len_utf8();
        }
        out.push_str(&self.text[start..self.i]);
    }

    /// One `{expr[=][!c][:spec]}` field (and the text a `=` adds); the scanner is at `{`.
    fn field(&mut self, level: u32) -> PResult<(Option<String>, Expr)> {
        if level >= 2 {
            return self.fail("f-string: expressions nested too deeply");
        }
        self.i += 1;
        let start = self.i;
        self.scan_expression()?;
        let end = self.i;
        if self.peek().is_none() {
            return self.fail("f-string: expecting '}'");
        }
        let value = self.compile(start, end)?;
        let debug = self.debug_text(start)?;
        let conversion = self.conversion()?;
        let format_spec = self.format_spec(level)?;
        if self.peek() != Some(b'}') {
            return self.fail("f-string: expecting '}'");
        }
        self.i += 1;
        let conversion = match (&debug, conversion, &format_spec) {
            (Some(_), None, None) => Some('r'),
            _ => conversion,
        };
        let kind = ExprKind::FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec: format_spec.map(Box::new),
        };
        Ok((debug, Expr::new(self.whole_loc(), kind)))
    }

    /// Moves past the expression text, checking quotes and brackets as CPython does.
    fn scan_expression(&mut self) -> PResult<()> {
        let mut stack: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        while let Some(c) = self.peek() {
            if c == b'\\' {
                return self.fail("f-string expression part cannot include a backslash");
            }
            if let Some((q, triple)) = quote {
                if c == q && (!triple || (self.at(1) == Some(q) && self.at(2) == Some(q))) {
                    self.i += if triple { 3 } else { 1 };
                    quote = None;
                    continue;
                }
                self.i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = self.at(1) == Some(c) && self.at(2) == Some(c);
                    quote = Some((c, triple));
                    self.i += if triple { 3 } else { 1 };
                    continue;
                }
                b'[' | b'{' | b'(' => {
                    if stack.len() >= MAX_FIELD_BRACKETS {
                        return self.fail("f-string: too many nested parenthesis");
                    }
                    stack.push(c);
                }
                b'#' => return self.fail("f-string expression part cannot include '#'"),
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if stack.is_empty() => {
                    if self.at(1) == Some(b'=') && c != b':' && c != b'}' {
                        self.i += 2;
                        continue;
                    }
                    if c != b'<' && c != b'>' {
                        break;
                    }
                }
                b']' | b'}' | b')' => self.close_bracket(&mut stack, c)?,
                _ => {}
            }
            self.i += 1;
        }
        if quote.is_some() {
            return self.fail("f-string: unterminated string");
        }
        if let Some(&open) = stack.last() {
            return self.fail(&format!("f-string: unmatched '{}'", open as char));
        }
        Ok(())
    }

    fn close_bracket(&self, stack: &mut Vec<u8>, c: u8) -> PResult<()> {
        let Some(open) = stack.pop() else {
            return self.fail(&format!("f-string: unmatched '{}'", c as char));
        };
        if matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
            return Ok(());
        }
        let msg = format!(
            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
            c as char, open as char
        );
        self.fail(&msg)
    }

    /// After `=`: the expression's text (with the `=` and following spaces) for `f"{x=}"`.
    fn debug_text(&mut self, start: usize) -> PResult<Option<String>> {
        if self.peek() != Some(b'=') {
            return Ok(None);
        }
        self.i += 1;
        while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
            self.i += 1;
        }
        if self.peek().is_none() {
            return self.fail("f-string: expecting '}'");
        }
        Ok(Some(self.text[start..self.i].to_string()))
    }

    fn conversion(&mut self) -> PResult<Option<char>> {
        if self.peek() != Some(b'!') {
            return Ok(None);
        }
        self.i += 1;
        let Some(c) = self.text[self.i..].chars().next() else {
            return self.fail("f-string: expecting '}'");
        };
        self.i += c.len_utf8();
        if !matches!(c, 's' | 'r' | 'a') {
            return self.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        Ok(Some(c))
    }

    fn format_spec(&mut self, level: u32) -> PResult<Option<Expr>> {
        if self.peek() != Some(b':') {
            return Ok(None);
        }
        self.i += 1;
        if self.peek().is_none() {
            return self.fail("f-string: expecting '}'");
        }
        let mut spec = Parts {
            items: Vec::new(),
            loc: self.token_loc(),
        };
        self.fields(level + 1, &mut spec)?;
        Ok(Some(Expr::new(spec.loc, ExprKind::JoinedStr(spec.items))))
    }

    fn whole_loc(&self) -> Loc {
        self.whole
    }

    /// The span of this one literal (CPython 3.11 gives format specs that location).
    fn token_loc(&self) -> Loc {
        let (a, b) = (
            self.ctx.src.pos(self.lit.start),
            self.ctx.src.pos(self.lit.end),
        );
        Loc {
            line: a.line,
            col: a.col,
            end_line: b.line,
            end_col: b.col,
        }
    }

    /// Parses the expression text `start..end` (body offsets) through the grammar.
    fn compile(&self, start: usize, end: usize) -> PResult<Expr> {
        let text = &self.text[start..end];
        if text.chars().all(char::is_whitespace) {
            return match self.text.as_bytes().get(end) {
                Some(&c @ (b'!' | b':' | b'=')) => self.fail(&format!(
                    "f-string: expression required before '{}'",
                    c as char
                )),
                _ => self.fail("f-string: empty expression not allowed"),
            };
        }
        let abs = self.lit.body_start + start;
        let expr = parse_field(self.ctx, abs, abs + text.len())
            .map_err(|e| super::ctx::user(relocate(e, self.ctx.src.pos(abs), text)))?;
        if let ExprKind::Starred(_) = expr.kind {
            let p = self.ctx.src.pos(abs);
            let err = self.ctx.src.error(
                "cannot use starred expression here",
                start_pos(&expr),
                end_pos(&expr),
            );
            return Err(super::ctx::user(relocate(err, p, text)));
        }
        Ok(expr)
    }
}

fn start_pos(e: &Expr) -> Pos {
    Pos {
        line: e.loc.line,
        col: e.loc.col,
    }
}

fn end_pos(e: &Expr) -> Pos {
    Pos {
        line: e.loc.end_line,
        col: e.loc.end_col,
    }
}

/// Runs the grammar over `start..end` of the source as an f-string field expression.
fn parse_field(ctx: &Ctx, start: usize, end: usize) -> Result<Expr, SyntaxError> {
    let shared = Shared::default();
    let lexer = Lexer::new(ctx.src, &shared, start, end, Mode::FString);
    let inner = Ctx::new(ctx.src, &shared, ctx.fstring_depth + 1);
    let result = super::driver::run(&inner, lexer, start, end, Mode::FString);
    ctx.absorb(inner.take_deferred_with_phase());
    match result? {
        super::nodes::Top::Expr(e) => Ok(e),
        super::nodes::Top::Module(_) => Err(SyntaxError::new("invalid syntax", 0, 0, 0, 0)),
    }
}

/// CPython 3.11 reports errors inside a field relative to the text `(expr)`.
fn relocate(mut e: SyntaxError, start: Pos, text: &str) -> SyntaxError {
    e.msg = format!("f-string: {}", e.msg);
    if e.lineno == start.line {
        e.offset = (e.offset + 1).saturating_sub(start.col);
    }
    if e.end_lineno == start.line && e.end_offset > 0 {
        e.end_offset = (e.end_offset + 1).saturating_sub(start.col);
    }
    let first = text.split('\n').next().unwrap_or("");
    e.text = Some(format!("({first})\n"));
    e.columns = crate::lexer::ColumnUnit::Fixed;
    e
}
