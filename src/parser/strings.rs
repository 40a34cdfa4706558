//! String atoms: decoding escapes and concatenating adjacent literals (f-strings included).

use super::ast::*;
use super::ctx::{Ctx, PResult};
use super::fstring;
use super::nodes::loc;
use crate::lexer::escapes::{decode_bytes, decode_str};
use crate::lexer::{Pos, StrKind, StrLit};

/// Concatenates adjacent literals `s` spanning `l..r` into a constant or an f-string.
#[allow(clippy::vec_box)] // the boxes come straight from the tokens
pub fn concat(ctx: &Ctx, s: Vec<Box<StrLit>>, l: Pos, r: Pos) -> PResult<Expr> {
    let whole = loc(l, r);
    let mut parts = Parts {
        items: Vec::new(),
        loc: whole,
    };
    let mut bytes = Vec::new();
    let has_fstring = s.iter().any(|x| x.kind == StrKind::Format);
    // CPython's order: each literal is decoded, checked against the previous one's kind,
    // then (for f-strings) parsed.
    for (i, lit) in s.iter().enumerate() {
        let is_bytes = lit.kind == StrKind::Bytes;
        if is_bytes {
            bytes.extend(bytes_value(ctx, lit)?);
        } else if lit.kind == StrKind::Str {
            parts.push_str(str_value(ctx, lit, body(ctx, lit))?);
        }
        if i > 0 && is_bytes != (s[i - 1].kind == StrKind::Bytes) {
            return ctx.fail_at_lookahead("cannot mix bytes and nonbytes literals");
        }
        if lit.kind == StrKind::Format {
            fstring::parse(ctx, lit, &mut parts)?;
        }
    }
    let kind = match s.first().map(|x| x.kind) {
        Some(StrKind::Bytes) => ExprKind::Constant(Constant::Bytes(bytes)),
        _ if has_fstring => ExprKind::JoinedStr(parts.items),
        _ => ExprKind::Constant(Constant::Str(parts.into_text())),
    };
    Ok(Expr::new(whole, kind))
}

/// The raw text between the quotes.
pub fn body<'c>(ctx: &'c Ctx, lit: &StrLit) -> &'c str {
    &ctx.src.text()[lit.body_start..lit.body_end]
}

/// Decodes `text` (a literal's body or part of it) unless the literal is raw.
pub fn str_value(ctx: &Ctx, lit: &StrLit, text: &str) -> PResult<String> {
    if lit.raw {
        return Ok(text.to_string());
    }
    decode_str(text).or_else(|msg| ctx.fail_at_lookahead(msg))
}

fn bytes_value(ctx: &Ctx, lit: &StrLit) -> PResult<Vec<u8>> {
    let text = body(ctx, lit);
    if !text.is_ascii() {
        let (a, b) = (ctx.src.pos(lit.start), ctx.src.pos(lit.end));
        return ctx.fail("bytes can only contain ASCII literal characters", a, b);
    }
    if lit.raw {
        return Ok(text.as_bytes().to_vec());
    }
    decode_bytes(text).or_else(|msg| ctx.fail_at_lookahead(msg))
}

/// The parts of an f-string being built: adjacent constant text is merged.
pub struct Parts {
    /// `Constant(Str)` and `FormattedValue` nodes.
    pub items: Vec<Expr>,
    /// The location every part gets (CPython 3.11 gives parts the whole string's span).
    pub loc: Loc,
}

impl Parts {
    /// Appends literal text, merging it with a preceding constant.
    pub fn push_str(&mut self, text: String) {
        if text.is_empty() {
            return;
        }
        if let Some(Expr {
            kind: ExprKind::Constant(Constant::Str(prev)),
            ..
        }) = self.items.last_mut()
        {
            prev.push_str(&text);
            return;
        }
        self.items
            .push(Expr::new(self.loc, ExprKind::Constant(Constant::Str(text))));
    }

    /// The text of a plain (field-free) string.
    pub fn into_text(self) -> String {
        match self.items.into_iter().next() {
            Some(Expr {
                kind: ExprKind::Constant(Constant::Str(s)),
                ..
            }) => s,
            _ => String::new(),
        }
    }

    /// Appends a replacement field.
    pub fn push_field(&mut self, field: Expr) {
        self.items.push(field);
    }
}
