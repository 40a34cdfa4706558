//! String atoms: decoding escapes and concatenating adjacent literals (f-strings included).

use super::ast::*;
use super::ctx::{Ctx, PResult};
use super::fstring;
use super::helpers::loc;
use crate::lexer::escapes::{decode_bytes, decode_str};
use crate::lexer::{Pos, StrKind, StrLit};

/// Concatenates adjacent literals `s` spanning `l..r` into a constant or an f-string.
#[allow(clippy::vec_box)] // the boxes come straight from the tokens
pub fn concat(ctx: &Ctx, s: Vec<Box<StrLit>>, l: Pos, r: Pos) -> PResult<Expr> {
    let bytes = s.iter().filter(|x| x.kind == StrKind::Bytes).count();
    if bytes > 0 && bytes < s.len() {
        let at = ctx.shared.lookahead.get();
        return ctx.fail("cannot mix bytes and nonbytes literals", at, at);
    }
    let whole = loc(l, r);
    if bytes > 0 {
        let mut out = Vec::new();
        for lit in &s {
            out.extend(bytes_value(ctx, lit)?);
        }
        return Ok(Expr::new(whole, ExprKind::Constant(Constant::Bytes(out))));
    }
    if s.iter().all(|x| x.kind == StrKind::Str) {
        let mut out = String::new();
        for lit in &s {
            out.push_str(&str_value(ctx, lit, body(ctx, lit))?);
        }
        return Ok(Expr::new(whole, ExprKind::Constant(Constant::Str(out))));
    }
    let mut parts = Parts {
        items: Vec::new(),
        loc: whole,
    };
    for lit in &s {
        match lit.kind {
            StrKind::Format => fstring::parse(ctx, lit, &mut parts)?,
            _ => parts.push_str(str_value(ctx, lit, body(ctx, lit))?),
        }
    }
    Ok(Expr::new(whole, ExprKind::JoinedStr(parts.items)))
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
    decode_str(text).or_else(|msg| {
        let at = ctx.shared.lookahead.get();
        ctx.fail(msg, at, at)
    })
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
    decode_bytes(text).or_else(|msg| {
        let at = ctx.shared.lookahead.get();
        ctx.fail(msg, at, at)
    })
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

    /// Appends a replacement field.
    pub fn push_field(&mut self, field: Expr) {
        self.items.push(field);
    }
}
