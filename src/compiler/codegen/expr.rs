//! Expressions: operators, displays, names, attributes, subscripts,
//! f-strings, `yield`, and conditional jumps on boolean tests.

use super::names::NameCtx;
use super::unit::Label;
use super::{CResult, Compiler};
use crate::compiler::code::ConstValue;
use crate::compiler::opcode::{BinaryOperator, ComparisonOperator, Conversion, Instr};
use crate::parser::ast::{BinOp, BoolOp, CmpOp, Constant, Expr, ExprKind, UnaryOp};
use std::rc::Rc;

impl<'a> Compiler<'a> {
    /// `[] -> [value of e]`.
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult {
        self.at(e.loc, |c| c.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::BoolOp { op, values } => self.bool_op(*op, values)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Copy(1));
                self.name_op(target, NameCtx::Store);
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::BinaryOp(binary_operator(*op)));
            }
            ExprKind::UnaryOp { op, operand } => self.unary(*op, operand)?,
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => self.if_exp(test, body, orelse)?,
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set(elts) => self.sequence(elts, Seq::Set)?,
            ExprKind::List(elts) => self.sequence(elts, Seq::List)?,
            ExprKind::Tuple(elts) => self.tuple(elts)?,
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e)?,
            ExprKind::Yield(value) => self.yield_value(e, value.as_deref())?,
            ExprKind::YieldFrom(value) => self.yield_from(e, value)?,
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.formatted_value(value, *conversion, format_spec.as_deref())?,
            ExprKind::JoinedStr(parts) => self.joined_str(parts)?,
            ExprKind::Constant(value) => self.load_const(constant(value)),
            ExprKind::Attribute { value, attr } => {
                let instr = match self.attribute_operands(value, attr)? {
                    (Some(local), name) => Instr::LoadFastAttr { local, name },
                    (None, name) => Instr::LoadAttr(name),
                };
                self.emit(instr);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Starred(_) => {
                return Err(self.error("can't use starred expression here", e.loc));
            }
            ExprKind::Name(name) => self.name_op(name, NameCtx::Load),
            ExprKind::Slice { lower, upper, step } => {
                self.optional(lower.as_deref())?;
                self.optional(upper.as_deref())?;
                if let Some(step) = step {
                    self.expr(step)?;
                }
                self.emit(Instr::BuildSlice(if step.is_some() { 3 } else { 2 }));
            }
        }
        Ok(())
    }

    /// The expression's value, or `None` when absent (slice bounds).
    fn optional(&mut self, e: Option<&'a Expr>) -> CResult {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_none();
                Ok(())
            }
        }
    }

    fn bool_op(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult {
        let end = self.new_label();
        let jump = match op {
            BoolOp::And => Instr::JumpIfFalseOrPop,
            BoolOp::Or => Instr::JumpIfTrueOrPop,
        };
        for (i, value) in values.iter().enumerate() {
            self.expr(value)?;
            if i + 1 < values.len() {
                self.emit_jump(jump, end);
            }
        }
        self.bind(end);
        Ok(())
    }

    fn unary(&mut self, op: UnaryOp, operand: &'a Expr) -> CResult {
        if let (UnaryOp::USub, Some(folded)) = (op, negated_constant(operand)) {
            self.load_const(folded);
            return Ok(());
        }
        self.expr(operand)?;
        self.emit(match op {
            UnaryOp::Invert => Instr::UnaryInvert,
            UnaryOp::Not => Instr::UnaryNot,
            UnaryOp::UAdd => Instr::UnaryPositive,
            UnaryOp::USub => Instr::UnaryNegative,
        });
        Ok(())
    }

    fn if_exp(&mut self, test: &'a Expr, body: &'a Expr, orelse: &'a Expr) -> CResult {
        let (otherwise, end) = (self.new_label(), self.new_label());
        self.jump_if(test, false, otherwise)?;
        self.expr(body)?;
        self.emit_jump(Instr::Jump, end);
        self.bind(otherwise);
        self.expr(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// Jumps to `label` when `e` is truthy (`when == true`) or falsy, without leaving a value.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, when: bool, label: Label) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !when, label),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let jumps_on = *op == BoolOp::Or;
                let skip = if jumps_on == when {
                    label
                } else {
                    self.new_label()
                };
                let (last, rest) = values.split_last().unwrap_or((&values[0], &[]));
                for value in rest {
                    self.jump_if(value, jumps_on, skip)?;
                }
                self.jump_if(last, when, label)?;
                if skip != label {
                    self.bind(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                let jump = if when {
                    Instr::PopJumpIfTrue
                } else {
                    Instr::PopJumpIfFalse
                };
                self.at(e.loc, |c| c.emit_jump(jump, label));
                Ok(())
            }
        }
    }

    /// `a < b < c`: each middle operand is evaluated once; stops at the first false result.
    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], rest: &'a [Expr]) -> CResult {
        self.expr(left)?;
        let Some((last, middle)) = rest.split_last() else {
            return Ok(());
        };
        let cleanup = self.new_label();
        for (op, operand) in ops.iter().zip(middle) {
            self.expr(operand)?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit(compare_instr(*op));
            self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.expr(last)?;
        self.emit(compare_instr(
            ops.get(middle.len()).copied().unwrap_or(CmpOp::Eq),
        ));
        if !middle.is_empty() {
            let end = self.new_label();
            self.emit_jump(Instr::Jump, end);
            self.bind(cleanup);
            self.emit(Instr::Swap(2));
            self.emit(Instr::PopTop);
            self.bind(end);
        }
        Ok(())
    }

    fn yield_value(&mut self, e: &Expr, value: Option<&'a Expr>) -> CResult {
        self.check_yield(e)?;
        self.optional(value)?;
        self.emit(Instr::YieldValue);
        Ok(())
    }

    fn yield_from(&mut self, e: &Expr, value: &'a Expr) -> CResult {
        self.check_yield(e)?;
        self.expr(value)?;
        self.emit(Instr::GetYieldFromIter);
        self.load_none();
        self.emit(Instr::YieldFrom);
        Ok(())
    }

    fn check_yield(&mut self, e: &Expr) -> CResult {
        if self.scope().is_function() {
            return Ok(());
        }
        Err(self.error("'yield' outside function", e.loc))
    }

    fn formatted_value(
        &mut self,
        value: &'a Expr,
        conversion: Option<char>,
        spec: Option<&'a Expr>,
    ) -> CResult {
        self.expr(value)?;
        if let Some(spec) = spec {
            self.expr(spec)?;
        }
        let conversion = match conversion {
            Some('s') => Conversion::Str,
            Some('r') => Conversion::Repr,
            Some('a') => Conversion::Ascii,
            _ => Conversion::None,
        };
        self.emit(Instr::FormatValue {
            conversion,
            has_spec: spec.is_some(),
        });
        Ok(())
    }

    fn joined_str(&mut self, parts: &'a [Expr]) -> CResult {
        match parts {
            [] => self.load_const(ConstValue::Str(Rc::from(""))),
            [single] if is_str_constant(single) || is_formatted(single) => self.expr(single)?,
            _ => {
                for part in parts {
                    self.expr(part)?;
                }
                self.emit(Instr::BuildString(parts.len() as u32));
            }
        }
        Ok(())
    }

    /// Tuples of constants become one constant; others are built.
    fn tuple(&mut self, elts: &'a [Expr]) -> CResult {
        if let Some(values) = elts.iter().map(constant_of).collect::<Option<Vec<_>>>() {
            self.load_const(ConstValue::Tuple(values.into()));
            return Ok(());
        }
        self.sequence(elts, Seq::Tuple)
    }
}

