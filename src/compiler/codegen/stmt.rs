//! Statements: simple statements, control flow (`if`, loops, `break`,
//! `continue`, `return`), imports and `assert`.

use super::fblock::FBlockKind;
use super::names::NameCtx;
use super::{CResult, Compiler};
use crate::compiler::code::ConstValue;
use crate::compiler::opcode::Instr;
use crate::parser::ast::{Alias, Constant, Expr, ExprKind, Stmt, StmtKind};
use std::rc::Rc;

impl<'a> Compiler<'a> {
    /// Compiles a statement list.
    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    /// Compiles one statement.
    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.u().loc = s.loc;
        match &s.kind {
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Assign { targets, value } => self.assign(targets, value),
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete(t)),
            StmtKind::Pass => {
                self.emit(Instr::Nop);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(s),
            StmtKind::Continue => self.continue_stmt(s),
            StmtKind::Return(value) => self.return_stmt(s, value.as_ref()),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_stmt(target, iter, body, orelse),
            StmtKind::FunctionDef(def) => self.function_def(s, def),
            StmtKind::ClassDef(def) => self.class_def(s, def),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Import(aliases) => aliases.iter().try_for_each(|a| self.import(a)),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody),
            StmtKind::Raise { exc, cause } => self.raise(exc.as_ref(), cause.as_ref()),
            StmtKind::With { items, body } => self.with_stmt(items, body),
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_ref()),
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> CResult {
        if self.interactive && self.units.len() == 1 {
            self.expr(e)?;
            self.emit(Instr::PrintExpr);
        } else if matches!(e.kind, ExprKind::Constant(_)) {
            self.emit(Instr::Nop);
        } else {
            self.expr(e)?;
            self.emit(Instr::PopTop);
        }
        Ok(())
    }

    fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        self.expr(value)?;
        for (i, target) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Instr::Copy(1));
            }
            self.store(target)?;
        }
        Ok(())
    }

    fn break_stmt(&mut self, s: &Stmt) -> CResult {
        let Some(lp) = self.unwind_to_loop()? else {
            return Err(self.error("'break' outside loop", s.loc));
        };
        self.unwind_fblock(lp, false)?;
        self.emit_jump(Instr::Jump, lp.exit);
        Ok(())
    }

    fn continue_stmt(&mut self, s: &Stmt) -> CResult {
        let Some(lp) = self.unwind_to_loop()? else {
            return Err(self.error("'continue' not properly in loop", s.loc));
        };
        self.emit_jump(Instr::JumpBackward, lp.start);
        Ok(())
    }

    fn return_stmt(&mut self, s: &Stmt, value: Option<&'a Expr>) -> CResult {
        if !self.scope().is_function() {
            return Err(self.error("'return' outside function", s.loc));
        }
        match value {
            Some(v) => {
                self.expr(v)?;
                self.unwind_all(true)?;
            }
            None => {
                self.unwind_all(false)?;
                self.load_none();
            }
        }
        self.u().loc = s.loc;
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_label();
        let otherwise = if orelse.is_empty() {
            end
        } else {
            self.new_label()
        };
        self.jump_if(test, false, otherwise)?;
        self.stmts(body)?;
        if !orelse.is_empty() {
            self.emit_jump(Instr::Jump, end);
            self.bind(otherwise);
            self.stmts(orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let (start, otherwise, exit) = (self.new_label(), self.new_label(), self.new_label());
        self.bind(start);
        if !is_constant_true(test) {
            self.jump_if(test, false, otherwise)?;
        }
        self.push_fblock(FBlockKind::WhileLoop, start, exit)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit_jump(Instr::JumpBackward, start);
        self.bind(otherwise);
        self.stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (start, cleanup, exit) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        self.push_fblock(FBlockKind::ForLoop, start, exit)?;
        self.emit_jump(Instr::ForIter, cleanup);
        self.store(target)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit_jump(Instr::JumpBackward, start);
        self.bind(cleanup);
        self.stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// `import a.b.c` binds `a`; `import a.b.c as d` binds the submodule.
    fn import(&mut self, alias: &'a Alias) -> CResult {
        self.load_const(ConstValue::Int(0.into()));
        self.load_none();
        let i = self.u().add_name(&alias.name);
        self.emit(Instr::ImportName(i));
        let Some(asname) = &alias.asname else {
            let first = alias.name.split('.').next().unwrap_or(&alias.name);
            self.name_op(first, NameCtx::Store);
            return Ok(());
        };
        let parts: Vec<&str> = alias.name.split('.').skip(1).collect();
        for (k, part) in parts.iter().enumerate() {
            let i = self.u().add_name(part);
            self.emit(Instr::ImportFrom(i));
            if k + 1 < parts.len() {
                self.emit(Instr::Swap(2));
                self.emit(Instr::PopTop);
            }
        }
        self.name_op(asname, NameCtx::Store);
        if !parts.is_empty() {
            self.emit(Instr::PopTop);
        }
        Ok(())
    }

    fn import_from(&mut self, module: Option<&str>, names: &'a [Alias], level: u32) -> CResult {
        self.load_const(ConstValue::Int(level.into()));
        let fromlist: Vec<ConstValue> = names
            .iter()
            .map(|a| ConstValue::Str(Rc::from(a.name.as_str())))
            .collect();
        self.load_const(ConstValue::Tuple(fromlist.into()));
        let i = self.u().add_name(module.unwrap_or(""));
        self.emit(Instr::ImportName(i));
        if names.first().is_some_and(|a| a.name == "*") {
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for alias in names {
            let i = self.u().add_name(&alias.name);
            self.emit(Instr::ImportFrom(i));
            self.name_op(
                alias.asname.as_deref().unwrap_or(&alias.name),
                NameCtx::Store,
            );
        }
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn assert_stmt(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        let end = self.new_label();
        let stmt_loc = self.u().loc;
        self.jump_if(test, true, end)?;
        // CPython 3.11 reports a failed single comparison at the comparison, anything else at the statement.
        let raise_loc = match &test.kind {
            ExprKind::Compare { ops, .. } if ops.len() == 1 => test.loc,
            _ => stmt_loc,
        };
        self.u().loc = raise_loc;
        self.emit(Instr::LoadAssertionError);
        if let Some(msg) = msg {
            self.expr(msg)?;
            self.u().loc = raise_loc;
            self.emit(Instr::Call(1));
        }
        self.emit(Instr::RaiseVarargs(1));
        self.bind(end);
        Ok(())
    }
}

/// `while True:` / `while 1:` need no test.
fn is_constant_true(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(Constant::Bool(b)) => *b,
        ExprKind::Constant(Constant::Int(i)) => *i != 0.into(),
        _ => false,
    }
}
