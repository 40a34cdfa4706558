//! Assignment targets: plain, augmented and annotated assignment, unpacking and `del`.

use super::names::NameCtx;
use super::{CResult, Compiler};
use crate::compiler::code::ConstValue;
use crate::compiler::opcode::Instr;
use crate::parser::ast::{BinOp, Expr, ExprKind};

impl<'a> Compiler<'a> {
    /// `[v] -> []`: stores the value on top of the stack into `target`.
    pub(crate) fn store(&mut self, target: &'a Expr) -> CResult {
        self.at(target.loc, |c| c.store_inner(target))
    }

    fn store_inner(&mut self, target: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name(name) => self.name_op(name, NameCtx::Store),
            ExprKind::Attribute { value, attr } => {
                let instr = match self.attribute_operands(value, attr)? {
                    (Some(local), name) => Instr::StoreFastAttr { local, name },
                    (None, name) => Instr::StoreAttr(name),
                };
                self.emit(instr);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => self.unpack(target, elts)?,
            ExprKind::Starred(_) => {
                let msg = "starred assignment target must be in a list or tuple";
                return Err(self.error(msg, target.loc));
            }
            _ => return Err(self.error("cannot assign to expression", target.loc)),
        }
        Ok(())
    }

    /// `a, *b, c = v`: unpacks, then stores each element in order.
    fn unpack(&mut self, target: &Expr, elts: &'a [Expr]) -> CResult {
        let stars: Vec<usize> = (0..elts.len())
            .filter(|&i| matches!(elts[i].kind, ExprKind::Starred(_)))
            .collect();
        match stars.as_slice() {
            [] => self.emit(Instr::UnpackSequence(elts.len() as u32)),
            [star] => {
                // CPython allows fewer than 256 targets before the star; after it
                // we allow 65535 (CPython about 2**23): both far beyond real code.
                let after = u16::try_from(elts.len() - star - 1);
                let (Ok(before), Ok(after)) = (u8::try_from(*star), after) else {
                    let msg = "too many expressions in star-unpacking assignment";
                    return Err(self.error(msg, target.loc));
                };
                self.emit(Instr::UnpackEx { before, after });
            }
            _ => return Err(self.error("multiple starred expressions in assignment", target.loc)),
        }
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred(inner) => self.store(inner)?,
                _ => self.store(elt)?,
            }
        }
        Ok(())
    }

    /// `del target`.
    pub(crate) fn delete(&mut self, target: &'a Expr) -> CResult {
        self.at(target.loc, |c| c.delete_inner(target))
    }

    fn delete_inner(&mut self, target: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name(name) => self.name_op(name, NameCtx::Del),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.mangled_name(attr);
                self.emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                return elts.iter().try_for_each(|e| self.delete(e));
            }
            ExprKind::Starred(_) => return Err(self.error("cannot delete starred", target.loc)),
            _ => return Err(self.error("cannot delete expression", target.loc)),
        }
        Ok(())
    }

    /// `target op= value`, evaluating the container and index once.
    pub(crate) fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult {
        let instr = Instr::BinaryOp(super::expr::inplace_operator(op));
        match &target.kind {
            ExprKind::Name(name) => {
                self.at(target.loc, |c| c.name_op(name, NameCtx::Load));
                self.expr(value)?;
                self.emit(instr);
                self.at(target.loc, |c| c.name_op(name, NameCtx::Store));
            }
            ExprKind::Attribute { value: obj, attr } => {
                let fused = if is_plain_operand(value) {
                    self.fusable_receiver(obj)
                } else {
                    None
                };
                match fused {
                    // The receiver is loaded twice: nothing between the two
                    // loads (a constant or a name, the operator) can rebind it.
                    Some(local) => {
                        let name = self.mangled_name(attr);
                        self.at(target.loc, |c| c.emit(Instr::LoadFastAttr { local, name }));
                        self.expr(value)?;
                        self.emit(instr);
                        self.at(target.loc, |c| c.emit(Instr::StoreFastAttr { local, name }));
                    }
                    None => self.aug_assign_attr(obj, attr, target, instr, value)?,
                }
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.at(target.loc, |c| c.emit(Instr::BinarySubscr));
                self.expr(value)?;
                self.emit(instr);
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.at(target.loc, |c| c.emit(Instr::StoreSubscr));
            }
            _ => {
                let msg = "'expression' is an illegal expression for augmented assignment";
                return Err(self.error(msg, target.loc));
            }
        }
        Ok(())
    }

    /// `obj.attr op= value`, evaluating `obj` once.
    fn aug_assign_attr(
        &mut self,
        obj: &'a Expr,
        attr: &str,
        target: &'a Expr,
        instr: Instr,
        value: &'a Expr,
    ) -> CResult {
        self.expr(obj)?;
        self.emit(Instr::Copy(1));
        let i = self.mangled_name(attr);
        self.at(target.loc, |c| c.emit(Instr::LoadAttr(i)));
        self.expr(value)?;
        self.emit(instr);
        self.emit(Instr::Swap(2));
        self.at(target.loc, |c| c.emit(Instr::StoreAttr(i)));
        Ok(())
    }

    /// `target: annotation [= value]`.
    pub(crate) fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(value) = value {
            self.expr(value)?;
            self.store(target)?;
        }
        let evaluates = !self.scope().is_function();
        match &target.kind {
            ExprKind::Name(name) if simple && evaluates => {
                self.expr(annotation)?;
                self.load_name_op("__annotations__");
                let mangled = self.mangle(name);
                self.load_const(ConstValue::Str(mangled.into()));
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Name(_) => {}
            _ => {
                if value.is_none() {
                    self.ann_target_check(target)?;
                }
                if evaluates {
                    self.expr(annotation)?;
                    self.emit(Instr::PopTop);
                }
            }
        }
        Ok(())
    }

    /// `a.b: T` / `a[i]: T` without a value still evaluate `a` (and `i`).
    fn ann_target_check(&mut self, target: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Attribute { value, .. } => {
                self.expr(value)?;
                self.emit(Instr::PopTop);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.emit(Instr::PopTop);
                self.expr(slice)?;
                self.emit(Instr::PopTop);
            }
            _ => {}
        }
        Ok(())
    }
}

/// An operand whose evaluation runs no code that could rebind a local: a
/// constant or a plain name.
fn is_plain_operand(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(_) | ExprKind::Name(_))
}
