//! Stack-depth analysis: the deepest value stack a code object can reach, checked over every path.
//!
//! [`analyse`] walks the instruction graph from the first instruction,
//! following fall-through and jump edges (a `SetupFinally` handler is entered
//! with the setup depth plus the pushed exception). It proves three facts the
//! eval loop relies on: no instruction pops more than the stack holds, every
//! jump lands inside the code, and no path runs past the last instruction.
//! The resulting [`StackBound`] can only be made here, so a code object that
//! holds one has passed the checks; frames reserve its depth up front and the
//! loop's pushes, pops and instruction fetches skip their bounds checks.

use super::opcode::Instr;

/// The maximum value-stack depth of a code object that passed [`analyse`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StackBound {
    max: u32,
}

impl StackBound {
    /// The deepest the value stack gets on any path.
    pub fn max(self) -> usize {
        self.max as usize
    }
}

/// Why a code object's bytecode is unsound (always a compiler bug).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BytecodeFault {
    /// The instruction at this index pops more than the stack holds.
    Underflow(usize),
    /// The instruction at this index jumps outside the code.
    BadTarget(usize),
    /// Execution can fall through past the instruction at this index, the last one.
    RunsOffEnd(usize),
    /// The instruction at this index names a local or constant that does not exist.
    BadOperand(usize),
}

/// How many slots the operands of a code object's instructions may index.
#[derive(Debug, Clone, Copy)]
pub struct Slots {
    /// Fast locals (`varnames`).
    pub locals: usize,
    /// Constants.
    pub consts: usize,
}

impl BytecodeFault {
    /// The index of the faulty instruction.
    pub fn index(&self) -> usize {
        match *self {
            BytecodeFault::Underflow(i) | BytecodeFault::BadTarget(i) => i,
            BytecodeFault::RunsOffEnd(i) | BytecodeFault::BadOperand(i) => i,
        }
    }
}

impl std::fmt::Display for BytecodeFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BytecodeFault::Underflow(i) => write!(f, "stack underflow at instruction {i}"),
            BytecodeFault::BadTarget(i) => write!(f, "jump out of the code at instruction {i}"),
            BytecodeFault::RunsOffEnd(i) => write!(f, "execution runs past instruction {i}"),
            BytecodeFault::BadOperand(i) => write!(f, "operand out of range at instruction {i}"),
        }
    }
}

/// Computes the maximum stack depth of `instrs`, checking every reachable
/// path and every instruction's local and constant operand against `slots`.
pub fn analyse(instrs: &[Instr], slots: Slots) -> Result<StackBound, BytecodeFault> {
    if let Some(at) = instrs.iter().position(|&i| !operand_in_range(i, slots)) {
        return Err(BytecodeFault::BadOperand(at));
    }
    let mut depth_at: Vec<Option<u32>> = vec![None; instrs.len()];
    let mut work = Vec::new();
    let mut max = 0u32;
    if instrs.is_empty() {
        return Err(BytecodeFault::RunsOffEnd(0));
    }
    depth_at[0] = Some(0);
    work.push(0usize);
    while let Some(at) = work.pop() {
        let depth = depth_at[at].unwrap_or(0);
        let instr = instrs[at];
        if depth < needs(instr) {
            return Err(BytecodeFault::Underflow(at));
        }
        let mut visit = |to: usize, delta: i32, fault: BytecodeFault| {
            let reached = depth as i32 + delta;
            let slot = depth_at.get_mut(to).ok_or(fault)?;
            max = max.max(reached as u32);
            if slot.is_none_or(|d| d < reached as u32) {
                *slot = Some(reached as u32);
                work.push(to);
            }
            Ok(())
        };
        if let Some(delta) = fall_through_effect(instr) {
            visit(at + 1, delta, BytecodeFault::RunsOffEnd(at))?;
        }
        if let Some((target, delta)) = jump_effect(instr) {
            visit(target as usize, delta, BytecodeFault::BadTarget(at))?;
        }
    }
    Ok(StackBound { max })
}

/// Whether `instr`'s local or constant operand indexes an existing slot.
fn operand_in_range(instr: Instr, slots: Slots) -> bool {
    match instr {
        Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => {
            (i as usize) < slots.locals
        }
        Instr::LoadConst(i) => (i as usize) < slots.consts,
        _ => true,
    }
}