fn is_str_constant(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant(Constant::Str(_)))
}

fn is_formatted(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::FormattedValue { .. })
}

/// The kind of sequence display being built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seq {
    List,
    Set,
    Tuple,
}

/// The compile-time value of a literal (or tuple of literals).
fn constant_of(e: &Expr) -> Option<ConstValue> {
    match &e.kind {
        ExprKind::Constant(c) => Some(constant(c)),
        ExprKind::Tuple(elts) => {
            let values = elts.iter().map(constant_of).collect::<Option<Vec<_>>>()?;
            Some(ConstValue::Tuple(values.into()))
        }
        _ => None,
    }
}

/// `-literal` folded to a negative literal.
fn negated_constant(e: &Expr) -> Option<ConstValue> {
    match &e.kind {
        ExprKind::Constant(Constant::Int(i)) => Some(ConstValue::Int(-i.clone())),
        ExprKind::Constant(Constant::Float(f)) => Some(ConstValue::Float(-f)),
        _ => None,
    }
}

/// An AST literal as a code-object constant.
pub(crate) fn constant(c: &Constant) -> ConstValue {
    match c {
        Constant::None => ConstValue::None,
        Constant::Bool(b) => ConstValue::Bool(*b),
        Constant::Int(i) => ConstValue::Int(i.clone()),
        Constant::Float(f) => ConstValue::Float(*f),
        Constant::Imaginary(f) => ConstValue::Imaginary(*f),
        Constant::Str(s) => ConstValue::Str(Rc::from(s.as_str())),
        Constant::Bytes(b) => ConstValue::Bytes(Rc::from(b.as_slice())),
        Constant::Ellipsis => ConstValue::Ellipsis,
    }
}

