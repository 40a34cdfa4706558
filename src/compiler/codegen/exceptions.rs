//! Exception blocks: `try`/`except`/`else`/`finally`, `with` and `raise`.
//!
//! Layouts follow the block-stack protocol documented in `opcode.rs`:
//! a handler is entered with the exception on the stack and an
//! except-handler block pushed, which `PopExcept` removes on normal exit.

use super::fblock::FBlockKind;
use super::names::NameCtx;
use super::{CResult, Compiler};
use crate::compiler::opcode::Instr;
use crate::parser::ast::{ExceptHandler, Expr, Stmt, WithItem};

impl<'a> Compiler<'a> {
    /// Compiles any `try` statement.
    pub(crate) fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let loc = self.u().loc;
        self.try_finally(finalbody, |c| {
            if handlers.is_empty() {
                c.stmts(body)
            } else {
                c.u().loc = loc;
                c.try_except(body, handlers, orelse)
            }
        })
    }

    /// `try: <inner> finally: finalbody`; `inner` compiles the protected part.
    fn try_finally(
        &mut self,
        finalbody: &'a [Stmt],
        inner: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult {
        let (handler, end) = (self.new_label(), self.new_label());
        self.emit_jump(Instr::SetupFinally, handler);
        self.push_fblock(FBlockKind::FinallyTry(finalbody), handler, end)?;
        inner(self)?;
        self.emit(Instr::PopBlock);
        self.pop_fblock();
        self.stmts(finalbody)?;
        self.emit_jump(Instr::Jump, end);
        self.bind(handler);
        self.push_fblock(FBlockKind::FinallyEnd, handler, end)?;
        self.stmts(finalbody)?;
        self.emit(Instr::Reraise);
        self.pop_fblock();
        self.bind(end);
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let (dispatch, end) = (self.new_label(), self.new_label());
        self.emit_jump(Instr::SetupFinally, dispatch);
        self.push_fblock(FBlockKind::TryExcept, dispatch, end)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        self.emit_jump(Instr::Jump, end);
        self.bind(dispatch);
        self.push_fblock(FBlockKind::ExceptionHandler, dispatch, end)?;
        for (i, handler) in handlers.iter().enumerate() {
            if handler.typ.is_none() && i + 1 < handlers.len() {
                return Err(self.error("default 'except:' must be last", handler.loc));
            }
            self.except_clause(handler, end)?;
        }
        self.emit(Instr::Reraise);
        self.pop_fblock();
        self.bind(end);
        Ok(())
    }

    /// One `except` clause; `[exc]` on entry. Falls through to the next clause when it does not match.
    fn except_clause(&mut self, h: &'a ExceptHandler, end: super::unit::Label) -> CResult {
        self.u().loc = h.loc;
        let next = self.new_label();
        if let Some(typ) = &h.typ {
            self.expr(typ)?;
            self.emit(Instr::CheckExcMatch);
            self.emit_jump(Instr::PopJumpIfFalse, next);
        }
        match &h.name {
            Some(name) => self.named_handler_body(h, name, end)?,
            None => {
                self.emit(Instr::PopTop);
                self.push_fblock(FBlockKind::HandlerCleanup(None), next, end)?;
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.emit(Instr::PopExcept);
                self.emit_jump(Instr::Jump, end);
            }
        }
        self.bind(next);
        Ok(())
    }

    /// `except E as name:` — the name is cleared even when the body raises.
    fn named_handler_body(
        &mut self,
        h: &'a ExceptHandler,
        name: &'a str,
        end: super::unit::Label,
    ) -> CResult {
        let cleanup = self.new_label();
        self.name_op(name, NameCtx::Store);
        self.emit_jump(Instr::SetupFinally, cleanup);
        self.push_fblock(FBlockKind::HandlerCleanup(Some(name)), cleanup, end)?;
        self.stmts(&h.body)?;
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.clear_handler_name(name);
        self.emit_jump(Instr::Jump, end);
        self.bind(cleanup);
        self.clear_handler_name(name);
        self.emit(Instr::Reraise);
        Ok(())
    }

    /// `with a as x, b as y: body` nests one block per item.
    pub(crate) fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let loc = self.u().loc;
        let (handler, suppress, end) = (self.new_label(), self.new_label(), self.new_label());
        self.expr(&item.context_expr)?;
        self.emit(Instr::BeforeWith);
        match &item.optional_vars {
            Some(target) => self.store(target)?,
            None => self.emit(Instr::PopTop),
        }
        self.emit_jump(Instr::SetupFinally, handler);
        self.push_fblock(FBlockKind::With, handler, end)?;
        self.with_stmt(rest, body)?;
        self.pop_fblock();
        self.u().loc = loc;
        self.emit(Instr::PopBlock);
        self.call_exit_with_nones();
        self.emit_jump(Instr::Jump, end);
        self.bind(handler);
        self.emit(Instr::WithExceptStart);
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    pub(crate) fn raise(&mut self, exc: Option<&'a Expr>, cause: Option<&'a Expr>) -> CResult {
        let mut n = 0;
        if let Some(exc) = exc {
            self.expr(exc)?;
            n = 1;
            if let Some(cause) = cause {
                self.expr(cause)?;
                n = 2;
            }
        }
        self.emit(Instr::RaiseVarargs(n));
        Ok(())
    }
}
