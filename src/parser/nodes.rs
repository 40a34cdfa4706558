//! Node builders for the grammar's actions: locations, literals, operators and displays.

use num_bigint::BigInt;

use super::ast::*;
use super::ctx::{Ctx, PResult, Phase};
use super::params::{self, ParamItem};
use crate::lexer::{MAX_STR_DIGITS, Pos};

/// What the single start symbol produced.
#[derive(Debug)]
pub enum Top {
    /// A module's statements.
    Module(Vec<Stmt>),
    /// An expression (eval input or an f-string field).
    Expr(Expr),
}

/// The location from `l` to `r`.
pub fn loc(l: Pos, r: Pos) -> Loc {
    Loc {
        line: l.line,
        col: l.col,
        end_line: r.line,
        end_col: r.col,
    }
}

fn node(kind: ExprKind, l: Pos, r: Pos) -> Expr {
    Expr::new(loc(l, r), kind)
}

/// The start of a node's location.
pub fn start_of(loc: &Loc) -> Pos {
    Pos {
        line: loc.line,
        col: loc.col,
    }
}

/// The end of a node's location.
pub fn end_of(loc: &Loc) -> Pos {
    Pos {
        line: loc.end_line,
        col: loc.end_col,
    }
}

/// Joins statement lists.
pub fn flatten(v: Vec<Vec<Stmt>>) -> Vec<Stmt> {
    v.into_iter().flatten().collect()
}

/// An import alias.
pub fn alias(name: String, asname: Option<String>, l: Pos, r: Pos) -> Alias {
    Alias {
        name,
        asname,
        loc: loc(l, r),
    }
}

/// Attaches decorators to a function or class definition.
pub fn decorate(decorators: Vec<Expr>, mut stmt: Stmt) -> Stmt {
    match &mut stmt.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => {}
    }
    stmt
}

/// `a` alone, or the tuple `a, b` when a comma was seen.
pub fn tuple_or_single((mut items, comma): (Vec<Expr>, bool), l: Pos, r: Pos) -> Expr {
    match items.pop() {
        Some(e) if !comma && items.is_empty() => e,
        last => {
            items.extend(last);
            tuple(items, l, r)
        }
    }
}

/// A subscript's index: like [`tuple_or_single`], but a lone `*a` still makes a tuple.
pub fn subscript_index(s: (Vec<Expr>, bool), l: Pos, r: Pos) -> Expr {
    let starred = s.0.len() == 1 && matches!(s.0[0].kind, ExprKind::Starred(_));
    if starred {
        tuple(s.0, l, r)
    } else {
        tuple_or_single(s, l, r)
    }
}

/// An expression statement; a bare `*a` is an error CPython's compiler reports.
pub fn expr_stmt(ctx: &Ctx, e: Expr) -> PResult<StmtKind> {
    check_bare_starred(ctx, &e);
    Ok(StmtKind::Expr(e))
}

/// Records "can't use starred expression here" for a value that is a lone `*a`.
pub fn check_bare_starred(ctx: &Ctx, e: &Expr) {
    if let ExprKind::Starred(_) = e.kind {
        ctx.defer(
            Phase::Compiler,
            "can't use starred expression here",
            start_of(&e.loc),
            end_of(&e.loc),
        );
    }
}

/// `a = b` where an expression was expected (`if x = 1:`), explained as CPython does.
pub fn bad_named_assign(ctx: &Ctx, a: Expr, b: Expr, eq: Pos) -> PResult<Expr> {
    let (sa, eb) = (start_of(&a.loc), end_of(&leftmost_operand(&b).loc));
    match &a.kind {
        ExprKind::Name(_) => ctx.fail(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            sa,
            eb,
        ),
        ExprKind::List(_)
        | ExprKind::Tuple(_)
        | ExprKind::GeneratorExp { .. }
        | ExprKind::Constant(Constant::None | Constant::Bool(_)) => ctx.fail(
            "invalid syntax",
            eq,
            Pos {
                line: eq.line,
                col: eq.col + 1,
            },
        ),
        _ => {
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                super::targets::expr_name(&a)
            );
            ctx.fail(msg, sa, end_of(&a.loc))
        }
    }
}

