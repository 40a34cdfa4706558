//! Parameter lists of `def` and `lambda`: order checks with CPython's messages, and the
//! [`Arguments`] node.

use std::collections::HashSet;

use super::ast::*;
use super::ctx::{Ctx, PResult, Phase};
use super::nodes::{end_of, start_of};

/// One item of a parameter list as written.
#[derive(Debug)]
pub enum ParamItem {
    /// `name[: annotation][= default]`.
    Plain(Arg, Option<Expr>),
    /// A bare `*` (where it is).
    BareStar(Loc),
    /// `*args` (and where the `*` is).
    VarArg(Arg, Loc),
    /// `**kwargs` (and where the `**` is).
    KwArg(Arg, Loc),
    /// `/` (where it is).
    Slash(Loc),
    /// `*args=...` (true) or `**kwargs=...` (false): the location of the `=`.
    BadDefault(Loc, bool),
}

/// Builds [`Arguments`] from the items, in the order CPython checks them.
pub fn build(ctx: &Ctx, items: Vec<ParamItem>) -> PResult<Arguments> {
    let mut b = Builder {
        ctx,
        args: Arguments::default(),
        star: None,
        seen_star: false,
        kwarg: false,
    };
    for item in items {
        b.item(item)?;
    }
    if let Some(star) = b.star.filter(|_| b.args.kwonlyargs.is_empty()) {
        return fail(ctx, "named arguments must follow bare *", star);
    }
    check_duplicates(ctx, &b.args);
    Ok(b.args)
}

struct Builder<'c, 'a> {
    ctx: &'c Ctx<'a>,
    args: Arguments,
    star: Option<Loc>,
    seen_star: bool,
    kwarg: bool,
}

fn fail<T>(ctx: &Ctx, msg: &str, loc: Loc) -> PResult<T> {
    ctx.fail(msg, start_of(&loc), end_of(&loc))
}

impl Builder<'_, '_> {
    fn item(&mut self, item: ParamItem) -> PResult<()> {
        if self.kwarg {
            let loc = match &item {
                ParamItem::Plain(a, _) => a.loc,
                ParamItem::BareStar(l) | ParamItem::Slash(l) | ParamItem::BadDefault(l, _) => *l,
                ParamItem::VarArg(_, l) | ParamItem::KwArg(_, l) => *l,
            };
            return fail(
                self.ctx,
                "arguments cannot follow var-keyword argument",
                loc,
            );
        }
        match item {
            ParamItem::Plain(arg, default) => self.plain(arg, default),
            ParamItem::Slash(loc) => self.slash(loc),
            ParamItem::BareStar(loc) => {
                self.star_once(loc)?;
                self.star = Some(loc);
                Ok(())
            }
            ParamItem::VarArg(arg, loc) => {
                self.star_once(loc)?;
                self.args.vararg = Some(arg);
                Ok(())
            }
            ParamItem::KwArg(arg, _) => {
                self.kwarg = true;
                self.args.kwarg = Some(arg);
                Ok(())
            }
            ParamItem::BadDefault(loc, true) => fail(
                self.ctx,
                "var-positional argument cannot have default value",
                loc,
            ),
            ParamItem::BadDefault(loc, false) => fail(
                self.ctx,
                "var-keyword argument cannot have default value",
                loc,
            ),
        }
    }

    fn plain(&mut self, arg: Arg, default: Option<Expr>) -> PResult<()> {
        if self.seen_star {
            self.args.kwonlyargs.push(arg);
            self.args.kw_defaults.push(default);
            return Ok(());
        }
        match default {
            Some(d) => self.args.defaults.push(d),
            None if !self.args.defaults.is_empty() => {
                return fail(
                    self.ctx,
                    "non-default argument follows default argument",
                    arg.loc,
                );
            }
            None => {}
        }
        self.args.args.push(arg);
        Ok(())
    }

    fn slash(&mut self, loc: Loc) -> PResult<()> {
        if !self.args.posonlyargs.is_empty() {
            return fail(self.ctx, "/ may appear only once", loc);
        }
        if self.seen_star {
            return fail(self.ctx, "/ must be ahead of *", loc);
        }
        if self.args.args.is_empty() {
            return fail(self.ctx, "invalid syntax", loc);
        }
        self.args.posonlyargs = std::mem::take(&mut self.args.args);
        Ok(())
    }

    fn star_once(&mut self, loc: Loc) -> PResult<()> {
        if self.seen_star {
            return fail(self.ctx, "* argument may appear only once", loc);
        }
        self.seen_star = true;
        Ok(())
    }
}

/// "duplicate argument 'x' in function definition" (CPython's symbol table reports it).
fn check_duplicates(ctx: &Ctx, a: &Arguments) {
    let all = a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.vararg)
        .chain(&a.kwonlyargs)
        .chain(&a.kwarg);
    let mut seen = HashSet::new();
    for arg in all {
        if !seen.insert(arg.name.as_str()) {
            let msg = format!("duplicate argument '{}' in function definition", arg.name);
            ctx.defer(Phase::Symtable, msg, start_of(&arg.loc), end_of(&arg.loc));
            return;
        }
    }
}
