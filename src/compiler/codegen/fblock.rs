//! Frame blocks: the statically nested loops, `try`s and `with`s that
//! `break`, `continue` and `return` must leave in order, undoing each one.

use super::names::NameCtx;
use super::unit::Label;
use super::{CResult, Compiler};
use crate::compiler::opcode::Instr;
use crate::parser::SyntaxError;
use crate::parser::ast::Stmt;

/// CPython's limit on statically nested blocks.
const MAX_BLOCKS: usize = 20;

/// What an enclosing block is and what leaving it early must undo.
#[derive(Debug, Clone, Copy)]
pub(crate) enum FBlockKind<'a> {
    /// A `while` loop: nothing on the stack.
    WhileLoop,
    /// A `for` loop: its iterator is on the stack.
    ForLoop,
    /// The body of a `try` with handlers: one handler block.
    TryExcept,
    /// The body of a `try` with `finally`: one handler block, then the finally body.
    FinallyTry(&'a [Stmt]),
    /// The finally body on the exception path: the exception and an except-handler block.
    FinallyEnd,
    /// The body of a `with`: one handler block and the bound `__exit__` on the stack.
    With,
    /// Matching the `except` clauses (nothing to undo; counts toward the limit).
    ExceptionHandler,
    /// The body of an `except` clause: the except-handler block, and for
    /// `except E as name` a cleanup handler block and the name.
    HandlerCleanup(Option<&'a str>),
    /// A value to drop (the pending return value while an inlined finally runs).
    PopValue,
}

/// One enclosing block with the labels `break`/`continue` use.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FBlock<'a> {
    /// The kind of block.
    pub kind: FBlockKind<'a>,
    /// Loop head (for `continue`).
    pub start: Label,
    /// After the loop (for `break`).
    pub exit: Label,
}

impl<'a> Compiler<'a> {
    /// Enters a block, enforcing the nesting limit.
    pub(crate) fn push_fblock(
        &mut self,
        kind: FBlockKind<'a>,
        start: Label,
        exit: Label,
    ) -> CResult {
        if self.u().fblocks.len() >= MAX_BLOCKS {
            let loc = self.u().loc;
            return Err(self.error("too many statically nested blocks", loc));
        }
        self.u().fblocks.push(FBlock { kind, start, exit });
        Ok(())
    }

    /// Leaves the innermost block.
    pub(crate) fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// Emits what leaving `block` early requires; `keep_top` keeps a pending value on top.
    pub(crate) fn unwind_fblock(&mut self, block: FBlock<'a>, keep_top: bool) -> CResult {
        match block.kind {
            FBlockKind::WhileLoop | FBlockKind::ExceptionHandler => {}
            FBlockKind::ForLoop | FBlockKind::PopValue => self.pop_under(keep_top),
            FBlockKind::TryExcept => self.emit(Instr::PopBlock),
            FBlockKind::FinallyTry(body) => {
                self.emit(Instr::PopBlock);
                if keep_top {
                    let none = self.new_label();
                    self.push_fblock(FBlockKind::PopValue, none, none)?;
                }
                self.stmts(body)?;
                if keep_top {
                    self.pop_fblock();
                }
            }
            FBlockKind::FinallyEnd => {
                self.pop_under(keep_top);
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With => {
                self.emit(Instr::PopBlock);
                if keep_top {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones();
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopExcept);
                if let Some(name) = name {
                    self.clear_handler_name(name);
                }
            }
        }
        Ok(())
    }

    /// Pops the top value, or the one under it when `keep_top`.
    fn pop_under(&mut self, keep_top: bool) {
        if keep_top {
            self.emit(Instr::Swap(2));
        }
        self.emit(Instr::PopTop);
    }

    /// `[exit] -> []`: calls `exit(None, None, None)` and drops the result.
    pub(crate) fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_none();
        }
        self.emit(Instr::Call(3));
        self.emit(Instr::PopTop);
    }

    /// `name = None; del name` at the end of an `except ... as name` clause.
    pub(crate) fn clear_handler_name(&mut self, name: &str) {
        self.load_none();
        self.name_op(name, NameCtx::Store);
        self.name_op(name, NameCtx::Del);
    }

    /// Unwinds every block up to the innermost loop; returns that loop, if any.
    /// The unwound blocks stay on the block list for the code that follows.
    pub(crate) fn unwind_to_loop(&mut self) -> Result<Option<FBlock<'a>>, SyntaxError> {
        let saved = self.u().fblocks.clone();
        let result = self.unwind_to_loop_inner();
        self.u().fblocks = saved;
        result
    }

    fn unwind_to_loop_inner(&mut self) -> Result<Option<FBlock<'a>>, SyntaxError> {
        while let Some(block) = self.u().fblocks.pop() {
            if matches!(block.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
                return Ok(Some(block));
            }
            self.unwind_fblock(block, false)?;
        }
        Ok(None)
    }

    /// Unwinds every block of the unit (before `return`).
    pub(crate) fn unwind_all(&mut self, keep_top: bool) -> CResult {
        let saved = self.u().fblocks.clone();
        let mut result = Ok(());
        while let Some(block) = self.u().fblocks.pop() {
            result = self.unwind_fblock(block, keep_top);
            if result.is_err() {
                break;
            }
        }
        self.u().fblocks = saved;
        result
    }
}