/// `*e`.
pub fn starred(e: Expr, l: Pos, r: Pos) -> Expr {
    node(ExprKind::Starred(Box::new(e)), l, r)
}

/// `yield [v]`.
pub fn yield_expr(v: Option<Expr>, l: Pos, r: Pos) -> Expr {
    node(ExprKind::Yield(v.map(Box::new)), l, r)
}

/// `yield from v`.
pub fn yield_from(v: Expr, l: Pos, r: Pos) -> Expr {
    node(ExprKind::YieldFrom(Box::new(v)), l, r)
}

/// `t := v`; the target must be a plain name.
pub fn named_expr(ctx: &Ctx, t: Expr, v: Expr, l: Pos, r: Pos) -> PResult<Expr> {
    match t.kind {
        ExprKind::Name(target) => Ok(node(
            ExprKind::NamedExpr {
                target,
                value: Box::new(v),
            },
            l,
            r,
        )),
        _ => {
            let msg = format!(
                "cannot use assignment expressions with {}",
                super::targets::expr_name(&t)
            );
            ctx.fail(msg, start_of(&t.loc), end_of(&t.loc))
        }
    }
}

/// `body if test else orelse`.
pub fn if_exp(test: Expr, body: Expr, orelse: Expr, l: Pos, r: Pos) -> Expr {
    let kind = ExprKind::IfExp {
        test: Box::new(test),
        body: Box::new(body),
        orelse: Box::new(orelse),
    };
    node(kind, l, r)
}

/// `lambda params: body`.
pub fn lambda(ctx: &Ctx, p: Vec<ParamItem>, body: Expr, l: Pos, r: Pos) -> PResult<Expr> {
    let args = params::build(ctx, p)?;
    Ok(node(
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        },
        l,
        r,
    ))
}

/// `a op b op c` for `and` / `or`.
pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, l: Pos, r: Pos) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    node(ExprKind::BoolOp { op, values }, l, r)
}

/// A unary operation.
pub fn unary(op: UnaryOp, operand: Expr, l: Pos, r: Pos) -> Expr {
    node(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(operand),
        },
        l,
        r,
    )
}

/// A chained comparison.
pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, l: Pos, r: Pos) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    node(
        ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        },
        l,
        r,
    )
}

/// A binary operation.
pub fn bin_op(left: Expr, op: BinOp, right: Expr, l: Pos, r: Pos) -> Expr {
    node(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        l,
        r,
    )
}

/// `value[slice]`.
pub fn subscript(value: Expr, slice: Expr, l: Pos, r: Pos) -> Expr {
    node(
        ExprKind::Subscript {
            value: Box::new(value),
            slice: Box::new(slice),
        },
        l,
        r,
    )
}

/// `value.attr`.
pub fn attribute(value: Expr, attr: String, l: Pos, r: Pos) -> Expr {
    node(
        ExprKind::Attribute {
            value: Box::new(value),
            attr,
        },
        l,
        r,
    )
}

/// `lower:upper:step`.
pub fn slice(
    lower: Option<Expr>,
    upper: Option<Expr>,
    step: Option<Option<Expr>>,
    l: Pos,
    r: Pos,
) -> Expr {
    let kind = ExprKind::Slice {
        lower: lower.map(Box::new),
        upper: upper.map(Box::new),
        step: step.flatten().map(Box::new),
    };
    node(kind, l, r)
}

/// `(elt for ...)`.
pub fn genexp(elt: Expr, generators: Vec<Comprehension>, l: Pos, r: Pos) -> Expr {
    node(
        ExprKind::GeneratorExp {
            elt: Box::new(elt),
            generators,
        },
        l,
        r,
    )
}

/// `[elt for ...]`.
pub fn list_comp(elt: Expr, generators: Vec<Comprehension>, l: Pos, r: Pos) -> Expr {
    node(
        ExprKind::ListComp {
            elt: Box::new(elt),
            generators,
        },
        l,
        r,
    )
}