fn compare_instr(op: CmpOp) -> Instr {
    match op {
        CmpOp::Eq => Instr::CompareOp(ComparisonOperator::Eq),
        CmpOp::NotEq => Instr::CompareOp(ComparisonOperator::Ne),
        CmpOp::Lt => Instr::CompareOp(ComparisonOperator::Lt),
        CmpOp::LtE => Instr::CompareOp(ComparisonOperator::Le),
        CmpOp::Gt => Instr::CompareOp(ComparisonOperator::Gt),
        CmpOp::GtE => Instr::CompareOp(ComparisonOperator::Ge),
        CmpOp::Is => Instr::IsOp(false),
        CmpOp::IsNot => Instr::IsOp(true),
        CmpOp::In => Instr::ContainsOp(false),
        CmpOp::NotIn => Instr::ContainsOp(true),
    }
}

/// The `BinaryOp` operator of an AST operator.
pub(crate) fn binary_operator(op: BinOp) -> BinaryOperator {
    match op {
        BinOp::Add => BinaryOperator::Add,
        BinOp::Sub => BinaryOperator::Subtract,
        BinOp::Mult => BinaryOperator::Multiply,
        BinOp::MatMult => BinaryOperator::MatrixMultiply,
        BinOp::Div => BinaryOperator::TrueDivide,
        BinOp::Mod => BinaryOperator::Remainder,
        BinOp::Pow => BinaryOperator::Power,
        BinOp::LShift => BinaryOperator::LShift,
        BinOp::RShift => BinaryOperator::RShift,
        BinOp::BitOr => BinaryOperator::Or,
        BinOp::BitXor => BinaryOperator::Xor,
        BinOp::BitAnd => BinaryOperator::And,
        BinOp::FloorDiv => BinaryOperator::FloorDivide,
    }
}

/// The in-place `BinaryOp` operator of augmented assignment.
pub(crate) fn inplace_operator(op: BinOp) -> BinaryOperator {
    match op {
        BinOp::Add => BinaryOperator::InplaceAdd,
        BinOp::Sub => BinaryOperator::InplaceSubtract,
        BinOp::Mult => BinaryOperator::InplaceMultiply,
        BinOp::MatMult => BinaryOperator::InplaceMatrixMultiply,
        BinOp::Div => BinaryOperator::InplaceTrueDivide,
        BinOp::Mod => BinaryOperator::InplaceRemainder,
        BinOp::Pow => BinaryOperator::InplacePower,
        BinOp::LShift => BinaryOperator::InplaceLShift,
        BinOp::RShift => BinaryOperator::InplaceRShift,
        BinOp::BitOr => BinaryOperator::InplaceOr,
        BinOp::BitXor => BinaryOperator::InplaceXor,
        BinOp::BitAnd => BinaryOperator::InplaceAnd,
        BinOp::FloorDiv => BinaryOperator::InplaceFloorDivide,
    }
}
