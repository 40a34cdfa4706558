//! Compound statements and imports: node builders and their checks.

use super::ast::*;
use super::calls::{self, ArgItem};
use super::ctx::{Ctx, PResult};
use super::nodes::{end_of, loc, start_of};
use super::params::{self, ParamItem};
use super::targets::{self, Targets};
use crate::lexer::Pos;

/// Where a block ends: the end of its last statement.
fn block_end(body: &[Stmt], fallback: Pos) -> Pos {
    body.last().map_or(fallback, |s| end_of(&s.loc))
}

/// `if test: body [elif ...]* [else: orelse]`, with `elif` nested as `If` in `orelse`.
pub fn if_stmt(
    l: Pos,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(Pos, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let mut tail = orelse.unwrap_or_default();
    for (el, t, b) in elifs.into_iter().rev() {
        let end = block_end(&tail, block_end(&b, el));
        tail = vec![Stmt::new(
            loc(el, end),
            StmtKind::If {
                test: t,
                body: b,
                orelse: tail,
            },
        )];
    }
    let end = block_end(&tail, block_end(&body, l));
    Stmt::new(
        loc(l, end),
        StmtKind::If {
            test,
            body,
            orelse: tail,
        },
    )
}

/// `while test: body [else: orelse]`.
pub fn while_stmt(l: Pos, test: Expr, body: Vec<Stmt>, orelse: Option<Vec<Stmt>>) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let end = block_end(&orelse, block_end(&body, l));
    Stmt::new(loc(l, end), StmtKind::While { test, body, orelse })
}

/// `for target in iter: body [else: orelse]`.
pub fn for_stmt(
    ctx: &Ctx,
    l: Pos,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
) -> PResult<Stmt> {
    targets::check(ctx, &target, Targets::For)?;
    super::nodes::check_bare_starred(ctx, &iter);
    let orelse = orelse.unwrap_or_default();
    let end = block_end(&orelse, block_end(&body, l));
    Ok(Stmt::new(
        loc(l, end),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        },
    ))
}

/// `try` with handlers, `else` and `finally`.
pub fn try_stmt(
    l: Pos,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
) -> Stmt {
    let (orelse, finalbody) = (orelse.unwrap_or_default(), finalbody.unwrap_or_default());
    let mut end = block_end(&body, l);
    if let Some(h) = handlers.last() {
        end = end_of(&h.loc);
    }
    end = block_end(&finalbody, block_end(&orelse, end));
    Stmt::new(
        loc(l, end),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        },
    )
}

/// One `except [typ [as name]]: body` clause.
pub fn handler(l: Pos, typ: Option<Expr>, name: Option<String>, body: Vec<Stmt>) -> ExceptHandler {
    let end = block_end(&body, l);
    ExceptHandler {
        typ,
        name,
        body,
        loc: loc(l, end),
    }
}

/// `except a, b:` is an error in Python 3.
pub fn unparenthesized_except(
    ctx: &Ctx,
    first: Expr,
    rest: (Vec<Expr>, bool),
) -> PResult<ExceptHandler> {
    let end = rest.0.last().map_or(end_of(&first.loc), |e| end_of(&e.loc));
    ctx.fail(
        "multiple exception types must be parenthesized",
        start_of(&first.loc),
        end,
    )
}

/// `with items: body` (parenthesised items come through `with_items`).
pub fn with_stmt(ctx: &Ctx, l: Pos, items: Vec<WithItem>, body: Vec<Stmt>) -> PResult<Stmt> {
    for item in &items {
        if let Some(t) = &item.optional_vars {
            targets::check(ctx, t, Targets::Star)?;
        }
    }
    let end = block_end(&body, l);
    Ok(Stmt::new(loc(l, end), StmtKind::With { items, body }))
}

/// `def name(params) -> returns: body`.
pub fn function_def(
    ctx: &Ctx,
    l: Pos,
    name: String,
    p: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
) -> PResult<Stmt> {
    let args = params::build(ctx, p)?;
    let end = block_end(&body, l);
    let def = FunctionDef {
        name,
        args,
        body,
        decorators: Vec::new(),
        returns,
    };
    Ok(Stmt::new(loc(l, end), StmtKind::FunctionDef(Box::new(def))))
}

/// A class statement's first line: where it starts, its name, bases and keywords.
pub struct ClassHeader {
    start: Pos,
    name: String,
    bases: Vec<Expr>,
    keywords: Vec<Keyword>,
}

/// `class name(arguments)` up to the colon, checked before the body is parsed (as CPython
/// reports errors in the bases first); `args` holds the items and the parentheses' span.
pub fn class_header(
    ctx: &Ctx,
    start: Pos,
    name: String,
    args: Option<(Vec<ArgItem>, Pos, Pos)>,
) -> PResult<ClassHeader> {
    let Some((items, lp, rp)) = args else {
        return Ok(ClassHeader {
            start,
            name,
            bases: Vec::new(),
            keywords: Vec::new(),
        });
    };
    // Class bases are not a call: a lone generator expression is no argument there.
    if let [ArgItem::Generator(_, f)] = items.as_slice() {
        let end = Pos {
            line: f.line,
            col: f.col + 3,
        };
        return ctx.fail("invalid syntax", *f, end);
    }
    let a = calls::split(ctx, items, lp, rp)?;
    Ok(ClassHeader {
        start,
        name,
        bases: a.args,
        keywords: a.keywords,
    })
}

/// `class name(bases): body`.
pub fn class_def(header: ClassHeader, body: Vec<Stmt>) -> Stmt {
    let end = block_end(&body, header.start);
    let class = ClassDef {
        name: header.name,
        bases: header.bases,
        keywords: header.keywords,
        body,
        decorators: Vec::new(),
    };
    Stmt::new(loc(header.start, end), StmtKind::ClassDef(Box::new(class)))
}

/// `from [dots][module] import names`.
pub fn import_from(dots: Vec<u32>, module: Option<String>, names: Vec<Alias>) -> StmtKind {
    StmtKind::ImportFrom {
        module,
        names,
        level: dots.iter().sum(),
    }
}

/// `from x import a,` without parentheses.
pub fn import_trailing_comma<T>(ctx: &Ctx) -> PResult<T> {
    let at = ctx.shared.lookahead.get();
    ctx.fail(
        "trailing comma not allowed without surrounding parentheses",
        at,
        at,
    )
}