/// How many values `instr` reads from the top of the stack (pops or looks at).
fn needs(instr: Instr) -> u32 {
    use Instr::*;
    match instr {
        Copy(n) | Swap(n) => n,
        ListAppend(n) | SetAdd(n) | ListExtend(n) | SetUpdate(n) | DictUpdate(n) => n,
        MapAdd(n) => n + 1,
        DictMerge(_) => 4,
        CheckExcMatch | WithExceptStart => 2,
        _ => pops(instr),
    }
}

/// How many values `instr` pops before pushing its results.
fn pops(instr: Instr) -> u32 {
    use Instr::*;
    match instr {
        Nop | Copy(_) | Swap(_) | LoadConst(_) | LoadFast(_) | DeleteFast(_) | LoadDeref(_) => 0,
        LoadFastAttr { .. } | LoadFastMethod { .. } => 0,
        DeleteDeref(_) | LoadClosure(_) | LoadClassDeref(_) | LoadName(_) | DeleteName(_) => 0,
        LoadGlobal(_) | DeleteGlobal(_) | LoadBuildClass | SetupFinally(_) | PopBlock => 0,
        PopExcept | LoadAssertionError | Jump(_) | JumpBackward(_) => 0,
        PopTop | StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_) => 1,
        StoreFastAttr { .. } => 1,
        LoadAttr(_) | DeleteAttr(_) | LoadMethod(_) | UnaryNegative | UnaryPositive => 1,
        UnaryNot | UnaryInvert | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) => 1,
        DictUpdate(_) | DictMerge(_) | ListToTuple | UnpackSequence(_) | UnpackEx { .. } => 1,
        GetIter | ForIter(_) | PopJumpIfFalse(_) | PopJumpIfTrue(_) | JumpIfFalseOrPop(_) => 1,
        JumpIfTrueOrPop(_) | ReturnValue | ImportFrom(_) | ImportStar | Reraise => 1,
        CheckExcMatch | BeforeWith | YieldValue | GetYieldFromIter | PrintExpr => 1,
        StoreAttr(_) | BinarySubscr | DeleteSubscr | BinaryOp(_) | CompareOp(_) => 2,
        IsOp(_) | ContainsOp(_) | MapAdd(_) | ImportName(_) | YieldFrom => 2,
        WithExceptStart => 0,
        StoreSubscr => 3,
        FormatValue { has_spec, .. } => 1 + has_spec as u32,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) | BuildSlice(n) => n,
        BuildMap(n) => 2 * n,
        Call(n) => n + 1,
        CallKw(n) | CallMethod(n) => n + 2,
        CallMethodKw(n) => n + 3,
        CallEx(with_kwargs) => 2 + with_kwargs as u32,
        MakeFunction(flags) => 2 + (flags & 0xF).count_ones(),
        RaiseVarargs(n) => n,
    }
}

/// How many values `instr` pushes when it falls through to the next instruction.
fn pushes(instr: Instr) -> u32 {
    use Instr::*;
    match instr {
        UnpackSequence(n) => n,
        UnpackEx { before, after } => before as u32 + 1 + after as u32,
        LoadMethod(_) | LoadFastMethod { .. } | ForIter(_) | ImportFrom(_) => 2,
        Copy(_) => 1,
        CheckExcMatch => 1,
        WithExceptStart => 1,
        BeforeWith => 2,
        _ if produces_nothing(instr) => 0,
        _ => 1,
    }
}

/// Instructions whose fall-through leaves nothing new on the stack.
fn produces_nothing(instr: Instr) -> bool {
    use Instr::*;
    matches!(
        instr,
        Nop | PopTop
            | Swap(_)
            | StoreFast(_)
            | StoreFastAttr { .. }
            | DeleteFast(_)
            | StoreDeref(_)
            | DeleteDeref(_)
            | StoreName(_)
            | DeleteName(_)
            | StoreGlobal(_)
            | DeleteGlobal(_)
            | StoreAttr(_)
            | DeleteAttr(_)
            | StoreSubscr
            | DeleteSubscr
            | ListAppend(_)
            | SetAdd(_)
            | MapAdd(_)
            | ListExtend(_)
            | SetUpdate(_)
            | DictUpdate(_)
            | DictMerge(_)
            | PopJumpIfFalse(_)
            | PopJumpIfTrue(_)
            | JumpIfFalseOrPop(_)
            | JumpIfTrueOrPop(_)
            | ImportStar
            | SetupFinally(_)
            | PopBlock
            | PopExcept
            | PrintExpr
    )
}

