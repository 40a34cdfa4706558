//! Name access: choosing fast, deref, global or name instructions for each variable.

use super::Compiler;
use crate::compiler::opcode::Instr;
use crate::compiler::symtable::{DEF_DEL, DEF_PARAM, NameScope};
use crate::parser::SyntaxError;
use crate::parser::ast::{Expr, ExprKind};

/// What a name access does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameCtx {
    /// Read it.
    Load,
    /// Assign it.
    Store,
    /// `del` it.
    Del,
}

/// The storage class an access resolves to.
enum Access {
    Fast,
    Deref,
    Global,
    Name,
}

impl<'a> Compiler<'a> {
    /// Emits the instruction that loads, stores or deletes variable `name`.
    pub(crate) fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let mangled = self.mangle(name);
        let scope = self.scope();
        let optimized = scope.is_function();
        let is_class = scope.kind == crate::compiler::symtable::BlockKind::Class;
        let access = match scope.lookup(&mangled).map(|s| s.scope) {
            Some(NameScope::Free | NameScope::Cell) => Access::Deref,
            Some(NameScope::Local) if optimized => Access::Fast,
            Some(NameScope::GlobalImplicit) if optimized => Access::Global,
            Some(NameScope::GlobalExplicit) => Access::Global,
            _ => Access::Name,
        };
        match access {
            Access::Fast => self.fast_op(&mangled, ctx),
            Access::Deref => self.deref_op(&mangled, ctx, is_class),
            Access::Global => self.global_op(&mangled, ctx),
            Access::Name => self.plain_name_op(&mangled, ctx),
        }
    }

    /// The local index of the receiver `e` of an attribute access when the
    /// fused `LoadFastAttr` / `LoadFastMethod` can load it: a parameter of the
    /// current function that no statement unbinds (so loading it never
    /// fails), with an index that fits the operand.
    pub(crate) fn fusable_receiver(&mut self, e: &Expr) -> Option<u16> {
        let ExprKind::Name(name) = &e.kind else {
            return None;
        };
        let mangled = self.mangle(name);
        let scope = self.scope();
        if !scope.is_function() {
            return None;
        }
        let sym = scope.lookup(&mangled)?;
        let always_bound = sym.flags & DEF_PARAM != 0 && sym.flags & DEF_DEL == 0;
        if sym.scope != NameScope::Local || !always_bound {
            return None;
        }
        u16::try_from(self.u().add_varname(&mangled)).ok()
    }

    /// The operands of an attribute instruction on receiver `value`: the
    /// local to fuse with (see [`Self::fusable_receiver`]), or `None` once the
    /// receiver's own code is emitted; then the attribute's name index.
    pub(crate) fn attribute_operands(
        &mut self,
        value: &'a Expr,
        attr: &str,
    ) -> Result<(Option<u16>, u32), SyntaxError> {
        let receiver = self.fusable_receiver(value);
        if receiver.is_none() {
            self.expr(value)?;
        }
        Ok((receiver, self.mangled_name(attr)))
    }

    /// `StoreName` of a compiler-chosen name (`__doc__`, `__module__`, ...).
    pub(crate) fn store_name_op(&mut self, name: &str) {
        let i = self.u().add_name(name);
        self.emit(Instr::StoreName(i));
    }

    /// `LoadName` of a compiler-chosen name.
    pub(crate) fn load_name_op(&mut self, name: &str) {
        let i = self.u().add_name(name);
        self.emit(Instr::LoadName(i));
    }

    fn fast_op(&mut self, name: &str, ctx: NameCtx) {
        let i = self.u().add_varname(name);
        self.emit(match ctx {
            NameCtx::Load => Instr::LoadFast(i),
            NameCtx::Store => Instr::StoreFast(i),
            NameCtx::Del => Instr::DeleteFast(i),
        });
    }

    fn deref_op(&mut self, name: &str, ctx: NameCtx, is_class: bool) {
        let Some(i) = self.u().deref_index(name) else {
            return self.plain_name_op(name, ctx);
        };
        self.emit(match ctx {
            NameCtx::Load if is_class => Instr::LoadClassDeref(i),
            NameCtx::Load => Instr::LoadDeref(i),
            NameCtx::Store => Instr::StoreDeref(i),
            NameCtx::Del => Instr::DeleteDeref(i),
        });
    }

    fn global_op(&mut self, name: &str, ctx: NameCtx) {
        let i = self.u().add_name(name);
        self.emit(match ctx {
            NameCtx::Load => Instr::LoadGlobal(i),
            NameCtx::Store => Instr::StoreGlobal(i),
            NameCtx::Del => Instr::DeleteGlobal(i),
        });
    }

    fn plain_name_op(&mut self, name: &str, ctx: NameCtx) {
        let i = self.u().add_name(name);
        self.emit(match ctx {
            NameCtx::Load => Instr::LoadName(i),
            NameCtx::Store => Instr::StoreName(i),
            NameCtx::Del => Instr::DeleteName(i),
        });
    }

    /// Pushes the cell of `name` (for a closure tuple); false when it is not a cell here.
    pub(crate) fn load_closure(&mut self, name: &str) -> bool {
        match self.u().deref_index(name) {
            Some(i) => {
                self.emit(Instr::LoadClosure(i));
                true
            }
            None => false,
        }
    }
}
