//! Assignment, deletion and loop targets: checks with CPython's messages, and the statements
//! built from them.

use super::ast::*;
use super::ctx::{Ctx, PResult};
use super::nodes::{end_of, start_of};
use crate::lexer::{Pos, SyntaxError};

/// Which statement a target belongs to (CPython's `TARGETS_TYPE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Targets {
    /// `=` and `with ... as`.
    Star,
    /// `for` loops and comprehensions.
    For,
    /// `del`.
    Del,
}

/// CPython's name for a kind of expression in messages ("function call", "literal", ...).
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression that cannot be a target (CPython's `_PyPegen_get_invalid_target`).
pub fn invalid_target(e: &Expr, targets: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().find_map(|i| invalid_target(i, targets))
        }
        ExprKind::Starred(_) if targets == Targets::Del => Some(e),
        ExprKind::Starred(v) => invalid_target(v, targets),
        ExprKind::Compare { left, ops, .. } if targets == Targets::For => {
            if ops.first() == Some(&CmpOp::In) {
                invalid_target(left, targets)
            } else {
                None
            }
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Fails with "cannot assign to X" / "cannot delete X" if `e` is not a valid target.
pub fn check(ctx: &Ctx, e: &Expr, targets: Targets) -> PResult<()> {
    let Some(bad) = invalid_target(e, targets) else {
        return Ok(());
    };
    let verb = if targets == Targets::Del {
        "cannot delete"
    } else {
        "cannot assign to"
    };
    ctx.fail(
        format!("{verb} {}", expr_name(bad)),
        start_of(&bad.loc),
        end_of(&bad.loc),
    )
}

/// True if `e` parses as CPython's `bitwise_or` (not a comparison, `not`, lambda, ...).
fn is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::NamedExpr { .. }
    )
}

/// True if the value of `target = value` starts with a `bitwise_or` (CPython's
/// `invalid_named_expression` then explains the error with "Maybe you meant '=='").
fn value_starts_plainly(v: &Expr) -> bool {
    match &v.kind {
        ExprKind::Tuple(items) if v.loc.col == items.first().map_or(v.loc.col, |i| i.loc.col) => {
            items.first().is_none_or(value_starts_plainly)
        }
        ExprKind::UnaryOp {
            op: UnaryOp::Not, ..
        }
        | ExprKind::Lambda { .. } => false,
        ExprKind::Starred(_) | ExprKind::Yield(_) | ExprKind::YieldFrom(_) => false,
        _ => true,
    }
}

fn is_excluded_single(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::None | Constant::Bool(_))
    )
}

/// `t1 = t2 = ... = value`.
pub fn assign(ctx: &Ctx, first: Expr, rest: Vec<Expr>) -> PResult<StmtKind> {
    let mut targets = Vec::with_capacity(rest.len() + 1);
    targets.push(first);
    targets.extend(rest);
    let value = targets
        .pop()
        .unwrap_or_else(|| Expr::new(Loc::default(), ExprKind::Constant(Constant::None)));
    let single = targets.len() == 1;
    super::nodes::check_bare_starred(ctx, &value);
    for t in targets
        .iter()
        .filter(|t| matches!(t.kind, ExprKind::Starred(_)))
    {
        let msg = "starred assignment target must be in a list or tuple";
        ctx.defer(
            super::ctx::Phase::Compiler,
            msg,
            start_of(&t.loc),
            end_of(&t.loc),
        );
    }
    for t in &targets {
        if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = t.kind {
            return ctx.fail(
                "assignment to yield expression not possible",
                start_of(&t.loc),
                end_of(&t.loc),
            );
        }
        if invalid_target(t, Targets::Star).is_none() {
            continue;
        }
        if single && !is_excluded_single(t) && is_bitwise_or(t) && value_starts_plainly(&value) {
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(t)
            );
            return ctx.fail(msg, start_of(&t.loc), end_of(&t.loc));
        }
        check(ctx, t, Targets::Star)?;
    }
    Ok(StmtKind::Assign { targets, value })
}

/// `target op= value`.
pub fn aug_assign(ctx: &Ctx, target: Expr, op: BinOp, value: Expr) -> PResult<StmtKind> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            Ok(StmtKind::AugAssign { target, op, value })
        }
        _ => {
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            );
            ctx.fail(msg, start_of(&target.loc), end_of(&target.loc))
        }
    }
}

/// `target: annotation [= value]`; `l` is where the target's first token starts.
pub fn ann_assign(
    ctx: &Ctx,
    l: Pos,
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
) -> PResult<StmtKind> {
    if let Some(err) = ann_target_error(ctx, l, &target) {
        return Err(super::ctx::user(err));
    }
    let simple = start_of(&target.loc) == l && matches!(target.kind, ExprKind::Name(_));
    Ok(StmtKind::AnnAssign {
        target,
        annotation,
        value,
        simple,
    })
}

/// Why `target` cannot be annotated, if it cannot; `l` is where its first token starts.
pub fn ann_target_error(ctx: &Ctx, l: Pos, target: &Expr) -> Option<SyntaxError> {
    let parenthesized = match &target.kind {
        ExprKind::Tuple(items) => items
            .first()
            .is_none_or(|i| i.loc.col != target.loc.col || i.loc.line != target.loc.line),
        _ => start_of(&target.loc) != l,
    };
    let (msg, at) = match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => return None,
        ExprKind::Tuple(items) if !parenthesized => {
            let first = items.first().map_or(target.loc, |i| i.loc);
            (
                "only single target (not tuple) can be annotated".to_string(),
                first,
            )
        }
        ExprKind::Tuple(_) | ExprKind::List(_) => (
            format!(
                "only single target (not {}) can be annotated",
                expr_name(target)
            ),
            target.loc,
        ),
        _ => ("illegal target for annotation".to_string(), target.loc),
    };
    Some(ctx.src.error(msg, start_of(&at), end_of(&at)))
}

/// `del a, b`.
pub fn delete(ctx: &Ctx, (items, _comma): (Vec<Expr>, bool)) -> PResult<StmtKind> {
    for t in &items {
        check(ctx, t, Targets::Del)?;
    }
    Ok(StmtKind::Delete(items))
}

/// One `for target in iter if ...` clause of a comprehension.
pub fn comprehension(
    ctx: &Ctx,
    target: Expr,
    iter: Expr,
    ifs: Vec<Expr>,
) -> PResult<Comprehension> {
    check(ctx, &target, Targets::For)?;
    Ok(Comprehension { target, iter, ifs })
}