/// The depth change of falling through `instr`, or `None` when it never falls through.
fn fall_through_effect(instr: Instr) -> Option<i32> {
    use Instr::*;
    match instr {
        Jump(_) | JumpBackward(_) | ReturnValue | Reraise | RaiseVarargs(_) => None,
        // The generator resumes with the sent value where the yielded one was.
        YieldValue => Some(0),
        _ => Some(pushes(instr) as i32 - pops(instr) as i32),
    }
}

/// The target and depth change of `instr`'s jump, if it has one.
fn jump_effect(instr: Instr) -> Option<(u32, i32)> {
    use Instr::*;
    let delta = match instr {
        Jump(_) | JumpBackward(_) => 0,
        // Exhausted: the iterator is popped.
        ForIter(_) => -1,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
        // The tested value stays when the jump is taken.
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => 0,
        // The handler starts at the setup depth with the exception pushed.
        SetupFinally(_) => 1,
        _ => return None,
    };
    Some((instr.jump_target()?, delta))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::opcode::BinaryOperator;

    const SLOTS: Slots = Slots {
        locals: 2,
        consts: 3,
    };

    fn analyse(code: &[Instr]) -> Result<StackBound, BytecodeFault> {
        super::analyse(code, SLOTS)
    }

    #[test]
    fn straight_line_code_reaches_its_deepest_point() {
        let code = [
            Instr::LoadConst(0),
            Instr::LoadConst(1),
            Instr::LoadConst(2),
            Instr::BuildTuple(3),
            Instr::ReturnValue,
        ];
        assert_eq!(analyse(&code).map(StackBound::max), Ok(3));
    }

    #[test]
    fn a_handler_is_entered_with_the_exception_pushed() {
        let code = [
            Instr::LoadConst(0),
            Instr::SetupFinally(4),
            Instr::PopBlock,
            Instr::ReturnValue,
            // handler: [const, exc]
            Instr::LoadConst(0),
            Instr::BuildTuple(3),
            Instr::ReturnValue,
        ];
        assert_eq!(analyse(&code).map(StackBound::max), Ok(3));
    }

    #[test]
    fn a_loop_is_followed_to_its_exit() {
        let code = [
            Instr::LoadFast(0),
            Instr::GetIter,
            Instr::ForIter(5),
            Instr::StoreFast(1),
            Instr::JumpBackward(2),
            Instr::LoadConst(0),
            Instr::ReturnValue,
        ];
        assert_eq!(analyse(&code).map(StackBound::max), Ok(2));
    }

    #[test]
    fn popping_an_empty_stack_is_rejected() {
        let code = [
            Instr::LoadConst(0),
            Instr::BinaryOp(BinaryOperator::Add),
            Instr::ReturnValue,
        ];
        assert_eq!(analyse(&code), Err(BytecodeFault::Underflow(1)));
    }

    #[test]
    fn falling_off_the_end_is_rejected() {
        let code = [Instr::LoadConst(0), Instr::PopTop];
        assert_eq!(analyse(&code), Err(BytecodeFault::RunsOffEnd(1)));
        assert_eq!(analyse(&[]), Err(BytecodeFault::RunsOffEnd(0)));
    }

    #[test]
    fn a_jump_past_the_end_is_rejected() {
        let code = [
            Instr::LoadConst(0),
            Instr::PopJumpIfTrue(4),
            Instr::LoadConst(0),
            Instr::ReturnValue,
        ];
        assert_eq!(analyse(&code), Err(BytecodeFault::BadTarget(1)));
    }

    #[test]
    fn a_local_or_constant_past_the_end_is_rejected() {
        let load = |i| [i, Instr::ReturnValue];
        assert_eq!(
            analyse(&load(Instr::LoadConst(3))),
            Err(BytecodeFault::BadOperand(0))
        );
        assert_eq!(
            analyse(&load(Instr::LoadFast(2))),
            Err(BytecodeFault::BadOperand(0))
        );
        assert_eq!(
            analyse(&load(Instr::LoadFast(1))).map(StackBound::max),
            Ok(1)
        );
        let store = [Instr::LoadConst(0), Instr::StoreFast(2), Instr::ReturnValue];
        assert_eq!(analyse(&store), Err(BytecodeFault::BadOperand(1)));
    }

    #[test]
    fn unreachable_code_is_not_checked() {
        let code = [Instr::LoadConst(0), Instr::ReturnValue, Instr::PopTop];
        assert_eq!(analyse(&code).map(StackBound::max), Ok(1));
    }
}
