//! Call arguments (also class bases): order checks with CPython's messages, and the `Call` node.

use std::collections::HashSet;

use super::ast::*;
use super::ctx::{Ctx, PResult, Phase};
use super::nodes::{end_of, loc, start_of};
use super::targets::expr_name;
use crate::lexer::Pos;

/// One argument as written.
#[derive(Debug)]
pub enum ArgItem {
    /// A positional argument, possibly `*iterable` (a `Starred`).
    Positional(Expr),
    /// An unparenthesised generator expression and where its first `for` is.
    Generator(Expr, Pos),
    /// `key=value`: the key expression, the value, the whole location and the end of `=`.
    Keyword(Expr, Expr, Loc, Pos),
    /// `**mapping` and its location.
    DoubleStar(Expr, Loc),
    /// Marks a trailing comma after the last argument.
    TrailingComma,
}

/// The arguments of a call: `f(x for x in y,)` needs to know about the trailing comma.
pub fn with_trailing_comma((mut items, comma): (Vec<ArgItem>, bool)) -> Vec<ArgItem> {
    if comma {
        items.push(ArgItem::TrailingComma);
    }
    items
}

/// Positional and keyword arguments, checked.
pub struct Args {
    /// Positional arguments (may contain `Starred`).
    pub args: Vec<Expr>,
    /// Keyword arguments (`arg: None` is `**`).
    pub keywords: Vec<Keyword>,
}

/// Checks the order and form of arguments; `lp`/`r` span the parentheses.
pub fn split(ctx: &Ctx, items: Vec<ArgItem>, lp: Pos, r: Pos) -> PResult<Args> {
    let trailing = matches!(items.last(), Some(ArgItem::TrailingComma));
    let real = items.len() - usize::from(trailing);
    let mut out = Args {
        args: Vec::new(),
        keywords: Vec::new(),
    };
    let mut seen_kw = false;
    let mut seen_dstar = false;
    for item in items {
        match item {
            ArgItem::TrailingComma => {}
            ArgItem::Generator(mut g, _) => {
                if real > 1 || trailing {
                    return ctx.fail(
                        "Generator expression must be parenthesized",
                        start_of(&g.loc),
                        end_of(&g.loc),
                    );
                }
                g.loc = loc(lp, r);
                out.args.push(g);
            }
            ArgItem::Positional(e) => {
                positional_ok(ctx, &e, seen_kw, seen_dstar, r)?;
                out.args.push(e);
            }
            ArgItem::Keyword(k, v, at, eq) => {
                seen_kw = true;
                let arg = keyword_name(ctx, k, eq)?;
                out.keywords.push(Keyword {
                    arg: Some(arg),
                    value: v,
                    loc: at,
                });
            }
            ArgItem::DoubleStar(v, at) => {
                seen_dstar = true;
                out.keywords.push(Keyword {
                    arg: None,
                    value: v,
                    loc: at,
                });
            }
        }
    }
    check_repeated(ctx, &out.keywords);
    Ok(out)
}

/// Checks a positional argument's place; `r` is the end of the closing parenthesis, where
/// CPython reports a misplaced positional argument.
fn positional_ok(ctx: &Ctx, e: &Expr, seen_kw: bool, seen_dstar: bool, r: Pos) -> PResult<()> {
    let starred = matches!(e.kind, ExprKind::Starred(_));
    let close = Pos {
        line: r.line,
        col: r.col.saturating_sub(1),
    };
    let (msg, at) = match (starred, seen_kw, seen_dstar) {
        (true, _, true) => (
            "iterable argument unpacking follows keyword argument unpacking",
            start_of(&e.loc),
        ),
        (false, _, true) => (
            "positional argument follows keyword argument unpacking",
            close,
        ),
        (false, true, false) => ("positional argument follows keyword argument", close),
        _ => return Ok(()),
    };
    ctx.fail(
        msg,
        at,
        Pos {
            line: at.line,
            col: at.col + 1,
        },
    )
}

/// The keyword of `key=value`, which must be a plain name.
fn keyword_name(ctx: &Ctx, k: Expr, eq_end: Pos) -> PResult<String> {
    match k.kind {
        ExprKind::Name(n) => Ok(n),
        ExprKind::Constant(Constant::None | Constant::Bool(_)) => ctx.fail(
            format!("cannot assign to {}", expr_name(&k)),
            start_of(&k.loc),
            eq_end,
        ),
        _ => ctx.fail(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            start_of(&k.loc),
            eq_end,
        ),
    }
}

/// "keyword argument repeated: x" (CPython's compiler reports it).
fn check_repeated(ctx: &Ctx, keywords: &[Keyword]) {
    let mut seen = HashSet::new();
    for k in keywords {
        if let Some(name) = &k.arg
            && !seen.insert(name.as_str())
        {
            let msg = format!("keyword argument repeated: {name}");
            ctx.defer(Phase::Compiler, msg, start_of(&k.loc), end_of(&k.loc));
            return;
        }
    }
}

/// `func(args)`; `lp` is where `(` is, `l`..`r` the whole call.
pub fn call(ctx: &Ctx, func: Expr, items: Vec<ArgItem>, lp: Pos, l: Pos, r: Pos) -> PResult<Expr> {
    let Args { args, keywords } = split(ctx, items, lp, r)?;
    Ok(Expr::new(
        loc(l, r),
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
    ))
}