/// `{elt for ...}`.
pub fn set_comp(elt: Expr, generators: Vec<Comprehension>, l: Pos, r: Pos) -> Expr {
    node(
        ExprKind::SetComp {
            elt: Box::new(elt),
            generators,
        },
        l,
        r,
    )
}

/// `{key: value for ...}`.
pub fn dict_comp(key: Expr, value: Expr, generators: Vec<Comprehension>, l: Pos, r: Pos) -> Expr {
    node(
        ExprKind::DictComp {
            key: Box::new(key),
            value: Box::new(value),
            generators,
        },
        l,
        r,
    )
}

/// A name.
pub fn name(n: String, l: Pos, r: Pos) -> Expr {
    node(ExprKind::Name(n), l, r)
}

fn constant(c: Constant, l: Pos, r: Pos) -> Expr {
    node(ExprKind::Constant(c), l, r)
}

/// An int literal.
pub fn int(v: BigInt, l: Pos, r: Pos) -> Expr {
    constant(Constant::Int(v), l, r)
}

/// A decimal literal too long to convert, as CPython reports it.
pub fn huge_int(ctx: &Ctx, digits: usize, l: Pos) -> PResult<Expr> {
    let msg = format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; \
         use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals \
         to avoid decimal conversion limits."
    );
    let mut err = ctx.src.error(msg, l, l);
    err.offset = 0;
    err.end_offset = 0;
    Err(super::ctx::user(err))
}

/// A float literal.
pub fn float(v: f64, l: Pos, r: Pos) -> Expr {
    constant(Constant::Float(v), l, r)
}

/// An imaginary literal.
pub fn imaginary(v: f64, l: Pos, r: Pos) -> Expr {
    constant(Constant::Imaginary(v), l, r)
}

/// `...`.
pub fn ellipsis(l: Pos, r: Pos) -> Expr {
    constant(Constant::Ellipsis, l, r)
}

/// `None`.
pub fn none(l: Pos, r: Pos) -> Expr {
    constant(Constant::None, l, r)
}

/// `True` / `False`.
pub fn boolean(v: bool, l: Pos, r: Pos) -> Expr {
    constant(Constant::Bool(v), l, r)
}

/// A tuple display.
pub fn tuple(items: Vec<Expr>, l: Pos, r: Pos) -> Expr {
    node(ExprKind::Tuple(items), l, r)
}

/// A list display.
pub fn list(items: Vec<Expr>, l: Pos, r: Pos) -> Expr {
    node(ExprKind::List(items), l, r)
}

/// A set display.
pub fn set(items: Vec<Expr>, l: Pos, r: Pos) -> Expr {
    node(ExprKind::Set(items), l, r)
}

/// A dict display; a `None` key is `**value`.
pub fn dict(items: Vec<(Option<Expr>, Expr)>, l: Pos, r: Pos) -> Expr {
    let (keys, values) = items.into_iter().unzip();
    node(ExprKind::Dict { keys, values }, l, r)
}

/// `( ... )`: a parenthesised expression (keeping its own location) or a tuple.
pub fn paren(ctx: &Ctx, s: (Vec<Expr>, bool), l: Pos, r: Pos) -> PResult<Expr> {
    if !s.1
        && let [
            Expr {
                kind: ExprKind::Starred(_),
                loc,
            },
        ] = &s.0[..]
    {
        return ctx.fail(
            "cannot use starred expression here",
            start_of(loc),
            end_of(loc),
        );
    }
    Ok(tuple_or_single(s, l, r))
}

/// The leftmost `bitwise_or`-level operand of `e` (CPython's message ranges end there).
fn leftmost_operand(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.first().map_or(e, leftmost_operand),
        ExprKind::Compare { left, .. } => leftmost_operand(left),
        ExprKind::IfExp { body, .. } => leftmost_operand(body),
        _ => e,
    }
}
