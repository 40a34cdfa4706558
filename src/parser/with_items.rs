//! `with (a as x, b as y):`: parenthesised with-items, told apart from a parenthesised
//! expression the way CPython's parser does.
//!
//! The lexer marks a `with` whose `(` closes right before the `:` (`Tok::WithParen`). CPython
//! first reads such parentheses as a list of items; when an element is no plain expression
//! (a starred one, `:=`, `yield`, a generator, or nothing at all), it reads them as one
//! parenthesised expression instead.

use super::ast::{Comprehension, Expr, ExprKind, Stmt, WithItem};
use super::ctx::{Ctx, PResult};
use super::nodes as mk;
use super::stmts;
use crate::lexer::Pos;

/// One element between the parentheses, possibly with `as target` (and where `as` is).
pub struct CoverItem {
    expr: Expr,
    target: Option<(Pos, Pos, Expr)>,
}

/// An element with its optional `as` clause: the span of `as` and the target.
pub fn cover_item(expr: Expr, target: Option<(Pos, Pos, Expr)>) -> CoverItem {
    CoverItem { expr, target }
}

/// What the parentheses after `with` hold.
pub enum Content {
    /// `with ():`.
    Empty,
    /// `with (yield x):`.
    Yield(Expr),
    /// `with (x for x in y):`.
    Generator(Expr, Vec<Comprehension>),
    /// Comma-separated elements, and whether a comma follows the last one.
    Items(Vec<CoverItem>, bool),
}

/// The `with` statement for parenthesised content spanning `lp..rp` (the parentheses).
pub fn parenthesised(
    ctx: &Ctx,
    l: Pos,
    content: Content,
    (lp, rp): (Pos, Pos),
    body: Vec<Stmt>,
) -> PResult<Stmt> {
    let items = match content {
        Content::Empty => vec![plain(mk::tuple(vec![], lp, rp))],
        Content::Yield(e) => vec![plain(e)],
        Content::Generator(elt, generators) => vec![plain(mk::genexp(elt, generators, lp, rp))],
        Content::Items(elements, comma) => items_or_expression(ctx, elements, comma, (lp, rp))?,
    };
    stmts::with_stmt(ctx, l, items, body)
}

/// Elements that are all plain expressions are the items; otherwise the parentheses are
/// one expression (a tuple or a parenthesised element), where `as` is an error.
fn items_or_expression(
    ctx: &Ctx,
    elements: Vec<CoverItem>,
    comma: bool,
    (lp, rp): (Pos, Pos),
) -> PResult<Vec<WithItem>> {
    let plain_expressions = elements.iter().all(|e| {
        !matches!(
            e.expr.kind,
            ExprKind::Starred(_) | ExprKind::NamedExpr { .. }
        )
    });
    if plain_expressions {
        return Ok(elements
            .into_iter()
            .map(|e| WithItem {
                context_expr: e.expr,
                optional_vars: e.target.map(|(_, _, t)| t),
            })
            .collect());
    }
    if let Some((at, end, _)) = elements.iter().find_map(|e| e.target.as_ref()) {
        return ctx.fail("invalid syntax", *at, *end);
    }
    let exprs = elements.into_iter().map(|e| e.expr).collect();
    Ok(vec![plain(mk::paren(ctx, (exprs, comma), lp, rp)?)])
}

/// An item without `as`.
fn plain(context_expr: Expr) -> WithItem {
    WithItem {
        context_expr,
        optional_vars: None,
    }
}
