//! Comprehension scopes and assignment expressions (`:=`) in the scope walk.

use super::builder::{Builder, Res};
use super::*;
use crate::parser::ast::{Comprehension, Expr};

impl Builder<'_> {
    pub(super) fn yield_seen(&mut self, loc: Loc) -> Res {
        let scope = self.cur();
        scope.generator = true;
        let msg = match scope.comprehension {
            None => return Ok(()),
            Some(CompKind::List) => "'yield' inside list comprehension",
            Some(CompKind::Set) => "'yield' inside set comprehension",
            Some(CompKind::Dict) => "'yield' inside dict comprehension",
            Some(CompKind::Generator) => "'yield' inside generator expression",
        };
        Err(self.ctx.error(msg, loc))
    }

    pub(super) fn comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Res {
        let Some((outermost, rest)) = generators.split_first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        let outer = self.expr(&outermost.iter);
        self.cur().comp_iter_expr -= 1;
        outer?;
        self.enter(BlockKind::Function, e);
        self.cur().comprehension = Some(kind);
        self.cur().generator = kind == CompKind::Generator;
        self.add_def(".0", DEF_PARAM, e.loc)?;
        self.iter_target(&outermost.target)?;
        self.exprs(&outermost.ifs)?;
        for g in rest {
            self.iter_target(&g.target)?;
            self.cur().comp_iter_expr += 1;
            let iter = self.expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            iter?;
            self.exprs(&g.ifs)?;
        }
        value.iter().try_for_each(|v| self.expr(v))?;
        self.expr(elt)?;
        self.exit();
        Ok(())
    }

    pub(super) fn iter_target(&mut self, target: &Expr) -> Res {
        self.cur().comp_iter_target = true;
        let result = self.target(target);
        self.cur().comp_iter_target = false;
        result
    }

    pub(super) fn named_expr(&mut self, e: &Expr, target: &str, value: &Expr) -> Res {
        let target_loc = name_loc(e.loc, target);
        if self.cur().comp_iter_expr > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            return Err(self.ctx.error(msg, e.loc));
        }
        if self.cur().comprehension.is_some() {
            self.extend_named_expr_scope(target, target_loc)?;
        }
        self.expr(value)?;
        self.add_def(target, DEF_LOCAL, target_loc)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope.
    pub(super) fn extend_named_expr_scope(&mut self, target: &str, loc: Loc) -> Res {
        for &id in self.stack.clone().iter().rev() {
            let scope = &self.table.scopes[id];
            let mangled = self.mangle(target);
            if scope.comprehension.is_some() {
                if scope.flags(&mangled) & DEF_COMP_ITER != 0 {
                    let msg = format!(
                        "assignment expression cannot rebind comprehension iteration variable '{target}'"
                    );
                    return Err(self.ctx.error(msg, loc));
                }
                continue;
            }
            match scope.kind {
                BlockKind::Function => {
                    let global = scope.flags(&mangled) & DEF_GLOBAL != 0;
                    self.add_def(target, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, loc)?;
                    self.record_directive(target, loc);
                    return self.add_def_in(id, target, DEF_LOCAL, loc);
                }
                BlockKind::Module => {
                    self.add_def(target, DEF_GLOBAL, loc)?;
                    self.record_directive(target, loc);
                    return self.add_def_in(id, target, DEF_GLOBAL, loc);
                }
                BlockKind::Class => {
                    let msg = "assignment expression within a comprehension cannot be used in a class body";
                    return Err(self.ctx.error(msg, loc));
                }
            }
        }
        Ok(())
    }
}

/// The location of a walrus target: the name at the start of the expression.
fn name_loc(loc: Loc, name: &str) -> Loc {
    let len = u32::try_from(name.chars().count()).unwrap_or(0);
    Loc {
        line: loc.line,
        col: loc.col,
        end_line: loc.line,
        end_col: loc.col + len,
    }
}
